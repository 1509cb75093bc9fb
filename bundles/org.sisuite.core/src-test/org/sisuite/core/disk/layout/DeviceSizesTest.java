package org.sisuite.core.disk.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sisuite.core.disk.DiskTableFixtures;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.LogicalVolume;
import org.sisuite.model.RaidArray;
import org.sisuite.model.RaidLevel;
import org.sisuite.model.SisFactory;
import org.sisuite.model.VolumeGroup;

class DeviceSizesTest {

	private static final long MIB = Sizes.MIB;

	@Test
	void mdadmReservesAbout0Point1PercentForMetadata12() {
		RaidArray array = SisFactory.eINSTANCE.createRaidArray();
		array.setLevel(RaidLevel.RAID1);
		// 20 GiB members: 16 MiB headroom + 64 KiB bitmap + 12 KiB, rounded up to 1 MiB: 17 MiB
		assertEquals((20L << 30) - 17 * MIB, DeviceSizes.raidBytes(array, List.of(20L << 30, 20L << 30)));
		// 1 TiB members: the headroom stops at 128 MiB
		assertEquals((1L << 40) - 129 * MIB, DeviceSizes.raidBytes(array, List.of(1L << 40, 1L << 40)));
		array.setLevel(RaidLevel.RAID5);
		array.setMetadata("1.0");
		long member = 10L << 30;
		long data = member - 12 * 1024 - 64 * 1024; // superblock at the end, 64 KiB bitmap above 8 GiB
		assertEquals(2 * (data / (512 * 1024) * (512 * 1024)), DeviceSizes.raidBytes(array, List.of(member, member, member)));
	}

	@Test
	void logicalVolumesShareTheirGroupInExtents() {
		DiskTable table = DiskTableFixtures.lvmOnRaid1();
		Map<Disk, Long> sizes = new IdentityHashMap<>();
		table.getDisks().forEach(d -> sizes.put(d, DiskTableFixtures.DISK_BYTES));
		DeviceSizes deviceSizes = DeviceSizes.of(table, sizes);
		RaidArray md0 = table.getRaidArrays().get(0);
		// member: 1 GiB - 1 MiB - 64 MiB ESP - 64 KiB GPT end, aligned: 958 MiB; minus 1 MiB md data offset
		assertEquals(957 * MIB, deviceSizes.bytes(md0));
		assertTrue(deviceSizes.isEstimate(md0));
		VolumeGroup vg0 = table.getVolumeGroups().get(0);
		assertEquals(956 * MIB, deviceSizes.volumeGroupBytes(vg0), "957 MiB - 1 MiB PV header, in 4 MiB extents");
		List<LogicalVolume> volumes = vg0.getLogicalVolumes();
		assertEquals(320 * MIB, deviceSizes.bytes(volumes.get(0)));
		assertEquals(64 * MIB, deviceSizes.bytes(volumes.get(1)));
		assertEquals(572 * MIB, deviceSizes.bytes(volumes.get(2)));
		assertNull(DeviceSizes.of(table, Map.of()).bytes(volumes.get(2)), "unknown without disk sizes");
	}
}
