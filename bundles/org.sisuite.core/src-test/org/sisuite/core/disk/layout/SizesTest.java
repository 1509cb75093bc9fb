package org.sisuite.core.disk.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.sisuite.model.SizeUnit;

class SizesTest {

	@Test
	void sizeArgumentsAreBinaryUnlessTheySayB() {
		assertEquals(20L << 30, Sizes.parse("20G"));
		assertEquals(20L << 30, Sizes.parse("20GiB"));
		assertEquals(20_000_000_000L, Sizes.parse("20GB"));
		assertEquals(512L << 20, Sizes.parse("512m"));
		assertEquals(1536L << 30, Sizes.parse("1.5T"));
		assertEquals(4096, Sizes.parse("4096"));
		IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> Sizes.parse("twenty"));
		assertTrue(wrong.getMessage().contains("'twenty' is not a size"), wrong.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Sizes.parse("0G"));
		assertThrows(IllegalArgumentException.class, () -> Sizes.parse("-1G"));
	}

	@Test
	void modelUnitsFollowTheirNames() {
		assertEquals(500_000_000L, Sizes.toBytes(new BigDecimal("500"), SizeUnit.MB, null));
		assertEquals(500L << 20, Sizes.toBytes(new BigDecimal("500"), SizeUnit.MIB, null));
		assertEquals(1536L << 20, Sizes.toBytes(new BigDecimal("1.5"), SizeUnit.GIB, null));
		assertEquals(250L << 20, Sizes.toBytes(new BigDecimal("25"), SizeUnit.PERCENT, 1000L << 20));
		assertNull(Sizes.toBytes(new BigDecimal("25"), SizeUnit.PERCENT, null), "a percentage of an unknown whole");
		assertNull(Sizes.toBytes(null, SizeUnit.MIB, null));
		assertEquals(1_000_000L, Sizes.toBytes(BigDecimal.ONE, null, null), "the model's default unit is MB");
	}

	@Test
	void readableSizes() {
		assertEquals("20 GiB", Sizes.human(20L << 30));
		assertEquals("1.5 GiB", Sizes.human(1536L << 20));
		assertEquals("511 MiB", Sizes.human(511L << 20));
		assertEquals("1000 B", Sizes.human(1000));
		assertEquals("476.84 MiB", Sizes.human(500_000_000L));
	}
}
