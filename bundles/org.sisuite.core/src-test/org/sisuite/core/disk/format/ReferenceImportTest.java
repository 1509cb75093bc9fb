package org.sisuite.core.disk.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.sisuite.core.Statuses;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Filesystem;
import org.sisuite.model.FilesystemType;
import org.sisuite.model.FstabIdentifier;
import org.sisuite.model.Partition;
import org.sisuite.model.SizeUnit;
import org.sisuite.model.VolumeGroup;

/**
 * Every disk table among the reference files imports, with the facts its file states: partitions
 * and sizes, growing partitions, RAID members, LVM, mount points, and the warnings it deserves.
 */
class ReferenceImportTest {

	/** The partitions and fstab lines of OSCAR's single-disk tables, which differ in device, sizes and types. */
	private static List<String> oscarSingleDisk(String disk, String part, int boot, String bootFs, String bootMount,
			String rootFs, boolean legacy) {
		List<String> lines = new ArrayList<>(List.of(disk + " msdos", "  1 " + boot + "MB boot", "  2 * extended",
				"  5 512MB logical swap", "  6 * logical", "fs " + disk + part + "1 " + bootMount + " " + bootFs + " defaults 1 2",
				"fs " + disk + part + "5 null swap defaults 0 0", "fs " + disk + part + "6 / " + rootFs + " defaults 1 2"));
		if (legacy) {
			lines.add("fs /dev/shm /dev/shm tmpfs defaults 0 0");
			lines.add("fs nfs_oscar:/home /home nfs rw 0 0");
		}
		return lines;
	}

	private static List<String> oscarPs3(boolean legacy) {
		List<String> lines = new ArrayList<>(List.of("/dev/sda msdos", "  1 * boot", "  2 512MB swap",
				"fs /dev/sda1 / rootDefault defaults 1 2", "fs /dev/sda2 null swap defaults 0 0"));
		if (legacy) {
			lines.add("fs /dev/shm /dev/shm tmpfs defaults 0 0");
			lines.add("fs nfs_oscar:/home /home nfs rw 0 0");
		}
		return lines;
	}

	private static List<String> oscarRaid(boolean legacy) {
		List<String> lines = new ArrayList<>();
		for (String disk : List.of("/dev/sda", "/dev/sdb")) {
			lines.addAll(List.of(disk + " msdos", "  1 100MB boot,raid", "  2 2048MB raid,swap", "  3 * raid"));
		}
		lines.addAll(List.of("/dev/md0 raid1 /dev/sda1+/dev/sdb1", "/dev/md1 raid1 /dev/sda2+/dev/sdb2",
				"/dev/md2 raid1 /dev/sda3+/dev/sdb3", "fs /dev/md0 /boot bootDefault defaults 1 2",
				"fs /dev/md1 null swap defaults 0 0", "fs /dev/md2 / rootDefault defaults 1 2"));
		if (legacy) {
			lines.add("fs /dev/shm /dev/shm tmpfs defaults 0 0");
			lines.add("fs nfs_oscar:/home /home nfs rw,rsize=8192,wsize=8192,timeo=14,retrans=32,intr,bg 0 0");
		}
		return lines;
	}

