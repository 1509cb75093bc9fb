package org.sisuite.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.store.DocumentStore;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Filesystem;
import org.sisuite.model.FilesystemType;
import org.sisuite.model.Partition;
import org.sisuite.model.PartitionTableType;
import org.sisuite.model.SisFactory;
import org.sisuite.model.SizeUnit;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code sis disk validate} and {@code sis disk plan} on XMI files and on stored tables. */
class DiskPlanCommandTest {

	/** A UEFI table as a user writes it: ESP and a growing root on /dev/sda. */
	private static final String UEFI = """
			<?xml version="1.0" encoding="UTF-8"?>
			<sis:DiskTable xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:sis="http://www.sisuite.org/sis/1.0"
			    name="uefi">
			  <disks device="/dev/sda" label="gpt">
			    <partitions number="1" size="512" unit="MiB" flags="esp" name="EFI"/>
			    <partitions number="2" grow="true" name="root"/>
			  </disks>
			  <filesystems device="//@disks.0/@partitions.1" mountPoint="/" fsType="ext4" label="root" pass="1"/>
			  <filesystems device="//@disks.0/@partitions.0" mountPoint="/boot/efi" fsType="vfat" label="EFI"
			      mountOptions="umask=0077" pass="2"/>
			  <bootLoader flavour="grub2" efi="true"/>
			</sis:DiskTable>
			""";

	@TempDir
	Path temp;

	private StringWriter out;
	private StringWriter err;

	private int sis(String... args) {
		out = new StringWriter();
		err = new StringWriter();
		return new SisCommandLine(context()).execute(args);
	}

	private CliContext context() {
		return TestContexts.context(temp.resolve("home"), out, err);
	}

	private void ok(String... args) {
		assertEquals(0, sis(args), String.join(" ", args) + " failed: " + err);
	}

	private Path file(String name, String content) throws Exception {
		return Files.writeString(temp.resolve(name), content);
	}

	@Test
	void planPrintsAShellScriptForTheGivenDisks() throws Exception {
		Path table = file("uefi.xmi", UEFI);
		ok("disk", "plan", "--file", table.toString(), "--disk", "/dev/nvme0n1=20G", "--map", "/dev/sda=/dev/nvme0n1",
				"--target", "/mnt/client");
		String script = out.toString();
		assertTrue(script.startsWith("#!/bin/sh\n"), script);
		assertTrue(script.contains("\nTARGET=/mnt/client\n"), script);
		assertTrue(script.contains("/dev/nvme0n1p1 : start=1MiB, size=512MiB, type=C12A7328-F81F-11D2-BA4B-00A0C93EC93B,"
				+ " name=\"EFI\"\n"), script);
		assertTrue(script.contains("\tmkfs.vfat -F 32 -n EFI /dev/nvme0n1p1\n"), script);
		assertTrue(script.contains("\tsis_fstab_uuid /dev/nvme0n1p2 / ext4 defaults 0 1\n"), script);
		assertEquals("", err.toString());
	}

	@Test
	void planAsJson() throws Exception {
		Path table = file("uefi.xmi", UEFI);
		ok("disk", "plan", "--file", table.toString(), "--disk", "/dev/sda=10G", "--format", "json", "--fstab", "label");
		JsonObject plan = JsonParser.parseString(out.toString()).getAsJsonObject();
		assertEquals("uefi", plan.get("table").getAsString());
		assertEquals("/a", plan.get("target").getAsString());
		JsonObject root = plan.getAsJsonArray("disks").get(0).getAsJsonObject().getAsJsonArray("partitions").get(1)
				.getAsJsonObject();
		assertEquals("/dev/sda2", root.get("device").getAsString());
		assertEquals((10L << 30) - (513L << 20) - (1L << 20), root.get("sizeBytes").getAsLong());
		JsonArray fstab = plan.getAsJsonArray("fstab");
		assertEquals("LABEL=root", fstab.get(0).getAsJsonObject().get("spec").getAsString());
		assertEquals("release", plan.getAsJsonArray("steps").get(0).getAsJsonObject().get("phase").getAsString());
		ok("disk", "plan", "--file", table.toString(), "--disk", "/dev/sda=10G", "--json");
		assertEquals("uefi", JsonParser.parseString(out.toString()).getAsJsonObject().get("table").getAsString());
	}

