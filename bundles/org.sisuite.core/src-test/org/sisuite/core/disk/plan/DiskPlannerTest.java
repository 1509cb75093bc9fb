package org.sisuite.core.disk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.sisuite.core.Statuses;
import org.sisuite.core.disk.DiskTableFixtures;
import org.sisuite.core.disk.plan.DiskPlan.FstabEntry;
import org.sisuite.core.disk.plan.DiskPlan.Mount;
import org.sisuite.core.disk.plan.DiskPlan.PlannedPartition;
import org.sisuite.core.disk.plan.DiskPlan.Step;
import org.sisuite.core.disk.plan.PlanRequest.TargetDisk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.FstabIdentifier;

class DiskPlannerTest {

	private static final long GIB = 1L << 30;

	@Test
	void uefiGptOnAnotherDevice() throws CoreException {
		DiskPlan plan = DiskPlanner.plan(DiskTableFixtures.uefiGpt(), new PlanRequest(
				List.of(new TargetDisk("/dev/vda", 20 * GIB)), Map.of("/dev/sda", "/dev/vda"), null, null));
		assertEquals("/a", plan.target());
		assertEquals("""
				label: gpt
				unit: sectors

				/dev/vda1 : start=1MiB, size=128MiB, type=C12A7328-F81F-11D2-BA4B-00A0C93EC93B, name="EFI"
				/dev/vda2 : start=129MiB, size=20350MiB, type=0FC63DAF-8483-4772-8E79-3D69D8477DE4, name="root"
				""", plan.disks().get(0).sfdiskScript());
		assertEquals("/dev/sda", plan.disks().get(0).tableDevice());
		PlannedPartition esp = plan.disks().get(0).partitions().get(0);
		assertEquals("EFI System", esp.typeName());
		assertEquals(128L << 20, esp.sizeBytes());
		assertEquals(List.of(List.of("mkfs.ext4", "-F", "-q", "-L", "root", "/dev/vda2"),
				List.of("mkfs.vfat", "-F", "32", "-n", "EFI", "/dev/vda1")), commands(plan, "mkfs"));
		assertEquals(List.of(new Mount("/dev/vda2", "/", "ext4", "/a"), new Mount("/dev/vda1", "/boot/efi", "vfat", "/a/boot/efi")),
				plan.mounts());
		assertEquals(List.of(new FstabEntry("uuid", "/dev/vda2", null, "/", "ext4", "defaults", 0, 1),
				new FstabEntry("uuid", "/dev/vda1", null, "/boot/efi", "vfat", "umask=0077", 0, 2)), plan.fstab());
		assertEquals(List.of("release", "check", "partition", "mkfs", "mount", "fstab", "bootloader"),
				plan.steps().stream().map(Step::phase).distinct().toList());
		assertTrue(plan.warnings().isEmpty(), plan.warnings().toString());
	}

	@Test
	void partitionsOfNvmeAndLoopDisksTakeAP() throws CoreException {
		DiskPlan nvme = DiskPlanner.plan(DiskTableFixtures.uefiGpt(), new PlanRequest(
				List.of(new TargetDisk("/dev/nvme0n1", 20 * GIB)), Map.of("/dev/sda", "/dev/nvme0n1"), "/target", null));
		assertEquals(List.of("/dev/nvme0n1p1", "/dev/nvme0n1p2"),
				nvme.disks().get(0).partitions().stream().map(PlannedPartition::device).toList());
		assertEquals("/target/boot/efi", nvme.mounts().get(1).directory());
		assertTrue(nvme.disks().get(0).sfdiskScript().contains("\n/dev/nvme0n1p2 : start=129MiB"));
	}

	@Test
	void biosMsdosWithLogicalPartitionsSwapAndLabels() throws CoreException {
		DiskPlan plan = DiskPlanner.plan(DiskTableFixtures.biosMsdos(), PlanRequest.of(new TargetDisk("/dev/sda", 8 * GIB)));
		assertEquals("""
				label: dos
				unit: sectors

				/dev/sda1 : start=1MiB, size=256MiB, type=83, bootable
				/dev/sda2 : start=257MiB, size=7935MiB, type=5
				/dev/sda5 : start=258MiB, size=128MiB, type=82
				/dev/sda6 : start=387MiB, size=7484MiB, type=83
				/dev/sda7 : start=7872MiB, size=320MiB, type=83
				""", plan.disks().get(0).sfdiskScript());
		assertEquals(List.of(List.of("mkfs.ext4", "-F", "-q", "-L", "root", "/dev/sda6"),
				List.of("mkfs.ext4", "-F", "-q", "-L", "boot", "/dev/sda1"),
				List.of("mkfs.xfs", "-f", "-q", "-L", "var", "-m", "crc=1", "/dev/sda7"), List.of("mkswap", "-L", "swap", "/dev/sda5")),
				commands(plan, "mkfs"));
		assertEquals(List.of("/", "/boot", "/var"), plan.mounts().stream().map(Mount::mountPoint).toList());
		assertEquals(List.of(new FstabEntry("uuid", "/dev/sda6", null, "/", "ext4", "defaults", 0, 1),
				new FstabEntry("label", "/dev/sda1", "LABEL=boot", "/boot", "ext4", "defaults", 0, 2),
				new FstabEntry("uuid", "/dev/sda7", null, "/var", "xfs", "defaults", 0, 2),
				new FstabEntry("source", null, "tmpfs", "/tmp", "tmpfs", "mode=1777,nosuid", 0, 0),
				new FstabEntry("uuid", "/dev/sda5", null, "none", "swap", "defaults", 0, 0)), plan.fstab());
		assertEquals(List.of(List.of("sis_release_mount", "/var"), List.of("sis_release_mount", "/boot"),
				List.of("sis_release_mount", "/"), List.of("sis_release_swap", "/dev/sda5")), commands(plan, "release"));
	}

