package org.sisuite.core.disk.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.sisuite.core.Statuses;
import org.sisuite.core.disk.format.DiskTableFormats.Input;
import org.sisuite.model.BootLoader;
import org.sisuite.model.BootLoaderFlavour;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Filesystem;
import org.sisuite.model.FilesystemType;
import org.sisuite.model.FstabIdentifier;
import org.sisuite.model.LogicalVolume;
import org.sisuite.model.Partition;
import org.sisuite.model.PartitionFlag;
import org.sisuite.model.PartitionTableType;
import org.sisuite.model.PartitionType;
import org.sisuite.model.RaidArray;
import org.sisuite.model.RaidLevel;
import org.sisuite.model.SisFactory;
import org.sisuite.model.SizeUnit;
import org.sisuite.model.VolumeGroup;

/**
 * Export then import gives the same model: exactly for a table written in the format it came
 * from, and for any table once it has been through a format (the second export is the first).
 */
class RoundTripTest {

	private static final SisFactory F = SisFactory.eINSTANCE;
	private static final List<DiskFormat> WRITABLE = List.of(DiskFormat.AUTOINSTALLSCRIPT, DiskFormat.DISKS_LAYOUT,
			DiskFormat.MKSIDISK);

	static List<Path> referenceTables() throws IOException {
		List<Path> files = new ArrayList<>(ReferenceFiles.files("oscar-diskfiles", ".disk"));
		files.add(ReferenceFiles.file("systeminstaller/samples/disktable"));
		files.add(ReferenceFiles.file("systemimager/v4.3.0/doc/examples/autoinstallscript.conf-lvm_over_raid"));
		files.addAll(ReferenceFiles.files("systemimager/head/doc/examples", ".xml").stream()
				.filter(file -> file.getFileName().toString().startsWith("disk-layout-")).toList());
		return files;
	}

	/** Reads an export back, expecting the warnings (by message) the original import had, or none. */
	static DiskTable reread(DiskTableExport export, DiskFormat format, String name, List<FormatProblem> expected)
			throws CoreException {
		DiskTableImport read = DiskTableFormats.read(new Input(name + "." + format.id(),
				export.text().getBytes(StandardCharsets.UTF_8)), format, name);
		assertEquals(messages(expected), messages(read.warnings()), "warnings reading back:\n" + export.text());
		return read.table();
	}

	static DiskTable reread(DiskTableExport export, DiskFormat format, String name) throws CoreException {
		return reread(export, format, name, List.of());
	}

	/** The messages of the warnings that are about the content (a misspelt attribute name is gone once written). */
	static List<String> messages(List<FormatProblem> warnings) {
		return warnings.stream().map(FormatProblem::message)
				.filter(message -> message.contains("XSD's list") || message.contains("not a type SIS creates")).toList();
	}

	static void assertSameTable(DiskTable expected, DiskTable actual, String what) {
		if (!EcoreUtil.equals(expected, actual)) {
			assertEquals(xmi(expected), xmi(actual), what);
			fail(what + ": not equal, though their XMI is");
		}
	}

