package org.sisuite.core.pkg;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;

/**
 * An RPM {@code [epoch:]version[-release]} and rpm's ordering of it: segments of ASCII digits or
 * letters compared one by one (numbers numerically, digits newer than letters), separators
 * ignored, {@code ~} sorting before anything (even the end), {@code ^} after the end but before
 * anything else. Epochs compare as numbers (missing is 0); releases only when both have one.
 * Works on the UTF-8 bytes of the string, as rpm does.
 *
 * @param epoch   the epoch, or null when the string has none
 * @param version the version
 * @param release the release, or null when the string has none
 */
public record RpmVersion(String epoch, String version, String release) implements Comparable<RpmVersion> {

	public RpmVersion {
		Objects.requireNonNull(version, "version");
	}

	/**
	 * Splits an EVR string the way rpm does: leading digits followed by {@code :} are the epoch,
	 * the text after the last {@code -} is the release.
	 *
	 * @throws CoreException (bad input) for an empty string or one with blanks or control characters
	 */
	public static RpmVersion parse(String evr) throws CoreException {
		if (evr == null || evr.isEmpty()) {
			throw new CoreException(Statuses.badInput("Invalid RPM version '': it is empty"));
		}
		for (int i = 0; i < evr.length(); i++) {
			char c = evr.charAt(i);
			if (Character.isWhitespace(c) || Character.isISOControl(c)) {
				throw new CoreException(Statuses.badInput("Invalid RPM version '" + evr
						+ "': it contains a blank or control character at position " + (i + 1)));
			}
		}
		int afterEpoch = 0;
		while (afterEpoch < evr.length() && isDigit(evr.charAt(afterEpoch))) {
			afterEpoch++;
		}
		String epoch = null;
		int versionStart = 0;
		if (afterEpoch < evr.length() && evr.charAt(afterEpoch) == ':') {
			epoch = afterEpoch == 0 ? "0" : evr.substring(0, afterEpoch);
			versionStart = afterEpoch + 1;
		}
		// rpm looks for the last hyphen after the epoch digits, not after the colon
		int hyphen = evr.lastIndexOf('-');
		if (hyphen >= afterEpoch) {
			return new RpmVersion(epoch, evr.substring(versionStart, Math.max(versionStart, hyphen)),
					evr.substring(hyphen + 1));
		}
		return new RpmVersion(epoch, evr.substring(versionStart), null);
	}

	/** rpm's comparison of two full EVR strings: -1, 0 or 1. */
	public static int compare(String left, String right) throws CoreException {
		return parse(left).compareTo(parse(right));
	}

	@Override
	public int compareTo(RpmVersion other) {
		int result = rpmvercmp(epoch == null ? "0" : epoch, other.epoch == null ? "0" : other.epoch);
		if (result == 0) {
			result = rpmvercmp(version, other.version);
			if (result == 0 && release != null && other.release != null) {
				result = rpmvercmp(release, other.release);
			}
		}
		return result;
	}

	/** rpm's segment-wise comparison of two version (or release) strings: -1, 0 or 1. */
	public static int rpmvercmp(String left, String right) {
		if (left.equals(right)) {
			return 0;
		}
		byte[] a = left.getBytes(StandardCharsets.UTF_8);
		byte[] b = right.getBytes(StandardCharsets.UTF_8);
		int one = 0;
		int two = 0;
		while (one < a.length || two < b.length) {
			while (one < a.length && !isAlnum(a[one]) && a[one] != '~' && a[one] != '^') {
				one++;
			}
			while (two < b.length && !isAlnum(b[two]) && b[two] != '~' && b[two] != '^') {
				two++;
			}
			if (at(a, one) == '~' || at(b, two) == '~') {
				if (at(a, one) != '~') {
					return 1;
				}
				if (at(b, two) != '~') {
					return -1;
				}
				one++;
				two++;
				continue;
			}
			if (at(a, one) == '^' || at(b, two) == '^') {
				if (one >= a.length) {
					return -1;
				}
				if (two >= b.length) {
					return 1;
				}
				if (a[one] != '^') {
					return 1;
				}
				if (b[two] != '^') {
					return -1;
				}
				one++;
				two++;
				continue;
			}
			if (one >= a.length || two >= b.length) {
				break;
			}
			int end1 = one;
			int end2 = two;
			boolean numeric = isDigit(a[one]);
			if (numeric) {
				while (end1 < a.length && isDigit(a[end1])) {
					end1++;
				}
				while (end2 < b.length && isDigit(b[end2])) {
					end2++;
				}
			} else {
				while (end1 < a.length && isAlpha(a[end1])) {
					end1++;
				}
				while (end2 < b.length && isAlpha(b[end2])) {
					end2++;
				}
			}
			if (end2 == two) {
				// segments of different kinds: the numeric one is newer
				return numeric ? 1 : -1;
			}
			if (numeric) {
				while (one < end1 && a[one] == '0') {
					one++;
				}
				while (two < end2 && b[two] == '0') {
					two++;
				}
				int length1 = end1 - one;
				int length2 = end2 - two;
				if (length1 != length2) {
					return length1 > length2 ? 1 : -1;
				}
			}
			int result = compareBytes(a, one, end1, b, two, end2);
			if (result != 0) {
				return result < 0 ? -1 : 1;
			}
			one = end1;
			two = end2;
		}
		if (one >= a.length && two >= b.length) {
			return 0;
		}
		return one >= a.length ? -1 : 1;
	}

	private static int compareBytes(byte[] a, int from1, int to1, byte[] b, int from2, int to2) {
		int length = Math.min(to1 - from1, to2 - from2);
		for (int i = 0; i < length; i++) {
			int difference = (a[from1 + i] & 0xFF) - (b[from2 + i] & 0xFF);
			if (difference != 0) {
				return difference;
			}
		}
		return (to1 - from1) - (to2 - from2);
	}

	private static int at(byte[] bytes, int index) {
		return index < bytes.length ? bytes[index] : 0;
	}

	static boolean isDigit(int c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isAlpha(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isAlnum(int c) {
		return isDigit(c) || isAlpha(c);
	}

	@Override
	public String toString() {
		return (epoch == null ? "" : epoch + ":") + version + (release == null ? "" : "-" + release);
	}
}
