package org.sisuite.core.disk.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.sisuite.core.Statuses;
import org.sisuite.core.disk.format.DiskTableFormats.Input;

/**
 * Hand-written bad inputs: each is refused as bad input with a message that names the file, the
 * line and the column of the problem, what was found and what was expected.
 */
class MalformedInputTest {

	private static final String DISK = "<disk dev=\"/dev/sda\" label_type=\"msdos\" unit_of_measurement=\"MB\">";
	private static final String PART = "<part num=\"1\" size=\"100\" p_type=\"primary\"/>";

	/**
	 * Asserts the input is refused with {@code name:line:column: message}, the column being where
	 * {@code at} starts on that line (1 when {@code at} is null).
	 */
	private static void refused(String name, String content, DiskFormat format, int line, String at, String message) {
		CoreException e = assertThrows(CoreException.class,
				() -> DiskTableFormats.read(new Input(name, content.getBytes(StandardCharsets.UTF_8)), format, null), content);
		assertTrue(Statuses.isBadInput(e.getStatus()), e.getMessage());
		String text = content.split("\n", -1)[line - 1];
		int column = at == null ? 1 : at.equals("$") ? text.length() + 1 : text.indexOf(at) + 1;
		assertTrue(column > 0, "'" + at + "' is not on line " + line);
		assertEquals(name + ":" + line + ":" + column + ": " + message, e.getMessage());
	}

	@Test
	void systemImagerXmlProblemsNameTheAttribute() {
		refused("size.xml", "<config>\n  " + DISK + "\n    <part num=\"1\" size=\"abc\" p_type=\"primary\"/>\n  </disk>\n</config>",
				null, 3, "size=", "size='abc'; expected a number such as 512 or 2.5, or *");
		refused("element.xml", "<config>\n  <disc dev=\"/dev/sda\"/>\n</config>", null, 2, "<disc",
				"unknown element <disc> in <config>; expected <disk>, <raid>, <lvm>, <bootloader>, <fsinfo> or <boel>");
		refused("label.xml", "<config>\n <disk dev=\"/dev/sda\" unit_of_measurement=\"MB\">" + PART + "</disk>\n</config>", null, 2,
				"<disk", "<disk> without label_type; expected label_type=\"...\" (msdos or gpt)");
		refused("none.xml", "<config>\n <disk dev=\"/dev/sdb\" label_type=\"none\" unit_of_measurement=\"MB\">" + PART
				+ "</disk>\n</config>", null, 2, "label_type", "label_type=\"none\" (convert the label or leave the disk untouched) "
						+ "is not supported; expected msdos or gpt");
		refused("twice.xml", "<config>" + DISK + "\n" + PART + "\n" + PART + "</disk></config>", null, 3, "num",
				"partition 1 of /dev/sda is defined twice (first at line 2)");
		refused("text.xml", "<config>" + DISK + "hello" + PART + "</disk></config>", null, 1, "hello",
				"text 'hello' inside <disk>; expected only elements with attributes");
		refused("root.xml", "<disks>\n" + DISK + PART + "</disk></disks>", null, 1, null, "root element <disks>; expected <config>");
		refused("flags.xml", "<config>" + DISK + "\n<part num=\"1\" size=\"1\" p_type=\"primary\" flags=\"boot,fast\"/></disk></config>",
				null, 2, "flags", "flag 'fast' in flags=\"boot,fast\"; expected boot, esp, raid, lvm, bios_grub, swap, legacy_boot, "
						+ "hidden, lba, root, separated by commas");
		refused("unit.xml", "<config><disk dev=\"/dev/sda\" label_type=\"gpt\" unit_of_measurement=\"furlong\">" + PART
				+ "</disk></config>", DiskFormat.DISKS_LAYOUT, 1, "unit_of", "unit_of_measurement='furlong'; expected TB, TiB, GB, GiB, MB, "
						+ "MiB, kB, KiB, B, s, percent, percentage or %");
	}

