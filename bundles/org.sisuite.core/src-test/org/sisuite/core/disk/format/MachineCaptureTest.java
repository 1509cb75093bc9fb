package org.sisuite.core.disk.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.sisuite.core.Statuses;
import org.sisuite.core.disk.format.DiskTableFormats.Input;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Filesystem;
import org.sisuite.model.FstabIdentifier;

/** Capturing a machine from its sfdisk, lsblk and findmnt outputs (fixtures in {@code capture/}). */
class MachineCaptureTest {

	private static Input fixture(String name) throws CoreException {
		return Input.of(ReferenceFiles.capture(name));
	}

	@Test
	void sfdiskLsblkAndFstabTogetherReproduceTheMachine() throws CoreException {
		DiskTableImport captured = DiskTableFormats.read(List.of(fixture("lsblk.json"), fixture("findmnt-fstab.json"),
				fixture("sfdisk-loop0.json"), fixture("sfdisk-loop1.json")), null, "loops");
		assertNull(captured.format(), "several outputs: a capture");
		assertEquals(List.of(), captured.warnings());
		DiskTable table = captured.table();
		assertEquals("capture", table.getSourceFormat());
		assertEquals(List.of("/dev/loop0 gpt", "  1 64MiB esp", "  2 256MiB", "  3 702MiB* lvm", "/dev/loop1 msdos",
				"  1 100MiB boot", "  2 411MiB* extended", "  5 128MiB logical", "  6 281MiB* logical",
				"fs /dev/loop0p3 /tmp/sisfix/root ext4 errors=remount-ro 0 1",
				"fs /dev/loop0p2 /tmp/sisfix/root/boot ext4 defaults,noatime 0 2",
				"fs /dev/loop0p1 /tmp/sisfix/root/boot/efi vfat umask=0077 0 1",
				"fs /dev/loop1p5 /tmp/sisfix/root/scratch ext3 defaults 0 2",
				"fs /dev/loop1p1 /tmp/sisfix/root/srv ext4 defaults 0 2", "fs /dev/loop1p6 null swap sw 0 0",
				"fs fileserver:/home /home nfs rw,hard 0 0", "fs tmpfs /tmp tmpfs mode=1777,size=512m 0 0"),
				Fingerprint.of(table));
		assertEquals(1073741824L, table.getDisks().get(0).getSizeBytes());
		List<Filesystem> filesystems = table.getFilesystems();
		assertEquals(FstabIdentifier.UUID, filesystems.get(0).getFstabIdentifier());
		assertEquals("714c1436-9094-46c0-9945-e49462579ad0", filesystems.get(0).getUuid());
		assertEquals(FstabIdentifier.LABEL, filesystems.get(1).getFstabIdentifier());
		assertEquals("boot", filesystems.get(1).getLabel());
		assertEquals(FstabIdentifier.DEVICE, filesystems.get(2).getFstabIdentifier(), "fstab names /dev/loop0p1");
		assertEquals(FstabIdentifier.LABEL, filesystems.get(5).getFstabIdentifier(), "swap by LABEL=swap1");
	}

	@Test
	void lsblkAloneGivesPartitionsFromItsTreeAndTheExtendedPartitionItsRealExtent() throws CoreException {
		DiskTableImport captured = DiskTableFormats.read(fixture("lsblk.json"), null, null);
		assertEquals(DiskFormat.LSBLK_JSON, captured.format());
		List<String> lines = Fingerprint.of(captured.table());
		assertEquals(List.of("/dev/loop0 gpt", "  1 64MiB esp", "  2 256MiB", "  3 702MiB* lvm", "/dev/loop1 msdos",
				"  1 100MiB boot", "  2 411MiB* extended", "  5 128MiB logical", "  6 281MiB* logical"), lines.subList(0, 9),
				"lsblk shows the extended partition as 1 KiB; its logical partitions give its extent");
		assertEquals("fs /dev/loop0p3 /tmp/sisfix/root ext4 defaults 0 2", lines.get(9),
				"without fstab: default options, pass 1 only for /");
		assertEquals(FstabIdentifier.UUID, captured.table().getFilesystems().get(0).getFstabIdentifier());
	}

