package org.sisuite.internal.ui.clients;

import java.util.HashMap;
import java.util.Map;

import org.sisuite.model.Client;
import org.sisuite.model.ClientRange;

/**
 * The name slots of one base name: number {@link #first()} .. {@link #end()} - 1 of
 * {@code basename + number}, each free or used by a client or reserved by a range definition. The
 * plan always ends with free slots after the highest used number, so there is room to drag a new
 * block. Built from a {@link SiteIndex} in one pass over the clients; no SWT.
 */
final class AddressPlan {

	/** Free slots shown after the highest used number, at least. */
	static final int FREE_TAIL = 256;

	private final String basename;
	private final int first;
	private final Object[] owners; // ClientRange, Client (in no range), or null for free
	private final int padding;

	private AddressPlan(String basename, int first, Object[] owners, int padding) {
		this.basename = basename;
		this.first = first;
		this.owners = owners;
		this.padding = padding;
	}

	/** The plan of {@code basename} over the index's clients and range definitions. */
	static AddressPlan of(SiteIndex index, String basename) {
		Map<Integer, Object> used = new HashMap<>();
		Map<Integer, Integer> widths = new HashMap<>();
		int lowest = 1;
		int highest = 0;
		if (index.site() != null && basename != null) {
			for (ClientRange range : index.ranges()) {
				if (basename.equals(range.getBasename()) && range.getCount() > 0) {
					int last = (int) Math.min(Integer.MAX_VALUE - FREE_TAIL - 1, (long) range.getStart() + range.getCount() - 1);
					for (int number = range.getStart(); number <= last; number++) {
						used.put(number, range);
					}
					lowest = Math.min(lowest, range.getStart());
					highest = Math.max(highest, last);
					widths.merge(range.getPadding(), range.getCount(), Integer::sum);
				}
			}
			for (Client client : index.site().getClients()) {
				String hostname = client.getHostname();
				int digits = SiteIndex.trailingDigits(hostname);
				if (digits == 0 || digits > 9 || hostname.length() - digits != basename.length()
						|| !hostname.startsWith(basename)) {
					continue;
				}
				int number = Integer.parseInt(hostname.substring(basename.length()));
				if (number > Integer.MAX_VALUE - FREE_TAIL - 1) {
					continue;
				}
				used.put(number, client.getGroups().isEmpty() ? client : client.getGroups().get(0));
				lowest = Math.min(lowest, number);
				highest = Math.max(highest, number);
				widths.merge(digits, 1, Integer::sum);
			}
		}
		int end = highest + FREE_TAIL;
		end += (32 - (end - lowest) % 32) % 32; // whole rows of 32
		Object[] owners = new Object[end - lowest];
		int base = lowest;
		used.forEach((number, owner) -> owners[number - base] = owner);
		int padding = widths.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(3);
		return new AddressPlan(basename, lowest, owners, padding);
	}

	String basename() {
		return basename;
	}

	/** The first number shown. */
	int first() {
		return first;
	}

	/** One past the last number shown. */
	int end() {
		return first + owners.length;
	}

	/** The padding most names of this base name use (3 when there are none). */
	int padding() {
		return padding;
	}

	boolean contains(int number) {
		return number >= first && number < end();
	}

	boolean isFree(int number) {
		return contains(number) && owners[number - first] == null;
	}

	/** The range or client (in no range) that uses {@code number}, or null when it is free. */
	Object owner(int number) {
		return contains(number) ? owners[number - first] : null;
	}

	String hostname(int number) {
		return RangeProposal.hostname(basename, number, padding);
	}

	/**
	 * The free block a drag from {@code anchor} to {@code current} selects: from the anchor towards
	 * the current slot, stopping before the first used slot; null if the anchor is not free.
	 *
	 * @return {start, count}
	 */
	int[] freeBlock(int anchor, int current) {
		if (!isFree(anchor)) {
			return null;
		}
		int step = current >= anchor ? 1 : -1;
		int reached = anchor;
		while (reached != current && isFree(reached + step)) {
			reached += step;
		}
		return new int[] { Math.min(anchor, reached), Math.abs(reached - anchor) + 1 };
	}

	/** The numbers of {@code range} in this plan: {start, count}, or null if it has another base name. */
	int[] span(ClientRange range) {
		if (!basename.equals(range.getBasename())) {
			return null;
		}
		return new int[] { range.getStart(), range.getCount() };
	}
}