	@Test
	void everyOscarDiskFileImportsWithWhatItSays() throws Exception {
		Map<String, List<String>> expected = new TreeMap<>();
		expected.put("cciss.disk", oscarSingleDisk("/dev/cciss/c0d0", "p", 100, "bootDefault", "/boot", "rootDefault", false));
		expected.put("legacy-cciss.disk", oscarSingleDisk("/dev/cciss/c0d0", "p", 100, "bootDefault", "/boot", "rootDefault", true));
		expected.put("ide-pata.disk", oscarSingleDisk("/dev/hda", "", 100, "bootDefault", "/boot", "rootDefault", false));
		expected.put("legacy-ide-pata.disk", oscarSingleDisk("/dev/hda", "", 100, "bootDefault", "/boot", "rootDefault", true));
		expected.put("legacy-ide.disk", oscarSingleDisk("/dev/hda", "", 100, "ext3", "/boot", "ext3", true));
		expected.put("ide-sata.disk", oscarSingleDisk("/dev/sda", "", 100, "bootDefault", "/boot", "rootDefault", false));
		expected.put("scsi.disk", oscarSingleDisk("/dev/sda", "", 100, "bootDefault", "/boot", "rootDefault", false));
		expected.put("legacy-scsi.disk", oscarSingleDisk("/dev/sda", "", 100, "bootDefault", "/boot", "rootDefault", true));
		expected.put("scsi.ia64.disk", oscarSingleDisk("/dev/sda", "", 200, "vfat", "/boot/efi", "rootDefault", false));
		expected.put("legacy-scsi.ia64.disk", oscarSingleDisk("/dev/sda", "", 200, "vfat", "/boot/efi", "rootDefault", true));
		expected.put("scsi.ppc64-ps3.disk", oscarPs3(false));
		expected.put("legacy-scsi.ppc64-ps3.disk", oscarPs3(true));
		expected.put("swraid1-scsi.disk", oscarRaid(false));
		expected.put("legacy-swraid1-scsi.disk", oscarRaid(true));
		List<Path> files = ReferenceFiles.files("oscar-diskfiles", ".disk");
		assertEquals(expected.keySet(), new java.util.TreeSet<>(files.stream().map(f -> f.getFileName().toString()).toList()),
				"a test expectation for every OSCAR disk file");
		for (Path file : files) {
			DiskTableImport read = ReferenceFiles.read(file);
			String name = file.getFileName().toString();
			assertEquals(DiskFormat.MKSIDISK, read.format(), name);
			assertEquals(List.of(), read.warnings(), name);
			assertEquals(expected.get(name), Fingerprint.of(read.table()), name);
			assertEquals(name.substring(0, name.length() - ".disk".length()), read.table().getName());
		}
	}

	@Test
	void theSystemInstallerSampleKeepsItsHeaderAsDescription() throws Exception {
		DiskTableImport read = ReferenceFiles.read(ReferenceFiles.file("systeminstaller/samples/disktable"));
		assertEquals(List.of("/dev/hda msdos", "  1 24MB boot", "  2 * extended", "  5 128MB logical swap", "  6 * logical",
				"fs /dev/hda1 /boot ext2 defaults 1 2", "fs /dev/hda5 null swap defaults 0 0", "fs /dev/hda6 / ext2 defaults 1 2",
				"fs homeserv:/home /home nfs rw 0 0"), Fingerprint.of(read.table()));
		assertTrue(read.table().getDescription().startsWith("This is a sample disktable for SystemInstaller.\n"),
				read.table().getDescription());
		Filesystem root = read.table().getFilesystems().get(2);
		assertEquals(FstabIdentifier.DEVICE, root.getFstabIdentifier(), "SystemInstaller's fstab names devices");
	}

	@Test
	void theV43AutoinstallscriptSampleHasRaidLvmAndItsFstab() throws Exception {
		DiskTableImport read = ReferenceFiles.read(
				ReferenceFiles.file("systemimager/v4.3.0/doc/examples/autoinstallscript.conf-lvm_over_raid"));
		assertEquals(DiskFormat.AUTOINSTALLSCRIPT, read.format(), "told by its <boel>");
		DiskTable table = read.table();
		List<String> lines = Fingerprint.of(table);
		assertEquals(List.of("/dev/hda msdos", "  1 101MB boot", "  2 512MB raid", "  3 * raid", "/dev/hdc msdos",
				"  1 512MB raid", "  2 * raid", "/dev/md0 raid1 /dev/hda3+/dev/hdc2", "/dev/md1 raid1 /dev/hda2+/dev/hdc1",
				"vg systemvg on /dev/md0: optlv 2097152KiB, rootlv 2097152KiB, tmplv 2097152KiB, usrlv 5242880KiB, varlv 2097152KiB"),
				lines.subList(0, 10));
		assertEquals(13, table.getFilesystems().size());
		assertEquals("fs /dev/systemvg/rootlv / reiserfs acl,user_xattr 1 1", lines.get(10));
		assertEquals("fs /dev/md1 null swap defaults 0 0", lines.get(16));
		assertEquals(List.of("fs proc /proc proc defaults 0 0", "fs sysfs /sys sysfs noauto 0 0",
				"fs devpts /dev/pts devpts mode=0620,gid=5 0 0"), lines.subList(17, 20));
		Filesystem dvd = table.getFilesystems().get(10);
		assertEquals(FilesystemType.OTHER, dvd.getFsType());
		assertEquals("subfs", dvd.getTypeName());
		assertFalse(dvd.isFormat(), "format=\"no\"");
		assertTrue(table.getFilesystems().get(12).isFormat(), "the floppy line has no format attribute");
		VolumeGroup group = table.getVolumeGroups().get(0);
		assertEquals(4096, group.getExtentSizeKiB(), "phys_exent_size (sic) 4096K");
		assertNull(group.getMaxLogicalVolumes(), "0 means no limit");
		List<String> warned = List.of("phys_exent_size is a misspelling",
				"fs=\"subfs\" is not a type SIS creates; kept as an fstab entry", "<boel>");
		assertEquals(warned.size(), read.warnings().size(), read.warnings().toString());
		for (int i = 0; i < warned.size(); i++) {
			assertTrue(read.warnings().get(i).message().startsWith(warned.get(i)), read.warnings().get(i).toString());
		}
		assertEquals(60, read.warnings().get(1).line(), "the floppy, which has no format=\"no\"");
		assertEquals(62, read.warnings().get(2).line(), "the <boel> line");
	}

