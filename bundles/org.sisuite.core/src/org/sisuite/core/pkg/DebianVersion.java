package org.sisuite.core.pkg;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;

/**
 * A Debian {@code [epoch:]upstream[-revision]} parsed as strictly as {@code dpkg --compare-versions}
 * (what dpkg calls errors are errors; what it calls warnings are kept in {@link #warnings()}), and
 * dpkg's ordering: epoch numerically, then upstream and revision by alternating non-digit parts
 * (letters before other characters, {@code ~} before everything, even the end) and numbers.
 * The empty string (dpkg's "unknown" version) sorts before every other version.
 *
 * @param epoch    the epoch, 0 when absent
 * @param upstream the upstream version
 * @param revision the Debian revision, empty when absent
 * @param warnings what dpkg would warn about (bad characters, no leading digit)
 */
public record DebianVersion(int epoch, String upstream, String revision, List<String> warnings)
		implements Comparable<DebianVersion> {

	/** The version dpkg uses for "no version": epoch 0, empty upstream and revision. */
	public static final DebianVersion UNKNOWN = new DebianVersion(0, "", "", List.of());

	public DebianVersion {
		Objects.requireNonNull(upstream, "upstream");
		Objects.requireNonNull(revision, "revision");
		warnings = List.copyOf(warnings);
	}

	/**
	 * Parses a version as dpkg does.
	 *
	 * @throws CoreException (bad input) with dpkg's reason when dpkg would reject the version
	 */
	public static DebianVersion parse(String text) throws CoreException {
		if (text == null || text.isEmpty() || text.equals("<unknown>")) {
			return UNKNOWN;
		}
		int start = 0;
		while (start < text.length() && isBlank(text.charAt(start))) {
			start++;
		}
		int end = start;
		while (end < text.length() && !isSpace(text.charAt(end))) {
			end++;
		}
		for (int i = end; i < text.length(); i++) {
			if (!isSpace(text.charAt(i))) {
				throw bad(text, "version string has embedded spaces");
			}
		}
		String version = text.substring(start, end);
		if (version.isEmpty()) {
			throw bad(text, "version string is empty");
		}
		int epoch = 0;
		int colon = version.indexOf(':');
		if (colon >= 0) {
			epoch = parseEpoch(text, version.substring(0, colon));
			version = version.substring(colon + 1);
			if (version.isEmpty()) {
				throw bad(text, "nothing after colon in version number");
			}
		}
		String revision = "";
		int hyphen = version.lastIndexOf('-');
		if (hyphen >= 0) {
			revision = version.substring(hyphen + 1);
			version = version.substring(0, hyphen);
			if (revision.isEmpty()) {
				throw bad(text, "revision number is empty");
			}
		}
		if (version.isEmpty()) {
			throw bad(text, "version number is empty");
		}
		List<String> warnings = new ArrayList<>();
		if (!isDigit(version.charAt(0))) {
			warnings.add("version number does not start with digit");
		}
		for (int i = 1; i < version.length(); i++) {
			char c = version.charAt(i);
			if (!isDigit(c) && !isAlpha(c) && ".-+~:".indexOf(c) < 0) {
				warnings.add("invalid character in version number");
				break;
			}
		}
		for (int i = 0; i < revision.length(); i++) {
			char c = revision.charAt(i);
			if (!isDigit(c) && !isAlpha(c) && ".+~".indexOf(c) < 0) {
				warnings.add("invalid character in revision number");
				break;
			}
		}
		return new DebianVersion(epoch, version, revision, warnings);
	}

	/** Like C's strtol(…, 10) over the whole epoch text: optional blanks and sign, then digits only. */
	private static int parseEpoch(String text, String epochText) throws CoreException {
		int i = 0;
		while (i < epochText.length() && isSpace(epochText.charAt(i))) {
			i++;
		}
		boolean negative = false;
		if (i < epochText.length() && (epochText.charAt(i) == '+' || epochText.charAt(i) == '-')) {
			negative = epochText.charAt(i) == '-';
			i++;
		}
		int digits = i;
		long value = 0;
		boolean tooBig = false;
		while (i < epochText.length() && isDigit(epochText.charAt(i))) {
			value = value * 10 + (epochText.charAt(i) - '0');
			if (value > Integer.MAX_VALUE) {
				tooBig = true;
				value = Integer.MAX_VALUE + 1L;
			}
			i++;
		}
		if (i == digits) {
			throw bad(text, "epoch in version is empty");
		}
		if (i != epochText.length()) {
			throw bad(text, "epoch in version is not number");
		}
		if (negative && value != 0) {
			throw bad(text, "epoch in version is negative");
		}
		if (tooBig) {
			throw bad(text, "epoch in version is too big");
		}
		return (int) value;
	}

	/** dpkg's comparison of two version strings: -1, 0 or 1. */
	public static int compare(String left, String right) throws CoreException {
		return Integer.signum(parse(left).compareTo(parse(right)));
	}

	@Override
	public int compareTo(DebianVersion other) {
		if (epoch != other.epoch) {
			return epoch > other.epoch ? 1 : -1;
		}
		int result = verrevcmp(upstream, other.upstream);
		return result != 0 ? Integer.signum(result) : Integer.signum(verrevcmp(revision, other.revision));
	}

	/** dpkg's comparison of an upstream version or revision: negative, zero or positive. */
	static int verrevcmp(String left, String right) {
		byte[] a = left.getBytes(StandardCharsets.UTF_8);
		byte[] b = right.getBytes(StandardCharsets.UTF_8);
		int i = 0;
		int j = 0;
		while (i < a.length || j < b.length) {
			int firstDifference = 0;
			while ((i < a.length && !isDigit(a[i])) || (j < b.length && !isDigit(b[j]))) {
				int ac = order(at(a, i));
				int bc = order(at(b, j));
				if (ac != bc) {
					return ac - bc;
				}
				i++;
				j++;
			}
			while (i < a.length && a[i] == '0') {
				i++;
			}
			while (j < b.length && b[j] == '0') {
				j++;
			}
			while (i < a.length && j < b.length && isDigit(a[i]) && isDigit(b[j])) {
				if (firstDifference == 0) {
					firstDifference = a[i] - b[j];
				}
				i++;
				j++;
			}
			if (i < a.length && isDigit(a[i])) {
				return 1;
			}
			if (j < b.length && isDigit(b[j])) {
				return -1;
			}
			if (firstDifference != 0) {
				return firstDifference;
			}
		}
		return 0;
	}

	/** dpkg's weight of a (signed, as C's char) byte in a non-digit part; 0 for the end. */
	private static int order(int c) {
		if (isDigit(c)) {
			return 0;
		} else if (isAlpha(c)) {
			return c;
		} else if (c == '~') {
			return -1;
		} else if (c != 0) {
			return c + 256;
		}
		return 0;
	}

	private static int at(byte[] bytes, int index) {
		return index < bytes.length ? bytes[index] : 0;
	}

	private static boolean isDigit(int c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isAlpha(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isBlank(char c) {
		return c == ' ' || c == '\t';
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	private static CoreException bad(String text, String why) {
		return new CoreException(Statuses.badInput("Invalid Debian version '" + text + "': " + why));
	}

	@Override
	public String toString() {
		return (epoch == 0 ? "" : epoch + ":") + upstream + (revision.isEmpty() ? "" : "-" + revision);
	}
}
