package org.sisuite.core.script;

import java.util.List;

/**
 * A client as its install script knows it: its groups (for overrides and scripts) and the network
 * settings written into its image.
 *
 * @param hostname the short host name
 * @param macs     its MAC addresses, lower case
 * @param groups   the groups (client ranges) it is in, in order
 * @param network  {@code static} or {@code dhcp}
 * @param ip       the static address, or null
 * @param prefix   the static address's prefix length, or null
 * @param gateway  the static gateway, or null
 * @param mac      the MAC of the interface the settings are for, or null
 */
public record ScriptClient(String hostname, List<String> macs, List<String> groups, String network, String ip,
		Integer prefix, String gateway, String mac) {

	public ScriptClient {
		macs = List.copyOf(macs);
		groups = List.copyOf(groups);
	}
}
