package org.sisuite.core.clients;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.NetworkNames;
import org.sisuite.core.Statuses;

/**
 * Expands the host and address expressions users already know into single names:
 * <ul>
 * <li>comma lists: {@code web1,web2,db1}</li>
 * <li>SystemImager ranges: {@code node001-node128} (padding from the start number)</li>
 * <li>bracket host lists as in pdsh/Slurm: {@code node[001-128,200]}, {@code rack[1-2]-n[01-04]}</li>
 * <li>IPv4 ranges that cross octets: {@code 10.0.0.250-10.0.1.5}</li>
 * </ul>
 * Order is kept and duplicates are dropped.
 */
public final class HostExpressions {

	/** The most names one expression may produce. */
	public static final int MAX_NAMES = 1_000_000;

	private static final Pattern NAME_WITH_NUMBER = Pattern.compile("(.*?)(\\d+)");
	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private HostExpressions() {
	}

	/** Every name the expression stands for, in order, without duplicates. */
	public static List<String> expand(String expression) throws CoreException {
		if (expression == null || expression.isBlank()) {
			throw bad(expression, "it is empty");
		}
		LinkedHashSet<String> names = new LinkedHashSet<>();
		for (String item : splitTopLevel(expression)) {
			String trimmed = item.strip();
			if (trimmed.isEmpty()) {
				throw bad(expression, "an empty element between commas");
			}
			expandItem(expression, trimmed, names);
		}
		return List.copyOf(names);
	}

	private static void expandItem(String expression, String item, Set<String> names) throws CoreException {
		if (item.indexOf('[') >= 0 || item.indexOf(']') >= 0) {
			expandBrackets(expression, item, "", names);
			return;
		}
		int dash = item.indexOf('-');
		if (dash > 0 && IPV4.matcher(item.substring(0, dash)).matches()) {
			expandAddresses(expression, item.substring(0, dash), item.substring(dash + 1), names);
			return;
		}
		for (int i = item.indexOf('-'); i > 0; i = item.indexOf('-', i + 1)) {
			Matcher from = NAME_WITH_NUMBER.matcher(item.substring(0, i));
			Matcher to = NAME_WITH_NUMBER.matcher(item.substring(i + 1));
			if (from.matches() && to.matches() && from.group(1).equals(to.group(1))) {
				String digits = from.group(2);
				addRange(expression, from.group(1), digits, to.group(2), digits.length(), names);
				return;
			}
		}
		add(expression, names, item);
	}

	/** Expands the first bracket group of {@code rest}, then recurses for the following ones. */
	private static void expandBrackets(String expression, String rest, String prefix, Set<String> names)
			throws CoreException {
		int open = rest.indexOf('[');
		int close = rest.indexOf(']');
		if (open < 0 && close < 0) {
			add(expression, names, prefix + rest);
			return;
		}
		if (close < 0) {
			throw bad(expression, "a '[' without its ']'");
		}
		if (open < 0 || close < open) {
			throw bad(expression, "a ']' without its '['");
		}
		String head = prefix + rest.substring(0, open);
		String tail = rest.substring(close + 1);
		String inside = rest.substring(open + 1, close);
		if (inside.indexOf('[') >= 0) {
			throw bad(expression, "brackets cannot nest");
		}
		if (inside.isBlank()) {
			throw bad(expression, "empty brackets []");
		}
		for (String part : inside.split(",", -1)) {
			String token = part.strip();
			int dash = token.indexOf('-');
			String low = dash < 0 ? token : token.substring(0, dash);
			String high = dash < 0 ? token : token.substring(dash + 1);
			if (!low.matches("\\d+") || !high.matches("\\d+")) {
				throw bad(expression, "'" + token + "' in brackets is not a number or a range N-M");
			}
			int width = low.length() > 1 && low.startsWith("0") ? low.length() : 0;
			for (String number : numbers(expression, low, high, width)) {
				expandBrackets(expression, tail, head + number, names);
			}
		}
	}

	private static void addRange(String expression, String prefix, String low, String high, int width,
			Set<String> names) throws CoreException {
		for (String number : numbers(expression, low, high, width)) {
			add(expression, names, prefix + number);
		}
	}

	private static List<String> numbers(String expression, String low, String high, int width) throws CoreException {
		BigInteger first = new BigInteger(low);
		BigInteger last = new BigInteger(high);
		if (first.compareTo(last) > 0) {
			throw bad(expression, "the range " + low + "-" + high + " runs backwards");
		}
		if (last.subtract(first).compareTo(BigInteger.valueOf(MAX_NAMES)) >= 0) {
			throw bad(expression, "the range " + low + "-" + high + " has more than " + MAX_NAMES + " names");
		}
		List<String> numbers = new ArrayList<>();
		for (long n = first.longValueExact(); n <= last.longValueExact(); n++) {
			String digits = Long.toString(n);
			numbers.add(digits.length() < width ? "0".repeat(width - digits.length()) + digits : digits);
		}
		return numbers;
	}

	private static void expandAddresses(String expression, String from, String to, Set<String> names)
			throws CoreException {
		long first = NetworkNames.ipv4(from);
		long last = IPV4.matcher(to).matches() ? NetworkNames.ipv4(to) : shortEnd(expression, from, to);
		if (first > last) {
			throw bad(expression, "the address range " + from + "-" + to + " runs backwards");
		}
		if (last - first >= MAX_NAMES) {
			throw bad(expression, "the address range " + from + "-" + to + " has more than " + MAX_NAMES + " addresses");
		}
		for (long address = first; address <= last; address++) {
			add(expression, names, NetworkNames.ipv4(address));
		}
	}

	/** {@code 10.0.0.5-20}: the end replaces the last octet of the start. */
	private static long shortEnd(String expression, String from, String to) throws CoreException {
		if (!to.matches("\\d{1,3}")) {
			throw bad(expression, "'" + to + "' is neither an IPv4 address nor a last octet");
		}
		return NetworkNames.ipv4(from.substring(0, from.lastIndexOf('.') + 1) + to);
	}

	private static void add(String expression, Set<String> names, String name) throws CoreException {
		names.add(name);
		if (names.size() > MAX_NAMES) {
			throw bad(expression, "it expands to more than " + MAX_NAMES + " names");
		}
	}

	/** Splits at commas outside brackets. */
	private static List<String> splitTopLevel(String expression) {
		List<String> items = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < expression.length(); i++) {
			char c = expression.charAt(i);
			if (c == '[') {
				depth++;
			} else if (c == ']') {
				depth--;
			} else if (c == ',' && depth == 0) {
				items.add(expression.substring(start, i));
				start = i + 1;
			}
		}
		items.add(expression.substring(start));
		return items;
	}

	private static CoreException bad(String expression, String why) {
		return new CoreException(Statuses.badInput("Cannot expand '" + expression + "': " + why
				+ " (expected e.g. node001-node128, node[001-128,200], 10.0.0.250-10.0.1.5 or a,b,c)"));
	}
}
