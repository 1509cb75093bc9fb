package org.sisuite.core.netboot;

import java.util.List;

/**
 * One client as the network boot outputs see it: what DHCP reserves for its MACs, the names of its
 * addresses, and how it boots. Built from the site by {@link NetbootClients}.
 *
 * @param hostname  the client's host name
 * @param fqdn      host name and domain, or the host name when there is no domain
 * @param bindings  its MACs, in order, each with the address DHCP reserves for it (null: dynamic)
 * @param addresses its static addresses with their names, primary first
 * @param bootIp    the static address its IP-named boot files are for (static clients without a MAC), or null
 * @param install   what the install entry boots, or null when the client cannot be installed
 * @param bootsInstall whether the install entry is the default (boot mode install and an install entry)
 */
public record NetbootClient(String hostname, String fqdn, List<Binding> bindings, List<HostAddress> addresses,
		String bootIp, Install install, boolean bootsInstall) {

	public NetbootClient {
		bindings = List.copyOf(bindings);
		addresses = List.copyOf(addresses);
	}

	/** A MAC address and the IPv4 address DHCP reserves for it, or null for one from the pool. */
	public record Binding(String mac, String ip) {
	}

	/** A static address and the names {@code /etc/hosts} gives it. */
	public record HostAddress(String ip, String fqdn, String name) {
	}

	/**
	 * What the install entry boots: the imager with parameters naming the image and its server.
	 *
	 * @param image         the image name
	 * @param imageServer   host name or address of the image server (also the monitor server)
	 * @param monitorPort   port of the monitor daemon on the image server
	 * @param installScript the main install script, or null for the imager's own choice
	 */
	public record Install(String image, String imageServer, int monitorPort, String installScript) {
	}

	/** The MACs, in order. */
	public List<String> macs() {
		return bindings.stream().map(Binding::mac).toList();
	}
}
