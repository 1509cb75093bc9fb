package org.sisuite.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The disk commands against a real database in a temporary SIS_HOME. */
class DiskCommandsTest extends CommandLineTestSupport {

	/** A reference file of the shared folder next to the repository; skips the test when absent. */
	private static Path reference(String relative) {
		Path directory = Path.of("").toAbsolutePath();
		while (directory != null && !Files.isRegularFile(directory.resolve("mvnw"))) {
			directory = directory.getParent();
		}
		Path file = directory == null ? Path.of(relative) : directory.resolveSibling("shared").resolve("reference").resolve(relative);
		assumeTrue(Files.isRegularFile(file), "reference file " + file + " is absent: skipping");
		return file;
	}

	private Path write(String name, String content) throws Exception {
		Path file = temp.resolve(name);
		Files.writeString(file, content);
		return file;
	}

	@Test
	void importListShowExportAndRemoveADiskTable() throws Exception {
		Path raid = reference("oscar-diskfiles/legacy-swraid1-scsi.disk");
		ok("disk", "import", raid.toString(), "--name", "mirror");
		assertEquals("Imported disk table mirror (SystemInstaller (OSCAR) disk table): 2 disks, 6 partitions, "
				+ "3 RAID arrays, 5 file systems\n", out.toString());
		ok("disk", "import", reference("systemimager/head/doc/examples/disk-layout-EFI.xml").toString());

		ok("disk", "list", "--json");
		JsonArray tables = JsonParser.parseString(out.toString()).getAsJsonArray();
		assertEquals(2, tables.size());
		JsonObject efi = tables.get(0).getAsJsonObject();
		assertEquals("disk-layout-EFI", efi.get("name").getAsString());
		assertEquals("disks-layout", efi.get("sourceFormat").getAsString());
		assertEquals(4, efi.get("partitions").getAsInt());
		ok("disk", "list");
		assertTrue(out.toString().startsWith("NAME"), out.toString());
		assertTrue(out.toString().matches("(?s).*\nmirror +mksidisk +2 +6 +3 +0 +5 .*"), out.toString());

		ok("disk", "show", "mirror", "--json");
		JsonObject mirror = JsonParser.parseString(out.toString()).getAsJsonObject();
		JsonObject md0 = mirror.getAsJsonArray("raidArrays").get(0).getAsJsonObject();
		assertEquals("/dev/md0", md0.get("device").getAsString());
		assertEquals("[\"/dev/sda1\",\"/dev/sdb1\"]", md0.getAsJsonArray("members").toString());
		JsonObject boot = mirror.getAsJsonArray("filesystems").get(0).getAsJsonObject();
		assertEquals("bootDefault", boot.get("type").getAsString());
		assertEquals("/boot", boot.get("mountPoint").getAsString());
		ok("disk", "show", "mirror");
		assertTrue(out.toString().matches("(?s).*\n  /dev/sda1 +primary +100 MB +boot,raid +member of /dev/md0\n.*"), out.toString());
		assertTrue(out.toString().matches("(?s).*\n/dev/md2 +raid1 +- +- +_ROOTFS_ /\n.*"), out.toString());

		ok("disk", "export", "mirror");
		assertEquals(Files.readString(raid).replaceAll(" +", " ").replace("\n\n", "\n"), out.toString(),
				"the SystemInstaller table comes back as it was, but for spacing");
		assertEquals(2, sis("disk", "export", "mirror", "--format", "disks-layout"));
		assertTrue(err.toString().contains("distribution's default (_BOOTFS_)"), err.toString());
		Path layout = temp.resolve("mirror.xml");
		ok("disk", "export", "mirror", "--format", "disks-layout", "--bootfs", "ext4", "--rootfs", "xfs", "-o", layout.toString());
		assertEquals("", out.toString());
		assertTrue(Files.readString(layout).contains("<raid_disk name=\"/dev/md2\" raid_level=\"raid1\" />"),
				Files.readString(layout));
		ok("disk", "import", layout.toString(), "--name", "mirror", "--replace");
		ok("disk", "show", "mirror", "--json");
		assertEquals("disks-layout", JsonParser.parseString(out.toString()).getAsJsonObject().get("sourceFormat").getAsString());

		ok("disk", "rm", "mirror");
		assertEquals(2, sis("disk", "show", "mirror"));
		assertTrue(err.toString().contains("No disk table named 'mirror'; there are: disk-layout-EFI"), err.toString());
	}

