package org.sisuite.core.netboot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Things about clients the outputs could not do as asked, grouped by kind so that ten thousand
 * clients without a MAC make one line, not ten thousand.
 */
public final class NetbootWarnings {

	/** How many names a warning line shows before "and N more". */
	static final int SHOWN = 5;

	private final Map<String, List<String>> hostsByKind = new LinkedHashMap<>();

	/** Records that {@code hostname} has the problem {@code kind} (a phrase after "N clients ..."). */
	public void add(String kind, String hostname) {
		hostsByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(hostname);
	}

	public boolean isEmpty() {
		return hostsByKind.isEmpty();
	}

	/** One line per kind: {@code 3 clients have no MAC address (...): a, b, c}. */
	public List<String> messages() {
		List<String> messages = new ArrayList<>();
		hostsByKind.forEach((kind, hosts) -> {
			String names = String.join(", ", hosts.subList(0, Math.min(SHOWN, hosts.size())))
					+ (hosts.size() > SHOWN ? " and " + (hosts.size() - SHOWN) + " more" : "");
			messages.add(hosts.size() + (hosts.size() == 1 ? " client " : " clients ") + kind + ": " + names);
		});
		return messages;
	}
}
