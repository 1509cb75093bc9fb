package org.sisuite.core.disk.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sisuite.core.disk.DiskTableFixtures.disk;
import static org.sisuite.core.disk.DiskTableFixtures.grow;
import static org.sisuite.core.disk.DiskTableFixtures.partition;
import static org.sisuite.core.disk.DiskTableFixtures.table;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sisuite.core.disk.DiskTableFixtures;
import org.sisuite.core.disk.layout.DiskLayout.Extent;
import org.sisuite.core.disk.layout.DiskLayout.Kind;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.PartitionTableType;
import org.sisuite.model.PartitionType;
import org.sisuite.model.SizeUnit;

class DiskLayoutTest {

	private static final long MIB = Sizes.MIB;
	private static final long SECTOR = 512;

	/**
	 * The layout sfdisk and parted make of "500 MiB boot, extended, 512 MiB swap logical, rest logical"
	 * on a 4 GiB msdos disk (docs in /work/shared/reference/disk-tools): in sectors 2048+1024000,
	 * extended 1026048+7362560, logical 1028096+1048576 and 2078720+6309888.
	 */
	@Test
	void msdosWithLogicalPartitionsMatchesSfdisk() {
		DiskTable table = table("dos");
		Disk disk = disk(table, "/dev/sda", PartitionTableType.MSDOS);
		partition(disk, 1, "500", SizeUnit.MIB);
		grow(disk, 2).setType(PartitionType.EXTENDED);
		partition(disk, 5, "512", SizeUnit.MIB).setType(PartitionType.LOGICAL);
		grow(disk, 6).setType(PartitionType.LOGICAL);
		DiskLayout layout = DiskLayout.of(disk, 4L << 30);
		assertTrue(layout.fits());
		assertSectors(layout.extents(), new long[][] { { 1, 2048, 1024000 }, { 2, 1026048, 7362560 }, { 5, 1028096, 1048576 },
				{ 6, 2078720, 6309888 } });
		assertEquals(List.of(Kind.PRIMARY, Kind.EXTENDED, Kind.LOGICAL, Kind.LOGICAL),
				layout.extents().stream().map(Extent::kind).toList());
	}

	/** parted's "EFI 1-201 MiB, boot to 713, swap to 1737, root to 100%" on 4 GiB GPT ends root at 4095 MiB. */
	@Test
	void gptGrowingPartitionEndsBeforeTheBackupTable() {
		DiskTable table = table("gpt");
		Disk disk = disk(table, "/dev/sda", PartitionTableType.GPT);
		partition(disk, 1, "200", SizeUnit.MIB);
		partition(disk, 2, "512", SizeUnit.MIB);
		partition(disk, 3, "1", SizeUnit.GIB);
		grow(disk, 4);
		DiskLayout layout = DiskLayout.of(disk, 4L << 30);
		assertSectors(layout.extents(), new long[][] { { 1, 2048, 409600 }, { 2, 411648, 1048576 }, { 3, 1460224, 2097152 },
				{ 4, 3557376, 4829184 } });
	}

	@Test
	void theGrowingPartitionTakesTheRestWhereverItIs() {
		DiskLayout layout = DiskLayout.of(DiskTableFixtures.biosMsdos().getDisks().get(0), DiskTableFixtures.DISK_BYTES);
		// 1: 1+256, 2: extended 257..1024, 5: 258+128, 6: 387 + rest, 7: 320 MiB at the end
		Extent var = layout.extents().get(4);
		assertEquals(7, var.number());
		assertEquals(1024 * MIB, var.end());
		assertEquals(320 * MIB, var.size());
		Extent root = layout.extents().get(3);
		assertEquals(387 * MIB, root.start());
		assertEquals(var.start() - MIB, root.end());
	}

	@Test
	void fixedSizesRoundUpAndPercentagesDownToWholeMiB() {
		DiskTable table = table("units");
		Disk disk = disk(table, "/dev/sda", PartitionTableType.GPT);
		partition(disk, 1, "500", SizeUnit.MB); // 476.8 MiB
		partition(disk, 2, "10", SizeUnit.PERCENT); // of 1000 MiB: 100 MiB
		partition(disk, 3, "33.35", SizeUnit.PERCENT); // 333.5 MiB
		DiskLayout layout = DiskLayout.of(disk, 1000 * MIB);
		assertEquals(477 * MIB, layout.extents().get(0).size());
		assertEquals(100 * MIB, layout.extents().get(1).size());
		assertEquals(333 * MIB, layout.extents().get(2).size());
	}

	@Test
	void aLayoutThatDoesNotFitSaysWhatItNeeds() {
		DiskTable table = table("big");
		Disk disk = disk(table, "/dev/sda", PartitionTableType.GPT);
		partition(disk, 1, "2", SizeUnit.GIB);
		grow(disk, 2);
		DiskLayout layout = DiskLayout.of(disk, 2L << 30);
		assertFalse(layout.fits());
		// 1 MiB gap + 2 GiB + 1 MiB for the growing partition + 64 KiB backup GPT
		assertEquals(MIB + (2L << 30) + MIB + 64 * 1024, layout.requiredBytes());
		assertTrue(DiskLayout.of(disk, layout.requiredBytes()).fits());
	}

	private static void assertSectors(List<Extent> extents, long[][] expected) {
		assertEquals(expected.length, extents.size());
		for (int i = 0; i < expected.length; i++) {
			Extent extent = extents.get(i);
			assertEquals(expected[i][0], extent.number(), "number of " + i);
			assertEquals(expected[i][1], extent.start() / SECTOR, "start of " + extent.number());
			assertEquals(expected[i][2], extent.size() / SECTOR, "size of " + extent.number());
		}
	}
}