	@Test
	void theDisksLayoutSamplesImportWithUnitsFlagsAndBootLoader() throws Exception {
		DiskTableImport efi = ReferenceFiles.read(ReferenceFiles.file("systemimager/head/doc/examples/disk-layout-EFI.xml"));
		assertEquals(DiskFormat.DISKS_LAYOUT, efi.format());
		assertEquals(List.of(), efi.warnings());
		assertEquals(List.of("/dev/sda gpt", "  1 512MiB esp", "  2 2048MiB", "  3 2048MiB swap", "  4 *",
				"fs /dev/sda4 / xfs defaults 1 2", "fs /dev/sda3 null swap defaults 0 0", "fs /dev/sda2 /boot xfs defaults 1 2",
				"fs /dev/sda1 /boot/efi vfat umask=0077,shortname=winnt 0 0"), Fingerprint.of(efi.table()));
		assertEquals("-F 32", efi.table().getFilesystems().get(3).getMkfsOptions(), "fs=\"fat32\" is vfat made with -F 32");
		assertTrue(efi.table().getBootLoader().isEfi());
		assertEquals(List.of("/dev/sda1"), efi.table().getBootLoader().getTargets());
		assertEquals(2, efi.table().getBootLoader().getTimeout());
		assertEquals("0", efi.table().getBootLoader().getDefaultEntry());

		DiskTableImport complex = ReferenceFiles.read(ReferenceFiles.file("systemimager/head/doc/examples/disk-layout-complex.xml"));
		assertEquals(List.of("/dev/sda msdos", "  1 500MiB boot", "  3 4096MiB", "  4 * extended", "  7 4096MiB logical",
				"  5 * logical", "  6 2048MiB logical", "  2 1024MiB swap"), Fingerprint.of(complex.table()).subList(0, 8),
				"partitions stay in file order: the order they are created in");
		assertEquals(6, complex.table().getFilesystems().size());
		assertFalse(complex.table().getBootLoader().isEfi());

		DiskTableImport simple = ReferenceFiles.read(ReferenceFiles.file("systemimager/head/doc/examples/disk-layout-simple.xml"));
		assertEquals(List.of("/dev/sda msdos", "  1 500MB boot", "  2 * extended", "  5 512MB logical swap", "  6 * logical",
				"fs /dev/sda6 / xfs defaults 1 2", "fs /dev/sda5 null swap defaults 0 0", "fs /dev/sda1 /boot ext4 defaults 1 2"),
				Fingerprint.of(simple.table()));
		assertTrue(simple.table().getDescription().startsWith("Simple disk-layout file for use on legacy systems\n"),
				simple.table().getDescription());
	}