	static String xmi(DiskTable table) {
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("table.xmi"));
		resource.getContents().add(EcoreUtil.copy(table));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, Map.of());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aReferenceTableWrittenInItsOwnFormatReadsBackEqual() throws Exception {
		int checked = 0;
		for (Path file : referenceTables()) {
			DiskTableImport read = ReferenceFiles.read(file);
			DiskTableExport export = DiskTableFormats.write(read.table(), read.format());
			assertEquals(List.of(), export.warnings().stream().filter(w -> !w.contains("outside the disks-layout XSD")).toList(),
					file + " loses nothing in its own format");
			assertSameTable(read.table(), reread(export, read.format(), read.table().getName(), read.warnings()),
					file.toString());
			checked++;
		}
		assertEquals(20, checked, "14 OSCAR tables, the SystemInstaller sample, 1 autoinstallscript.conf, 4 disks-layout files");
	}

	@Test
	void anyTableIsStableAfterOneTripThroughAnyWritableFormat() throws Exception {
		List<String> refused = new ArrayList<>();
		for (Path file : referenceTables()) {
			DiskTable table = DiskTableFormats.resolveDefaults(ReferenceFiles.read(file).table(), "ext4", "xfs");
			for (DiskFormat format : WRITABLE) {
				DiskTableExport first;
				try {
					first = DiskTableFormats.write(table, format);
				} catch (CoreException e) {
					assertTrue(Statuses.isBadInput(e.getStatus()), e.getMessage());
					refused.add(file.getFileName() + " as " + format.id());
					continue;
				}
				DiskTable again = DiskTableFormats.read(new Input("again", first.text().getBytes(StandardCharsets.UTF_8)),
						format, table.getName()).table();
				DiskTableExport second = DiskTableFormats.write(again, format);
				assertEquals(first.text(), second.text(), file + " as " + format.id());
				if (first.warnings().isEmpty()) {
					DiskTable expected = EcoreUtil.copy(table);
					expected.setSourceFormat(format.id());
					assertSameTable(expected, again, file + " as " + format.id() + " without warnings");
				}
			}
		}
		assertEquals(List.of("autoinstallscript.conf-lvm_over_raid as mksidisk", "disk-layout-lvm_over_raid.xml as mksidisk"),
				refused, "only LVM tables cannot be SystemInstaller tables");
	}

	@Test
	void capturedTablesExportAndReadBackStable() throws Exception {
		List<List<Input>> captures = List.of(
				List.of(Input.of(ReferenceFiles.capture("lsblk.json")), Input.of(ReferenceFiles.capture("findmnt-fstab.json")),
						Input.of(ReferenceFiles.capture("sfdisk-loop0.json")), Input.of(ReferenceFiles.capture("sfdisk-loop1.json"))),
				List.of(Input.of(ReferenceFiles.capture("lsblk-raid-lvm.json"))));
		for (List<Input> inputs : captures) {
			DiskTable table = DiskTableFormats.read(inputs, null, "captured").table();
			DiskTableExport first = DiskTableFormats.write(table, DiskFormat.DISKS_LAYOUT);
			DiskTable again = DiskTableFormats.read(new Input("again", first.text().getBytes(StandardCharsets.UTF_8)),
					DiskFormat.DISKS_LAYOUT, "captured").table();
			assertEquals(first.text(), DiskTableFormats.write(again, DiskFormat.DISKS_LAYOUT).text());
			assertEquals(table.getFilesystems().size(), again.getFilesystems().size());
		}
	}

	/** A table using everything the disks-layout format can hold. */
	static DiskTable everything() {
		DiskTable table = F.createDiskTable();
		table.setName("everything");
		table.setDescription("Two mirrored disks, LVM on the mirror.\n  indented line");
		table.setSourceFormat(DiskFormat.DISKS_LAYOUT.id());
		List<Partition> members = new ArrayList<>();
		List<Partition> esps = new ArrayList<>();
		for (String device : List.of("/dev/nvme0n1", "/dev/nvme1n1", "/dev/nvme2n1")) {
			Disk disk = F.createDisk();
			disk.setDevice(device);
			disk.setLabel(PartitionTableType.GPT);
			disk.setUnits(SizeUnit.GIB);
			Partition esp = partition(1, "0.5", SizeUnit.GIB, false, PartitionFlag.ESP);
			esp.setName("EFI system");
			Partition member = partition(2, null, SizeUnit.GIB, true, PartitionFlag.RAID);
			member.setPartitionId("fd");
			disk.getPartitions().add(esp);
			disk.getPartitions().add(member);
			table.getDisks().add(disk);
			members.add(member);
			esps.add(esp);
		}
		RaidArray mirror = F.createRaidArray();
		mirror.setDevice("/dev/md0");
		mirror.setLevel(RaidLevel.RAID1);
		mirror.getMembers().add(members.get(1));
		mirror.getMembers().add(members.get(0));
		mirror.getSpares().add(members.get(2));
		mirror.setChunkSizeKiB(512);
		table.getRaidArrays().add(mirror);
		VolumeGroup group = F.createVolumeGroup();
		group.setName("vg-sys");
		group.setExtentSizeKiB(32768);
		group.setMaxLogicalVolumes(256);
		group.getPhysicalVolumes().add(mirror);
		LogicalVolume root = F.createLogicalVolume();
		root.setName("root");
		root.setSize(new BigDecimal("40.5"));
		root.setUnit(SizeUnit.GIB);
		root.setOptions("--stripes 1");
		LogicalVolume home = F.createLogicalVolume();
		home.setName("home");
		home.setGrow(true);
		group.getLogicalVolumes().add(root);
		group.getLogicalVolumes().add(home);
		table.getVolumeGroups().add(group);
		table.getFilesystems().add(filesystem(root, null, "/", FilesystemType.XFS, fs -> {
			fs.setFstabIdentifier(FstabIdentifier.UUID);
			fs.setUuid("0b3c1f9e-1111-4a8e-9d1c-5f0e6d7c8b9a");
			fs.setPass(1);
			fs.setMkfsOptions("-m reflink=1");
		}));
		table.getFilesystems().add(filesystem(home, null, "/home", FilesystemType.EXT4, fs -> {
			fs.setFstabIdentifier(FstabIdentifier.LABEL);
			fs.setLabel("home & more");
			fs.setMountOptions("defaults,nodev,\"quoted\"");
			fs.setFormat(false);
			fs.setDump(1);
			fs.setPass(2);
		}));
		table.getFilesystems().add(filesystem(esps.get(0), null, "/boot/efi", FilesystemType.VFAT, fs -> {
			fs.setFstabIdentifier(FstabIdentifier.DEVICE);
			fs.setMkfsOptions("-F 32");
			fs.setMountOptions("umask=0077");
		}));
		table.getFilesystems().add(filesystem(null, "nas:/export/scratch", "/scratch", FilesystemType.NFS,
				fs -> fs.setMountOptions("rw,hard")));
		BootLoader loader = F.createBootLoader();
		loader.setFlavour(BootLoaderFlavour.SYSTEMD_BOOT);
		loader.setEfi(true);
		loader.getTargets().add("/dev/nvme0n1p1");
		loader.getTargets().add("/dev/nvme1n1p1");
		loader.setDefaultEntry("saved");
		loader.setTimeout(5);
		table.setBootLoader(loader);
		return table;
	}

	static Partition partition(int number, String size, SizeUnit unit, boolean grow, PartitionFlag... flags) {
		Partition partition = F.createPartition();
		partition.setNumber(number);
		if (size != null) {
			partition.setSize(new BigDecimal(size));
		}
		partition.setUnit(unit);
		partition.setGrow(grow);
		partition.getFlags().addAll(List.of(flags));
		return partition;
	}

	static Filesystem filesystem(org.sisuite.model.BlockDevice device, String source, String mountPoint, FilesystemType type,
			java.util.function.Consumer<Filesystem> more) {
		Filesystem filesystem = F.createFilesystem();
		filesystem.setDevice(device);
		filesystem.setSource(source);
		filesystem.setMountPoint(mountPoint);
		filesystem.setFsType(type);
		more.accept(filesystem);
		return filesystem;
	}

	@Test
	void aTableWithEverythingRoundTripsThroughDisksLayoutExactly() throws CoreException {
		DiskTable table = everything();
		DiskTableExport export = DiskTableFormats.write(table, DiskFormat.DISKS_LAYOUT);
		assertEquals(List.of(), export.warnings(), export.text());
		assertTrue(export.text().contains("devices=\"/dev/nvme1n1p2 /dev/nvme0n1p2 /dev/nvme2n1p2\""),
				"members out of disk order, and a spare, need the devices list:\n" + export.text());
		assertTrue(export.text().contains("mount_dev=\"LABEL=home &amp; more\""), export.text());
		assertSameTable(table, reread(export, DiskFormat.DISKS_LAYOUT, "everything"), "disks-layout");
	}

	@Test
	void aV4TableRoundTripsThroughAutoinstallscriptExactly() throws CoreException {
		DiskTable table = F.createDiskTable();
		table.setName("v4");
		table.setSourceFormat(DiskFormat.AUTOINSTALLSCRIPT.id());
		Disk disk = F.createDisk();
		disk.setDevice("/dev/sda");
		disk.setLabel(PartitionTableType.MSDOS);
		disk.setUnits(SizeUnit.PERCENT);
		Partition boot = partition(1, "2.5", SizeUnit.PERCENT, false, PartitionFlag.BOOT, PartitionFlag.LBA);
		boot.setPartitionId("83");
		Partition extended = partition(2, null, SizeUnit.PERCENT, true);
		extended.setType(PartitionType.EXTENDED);
		Partition logical = partition(5, null, SizeUnit.PERCENT, true, PartitionFlag.HIDDEN);
		logical.setType(PartitionType.LOGICAL);
		disk.getPartitions().addAll(List.of(boot, extended, logical));
		table.getDisks().add(disk);
		table.getFilesystems().add(filesystem(boot, null, "/boot", FilesystemType.EXT2, fs -> {
			fs.setFstabIdentifier(FstabIdentifier.DEVICE);
			fs.setDump(1);
			fs.setPass(2);
		}));
		table.getFilesystems().add(filesystem(logical, null, "/", FilesystemType.JFS, fs -> {
			fs.setFstabIdentifier(FstabIdentifier.DEVICE);
			fs.setPass(1);
		}));
		table.getFilesystems().add(filesystem(null, "proc", "/proc", FilesystemType.PROC, fs -> {
		}));
		table.getFilesystems().add(filesystem(null, "/dev/sr0", "/media/cdrom", FilesystemType.OTHER, fs -> {
			fs.setTypeName("iso9660");
			fs.setFormat(false);
			fs.setMountOptions("noauto,ro");
		}));
		DiskTableExport export = DiskTableFormats.write(table, DiskFormat.AUTOINSTALLSCRIPT);
		assertEquals(List.of(), export.warnings());
		assertTrue(export.text().contains("unit_of_measurement=\"%\""), export.text());
		assertSameTable(table, reread(export, DiskFormat.AUTOINSTALLSCRIPT, "v4"), "autoinstallscript");
	}

	@Test
	void aSystemInstallerTableWithRaid5SparesAndSettingsRoundTripsExactly() throws CoreException {
		String text = """
				# Compute node: RAID 5 over three disks with a spare.
				label_type=gpt
				units=GiB
				boot_type=efi
				raid5 /dev/md0 /dev/sda2 /dev/sdb2 /dev/sdc2 [/dev/sdd2]
				/dev/sda1   0.5  vfat  /boot/efi  umask=0077  bootable
				/dev/md0    *    _ROOTFS_  /  defaults
				/dev/sdb1   1    swap
				/dev/sdc1   4    41
				/dev/fd0    -    auto  /mnt/floppy  noauto,owner
				nfs_oscar:/home - nfs /home rw
				""";
		DiskTableImport read = DiskTableFormats.read(new Input("node.disk", text.getBytes(StandardCharsets.UTF_8)), null, null);
		assertEquals(List.of(), read.warnings());
		assertEquals(List.of("/dev/sda gpt", "  1 0.5GiB boot", "  2 * raid", "/dev/sdb gpt", "  1 1GiB swap", "  2 * raid",
				"/dev/sdc gpt", "  1 4GiB", "  2 * raid", "/dev/sdd gpt", "  2 * raid",
				"/dev/md0 raid5 /dev/sda2+/dev/sdb2+/dev/sdc2 spares /dev/sdd2", "fs /dev/sda1 /boot/efi vfat umask=0077 1 2",
				"fs /dev/md0 / rootDefault defaults 1 2", "fs /dev/sdb1 null swap defaults 0 0",
				"fs /dev/fd0 /mnt/floppy auto noauto,owner 0 0", "fs nfs_oscar:/home /home nfs rw 0 0"),
				Fingerprint.of(read.table()));
		assertEquals("41", read.table().getDisks().get(2).getPartitions().get(0).getPartitionId(), "a PReP partition");
		assertTrue(read.table().getBootLoader().isEfi());
		DiskTableExport export = DiskTableFormats.write(read.table(), DiskFormat.MKSIDISK);
		assertEquals(List.of(), export.warnings());
		assertSameTable(read.table(), reread(export, DiskFormat.MKSIDISK, "node"), "mksidisk");
	}

	@Test
	void whatAFormatCannotSayIsRefusedNamingIt() throws CoreException {
		CoreException lvm = assertThrows(CoreException.class, () -> DiskTableFormats.write(everything(), DiskFormat.MKSIDISK));
		assertEquals("Cannot write the SystemInstaller disk table: the table has LVM volume groups (vg-sys); the format has no LVM",
				lvm.getMessage());
		DiskTable oscar = ReferenceFiles.read(ReferenceFiles.file("oscar-diskfiles/scsi.disk")).table();
		CoreException placeholder = assertThrows(CoreException.class, () -> DiskTableFormats.write(oscar, DiskFormat.DISKS_LAYOUT));
		assertTrue(placeholder.getMessage().contains("the file system of /boot is the distribution's default (_BOOTFS_)"),
				placeholder.getMessage());
		assertTrue(Statuses.isBadInput(placeholder.getStatus()));
		DiskTableExport resolved = DiskTableFormats.write(DiskTableFormats.resolveDefaults(oscar, "ext4", "xfs"),
				DiskFormat.DISKS_LAYOUT);
		assertTrue(resolved.text().contains("real_dev=\"/dev/sda6\" mp=\"/\" fs=\"xfs\""), resolved.text());
		CoreException capture = assertThrows(CoreException.class, () -> DiskTableFormats.write(oscar, DiskFormat.LSBLK_JSON));
		assertTrue(capture.getMessage().contains("describes a machine, not a disk table"), capture.getMessage());
		CoreException badType = assertThrows(CoreException.class, () -> DiskTableFormats.resolveDefaults(oscar, "swap", null));
		assertTrue(badType.getMessage().startsWith("Invalid --bootfs 'swap'"), badType.getMessage());
	}
}