	@Test
	void referencesToDevicesTheTableDoesNotDefineAreRefused() {
		refused("raid.xml", "<config>" + DISK + "\n<part num=\"1\" size=\"1\" p_type=\"primary\" raid_dev=\"/dev/md9\"/></disk>"
				+ "<fsinfo real_dev=\"/dev/md9\" mp=\"/\" fs=\"ext4\"/></config>", null, 2, "raid_dev",
				"raid_dev='/dev/md9' names no RAID array of this table; expected one of (none defined)");
		refused("devices.xml", "<config>" + DISK + PART + "</disk>\n<raid><raid_disk name=\"/dev/md0\" raid_level=\"1\" "
				+ "devices=\"/dev/sda1 /dev/sdb1\"/></raid></config>", null, 2, "devices",
				"devices of /dev/md0 names '/dev/sdb1', which is not a partition of this table");
		refused("group.xml", "<config>" + DISK + "\n<part num=\"1\" size=\"1\" p_type=\"primary\" lvm_group=\"vg9\"/></disk></config>",
				null, 2, "lvm_group", "lvm_group='vg9' names no volume group of the <lvm> section; expected one of (none defined)");
		refused("mountdev.xml", "<config>" + DISK + PART + "</disk>\n<fsinfo real_dev=\"/dev/sda1\" mount_dev=\"PARTUUID=1\" mp=\"/\" "
				+ "fs=\"ext4\"/></config>", null, 2, "mount_dev", "mount_dev='PARTUUID=1'; expected LABEL=... or UUID=...");
		refused("spares.xml", "<config>" + DISK + PART + "</disk>\n<raid><raid_disk name=\"/dev/md0\" raid_level=\"1\" "
				+ "raid_devices=\"2\" devices=\"/dev/sda1\"/></raid></config>", null, 2, "raid_devices",
				"/dev/md0 has 1 partitions but raid_devices=\"2\"");
	}

