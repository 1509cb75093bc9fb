package org.sisuite.core.disk.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.sisuite.core.disk.DiskTableFixtures.DISK_BYTES;
import static org.sisuite.core.disk.DiskTableFixtures.filesystem;
import static org.sisuite.core.disk.DiskTableFixtures.grow;
import static org.sisuite.core.disk.DiskTableFixtures.partition;
import static org.sisuite.core.disk.DiskTableFixtures.volume;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.sisuite.core.Statuses;
import org.sisuite.core.disk.DiskTableFixtures;
import org.sisuite.model.BootLoaderFlavour;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Filesystem;
import org.sisuite.model.FilesystemType;
import org.sisuite.model.FstabIdentifier;
import org.sisuite.model.Partition;
import org.sisuite.model.PartitionFlag;
import org.sisuite.model.PartitionTableType;
import org.sisuite.model.PartitionType;
import org.sisuite.model.RaidArray;
import org.sisuite.model.RaidLevel;
import org.sisuite.model.SizeUnit;
import org.sisuite.model.VolumeGroup;

class DiskTableValidatorTest {

	@Test
	void theFixturesAreValidOnTheirDisks() {
		for (Map.Entry<String, Supplier<DiskTable>> fixture : DiskTableFixtures.all().entrySet()) {
			DiskTable table = fixture.getValue().get();
			List<DiskProblem> problems = DiskTableValidator.problems(validate(table));
			List<DiskProblem> notInfo = problems.stream().filter(p -> p.getSeverity() != IStatus.INFO).toList();
			assertTrue(notInfo.isEmpty(), fixture.getKey() + ": " + messages(notInfo));
		}
	}

	@Test
	void theStatusSaysHowManyProblemsAndErrorsAreBadInput() {
		DiskTable table = DiskTableFixtures.uefiGpt();
		table.getFilesystems().get(0).setMountPoint("/srv");
		MultiStatus status = validate(table);
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertEquals("Disk table 'uefi-gpt': 1 error, 0 warnings", status.getMessage());
		assertTrue(Statuses.isBadInput(status));
		DiskProblem problem = DiskTableValidator.problems(status).get(0);
		assertEquals("fs.root", problem.getRule());
		assertSame(table, problem.getObject());
		assertEquals("error", problem.getSeverityName());
		assertEquals("Disk table 'uefi-gpt' is valid", validate(DiskTableFixtures.uefiGpt()).getMessage());
	}

	@Test
	void placeholdersAndTypesSisCannotMakeAreNamed() {
		DiskTable table = DiskTableFixtures.uefiGpt();
		table.getFilesystems().get(0).setFsType(org.sisuite.model.FilesystemType.ROOT_DEFAULT);
		assertTrue(only(table, "fs.placeholder").getMessage().contains("_ROOTFS_"));

		table = DiskTableFixtures.uefiGpt();
		table.getFilesystems().get(0).setFsType(org.sisuite.model.FilesystemType.REISERFS);
		assertTrue(only(table, "fs.mkfs").getMessage().contains("SIS cannot make reiserfs file systems"));
		table.getFilesystems().get(0).setFormat(false);
		assertTrue(!rules(validate(table)).contains("fs.mkfs"), "an unformatted reiserfs is only mounted");
	}

	@Test
	void oneGrowingPartitionPerDisk() {
		DiskTable table = DiskTableFixtures.uefiGpt();
		Partition extra = grow(table.getDisks().get(0), 3);
		DiskProblem problem = only(table, "partition.grow");
		assertEquals("Disk /dev/sda has 2 growing partitions (/dev/sda2, /dev/sda3); only one can take the space left",
				problem.getMessage());
		assertSame(extra, problem.getObject());
		assertEquals("@disks.0/@partitions.2", problem.getPath());
	}

	@Test
	void partitionsMustFitAKnownDisk() {
		DiskTable table = DiskTableFixtures.uefiGpt();
		Disk disk = table.getDisks().get(0);
		partition(disk, 3, "2", SizeUnit.GIB);
		DiskProblem problem = only(table, "partition.fit");
		assertEquals("The partitions of disk /dev/sda need at least 2.13 GiB (with 1 MiB for /dev/sda2) but the disk has"
				+ " 1 GiB (1073741824 bytes)", problem.getMessage());
		assertSame(disk, problem.getObject());
		disk.getPartitions().get(2).setUnit(SizeUnit.PERCENT);
		disk.getPartitions().get(2).setSize(new BigDecimal("50"));
		assertTrue(rules(validate(table)).isEmpty(), "50 % of 1 GiB fits");
		assertTrue(rules(DiskTableValidator.validate(table)).isEmpty(), "unknown size: nothing to check");
		disk.getPartitions().get(1).setGrow(false);
		disk.getPartitions().get(1).setSize(new BigDecimal("60"));
		disk.getPartitions().get(1).setUnit(SizeUnit.PERCENT);
		assertEquals("The partitions of disk /dev/sda ask for 110 % of it",
				only(DiskTableValidator.validate(table), "partition.fit").getMessage());
	}

