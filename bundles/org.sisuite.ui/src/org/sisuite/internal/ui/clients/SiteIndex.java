package org.sisuite.internal.ui.clients;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.NetworkNames;
import org.sisuite.model.Client;
import org.sisuite.model.ClientRange;
import org.sisuite.model.Image;
import org.sisuite.model.ImageServer;
import org.sisuite.model.NetworkInterface;
import org.sisuite.model.Site;

/**
 * Lookups over one state of the site, built in one pass over its clients (about 100 ms for
 * 100,000): clients by host name and by address, the members of each range, the images. The
 * Clients part builds it after every load or edit; the range wizard checks against it on every
 * keystroke.
 */
public final class SiteIndex {

	/** The index of no site (before the first load). */
	static final SiteIndex EMPTY = new SiteIndex(null);

	private final Site site;
	private final Map<String, Client> byHostname = new HashMap<>();
	private final Map<Long, Client> byAddress = new HashMap<>();
	private final Map<ClientRange, List<Client>> members = new IdentityHashMap<>();
	private final Map<String, ClientRange> rangesByName = new HashMap<>();
	private final List<Image> images = new ArrayList<>();
	private long highestAddress = -1;

	SiteIndex(Site site) {
		this.site = site;
		if (site == null) {
			return;
		}
		for (ClientRange range : site.getClientRanges()) {
			members.put(range, new ArrayList<>());
			rangesByName.put(range.getName(), range);
		}
		for (Client client : site.getClients()) {
			byHostname.put(client.getHostname(), client);
			for (NetworkInterface nic : client.getInterfaces()) {
				long address = address(nic.getIp());
				if (address >= 0) {
					byAddress.putIfAbsent(address, client);
					highestAddress = Math.max(highestAddress, address);
				}
			}
			for (ClientRange group : client.getGroups()) {
				members.computeIfAbsent(group, key -> new ArrayList<>()).add(client);
			}
		}
		for (ImageServer server : site.getImageServers()) {
			images.addAll(server.getImages());
		}
	}

	public Site site() {
		return site;
	}

	Client client(String hostname) {
		return byHostname.get(hostname);
	}

	Client clientAt(long address) {
		return byAddress.get(address);
	}

	List<Client> members(ClientRange range) {
		return members.getOrDefault(range, List.of());
	}

	ClientRange range(String name) {
		return rangesByName.get(name);
	}

	List<ClientRange> ranges() {
		return site == null ? List.of() : site.getClientRanges();
	}

	List<Image> images() {
		return images;
	}

	/** The highest static address any client has, or -1. */
	long highestAddress() {
		return highestAddress;
	}

	/** The base names of host names ending in digits, with how many clients use each, most used first. */
	List<String> basenames() {
		Map<String, Integer> counts = new TreeMap<>();
		for (String hostname : byHostname.keySet()) {
			int digits = trailingDigits(hostname);
			if (digits > 0 && digits < hostname.length()) {
				counts.merge(hostname.substring(0, hostname.length() - digits), 1, Integer::sum);
			}
		}
		List<String> names = new ArrayList<>(counts.keySet());
		names.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
		return names;
	}

	/** The first static address of a client, or null. */
	static String ip(Client client) {
		for (NetworkInterface nic : client.getInterfaces()) {
			if (nic.getIp() != null && !nic.getIp().isBlank()) {
				return nic.getIp();
			}
		}
		return null;
	}

	/** The numeric value of an IPv4 address, or -1. */
	static long address(String ip) {
		if (ip == null || ip.isBlank()) {
			return -1;
		}
		try {
			return NetworkNames.ipv4(ip);
		} catch (CoreException e) {
			return -1;
		}
	}

	static int trailingDigits(String name) {
		int digits = 0;
		while (digits < name.length() && Character.isDigit(name.charAt(name.length() - 1 - digits))) {
			digits++;
		}
		return digits;
	}
}
