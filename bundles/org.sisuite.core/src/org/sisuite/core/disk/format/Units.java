package org.sisuite.core.disk.format;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

import org.sisuite.model.SizeUnit;

/** Sizes and their units as the formats spell them, and exact conversions between them. */
final class Units {

	/** A size as the SystemImager formats write it: digits with an optional fraction, no sign, no exponent. */
	static final Pattern DECIMAL = Pattern.compile("[0-9]{1,30}(\\.[0-9]{1,30})?");

	/** The units of {@code unit_of_measurement} (disks-layout XSD), and the model's own spelling of kB. */
	private static final Map<String, SizeUnit> DISK_UNITS = Map.ofEntries(Map.entry("TB", SizeUnit.TB),
			Map.entry("TiB", SizeUnit.TIB), Map.entry("GB", SizeUnit.GB), Map.entry("GiB", SizeUnit.GIB),
			Map.entry("MB", SizeUnit.MB), Map.entry("MiB", SizeUnit.MIB), Map.entry("kB", SizeUnit.KB),
			Map.entry("KB", SizeUnit.KB), Map.entry("KiB", SizeUnit.KIB), Map.entry("B", SizeUnit.B),
			Map.entry("s", SizeUnit.S), Map.entry("percent", SizeUnit.PERCENT), Map.entry("percentage", SizeUnit.PERCENT),
			Map.entry("%", SizeUnit.PERCENT));

	static final String DISK_UNIT_NAMES = "TB, TiB, GB, GiB, MB, MiB, kB, KiB, B, s, percent, percentage or %";

	private Units() {
	}

	/** The unit a {@code unit_of_measurement} or {@code units=} value names, or null. */
	static SizeUnit diskUnit(String text) {
		return DISK_UNITS.get(text);
	}

	/** How the SystemImager formats spell a unit. */
	static String diskUnitName(SizeUnit unit) {
		return switch (unit) {
		case KB -> "kB";
		default -> unit.getLiteral();
		};
	}

	/** Bytes in one unit, or null for units relative to the disk (percent, sectors). */
	static BigDecimal bytesPer(SizeUnit unit) {
		return switch (unit) {
		case B -> BigDecimal.ONE;
		case KB -> BigDecimal.valueOf(1000L);
		case MB -> BigDecimal.valueOf(1000_000L);
		case GB -> BigDecimal.valueOf(1000_000_000L);
		case TB -> BigDecimal.valueOf(1000_000_000_000L);
		case KIB -> BigDecimal.valueOf(1L << 10);
		case MIB -> BigDecimal.valueOf(1L << 20);
		case GIB -> BigDecimal.valueOf(1L << 30);
		case TIB -> BigDecimal.valueOf(1L << 40);
		case PERCENT, S -> null;
		};
	}

	/**
	 * The size in another unit, exactly (no rounding), with trailing zeros dropped; null when one of
	 * the units is relative to the disk or the conversion is not a finite decimal.
	 */
	static BigDecimal convert(BigDecimal size, SizeUnit from, SizeUnit to) {
		if (from == to) {
			return size;
		}
		BigDecimal fromBytes = bytesPer(from);
		BigDecimal toBytes = bytesPer(to);
		if (fromBytes == null || toBytes == null) {
			return null;
		}
		try {
			BigDecimal converted = size.multiply(fromBytes).divide(toBytes);
			return converted.signum() == 0 ? BigDecimal.ZERO : converted.stripTrailingZeros();
		} catch (ArithmeticException notFinite) {
			return null;
		}
	}

	/**
	 * The largest of GiB, MiB, KiB and B in which every one of the byte counts is a whole number:
	 * captured sizes stay exact and readable.
	 */
	static SizeUnit wholeBinaryUnit(Iterable<Long> byteCounts) {
		for (SizeUnit unit : new SizeUnit[] { SizeUnit.GIB, SizeUnit.MIB, SizeUnit.KIB }) {
			long per = bytesPer(unit).longValueExact();
			boolean whole = true;
			boolean any = false;
			for (long bytes : byteCounts) {
				any = true;
				if (bytes % per != 0) {
					whole = false;
					break;
				}
			}
			if (whole && any) {
				return unit;
			}
		}
		return SizeUnit.B;
	}

	/** The plain decimal form of a size, keeping its scale so a written size reads back equal. */
	static String plain(BigDecimal size) {
		return size.toPlainString();
	}
}
