package org.sisuite.internal.ui.clients;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.NetworkNames;
import org.sisuite.model.Client;
import org.sisuite.model.ClientRange;

/**
 * What stands in the way of a proposed range, checked live while the user types: the same rules
 * as {@code sis range add} (valid name, count, padding, host names and addresses) plus every
 * overlap with the site as it is, by name and by address, with existing clients and with the
 * definitions of existing ranges (whose clients may have been deleted or renamed). Each problem
 * is one sentence; the first is the reason the wizard gives for a disabled Finish.
 */
final class RangeCheck {

	/** How many examples a problem names. */
	private static final int EXAMPLES = 3;

	private RangeCheck() {
	}

	/** The problems of {@code proposal} against {@code index}; empty when it can be created. */
	static List<String> problems(RangeProposal proposal, SiteIndex index) {
		List<String> problems = new ArrayList<>();
		String name = proposal.name();
		if (name == null || name.isBlank() || !name.equals(name.strip()) || name.contains("/")) {
			problems.add("Enter a range name without surrounding blanks or '/'.");
		} else if (index.range(name) != null) {
			problems.add("A range named '" + name + "' exists already.");
		}
		if (proposal.count() < 1 || proposal.count() > RangeProposal.MAX_COUNT) {
			problems.add("The count must be 1 to " + RangeProposal.MAX_COUNT + ".");
			return problems;
		}
		if (proposal.start() < 0 || proposal.padding() < 0 || proposal.padding() > 12) {
			problems.add("The first number must be 0 or more and the padding 0 to 12 digits.");
			return problems;
		}
		if ((long) proposal.start() + proposal.count() - 1 > Integer.MAX_VALUE) {
			problems.add("The numbers run past " + Integer.MAX_VALUE + ".");
			return problems;
		}
		String hostnameProblem = hostnameProblem(proposal);
		if (hostnameProblem != null) {
			problems.add(hostnameProblem);
			return problems;
		}
		if (proposal.hasAddresses()) {
			long first = proposal.firstAddress();
			if (first < 0) {
				problems.add("'" + proposal.ipStart() + "' is not an IPv4 address (e.g. 10.0.0.10).");
				return problems;
			}
			if (first + proposal.count() - 1 > 0xFFFFFFFFL) {
				problems.add("The addresses from " + proposal.ipStart() + " run past 255.255.255.255.");
				return problems;
			}
		}
		if (proposal.netmask() != null && !proposal.netmask().isBlank() && SiteIndex.address(proposal.netmask()) < 0) {
			problems.add("'" + proposal.netmask() + "' is not a netmask (e.g. 255.255.255.0).");
		}
		clientOverlaps(proposal, index, problems);
		rangeOverlaps(proposal, index, problems);
		return problems;
	}

	/** Why the index-th client of the proposal cannot be created, or null: its name or address is taken. */
	static String conflictAt(RangeProposal proposal, SiteIndex index, int position) {
		Client owner = index.client(proposal.hostnameAt(position));
		if (owner != null) {
			return "name taken" + groupOf(owner);
		}
		long first = proposal.firstAddress();
		if (first >= 0) {
			Client user = index.clientAt(first + position);
			if (user != null) {
				return "address used by " + user.getHostname();
			}
		}
		return null;
	}

	private static String hostnameProblem(RangeProposal proposal) {
		try {
			NetworkNames.hostname(proposal.hostnameAt(0));
			NetworkNames.hostname(proposal.hostnameAt(proposal.count() - 1));
			return null;
		} catch (CoreException e) {
			return e.getStatus().getMessage() + ".";
		}
	}

	private static void clientOverlaps(RangeProposal proposal, SiteIndex index, List<String> problems) {
		List<String> names = new ArrayList<>();
		List<String> addresses = new ArrayList<>();
		int namesTaken = 0;
		int addressesUsed = 0;
		long first = proposal.firstAddress();
		for (int i = 0; i < proposal.count(); i++) {
			String hostname = proposal.hostnameAt(i);
			Client owner = index.client(hostname);
			if (owner != null && namesTaken++ < EXAMPLES) {
				names.add(hostname + groupOf(owner));
			}
			if (first >= 0) {
				Client user = index.clientAt(first + i);
				if (user != null && addressesUsed++ < EXAMPLES) {
					addresses.add(NetworkNames.ipv4(first + i) + " (" + user.getHostname() + ")");
				}
			}
		}
		if (namesTaken > 0) {
			problems.add(namesTaken + (namesTaken == 1 ? " host name exists" : " host names exist") + " already: "
					+ examples(names, namesTaken) + ".");
		}
		if (addressesUsed > 0) {
			problems.add(addressesUsed + (addressesUsed == 1 ? " address is" : " addresses are") + " in use: "
					+ examples(addresses, addressesUsed) + ".");
		}
	}

	/** Existing range definitions the proposal overlaps, even where their clients are gone. */
	private static void rangeOverlaps(RangeProposal proposal, SiteIndex index, List<String> problems) {
		long lastNumber = (long) proposal.start() + proposal.count() - 1;
		long first = proposal.firstAddress();
		for (ClientRange range : index.ranges()) {
			if (range.getCount() < 1) {
				continue;
			}
			long rangeLast = (long) range.getStart() + range.getCount() - 1;
			long from = Math.max(proposal.start(), range.getStart());
			long to = Math.min(lastNumber, rangeLast);
			if (from <= to && sameName(proposal, range, (int) from, (int) to)) {
				problems.add("The names overlap range '" + range.getName() + "' (" + range.hostnameAt(0) + " .. "
						+ range.hostnameAt(range.getCount() - 1) + ").");
			}
			long rangeFirstAddress = SiteIndex.address(range.getIpStart());
			if (first >= 0 && rangeFirstAddress >= 0 && first <= rangeFirstAddress + range.getCount() - 1
					&& rangeFirstAddress <= first + proposal.count() - 1) {
				problems.add("The addresses overlap range '" + range.getName() + "' (" + range.getIpStart() + " .. "
						+ range.ipAddressAt(range.getCount() - 1) + ").");
			}
		}
	}

	/** Whether a number in [from, to] gives the same host name in the proposal and the range. */
	private static boolean sameName(RangeProposal proposal, ClientRange range, int from, int to) {
		if (!String.valueOf(proposal.basename()).equals(String.valueOf(range.getBasename()))) {
			return false;
		}
		// padding only matters below its width: equal paddings, or any number wide enough, match
		return proposal.padding() == range.getPadding()
				|| RangeProposal.hostname(proposal.basename(), to, proposal.padding())
						.equals(range.hostnameAt(to - range.getStart()));
	}

	private static String groupOf(Client client) {
		return client.getGroups().isEmpty() ? "" : " (" + client.getGroups().get(0).getName() + ")";
	}

	private static String examples(List<String> examples, int total) {
		return String.join(", ", examples) + (total > examples.size() ? " and " + (total - examples.size()) + " more" : "");
	}
}