	@Test
	void xmlIsParsedSafely() {
		String external = "<!DOCTYPE config [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<config>&x;</config>";
		CoreException xxe = assertThrows(CoreException.class, () -> DiskTableFormats.read(
				new Input("xxe.xml", external.getBytes(StandardCharsets.UTF_8)), null, null));
		assertTrue(Statuses.isBadInput(xxe.getStatus()), xxe.getMessage());
		assertTrue(xxe.getMessage().startsWith("xxe.xml:2:"), xxe.getMessage());
		assertFalse(xxe.getMessage().contains("root:"), "nothing of the external file is read");
		StringBuilder laughs = new StringBuilder("<!DOCTYPE config [<!ENTITY a \"ha\">");
		for (int i = 1; i < 12; i++) {
			laughs.append("<!ENTITY ").append((char) ('a' + i)).append(" \"").append(("&" + (char) ('a' + i - 1) + ";").repeat(10))
					.append("\">");
		}
		laughs.append("]>\n<config>&l;</config>");
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
			CoreException bomb = assertThrows(CoreException.class, () -> DiskTableFormats.read(
					new Input("laughs.xml", laughs.toString().getBytes(StandardCharsets.UTF_8)), null, null));
			assertTrue(bomb.getMessage().startsWith("laughs.xml:2:"), bomb.getMessage());
		});
		refused("open.xml", "<config>\n" + DISK + PART + "\n</config>", null, 3, "config>",
				"malformed XML: The element type \"disk\" must be terminated by the matching end-tag \"</disk>\".");
	}

	@Test
	void systemInstallerLinesPointAtTheColumn() {
		refused("size.disk", "/dev/sda1 abc ext3 /boot", null, 1, "abc",
				"size 'abc'; expected a number (in the table's units, MB unless units= says otherwise) or *");
		refused("type.disk", "/dev/sda1 100 foofs /", DiskFormat.MKSIDISK, 1, "foofs", "type 'foofs'; expected a file system ("
				+ "ext2, ext3, ext4, xfs, btrfs, vfat, swap, nfs, tmpfs, proc, sysfs, devpts, reiserfs, jfs, ntfs, msdos, _BOOTFS_, "
				+ "_ROOTFS_), one on no partition (such as auto or nfs4) or a hex partition id");
		refused("md.disk", "# no raid line\n/dev/md0 100 ext3 /", null, 2, "/dev/md0",
				"/dev/md0 is not defined by a raidN line above; expected e.g. raid1 /dev/md0 /dev/sda1 /dev/sdb1");
		refused("array.disk", "raid1 /dev/md0 /dev/sda1 /dev/sdb1\n/dev/sda2 100 ext3 /", null, 1, null,
				"RAID array /dev/md0 has no line of its own giving its size and file system (e.g. /dev/md0 1024 ext4 /data defaults)");
		refused("gap.disk", "/dev/sda5 100 ext3 /\n/dev/sda7 100 ext3 /x", null, 2, null,
				"the logical partitions of /dev/sda must be numbered 5, 6, ... without gaps (msdos labels); found 2 up to 7");
		refused("boot.disk", "/dev/sda1 100 ext3 / defaults yes", null, 1, "yes", "'yes'; expected bootable or nothing");
		refused("units.disk", "units=furlongs\n/dev/sda1 100 ext3 /", null, 1, null,
				"units='furlongs'; expected TB, TiB, GB, GiB, MB, MiB, kB, KiB, B, s, percent, percentage or %");
		refused("disk.disk", "/dev/sda 100 ext3 /", null, 1, null,
				"'/dev/sda' is not a partition device; expected e.g. /dev/sda1, /dev/cciss/c0d0p1 or /dev/nvme0n1p2");
		refused("grow.disk", "/dev/sda1 * ext3 /\n/dev/sda2 * ext3 /data", null, 2, "*",
				"a second partition of /dev/sda grows to fill the disk (the first at line 1); only one may be *");
		refused("nfs.disk", "nfs_oscar:/home - nfs", null, 1, "$", "a nfs entry needs a mount point");
		refused("extra.disk", "/dev/sda1 100 ext3 / defaults bootable now", null, 1, "now",
				"unexpected 'now' after the bootable column");
		refused("spare.disk", "raid1 /dev/md0 [/dev/sda1]\n/dev/md0 1 ext3 /", null, 1, "/dev/md0",
				"RAID array /dev/md0 has only spares; expected at least one member");
		refused("primaries.disk", "/dev/sda1 1 ext3 /a\n/dev/sda2 1 ext3 /b\n/dev/sda3 1 ext3 /c\n/dev/sda4 1 ext3 /d\n"
				+ "/dev/sda5 1 ext3 /e", null, 5, null, "/dev/sda has 4 primary partitions and logical ones: no slot is left for "
						+ "the extended partition; use label_type=gpt or fewer primary partitions");
	}

	@Test
	void toolOutputProblemsNameTheValue() {
		refused("sun.json", "{\"partitiontable\": {\"label\": \"sun\", \"device\": \"/dev/sda\",\n \"partitions\": []}}", null, 1,
				"\"sun\"", "\"label\" is 'sun'; expected dos or gpt (the labels SIS partitions)");
		refused("node.json", "{\"partitiontable\": {\"label\": \"dos\", \"device\": \"/dev/sda\", \"partitions\": [\n"
				+ "  {\"node\": \"/dev/sdb1\", \"start\": 2048, \"size\": 2048, \"type\": \"83\"}]}}", null, 2, "\"/dev/sdb1\"",
				"'/dev/sdb1' is not a partition of '/dev/sda'");
		refused("cut.json", "{\"partitiontable\": {\"label\": \"dos\",\n  \"device\": \"/dev/sda\", \"partitions\": [", null, 2,
				"$", "the JSON ends here; expected a value");
		refused("twice.json", "{\"blockdevices\": [], \"blockdevices\": []}", null, 1, "\"blockdevices\": []}",
				"key \"blockdevices\" appears twice in this object");
		refused("other.json", "{\"devices\": []}", null, 1, null, "a JSON document whose first key is \"devices\"; expected the output "
				+ "of sfdisk -J ({\"partitiontable\": ...}), lsblk -J ({\"blockdevices\": ...}) or findmnt -J ({\"filesystems\": ...})");
		refused("dump.txt", "label: dos\ndevice: /dev/sda\n\n/dev/sda1 : start=x, size=10, type=83", null, 4, "start",
				"start='x'; expected a number of sectors");
	}

	@Test
	void filesThatAreNoDiskTableAtAll() {
		refused("empty.txt", "", null, 1, null, "the file is empty; expected a disk table");
		refused("comments.disk", "# only\n# comments", null, 2, null, "the file has only comments; expected a disk table");
		refused("prose.txt", "Dear admin,\nplease partition", null, 1, null, "cannot tell the format from 'Dear admin,'; expected a "
				+ "SystemImager XML file, a SystemInstaller disk table (device size fstype ...), or the output of sfdisk -d, sfdisk -J, "
				+ "lsblk -J or findmnt -J (or say which with --format)");
		refused("parted.txt", "BYT;\n/dev/sda:100GB:scsi:512:512:gpt:Disk:;", null, 1, null,
				"this is the output of parted, which SIS does not read; use sfdisk -J or sfdisk -d");
		refused("wrong.xml", "/dev/sda1 100 ext3 /", DiskFormat.DISKS_LAYOUT, 1, null,
				"malformed XML: Content is not allowed in prolog.");
		CoreException binary = assertThrows(CoreException.class, () -> DiskTableFormats.read(
				new Input("binary.disk", new byte[] { '/', 'd', 'e', 'v', '\n', 'x', (byte) 0xff, 'y' }), null, null));
		assertEquals("binary.disk:2:2: byte 0xff is not UTF-8 text; expected a text file in UTF-8", binary.getMessage());
		CoreException format = assertThrows(CoreException.class, () -> DiskFormat.byId("fdisk"));
		assertTrue(format.getMessage().startsWith("Unknown disk table format 'fdisk'; expected one of autoinstallscript, "),
				format.getMessage());
	}
}