	@Test
	void fstabByDeviceOrLabelOnRequest() throws CoreException {
		DiskTable table = DiskTableFixtures.lvmOnRaid1();
		DiskPlan byDevice = DiskPlanner.plan(table, new PlanRequest(
				List.of(new TargetDisk("/dev/sda", 2 * GIB), new TargetDisk("/dev/sdb", 2 * GIB)), Map.of(), null,
				FstabIdentifier.DEVICE));
		assertEquals(List.of("/dev/vg0/root", "/dev/vg0/srv", "/dev/sda1", "/dev/sdb1", "/dev/vg0/swap"),
				byDevice.fstab().stream().map(FstabEntry::spec).toList());
		DiskPlan byLabel = DiskPlanner.plan(table, new PlanRequest(
				List.of(new TargetDisk("/dev/sda", 2 * GIB), new TargetDisk("/dev/sdb", 2 * GIB)), Map.of(), null,
				FstabIdentifier.LABEL));
		assertEquals(Arrays.asList("LABEL=root", "LABEL=srv", "LABEL=EFI", "LABEL=EFI2", null),
				byLabel.fstab().stream().map(FstabEntry::spec).toList());
		assertEquals(List.of("Swap on vg0/swap has no label; fstab names it by UUID"), byLabel.warnings());
	}

	@Test
	void raid1CreatesArraysWithRunAndMetadata() throws CoreException {
		DiskPlan plan = DiskPlanner.plan(DiskTableFixtures.raid1(),
				PlanRequest.of(new TargetDisk("/dev/sda", 10 * GIB), new TargetDisk("/dev/sdb", 10 * GIB)));
		assertEquals(List.of(
				List.of("mdadm", "--create", "/dev/md0", "--run", "--level=raid1", "--raid-devices=2", "--metadata=1.2",
						"/dev/sda2", "/dev/sdb2"),
				List.of("sis_wait_block", "/dev/md0"),
				List.of("mdadm", "--create", "/dev/md1", "--run", "--level=raid1", "--raid-devices=2", "--metadata=1.2",
						"/dev/sda3", "/dev/sdb3"),
				List.of("sis_wait_block", "/dev/md1")), commands(plan, "raid"));
		assertEquals("""
				label: gpt
				unit: sectors

				/dev/sdb1 : start=1MiB, size=1MiB, type=21686148-6449-6E6F-744E-656564454649
				/dev/sdb2 : start=2MiB, size=256MiB, type=A19D880F-05FC-4D3B-A006-743F0F84911E
				/dev/sdb3 : start=258MiB, size=9981MiB, type=A19D880F-05FC-4D3B-A006-743F0F84911E
				""", plan.disks().get(1).sfdiskScript());
		assertEquals(List.of(List.of("sis_release_mount", "/boot"), List.of("sis_release_mount", "/"),
				List.of("sis_release_md", "/dev/md1"), List.of("sis_release_md", "/dev/md0")), commands(plan, "release"));
		assertEquals(255L << 20, plan.raidArrays().get(0).sizeBytes(), "256 MiB members less 1 MiB of metadata");
	}

