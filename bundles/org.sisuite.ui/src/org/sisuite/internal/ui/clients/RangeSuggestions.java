package org.sisuite.internal.ui.clients;

import java.util.List;

import org.sisuite.model.Client;
import org.sisuite.model.ClientRange;
import org.sisuite.model.NetworkInterface;

/**
 * What the range wizard is prefilled with: for a block of the address plan, the addresses that
 * continue the range before it (node065 gets the address after node064's), else the address after
 * the highest one in use; netmask and domain from that neighbour; a block of 32 after the last
 * used number when the wizard opens from the toolbar.
 */
final class RangeSuggestions {

	/** The size of a block proposed without a drag. */
	static final int DEFAULT_COUNT = 32;

	private RangeSuggestions() {
	}

	/** A proposal for the block {@code start, count} of the plan. */
	static RangeProposal forBlock(SiteIndex index, AddressPlan plan, int start, int count) {
		ClientRange neighbour = rangeBefore(index, plan.basename(), start);
		Client example = neighbour != null && !index.members(neighbour).isEmpty() ? index.members(neighbour).get(0)
				: index.site() == null || index.site().getClients().isEmpty() ? null : index.site().getClients().get(0);
		String ip = null;
		if (neighbour != null && SiteIndex.address(neighbour.getIpStart()) >= 0) {
			long candidate = SiteIndex.address(neighbour.getIpStart()) + (start - neighbour.getStart());
			if (free(index, candidate, count)) {
				ip = org.sisuite.core.NetworkNames.ipv4(candidate);
			}
		}
		if (ip == null && index.highestAddress() >= 0 && free(index, index.highestAddress() + 1, count)) {
			ip = org.sisuite.core.NetworkNames.ipv4(index.highestAddress() + 1);
		}
		String netmask = example == null ? null : netmask(example);
		String domain = neighbour != null ? neighbour.getDomain() : example == null ? null : example.getDomain();
		return new RangeProposal(RangeProposal.defaultName(plan.basename(), start, count, plan.padding()),
				plan.basename(), start, count, plan.padding(), ip, netmask, domain,
				neighbour != null ? neighbour.getImage() : null);
	}

	/** A proposal of {@value #DEFAULT_COUNT} names after the last used number of the plan. */
	static RangeProposal next(SiteIndex index, AddressPlan plan) {
		int start = plan.first() < 1 ? 1 : plan.first();
		for (int number = plan.end() - 1; number >= plan.first(); number--) {
			if (!plan.isFree(number)) {
				start = number + 1;
				break;
			}
		}
		return forBlock(index, plan, start, DEFAULT_COUNT);
	}

	private static ClientRange rangeBefore(SiteIndex index, String basename, int start) {
		ClientRange best = null;
		for (ClientRange range : index.ranges()) {
			long last = (long) range.getStart() + range.getCount() - 1;
			if (basename.equals(range.getBasename()) && last < start
					&& (best == null || range.getStart() > best.getStart())) {
				best = range;
			}
		}
		return best;
	}

	private static boolean free(SiteIndex index, long first, int count) {
		if (first + count - 1 > 0xFFFFFFFFL) {
			return false;
		}
		for (int i = 0; i < count; i++) {
			if (index.clientAt(first + i) != null) {
				return false;
			}
		}
		List<ClientRange> ranges = index.ranges();
		for (ClientRange range : ranges) {
			long rangeFirst = SiteIndex.address(range.getIpStart());
			if (rangeFirst >= 0 && first <= rangeFirst + range.getCount() - 1 && rangeFirst <= first + count - 1) {
				return false;
			}
		}
		return true;
	}

	private static String netmask(Client client) {
		for (NetworkInterface nic : client.getInterfaces()) {
			if (nic.getNetmask() != null && !nic.getNetmask().isBlank()) {
				return nic.getNetmask();
			}
		}
		return null;
	}
}