	@Test
	void msdosNumberingAndExtendedPartitions() {
		DiskTable table = DiskTableFixtures.biosMsdos();
		Disk disk = table.getDisks().get(0);
		disk.getPartitions().get(4).setNumber(8); // logical 5, 6, 8
		assertEquals("The logical partitions of disk /dev/sda must be numbered 5, 6, ... without gaps; found 5, 6, 8",
				only(table, "partition.number").getMessage());
		disk.getPartitions().get(4).setNumber(7);
		disk.getPartitions().get(1).setType(PartitionType.PRIMARY);
		disk.getPartitions().get(1).setGrow(false);
		disk.getPartitions().get(1).setSize(BigDecimal.TEN);
		assertEquals("Disk /dev/sda has logical partitions (/dev/sda5, /dev/sda6, /dev/sda7) but no extended partition to"
				+ " hold them", only(table, "partition.extended").getMessage());
		DiskTable gpt = DiskTableFixtures.uefiGpt();
		partition(gpt.getDisks().get(0), 3, "1", SizeUnit.MIB).setType(PartitionType.LOGICAL);
		assertEquals("/dev/sda3 is logical, but GPT has no extended or logical partitions; make it primary",
				only(gpt, "partition.type").getMessage());
	}

	@Test
	void sizesAndTypeIds() {
		DiskTable table = DiskTableFixtures.uefiGpt();
		Partition esp = table.getDisks().get(0).getPartitions().get(0);
		esp.setSize(null);
		assertEquals("/dev/sda1 has no size; give it one or let it grow", only(table, "partition.size").getMessage());
		esp.setSize(new BigDecimal("128"));
		esp.setPartitionId("83");
		assertEquals("/dev/sda1 has partition type '83', which is not a GPT type GUID (e.g. 0FC63DAF-8483-4772-8E79-3D69D8477DE4)",
				only(table, "partition.id").getMessage());
	}

	@Test
	void raidNeedsEnoughMembersForItsLevel() {
		DiskTable table = DiskTableFixtures.raid1();
		RaidArray md1 = table.getRaidArrays().get(1);
		md1.setLevel(RaidLevel.RAID5);
		DiskProblem problem = only(table, "raid.members");
		assertEquals("RAID /dev/md1 is raid5 with 2 members; raid5 needs at least 3", problem.getMessage());
		assertSame(md1, problem.getObject());
		md1.setLevel(RaidLevel.RAID10);
		assertTrue(only(table, "raid.members").getMessage().endsWith("raid10 needs at least 4"));
		md1.setLevel(RaidLevel.RAID6);
		assertTrue(only(table, "raid.members").getMessage().endsWith("raid6 needs at least 4"));
		md1.setLevel(RaidLevel.RAID1);
		md1.getMembers().remove(1);
		assertEquals("RAID /dev/md1 is raid1 with 1 member; raid1 needs at least 2", only(table, "raid.members").getMessage());
	}

	@Test
	void raidMembersOfDifferentSizesAreReported() {
		DiskTable table = DiskTableFixtures.raid1();
		table.getDisks().get(1).getPartitions().get(1).setSize(new BigDecimal("512"));
		// a larger sdb2 leaves less for sdb3: both arrays are uneven
		List<DiskProblem> problems = DiskTableValidator.problems(validate(table));
		assertEquals(List.of("The members of RAID /dev/md0 differ in size (/dev/sda2 256 MiB, /dev/sdb2 512 MiB): the array"
				+ " uses 256 MiB of each, 256 MiB of the largest stays unused",
				"The members of RAID /dev/md1 differ in size (/dev/sda3 765 MiB, /dev/sdb3 509 MiB): the array uses 509 MiB"
						+ " of each, 256 MiB of the largest stays unused"),
				problems.stream().map(DiskProblem::getMessage).toList());
		assertTrue(problems.stream().allMatch(p -> p.getSeverity() == IStatus.WARNING && p.getRule().equals("raid.member-sizes")));
		assertSame(table.getRaidArrays().get(0), problems.get(0).getObject());
		table.getDisks().get(1).getPartitions().get(1).setSize(new BigDecimal("258"));
		assertTrue(rules(validate(table)).isEmpty(), "2 MiB on 256 MiB is within the tolerance");
	}