	@Test
	void raidLvmAndWhatSisDoesNotBuildFromAHandWrittenTree() throws CoreException {
		DiskTableImport captured = DiskTableFormats.read(fixture("lsblk-raid-lvm.json"), null, "server");
		assertEquals(List.of("/dev/sda gpt", "  1 512MiB esp", "  2 20480MiB raid", "  3 8192MiB", "/dev/sdb gpt",
				"  1 512MiB esp", "  2 20480MiB raid", "/dev/md0 raid1 /dev/sda2+/dev/sdb2",
				"vg vg0 on /dev/md0: root 12GiB, swap 2GiB, var-log 4GiB", "fs /dev/vg0/root / xfs defaults 0 1",
				"fs /dev/sda1 /boot/efi vfat defaults 0 2", "fs /dev/vg0/var-log /var/log ext4 defaults 0 2",
				"fs /dev/vg0/swap null swap defaults 0 0", "fs /dev/sdb1 null vfat defaults 0 0"),
				Fingerprint.of(captured.table()));
		assertEquals(List.of("/dev/zram0 holds a file system (swap) directly, without a partition table; not captured",
				"/dev/mapper/secret (crypt) is not captured: SIS builds partitions, md RAID and LVM"),
				captured.warnings().stream().map(FormatProblem::message).toList());
	}

	@Test
	void theLiveMountTreeServesWhenThereIsNoFstab() throws CoreException {
		DiskTableImport captured = DiskTableFormats.read(List.of(fixture("lsblk.json"), fixture("findmnt-live.json")), null,
				"live");
		Filesystem root = captured.table().getFilesystems().get(0);
		assertEquals("/tmp/sisfix/root", root.getMountPoint());
		assertEquals("rw,relatime", root.getMountOptions(), "what the kernel shows");
		assertTrue(captured.table().getFilesystems().stream().noneMatch(f -> "/home".equals(f.getMountPoint())),
				"the live tree has no NFS mount");
	}

	@Test
	void aLocalCaptureRunsTheToolsAndFallsBackWhenSfdiskFails() throws Exception {
		List<List<String>> ran = new ArrayList<>();
		DiskTableImport captured = LocalCapture.capture("here", command -> {
			ran.add(command);
			try {
				return switch (command.get(0)) {
				case "lsblk" -> Files.readAllBytes(ReferenceFiles.capture("lsblk.json"));
				case "findmnt" -> Files.readAllBytes(ReferenceFiles.capture("findmnt-fstab.json"));
				default -> throw new CoreException(Statuses.error("sfdisk: cannot open " + command.get(2) + ": Permission denied"));
				};
			} catch (IOException e) {
				throw new CoreException(Statuses.error(e.getMessage(), e));
			}
		});
		assertEquals(List.of("lsblk", "findmnt", "sfdisk", "sfdisk"), ran.stream().map(c -> c.get(0)).toList());
		assertEquals(List.of("sfdisk", "-J", "/dev/loop1"), ran.get(3));
		assertEquals("here", captured.table().getName());
		assertEquals("capture", captured.table().getSourceFormat());
		assertEquals(2, captured.warnings().size(), captured.warnings().toString());
		assertTrue(captured.warnings().get(0).message().startsWith("cannot read the partition table (sfdisk: cannot open /dev/loop0"),
				captured.warnings().get(0).message());
		assertEquals(8, captured.table().getFilesystems().size());
	}

	@Test
	void aMalformedToolOutputNamesFileLineAndColumn() throws CoreException {
		CoreException e = assertThrows(CoreException.class, () -> DiskTableFormats.read(
				new Input("lsblk.json", "{\"blockdevices\": [\n  {\"name\": \"sda\", \"type\": \"disk\", \"size\": \"big\"}\n]}"
						.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null, null));
		assertEquals("lsblk.json:2:43: \"size\" is the string 'big'; expected a whole number from 0", e.getMessage());
		assertTrue(Statuses.isBadInput(e.getStatus()));
	}
}
