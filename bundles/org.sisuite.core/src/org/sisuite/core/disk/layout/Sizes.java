package org.sisuite.core.disk.layout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sisuite.model.SizeUnit;

/**
 * Byte sizes: the model's size units, the 1 MiB alignment every planned partition follows, size
 * arguments such as {@code 20G} and readable sizes for messages.
 * <p>
 * Units follow their names: {@code MB} is 10<sup>6</sup> bytes (as in parted and SystemImager's
 * tables), {@code MiB} is 2<sup>20</sup>. In size arguments a bare {@code K/M/G/T} is binary, as
 * in {@code truncate -s} and {@code lsblk}.
 */
public final class Sizes {

	public static final long KIB = 1024L;
	public static final long MIB = 1024L * KIB;
	public static final long GIB = 1024L * MIB;
	public static final long TIB = 1024L * GIB;

	private static final Pattern ARGUMENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgtp]?)(i?)(b?)",
			Pattern.CASE_INSENSITIVE);

	private Sizes() {
	}

	/** Bytes per unit; not defined for {@link SizeUnit#PERCENT}. */
	public static BigDecimal bytesPer(SizeUnit unit) {
		return switch (unit) {
		case B -> BigDecimal.ONE;
		case KB -> BigDecimal.valueOf(1_000L);
		case MB -> BigDecimal.valueOf(1_000_000L);
		case GB -> BigDecimal.valueOf(1_000_000_000L);
		case TB -> BigDecimal.valueOf(1_000_000_000_000L);
		case KIB -> BigDecimal.valueOf(KIB);
		case MIB -> BigDecimal.valueOf(MIB);
		case GIB -> BigDecimal.valueOf(GIB);
		case TIB -> BigDecimal.valueOf(TIB);
		// sfdisk and the SystemImager formats count 512-byte sectors, whatever the disk's own sector size
		case S -> BigDecimal.valueOf(512);
		case PERCENT -> throw new IllegalArgumentException("a percentage has no byte size of its own");
		};
	}

	/**
	 * The bytes {@code size unit} stands for, rounded up to a whole byte; a percentage is of {@code whole}.
	 *
	 * @return null when size is null, or a percentage of an unknown whole
	 */
	public static Long toBytes(BigDecimal size, SizeUnit unit, Long whole) {
		if (size == null) {
			return null;
		}
		SizeUnit effective = unit == null ? SizeUnit.MB : unit;
		if (effective == SizeUnit.PERCENT) {
			if (whole == null) {
				return null;
			}
			return size.multiply(BigDecimal.valueOf(whole)).divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
					.longValueExact();
		}
		return size.multiply(bytesPer(effective)).setScale(0, RoundingMode.UP).longValueExact();
	}

	public static long alignUp(long bytes, long alignment) {
		return Math.ceilDiv(bytes, alignment) * alignment;
	}

	public static long alignDown(long bytes, long alignment) {
		return Math.floorDiv(bytes, alignment) * alignment;
	}

	/**
	 * Parses a size argument: {@code 21474836480}, {@code 20G} or {@code 20GiB} (binary),
	 * {@code 20GB} (decimal), {@code 512M}, {@code 1.5T}.
	 *
	 * @throws IllegalArgumentException naming what is wrong
	 */
	public static long parse(String text) {
		Matcher m = ARGUMENT.matcher(text == null ? "" : text.trim());
		if (!m.matches()) {
			throw new IllegalArgumentException("'" + text + "' is not a size; write e.g. 20G (GiB), 20GB (10^9 bytes) or 512M");
		}
		String prefix = m.group(2).toUpperCase(Locale.ROOT);
		boolean binary = !m.group(3).isEmpty() || m.group(4).isEmpty();
		if (prefix.isEmpty() && !m.group(3).isEmpty()) {
			throw new IllegalArgumentException("'" + text + "' is not a size");
		}
		int power = prefix.isEmpty() ? 0 : "KMGTP".indexOf(prefix) + 1;
		BigDecimal factor = BigDecimal.valueOf(binary ? 1024 : 1000).pow(power);
		BigDecimal bytes = new BigDecimal(m.group(1)).multiply(factor);
		if (bytes.signum() <= 0) {
			throw new IllegalArgumentException("'" + text + "' is not a positive size");
		}
		return bytes.setScale(0, RoundingMode.DOWN).longValueExact();
	}

	/** A readable size: {@code 20 GiB}, {@code 1.5 GiB}, {@code 511 MiB}, {@code 4096 B}. */
	public static String human(long bytes) {
		String[] units = { "B", "KiB", "MiB", "GiB", "TiB", "PiB" };
		int unit = 0;
		BigDecimal value = BigDecimal.valueOf(bytes);
		BigDecimal k = BigDecimal.valueOf(1024);
		while (unit < units.length - 1 && value.abs().compareTo(k) >= 0) {
			value = value.divide(k);
			unit++;
		}
		if (unit == 0) {
			return bytes + " B";
		}
		BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return rounded.toPlainString() + " " + units[unit];
	}

	/** A size in the model's own terms, e.g. {@code 512 MiB} or {@code 50 %}. */
	public static String describe(BigDecimal size, SizeUnit unit) {
		return size.stripTrailingZeros().toPlainString() + " " + (unit == null ? SizeUnit.MB : unit).getLiteral();
	}
}
