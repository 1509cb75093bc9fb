package org.sisuite.internal.ui.clients;

import org.sisuite.core.NetworkNames;
import org.sisuite.core.store.ClientStore;
import org.sisuite.model.Image;

/**
 * A range as the user is defining it in the range wizard, before it exists: SystemInstaller's
 * mksirange parameters (basename, start, count, padding, first address) plus name, netmask, domain
 * and image. Host names and addresses follow the same rules as {@code ClientRange.hostnameAt} and
 * {@code ipAddressAt}, so what the preview shows is what the command creates.
 */
public record RangeProposal(String name, String basename, int start, int count, int padding, String ipStart,
		String netmask, String domain, Image image) {

	/** The largest range the wizard creates (as {@code sis range add}). */
	public static final int MAX_COUNT = ClientStore.MAX_RANGE;

	/** The host name of the index-th client (index 0 is number {@link #start}). */
	public String hostnameAt(int index) {
		return hostname(basename, start + index, padding);
	}

	static String hostname(String basename, int number, int padding) {
		String digits = Integer.toString(number);
		StringBuilder name = new StringBuilder(basename == null ? "" : basename);
		for (int i = digits.length(); i < padding; i++) {
			name.append('0');
		}
		return name.append(digits).toString();
	}

	/** Whether the range gives its clients static addresses. */
	public boolean hasAddresses() {
		return ipStart != null && !ipStart.isBlank();
	}

	/** The first address as a number, or -1 if there is none or it is not an IPv4 address. */
	public long firstAddress() {
		if (!hasAddresses()) {
			return -1;
		}
		try {
			return NetworkNames.ipv4(ipStart);
		} catch (org.eclipse.core.runtime.CoreException e) {
			return -1;
		}
	}

	/** The address of the index-th client, or null without (valid) addresses or past 255.255.255.255. */
	public String ipAt(int index) {
		long first = firstAddress();
		if (first < 0 || first + index > 0xFFFFFFFFL) {
			return null;
		}
		return NetworkNames.ipv4(first + index);
	}

	/** The same proposal with another name. */
	public RangeProposal withName(String newName) {
		return new RangeProposal(newName, basename, start, count, padding, ipStart, netmask, domain, image);
	}

	/** A range name for a block: {@code node065-128}. */
	static String defaultName(String basename, int start, int count, int padding) {
		String last = Integer.toString(start + count - 1);
		return hostname(basename, start, padding) + (count > 1 ? "-" + last : "");
	}
}
