package org.sisuite.core;

import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;

/** Checks and normalizes host names, MAC addresses and IPv4 addresses given by users. */
public final class NetworkNames {

	private static final Pattern HOST_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
	private static final Pattern MAC = Pattern.compile("[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}");

	private NetworkNames() {
	}

	/** A host name (RFC 1123: dot-separated labels of letters, digits and inner hyphens), or bad input. */
	public static String hostname(String name) throws CoreException {
		if (name == null || name.isEmpty() || name.length() > 253) {
			throw bad("Invalid host name '" + name + "': expected 1 to 253 characters, e.g. node001");
		}
		for (String label : name.split("\\.", -1)) {
			if (!HOST_LABEL.matcher(label).matches()) {
				throw bad("Invalid host name '" + name + "': the label '" + label
						+ "' must be 1-63 letters, digits or inner hyphens, e.g. node001");
			}
		}
		return name;
	}

	/** A MAC address in lower case with colons (aa:bb:cc:dd:ee:ff), or bad input. */
	public static String mac(String mac) throws CoreException {
		String trimmed = mac == null ? "" : mac.strip();
		if (!MAC.matcher(trimmed).matches()) {
			throw bad("Invalid MAC address '" + mac + "': expected six hex pairs, e.g. 52:54:00:12:34:56");
		}
		return trimmed.replace('-', ':').toLowerCase(Locale.ROOT);
	}

	/** The 32-bit value of a dotted-quad IPv4 address, or bad input. */
	public static long ipv4(String address) throws CoreException {
		String[] octets = address == null ? new String[0] : address.strip().split("\\.", -1);
		if (octets.length != 4) {
			throw bad("Invalid IPv4 address '" + address + "': expected four numbers 0-255, e.g. 10.0.0.10");
		}
		long value = 0;
		for (String octet : octets) {
			if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(Character::isDigit)
					|| Integer.parseInt(octet) > 255) {
				throw bad("Invalid IPv4 address '" + address + "': '" + octet + "' is not a number 0-255");
			}
			value = (value << 8) | Integer.parseInt(octet);
		}
		return value;
	}

	/** The dotted-quad form of a 32-bit IPv4 value. */
	public static String ipv4(long value) {
		return ((value >> 24) & 0xFF) + "." + ((value >> 16) & 0xFF) + "." + ((value >> 8) & 0xFF) + "." + (value & 0xFF);
	}

	private static CoreException bad(String message) {
		return new CoreException(Statuses.badInput(message));
	}
}