	@Test
	void validateListsProblemsAndExitsWithBadInput() throws Exception {
		Path table = file("broken.xmi", UEFI.replace("mountPoint=\"/\"", "mountPoint=\"/srv\"").replace("fsType=\"vfat\"",
				"fsType=\"ext4\""));
		assertEquals(2, sis("disk", "validate", "--file", table.toString()));
		String text = out.toString();
		assertTrue(text.contains("fs.root"), text);
		assertTrue(text.contains("EFI system partition /dev/sda1 holds ext4; the firmware reads only vfat there"), text);
		assertTrue(text.endsWith("Disk table 'uefi': 2 errors, 0 warnings\n"), text);
		assertEquals(2, sis("disk", "validate", "--file", table.toString(), "--json"));
		JsonObject result = JsonParser.parseString(out.toString()).getAsJsonObject();
		assertFalse(result.get("valid").getAsBoolean());
		JsonObject first = result.getAsJsonArray("problems").get(0).getAsJsonObject();
		assertEquals("error", first.get("severity").getAsString());
		assertEquals("fs.root", first.get("rule").getAsString());

		ok("disk", "validate", "--file", file("uefi.xmi", UEFI).toString());
		assertEquals("Disk table 'uefi' is valid\n", out.toString());
	}

	@Test
	void aTableWithErrorsIsNotPlanned() throws Exception {
		Path table = file("uefi.xmi", UEFI);
		assertEquals(2, sis("disk", "plan", "--file", table.toString(), "--disk", "/dev/sda=256M"));
		assertEquals("", out.toString());
		assertTrue(err.toString().startsWith("sis disk plan: Disk table 'uefi' cannot be planned: 1 error\n"
				+ "  - The partitions of disk /dev/sda need at least 514.06 MiB"), err.toString());
	}

	@Test
	void storedTablesArePlannedByName() throws Exception {
		out = new StringWriter();
		err = new StringWriter();
		CliContext context = context();
		new DocumentStore(context.database()).put(biosTable(), false);
		ok("disk", "validate", "bios");
		assertEquals("Disk table 'bios' is valid\n", out.toString());
		ok("disk", "plan", "bios", "--disk", "/dev/vda=8G", "--map", "/dev/sda=/dev/vda", "--disk", "/dev/vdb=8G");
		assertTrue(out.toString().contains("/dev/vda1 : start=1MiB, size=1024MiB, type=82\n"), out.toString());
		assertEquals("sis disk plan: warning: Disk /dev/vdb is not used by the table and stays untouched\n", err.toString());
		assertEquals(2, sis("disk", "plan", "nope", "--disk", "/dev/vda=8G"));
		assertTrue(err.toString().contains("No disk table named 'nope'; there are: bios"), err.toString());
	}

	@Test
	void badArgumentsAreBadInput() throws Exception {
		Path table = file("uefi.xmi", UEFI);
		assertEquals(2, sis("disk", "plan", "--file", table.toString(), "--disk", "/dev/sda"));
		assertTrue(err.toString().contains("--disk /dev/sda: give the disk and its size, e.g. /dev/sda=500G"), err.toString());
		assertEquals(2, sis("disk", "plan", "--file", table.toString(), "--disk", "/dev/sda=big"));
		assertTrue(err.toString().contains("--disk /dev/sda=big: 'big' is not a size"), err.toString());
		assertEquals(2, sis("disk", "plan", "--file", table.toString()));
		assertTrue(err.toString().contains("The table's disk /dev/sda needs a real disk: give --disk /dev/sda=SIZE"),
				err.toString());
		assertEquals(2, sis("disk", "plan", "--file", table.toString(), "--disk", "/dev/sda=8G", "--fstab", "partuuid"));
		assertTrue(err.toString().contains("--fstab partuuid: use uuid, label or device"), err.toString());
		assertEquals(2, sis("disk", "validate"));
		assertTrue(err.toString().contains("Name a stored disk table, or give --file FILE.xmi"), err.toString());
		assertEquals(2, sis("disk", "validate", "--file", file("broken.xmi", "<nope").toString()));
		assertTrue(err.toString().contains("broken.xmi:1:"), err.toString());
		assertEquals(2, sis("disk"));
		assertTrue(err.toString().contains("Missing subcommand"), err.toString());
	}

	private static DiskTable biosTable() {
		SisFactory f = SisFactory.eINSTANCE;
		DiskTable table = f.createDiskTable();
		table.setName("bios");
		Disk disk = f.createDisk();
		disk.setDevice("/dev/sda");
		disk.setLabel(PartitionTableType.MSDOS);
		table.getDisks().add(disk);
		Partition swap = f.createPartition();
		swap.setNumber(1);
		swap.setSize(BigDecimal.ONE);
		swap.setUnit(SizeUnit.GIB);
		Partition root = f.createPartition();
		root.setNumber(2);
		root.setGrow(true);
		disk.getPartitions().add(swap);
		disk.getPartitions().add(root);
		Filesystem rootFs = f.createFilesystem();
		rootFs.setDevice(root);
		rootFs.setMountPoint("/");
		rootFs.setFsType(FilesystemType.EXT4);
		Filesystem swapFs = f.createFilesystem();
		swapFs.setDevice(swap);
		swapFs.setFsType(FilesystemType.SWAP);
		table.getFilesystems().add(rootFs);
		table.getFilesystems().add(swapFs);
		return table;
	}
}