	@Test
	void lvmOnRaidCreatesPhysicalVolumesGroupsAndVolumes() throws CoreException {
		DiskPlan plan = DiskPlanner.plan(DiskTableFixtures.lvmOnRaid1(),
				PlanRequest.of(new TargetDisk("/dev/sda", GIB), new TargetDisk("/dev/sdb", GIB)));
		assertEquals(List.of(List.of("pvcreate", "--yes", "--force", "--force", "/dev/md0"),
				List.of("vgcreate", "--yes", "vg0", "/dev/md0"),
				List.of("lvcreate", "--yes", "--wipesignatures", "y", "--name", "root", "--size", "320m", "vg0"),
				List.of("lvcreate", "--yes", "--wipesignatures", "y", "--name", "swap", "--size", "64m", "vg0"),
				List.of("lvcreate", "--yes", "--wipesignatures", "y", "--name", "srv", "--extents", "100%FREE", "vg0"),
				List.of("sis_wait_block", "/dev/vg0/root", "/dev/vg0/swap", "/dev/vg0/srv")), commands(plan, "lvm"));
		DiskPlan.PlannedVolumeGroup vg0 = plan.volumeGroups().get(0);
		assertEquals(956L << 20, vg0.sizeBytes());
		assertTrue(vg0.sizeEstimated());
		assertEquals(572L << 20, vg0.logicalVolumes().get(2).sizeBytes());
		assertEquals(List.of("/", "/srv", "/boot/efi", "/boot/efi2"), plan.mounts().stream().map(Mount::mountPoint).toList());
		List<String> tools = commands(plan, "check").get(0);
		assertTrue(tools.containsAll(List.of("mdadm", "pvcreate", "lvcreate", "mkfs.ext4", "mkfs.xfs", "mkfs.vfat", "mkswap")),
				tools.toString());
	}

	@Test
	void disksChosenByIndexTakeTheClientsDisksInOrder() throws CoreException {
		DiskTable table = DiskTableFixtures.raid1();
		table.getDisks().get(0).setDevice(null);
		table.getDisks().get(0).setDiskIndex(1);
		table.getDisks().get(1).setDevice(null);
		table.getDisks().get(1).setDiskIndex(0);
		table.getBootLoader().getTargets().clear();
		DiskPlan plan = DiskPlanner.plan(table,
				PlanRequest.of(new TargetDisk("/dev/nvme0n1", 4 * GIB), new TargetDisk("/dev/nvme1n1", 4 * GIB)));
		assertEquals(List.of("/dev/nvme1n1", "/dev/nvme0n1"), plan.disks().stream().map(DiskPlan.PlannedDisk::device).toList());
		assertEquals(List.of("disk #1", "disk #0"), plan.disks().stream().map(DiskPlan.PlannedDisk::tableDevice).toList());
		assertEquals(List.of("/dev/nvme1n1p2", "/dev/nvme0n1p2"), plan.raidArrays().get(0).members());
	}

	@Test
	void aTableDiskWithoutARealDiskIsBadInput() {
		CoreException e = assertThrows(CoreException.class, () -> DiskPlanner.plan(DiskTableFixtures.raid1(),
				PlanRequest.of(new TargetDisk("/dev/sda", 4 * GIB))));
		assertTrue(Statuses.isBadInput(e.getStatus()));
		assertEquals("The disks of table 'raid1' cannot be matched to the client's disks", e.getStatus().getMessage());
		assertEquals("The table's disk /dev/sdb needs a real disk: give --disk /dev/sdb=SIZE (or --map /dev/sdb=DEVICE for"
				+ " another device)", e.getStatus().getChildren()[0].getMessage());
	}

	@Test
	void aTableWithErrorsIsNotPlanned() {
		CoreException e = assertThrows(CoreException.class, () -> DiskPlanner.plan(DiskTableFixtures.biosMsdos(),
				PlanRequest.of(new TargetDisk("/dev/sda", 512L << 20))));
		IStatus status = e.getStatus();
		assertTrue(Statuses.isBadInput(status));
		assertEquals("Disk table 'bios-msdos' cannot be planned: 1 error", status.getMessage());
		assertEquals("The partitions of disk /dev/sda need at least 709 MiB (with 1 MiB for /dev/sda6) but the disk has 512 MiB"
				+ " (536870912 bytes)", status.getChildren()[0].getMessage());
	}

	@Test
	void aTargetMustBeAnAbsoluteDirectoryOtherThanRoot() {
		for (String target : List.of("/", "a", "")) {
			CoreException e = assertThrows(CoreException.class, () -> DiskPlanner.plan(DiskTableFixtures.uefiGpt(),
					new PlanRequest(List.of(new TargetDisk("/dev/sda", GIB)), Map.of(), target, null)));
			assertTrue(e.getMessage().startsWith("The target '" + target + "' must be an absolute directory"), e.getMessage());
		}
	}

	@Test
	void aDiskTheTableDoesNotUseIsAWarning() throws CoreException {
		DiskPlan plan = DiskPlanner.plan(DiskTableFixtures.uefiGpt(),
				PlanRequest.of(new TargetDisk("/dev/sda", GIB), new TargetDisk("/dev/sdb", GIB)));
		assertEquals(List.of("Disk /dev/sdb is not used by the table and stays untouched"), plan.warnings());
	}

	static List<List<String>> commands(DiskPlan plan, String phase) {
		return plan.steps().stream().filter(s -> s.phase().equals(phase)).map(Step::command).toList();
	}
}