	/** Decision: the sample breaks its own XSD (fs="proc" and the like); it imports, with a warning per line. */
	@Test
	void theLvmOverRaidSampleBreaksItsXsdAndImportsWithWarnings() throws Exception {
		DiskTableImport read = ReferenceFiles.read(
				ReferenceFiles.file("systemimager/head/doc/examples/disk-layout-lvm_over_raid.xml"));
		assertEquals(DiskFormat.DISKS_LAYOUT, read.format());
		assertEquals(List.of("62: fs=\"proc\" is not in the disks-layout XSD's list (read anyway)",
				"63: fs=\"sysfs\" is not in the disks-layout XSD's list (read anyway)",
				"64: fs=\"devpts\" is not in the disks-layout XSD's list (read anyway)",
				"65: fs=\"subfs\" is not in the disks-layout XSD's list (read anyway)",
				"66: fs=\"subfs\" is not in the disks-layout XSD's list (read anyway)",
				"67: fs=\"subfs\" is not a type SIS creates; kept as an fstab entry SIS mounts but never formats"),
				read.warnings().stream().map(w -> w.line() + ": " + w.message()).toList());
		assertEquals(2, read.table().getBootLoader().getTargets().size());
		assertEquals("/dev/md0 raid1 /dev/sda3+/dev/sdb2", Fingerprint.of(read.table()).get(7));
		assertEquals(13, read.table().getFilesystems().size());
	}

	@Test
	void sfdiskOutputsGiveExactPartitionsAndGrowTheLastOneWhenTheDiskEndIsKnown() throws Exception {
		for (String name : List.of("dos-simple.sfdisk-J.json", "dos-simple.sfdisk-d.txt")) {
			DiskTableImport read = ReferenceFiles.read(ReferenceFiles.file("disk-tools/" + name));
			assertEquals(List.of("d1.raw msdos", "  1 500MiB boot", "  2 3595MiB extended", "  5 512MiB logical swap",
					"  6 3081MiB logical"), Fingerprint.of(read.table()), name);
			assertEquals("82", read.table().getDisks().get(0).getPartitions().get(2).getPartitionId());
		}
		for (String name : List.of("gpt-efi.sfdisk-J.json", "gpt-efi.sfdisk-d.txt")) {
			DiskTableImport read = ReferenceFiles.read(ReferenceFiles.file("disk-tools/" + name));
			assertEquals(List.of("d2.raw gpt", "  1 200MiB esp", "  2 512MiB", "  3 1024MiB swap", "  4 2358MiB*"),
					Fingerprint.of(read.table()), name + ": partition 4 ends within 1 MiB of last-lba");
			Partition root = read.table().getDisks().get(0).getPartitions().get(3);
			assertEquals("root", root.getName());
			assertEquals("0FC63DAF-8483-4772-8E79-3D69D8477DE4", root.getPartitionId());
		}
		DiskTableImport vda = ReferenceFiles.read(ReferenceFiles.file("disk-tools/qemu-guest-vda.sfdisk-d.txt"));
		assertEquals(List.of("/dev/vda msdos", "  1 256MiB boot", "  2 256MiB swap", "  3 1535MiB"), Fingerprint.of(vda.table()));
		assertEquals(SizeUnit.MIB, vda.table().getDisks().get(0).getUnits());
		assertEquals(new BigDecimal("1535"), vda.table().getDisks().get(0).getPartitions().get(2).getSize());
	}

	@Test
	void partedOutputAndSfdiskScriptsAreRefusedSayingWhy() throws IOException {
		for (String name : List.of("dos-simple.parted-m-MiB.txt", "dos-simple.parted-s.txt", "gpt-efi.parted-m-B.txt")) {
			Path file = ReferenceFiles.file("disk-tools/" + name);
			CoreException e = assertThrows(CoreException.class, () -> ReferenceFiles.read(file));
			assertTrue(Statuses.isBadInput(e.getStatus()));
			assertTrue(e.getMessage().endsWith(name + ":1:1: this is the output of parted, which SIS does not read; use sfdisk -J or sfdisk -d"),
					e.getMessage());
		}
		CoreException script = assertThrows(CoreException.class,
				() -> ReferenceFiles.read(ReferenceFiles.file("disk-tools/dos-simple.sfdisk-input.txt")));
		assertTrue(script.getMessage().contains("dos-simple.sfdisk-input.txt:2:1: expected a sfdisk -d line"), script.getMessage());
	}
}