	@Test
	void aDeviceIsUsedOnce() {
		DiskTable table = DiskTableFixtures.raid1();
		Partition member = table.getDisks().get(0).getPartitions().get(2);
		Filesystem stray = filesystem(table, member, "/data", FilesystemType.EXT4, null, 2);
		DiskProblem problem = only(table, "device.shared");
		assertEquals("/dev/sda3 is used 2 times: by RAID /dev/md1 and ext4 /data", problem.getMessage());
		assertSame(stray, problem.getObject());
		Filesystem foreign = DiskTableFixtures.uefiGpt().getFilesystems().get(0);
		stray.setDevice(foreign.getDevice());
		assertEquals("Ext4 /data uses a device that is not part of this table (/dev/sda2)",
				only(table, "device.foreign").getMessage());
	}

	@Test
	void logicalVolumesMustFitTheirVolumeGroup() {
		DiskTable table = DiskTableFixtures.lvmOnRaid1();
		VolumeGroup vg0 = table.getVolumeGroups().get(0);
		vg0.getLogicalVolumes().get(0).setSize(new BigDecimal("900"));
		DiskProblem problem = only(table, "lvm.fit");
		assertEquals("The logical volumes of vg0 need 968 MiB but the volume group has about 956 MiB", problem.getMessage());
		assertSame(vg0, problem.getObject());
		vg0.getLogicalVolumes().get(0).setSize(new BigDecimal("320"));
		volume(vg0, "tmp", null, true);
		filesystem(table, vg0.getLogicalVolumes().get(3), "/tmp", FilesystemType.EXT4, null, 2);
		assertEquals("Volume group vg0 has 2 growing logical volumes (srv, tmp); only one can take the space left",
				only(table, "lvm.grow").getMessage());
	}

	@Test
	void exactlyOneRootAndCleanUniqueMountPoints() {
		DiskTable table = DiskTableFixtures.biosMsdos();
		table.getFilesystems().get(2).setMountPoint("/boot");
		assertEquals("Two file systems are mounted at /boot: ext4 /boot and xfs /boot", only(table, "fs.mount-point").getMessage());
		table.getFilesystems().get(2).setMountPoint("/var/");
		assertEquals("Mount point '/var/' of /dev/sda7 ends with /", only(table, "fs.mount-point").getMessage());
		table.getFilesystems().get(2).setMountPoint("/");
		assertEquals("Two file systems are mounted at /: ext4 / and xfs /", only(table, "fs.root").getMessage());
	}

	@Test
	void nestedMountPointsListedBeforeTheirParentAreAWarning() {
		DiskTable table = DiskTableFixtures.uefiGpt();
		table.getFilesystems().move(0, 1); // /boot/efi before /
		DiskProblem problem = only(table, "fs.mount-order");
		assertEquals(IStatus.WARNING, problem.getSeverity());
		assertEquals("/boot/efi is listed before /, which it is mounted on; the plan and the fstab mount / first",
				problem.getMessage());
	}

	@Test
	void swapHasNoMountPointAndTypesNeedTheRightSource() {
		DiskTable table = DiskTableFixtures.biosMsdos();
		Filesystem swap = table.getFilesystems().get(3);
		swap.setMountPoint("/swap");
		assertEquals("Swap on /dev/sda5 has mount point /swap; swap is not mounted, leave the mount point empty",
				only(table, "fs.swap").getMessage());
		swap.setMountPoint(null);
		Filesystem tmp = table.getFilesystems().get(4);
		tmp.setFsType(FilesystemType.NFS);
		assertEquals("Nfs /tmp needs a source such as server:/export", only(table, "fs.source").getMessage());
		tmp.setFsType(FilesystemType.EXT4);
		tmp.setSource(null);
		assertEquals("Ext4 /tmp has no device; ext4 needs a partition, RAID array or logical volume of the table",
				only(table, "fs.device").getMessage());
	}

