package org.sisuite.core.netboot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.MultiStatus;
import org.sisuite.core.NetworkNames;
import org.sisuite.core.Statuses;
import org.sisuite.core.store.ClientMacs.Claim;

/**
 * Reads which MAC belongs to which client from one of two kinds of file:
 * <ul>
 * <li>a list, one pair a line, {@code MAC HOSTNAME} or {@code HOSTNAME MAC} (separated by blanks,
 * a comma or a semicolon; {@code #} starts a comment);</li>
 * <li>an ISC dhcpd leases file ({@code lease IP { ... hardware ethernet MAC; client-hostname "NAME"; }}),
 * recognised by its {@code lease} blocks: the last lease of a MAC wins, as in dhcpd; leases without
 * a client host name are skipped and counted.</li>
 * </ul>
 * Every claim remembers its {@code FILE:LINE}.
 */
public final class MacListFile {

	private static final Pattern LEASE_START = Pattern.compile("\\s*lease\\s+(\\S+)\\s*\\{.*");
	private static final Pattern LEASE_END = Pattern.compile("\\s*}.*");
	private static final Pattern HARDWARE = Pattern.compile("\\s*hardware\\s+ethernet\\s+([0-9A-Fa-f:]+)\\s*;.*");
	private static final Pattern CLIENT_HOSTNAME = Pattern.compile("\\s*client-hostname\\s+\"([^\"]*)\"\\s*;.*");

	/** How many malformed lines one error lists. */
	private static final int LISTED_ERRORS = 10;

	/**
	 * What a file says.
	 *
	 * @param claims        the MACs and clients, in file order
	 * @param leases        whether it was a dhcpd leases file
	 * @param withoutName   leases skipped because they have no client host name
	 */
	public record Parsed(List<Claim> claims, boolean leases, int withoutName) {
	}

	private MacListFile() {
	}

	/**
	 * Parses the lines of a file.
	 *
	 * @param name the file's name for {@code FILE:LINE} in claims and messages
	 * @throws CoreException (bad input) listing every line that is neither a pair nor part of a lease
	 */
	public static Parsed parse(String name, List<String> lines) throws CoreException {
		for (String line : lines) {
			if (LEASE_START.matcher(line).matches()) {
				return parseLeases(name, lines);
			}
		}
		return parsePairs(name, lines);
	}

	private static Parsed parsePairs(String name, List<String> lines) throws CoreException {
		List<Claim> claims = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			int comment = line.indexOf('#');
			String content = (comment < 0 ? line : line.substring(0, comment)).strip();
			if (content.isEmpty()) {
				continue;
			}
			String source = name + ":" + (i + 1);
			String[] tokens = content.split("[\\s,;]+");
			String mac = null;
			String hostname = null;
			if (tokens.length == 2) {
				boolean firstIsMac = looksLikeMac(tokens[0]);
				boolean secondIsMac = looksLikeMac(tokens[1]);
				if (firstIsMac != secondIsMac) {
					mac = firstIsMac ? tokens[0] : tokens[1];
					hostname = firstIsMac ? tokens[1] : tokens[0];
				}
			}
			if (mac == null) {
				errors.add(source + ": expected 'MAC HOSTNAME' or 'HOSTNAME MAC', found '" + content + "'");
				continue;
			}
			try {
				claims.add(new Claim(NetworkNames.mac(mac), NetworkNames.hostname(hostname), source));
			} catch (CoreException e) {
				errors.add(source + ": " + e.getStatus().getMessage());
			}
		}
		if (!errors.isEmpty()) {
			MultiStatus status = new MultiStatus(Statuses.PLUGIN_ID, Statuses.BAD_INPUT,
					errors.size() + (errors.size() == 1 ? " line" : " lines") + " of " + name
							+ " are not MAC/host name pairs; nothing was imported",
					null);
			errors.subList(0, Math.min(LISTED_ERRORS, errors.size())).forEach(e -> status.add(Statuses.badInput(e)));
			if (errors.size() > LISTED_ERRORS) {
				status.add(Statuses.badInput("and " + (errors.size() - LISTED_ERRORS) + " more"));
			}
			throw new CoreException(status);
		}
		return new Parsed(claims, false, 0);
	}

	private static Parsed parseLeases(String name, List<String> lines) throws CoreException {
		// the last lease of a MAC wins: re-inserting moves it to the end
		Map<String, Claim> byMac = new LinkedHashMap<>();
		int withoutName = 0;
		String source = null;
		String mac = null;
		String hostname = null;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (source == null) {
				if (LEASE_START.matcher(line).matches()) {
					source = name + ":" + (i + 1);
					mac = null;
					hostname = null;
				}
				continue;
			}
			Matcher hardware = HARDWARE.matcher(line);
			Matcher client = CLIENT_HOSTNAME.matcher(line);
			if (hardware.matches()) {
				try {
					mac = NetworkNames.mac(hardware.group(1));
				} catch (CoreException e) {
					throw new CoreException(Statuses.badInput(name + ":" + (i + 1) + ": " + e.getStatus().getMessage()));
				}
			} else if (client.matches()) {
				hostname = client.group(1).strip();
			} else if (LEASE_END.matcher(line).matches()) {
				if (mac != null && hostname != null && !hostname.isEmpty()) {
					byMac.remove(mac);
					byMac.put(mac, new Claim(mac, hostname, source));
				} else if (mac != null) {
					withoutName++;
				}
				source = null;
			}
		}
		if (source != null) {
			throw new CoreException(Statuses.badInput(source + ": the lease that starts here has no closing '}'"));
		}
		return new Parsed(new ArrayList<>(byMac.values()), true, withoutName);
	}

	private static boolean looksLikeMac(String token) {
		return token.length() == 17 && (token.indexOf(':') == 2 || token.indexOf('-') == 2);
	}
}