	@Test
	void oscarPlaceholdersAreFilledOnImportSoTheTableCanBePlanned() throws Exception {
		Path raid = reference("oscar-diskfiles/swraid1-scsi.disk");
		ok("disk", "import", raid.toString(), "--name", "raw");
		assertEquals(2, sis("disk", "validate", "raw"));
		assertTrue(out.toString().contains("_ROOTFS_") && out.toString().contains("sis disk import --bootfs/--rootfs"),
				out.toString());
		ok("disk", "import", raid.toString(), "--name", "mirror", "--bootfs", "ext4", "--rootfs", "ext4");
		ok("disk", "validate", "mirror");
		ok("disk", "plan", "mirror", "--disk", "/dev/sda=100G", "--disk", "/dev/sdb=100G");
		assertTrue(out.toString().contains("mdadm --create"), out.toString());
	}

	@Test
	void badFilesAreBadInputNamingFileAndLine() throws Exception {
		Path bad = write("bad.disk", "/dev/sda1 100 ext3 /boot defaults bootable\n/dev/sda2 lots ext3 /\n");
		assertEquals(2, sis("disk", "import", bad.toString()));
		assertEquals("sis disk import: " + bad + ":2:11: size 'lots'; expected a number (in the table's units, MB unless "
				+ "units= says otherwise) or *\n", err.toString());
		assertEquals(2, sis("disk", "import", temp.resolve("missing.disk").toString()));
		assertTrue(err.toString().startsWith("sis disk import: Cannot read " + temp.resolve("missing.disk")), err.toString());
		assertEquals(2, sis("disk", "import", bad.toString(), "--format", "fdisk"));
		assertTrue(err.toString().contains("Unknown disk table format 'fdisk'"), err.toString());

		Path subfs = write("legacy.xml", "<config>\n <disk dev=\"/dev/sda\" label_type=\"msdos\" unit_of_measurement=\"MB\">"
				+ "<part num=\"1\" size=\"*\" p_type=\"primary\"/></disk>\n"
				+ " <fsinfo real_dev=\"/dev/sda1\" mp=\"/\" fs=\"ext4\" dump=\"1\" pass=\"1\"/>\n"
				+ " <fsinfo real_dev=\"proc\" mp=\"/proc\" fs=\"proc\" dump=\"0\" pass=\"0\"/>\n</config>\n");
		assertEquals(2, sis("disk", "import", subfs.toString(), "--strict"));
		assertEquals("warning: " + subfs + ":4:37: fs=\"proc\" is not in the disks-layout XSD's list (read anyway)\n"
				+ "sis disk import: 1 warning with --strict; nothing was stored\n", err.toString());
		ok("disk", "import", subfs.toString());
		assertTrue(err.toString().startsWith("warning: "), err.toString());
		ok("disk", "list", "--json");
		assertEquals(1, JsonParser.parseString(out.toString()).getAsJsonArray().size());
		assertEquals(2, sis("disk", "import", subfs.toString()));
		assertTrue(err.toString().contains("A disk table named 'legacy' already exists"), err.toString());
	}

	@Test
	void theOutputsOfOneMachineImportAsOneTable() throws Exception {
		Path capture = Path.of("").toAbsolutePath().resolveSibling("org.sisuite.core")
				.resolve("src-test/org/sisuite/core/disk/format/capture");
		ok("disk", "import", capture.resolve("lsblk.json").toString(), capture.resolve("findmnt-fstab.json").toString(),
				capture.resolve("sfdisk-loop0.json").toString(), capture.resolve("sfdisk-loop1.json").toString(), "--name",
				"loops");
		assertEquals("Imported disk table loops (capture of 4 files): 2 disks, 7 partitions, 8 file systems\n", out.toString());
		assertEquals(2, sis("disk", "export", "loops", "--format", "mksidisk"));
		assertTrue(err.toString().startsWith("sis disk export: Cannot write the SystemInstaller disk table: "), err.toString());
		ok("disk", "export", "loops");
		assertTrue(out.toString().contains("<disk dev=\"/dev/loop0\" label_type=\"gpt\" unit_of_measurement=\"MiB\">"),
				out.toString());
		assertTrue(err.toString().contains("warning: the minimum size of /dev/loop0p3 is not written"), err.toString());
	}

	@Test
	void everyDiskCommandHasHelp() {
		for (String command : new String[] { "import", "export", "capture", "list", "show", "rm" }) {
			ok("disk", command, "--help");
			assertTrue(out.toString().startsWith("Usage: sis disk " + command), out.toString());
		}
		ok("disk", "--help");
		assertTrue(out.toString().contains("mksidisk (SystemInstaller/OSCAR)"), out.toString());
		assertEquals(2, sis("disk"));
		assertTrue(err.toString().contains("Missing subcommand: one of import, export, capture, list, show, rm"), err.toString());
	}
}
