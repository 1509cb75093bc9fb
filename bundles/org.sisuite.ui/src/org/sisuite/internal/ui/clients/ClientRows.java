package org.sisuite.internal.ui.clients;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
		String needle = filter.toLowerCase(Locale.ROOT);
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

	private static boolean matches(Client client, String needle) {
		for (Column column : Column.values()) {
			if (column != Column.BOOT && text(client, column).toLowerCase(Locale.ROOT).contains(needle)) {
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

	/** Orders names with numbers by their value: node2 before node10. */
	static int compareNatural(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			char x = a.charAt(i);
			char y = b.charAt(j);
			if (Character.isDigit(x) && Character.isDigit(y)) {
				int endA = i;
				while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
					endA++;
				}
				int endB = j;
				while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
					endB++;
				}
				String numberA = stripZeros(a.substring(i, endA));
				String numberB = stripZeros(b.substring(j, endB));
				int difference = numberA.length() != numberB.length() ? numberA.length() - numberB.length()
						: numberA.compareTo(numberB);
				if (difference != 0) {
					return difference;
				}
				i = endA;
				j = endB;
			} else {
				if (x != y) {
					return Character.compare(x, y);
				}
				i++;
				j++;
			}
		}
		int difference = (a.length() - i) - (b.length() - j);
		return difference != 0 ? difference : a.compareTo(b);
	}

	private static String stripZeros(String digits) {
		int start = 0;
		while (start < digits.length() - 1 && digits.charAt(start) == '0') {
			start++;
		}
		return digits.substring(start);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