	@Test
	void labelsFitTheirFileSystem() {
		DiskTable table = DiskTableFixtures.uefiGpt();
		table.getFilesystems().get(1).setLabel("EFI-SYSTEM-1");
		assertEquals("Label 'EFI-SYSTEM-1' of vfat /boot/efi has 12 characters; vfat allows 11",
				only(table, "fs.label").getMessage());
		table.getFilesystems().get(1).setLabel(null);
		table.getFilesystems().get(1).setFstabIdentifier(FstabIdentifier.LABEL);
		assertEquals("Vfat /boot/efi is to be found by LABEL in fstab but has no label", only(table, "fs.label").getMessage());
	}

	@Test
	void uefiNeedsAnEspWithVfat() {
		DiskTable table = DiskTableFixtures.uefiGpt();
		table.getFilesystems().get(1).setFsType(FilesystemType.EXT4);
		assertEquals("EFI system partition /dev/sda1 holds ext4; the firmware reads only vfat there",
				only(table, "boot.esp").getMessage());
		table.getFilesystems().remove(1);
		table.getDisks().get(0).getPartitions().get(0).getFlags().remove(PartitionFlag.ESP);
		DiskProblem problem = only(table, "boot.esp");
		assertEquals("UEFI boot needs an EFI system partition: a partition with the esp flag holding a vfat file system"
				+ " (mounted at /boot/efi)", problem.getMessage());
		assertSame(table.getBootLoader(), problem.getObject());
	}

	@Test
	void biosBootFromGptNeedsBiosGrub() {
		DiskTable table = DiskTableFixtures.raid1();
		Disk sdb = table.getDisks().get(1);
		sdb.getPartitions().get(0).getFlags().remove(PartitionFlag.BIOS_GRUB);
		DiskProblem problem = only(table, "boot.bios-grub");
		assertEquals("BIOS boot from GPT disk /dev/sdb needs a bios_grub partition (1 MiB, no file system) for GRUB's core image",
				problem.getMessage());
		assertSame(sdb, problem.getObject());
		table.getBootLoader().setEfi(false);
		table.getBootLoader().setFlavour(BootLoaderFlavour.SYSTEMD_BOOT);
		assertEquals("systemd-boot boots only UEFI machines; set efi, or use grub2 for BIOS", only(table, "boot.flavour").getMessage());
	}

	@Test
	void flagsThatMeanNothingOnTheLabelAreWarnings() {
		DiskTable table = DiskTableFixtures.biosMsdos();
		table.getDisks().get(0).getPartitions().get(0).getFlags().add(PartitionFlag.BIOS_GRUB);
		DiskProblem problem = only(table, "partition.flag");
		assertEquals(IStatus.WARNING, problem.getSeverity());
		assertEquals("The bios_grub flag of /dev/sda1 means nothing on an msdos disk and is ignored", problem.getMessage());
		Disk disk = table.getDisks().get(0);
		disk.setLabel(PartitionTableType.GPT);
		assertTrue(rules(validate(table)).contains("partition.type"), "extended and logical on GPT");
	}

	private static MultiStatus validate(DiskTable table) {
		Map<Disk, Long> sizes = new IdentityHashMap<>();
		table.getDisks().forEach(d -> sizes.put(d, DISK_BYTES));
		return DiskTableValidator.validate(table, sizes);
	}

	/** The one problem of that rule; fails when there is not exactly one, or other rules are broken. */
	private static DiskProblem only(DiskTable table, String rule) {
		return only(validate(table), rule);
	}

	private static DiskProblem only(MultiStatus status, String rule) {
		List<DiskProblem> problems = DiskTableValidator.problems(status).stream()
				.filter(p -> p.getSeverity() != IStatus.INFO).toList();
		List<DiskProblem> matching = problems.stream().filter(p -> p.getRule().equals(rule)).toList();
		if (matching.size() != 1 || problems.size() != 1) {
			fail("expected one " + rule + " problem, got: " + messages(problems));
		}
		return matching.get(0);
	}

	private static List<String> rules(MultiStatus status) {
		return DiskTableValidator.problems(status).stream().filter(p -> p.getSeverity() != IStatus.INFO)
				.map(DiskProblem::getRule).toList();
	}

	private static String messages(List<DiskProblem> problems) {
		return problems.stream().map(p -> p.getSeverityName() + " " + p.getRule() + ": " + p.getMessage() + " ["
				+ describe(p.getObject()) + "]").collect(Collectors.joining("\n  ", "\n  ", ""));
	}

	private static String describe(EObject object) {
		return object == null ? "-" : object.eClass().getName();
	}
}
