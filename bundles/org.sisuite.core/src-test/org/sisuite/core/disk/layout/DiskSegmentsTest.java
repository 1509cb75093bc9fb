package org.sisuite.core.disk.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sisuite.core.disk.layout.DiskSegments.Role;
import org.sisuite.core.disk.layout.DiskSegments.Segment;
import org.sisuite.core.disk.template.DiskTableTemplate;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.SizeUnit;

class DiskSegmentsTest {

	private static final long MIB = Sizes.MIB;

	@Test
	void aDiskOfUnknownSizeIsDrawnAtTheNominalSizeWithItsRoles() {
		DiskTable table = DiskTableTemplate.UEFI_GPT.create("uefi");
		Disk sda = table.getDisks().get(0);
		DiskSegments bar = DiskSegments.of(sda, TableUsage.of(table));
		assertTrue(bar.nominal());
		assertEquals(DiskSegments.NOMINAL_BYTES, bar.diskBytes());
		assertEquals(List.of(Role.ESP, Role.BOOT, Role.SWAP, Role.ROOT), roles(bar));
		Segment root = bar.segments().get(3);
		assertTrue(root.grow());
		// 1 MiB in, 512 + 1024 + 4096 MiB before it, the GPT backup table's MiB after it
		assertEquals((1 + 512 + 1024 + 4096) * MIB, root.start());
		assertEquals(DiskSegments.NOMINAL_BYTES - root.start() - MIB, root.size());
		assertEquals(0.5, bar.percent(bar.segments().get(0)), 0.01);
	}

	@Test
	void aRecordedSizeResolvesPercentagesAndShowsFreeSpaceAndOverflow() {
		DiskTable table = DiskTableTemplate.BIOS_MSDOS.create("bios");
		Disk sda = table.getDisks().get(0);
		sda.setSizeBytes(10_240 * MIB);
		sda.getPartitions().get(2).setGrow(false);
		sda.getPartitions().get(2).setSize(new BigDecimal("25"));
		sda.getPartitions().get(2).setUnit(SizeUnit.PERCENT);
		DiskSegments bar = DiskSegments.of(sda, TableUsage.of(table));
		assertFalse(bar.nominal());
		assertEquals(List.of(Role.BOOT, Role.SWAP, Role.ROOT, Role.FREE), roles(bar));
		assertEquals(2560 * MIB, bar.segments().get(2).size());
		assertFalse(bar.segments().get(2).grow());

		sda.getPartitions().get(1).setSize(new BigDecimal("20000"));
		DiskSegments overflowing = DiskSegments.of(sda, TableUsage.of(table));
		assertTrue(overflowing.segments().get(1).overflow());
		assertTrue(overflowing.scaleBytes() > overflowing.diskBytes());
	}

	@Test
	void raidMembersAndPhysicalVolumesHaveTheirRoles() {
		DiskTable table = DiskTableTemplate.LVM_ON_RAID.create("lvm");
		DiskSegments bar = DiskSegments.of(table.getDisks().get(1), TableUsage.of(table));
		assertEquals(List.of(Role.RAID, Role.RAID), roles(bar));
	}

	private static List<Role> roles(DiskSegments bar) {
		return bar.segments().stream().map(Segment::role).toList();
	}
}
