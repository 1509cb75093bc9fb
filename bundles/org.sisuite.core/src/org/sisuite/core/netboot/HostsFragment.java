package org.sisuite.core.netboot;

import java.util.List;

import org.sisuite.core.netboot.NetbootClient.HostAddress;

/**
 * An {@code /etc/hosts} fragment: one line per static address, between marker lines so a script
 * can replace the block in a real {@code /etc/hosts}. Clients with dynamic addresses have no line.
 */
final class HostsFragment {

	static final String BEGIN = "# BEGIN SIS Workbench clients";
	static final String END = "# END SIS Workbench clients";

	private HostsFragment() {
	}

	static String render(List<NetbootClient> clients) {
		StringBuilder text = new StringBuilder(clients.size() * 48 + 200);
		text.append(BEGIN).append('\n');
		text.append("# ").append(NetbootNames.GENERATED).append('\n');
		for (NetbootClient client : clients) {
			for (HostAddress address : client.addresses()) {
				text.append(address.ip()).append('\t').append(address.fqdn());
				if (!address.fqdn().equals(address.name())) {
					text.append(' ').append(address.name());
				}
				text.append('\n');
			}
		}
		text.append(END).append('\n');
		return text.toString();
	}
}
