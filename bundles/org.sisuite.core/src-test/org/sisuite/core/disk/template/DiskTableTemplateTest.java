package org.sisuite.core.disk.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sisuite.core.disk.plan.DiskPlan;
import org.sisuite.core.disk.plan.DiskPlan.FstabEntry;
import org.sisuite.core.disk.plan.DiskPlanner;
import org.sisuite.core.disk.plan.PlanRequest;
import org.sisuite.core.disk.plan.PlanRequest.TargetDisk;
import org.sisuite.core.disk.validate.DiskTableValidator;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;

class DiskTableTemplateTest {

	@ParameterizedTest
	@EnumSource(DiskTableTemplate.class)
	void everyTemplateIsValidAndPlansOnDisksOfTheMinimumSize(DiskTableTemplate template) throws CoreException {
		DiskTable table = template.create("t");
		assertEquals("t", table.getName());
		Map<Disk, Long> sizes = new IdentityHashMap<>();
		List<TargetDisk> targets = new ArrayList<>();
		for (Disk disk : table.getDisks()) {
			sizes.put(disk, template.minimumDiskBytes());
			targets.add(new TargetDisk(disk.getDevice(), template.minimumDiskBytes()));
		}
		assertEquals(List.of(), DiskTableValidator.problems(DiskTableValidator.validate(table, sizes)).stream()
				.map(p -> p.getRule() + ": " + p.getMessage()).toList());
		DiskPlan plan = DiskPlanner.plan(table, new PlanRequest(targets, Map.of(), null, null));
		assertTrue(plan.fstab().stream().anyMatch(line -> "/".equals(line.mountPoint())), plan.fstab().toString());
		assertEquals(List.of(), plan.warnings());
	}

	@Test
	void lvmOnRaidStacksTheVolumeGroupOnTheSecondMirror() throws CoreException {
		DiskTable table = DiskTableTemplate.LVM_ON_RAID.create("lvm");
		assertEquals(2, table.getDisks().size());
		assertEquals(List.of("/dev/md0", "/dev/md1"), table.getRaidArrays().stream().map(a -> a.getDevice()).toList());
		assertEquals(table.getRaidArrays().get(1), table.getVolumeGroups().get(0).getPhysicalVolumes().get(0));
		DiskPlan plan = DiskPlanner.plan(table, PlanRequest.of(new TargetDisk("/dev/sda", 100L << 30),
				new TargetDisk("/dev/sdb", 100L << 30)));
		assertEquals(List.of("/", "/boot", "/home", "/var", "none"),
				plan.fstab().stream().map(FstabEntry::mountPoint).sorted().toList());
	}

	@Test
	void templatesAreFoundByTheirIds() {
		assertEquals(DiskTableTemplate.UEFI_GPT, DiskTableTemplate.byId("UEFI-gpt"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DiskTableTemplate.byId("zfs"));
		assertTrue(e.getMessage().contains("bios-msdos, uefi-gpt, raid1-mirror, lvm-on-raid"), e.getMessage());
	}
}
