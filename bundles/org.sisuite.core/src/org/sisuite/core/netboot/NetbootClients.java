package org.sisuite.core.netboot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.sisuite.core.netboot.NetbootClient.Binding;
import org.sisuite.core.netboot.NetbootClient.HostAddress;
import org.sisuite.core.netboot.NetbootClient.Install;
import org.sisuite.model.BootMode;
import org.sisuite.model.Client;
import org.sisuite.model.Image;
import org.sisuite.model.ImageServer;
import org.sisuite.model.IpAssignment;
import org.sisuite.model.NetworkInterface;
import org.sisuite.model.Site;

/**
 * Turns the site's clients into {@link NetbootClient}s, ordered by host name, with the rules every
 * output shares:
 * <ul>
 * <li>A MAC gets the address of the interface that has it; a MAC without an interface of its own
 * gets the client's primary (first) address, so the client installs with that address whichever
 * NIC it boots from. DHCP clients get no reserved address.</li>
 * <li>Boot files named after the address (hex, as PXELINUX and GRUB look them up) are written only for
 * static clients without a MAC: a client with a known MAC finds its per-MAC file first.</li>
 * <li>Reserved addresses outside the DHCP subnet are left out (served from the pool) with a warning.</li>
 * <li>The install entry names the image, its server (the boot server when the image is on the
 * local one) and the monitor port; a client without an image, or whose image name cannot be a
 * kernel parameter, boots from its disk.</li>
 * </ul>
 */
public final class NetbootClients {

	/** What a kernel command line value may contain without quoting. */
	private static final Pattern KERNEL_WORD = Pattern.compile("[A-Za-z0-9._+:@-]+");

	private NetbootClients() {
	}

	/** The clients of the site, ordered by host name; problems go to {@code warnings}. */
	public static List<NetbootClient> of(Site site, NetbootSettings settings, NetbootWarnings warnings) {
		List<Client> clients = new ArrayList<>(site.getClients());
		clients.sort(Comparator.comparing(Client::getHostname));
		List<NetbootClient> result = new ArrayList<>(clients.size());
		for (Client client : clients) {
			result.add(of(client, settings, warnings));
		}
		return result;
	}

	static NetbootClient of(Client client, NetbootSettings settings, NetbootWarnings warnings) {
		String hostname = client.getHostname();
		String domain = client.getDomain() != null && !client.getDomain().isBlank() ? client.getDomain().strip()
				: settings.domain();
		String fqdn = domain == null ? hostname : hostname + "." + domain;
		List<HostAddress> addresses = new ArrayList<>();
		String primaryIp = null;
		for (NetworkInterface nic : client.getInterfaces()) {
			if (nic.getIp() == null || addresses.stream().anyMatch(a -> a.ip().equals(nic.getIp()))) {
				continue;
			}
			if (primaryIp == null) {
				primaryIp = nic.getIp();
				addresses.add(new HostAddress(nic.getIp(), fqdn, hostname));
			} else {
				String alias = hostname + "-" + nic.getName();
				addresses.add(new HostAddress(nic.getIp(), domain == null ? alias : alias + "." + domain, alias));
			}
		}
		boolean reserves = client.getIpAssignment() != IpAssignment.DHCP;
		List<Binding> bindings = new ArrayList<>();
		boolean outside = false;
		for (String mac : client.getMacs()) {
			String ip = null;
			if (reserves) {
				NetworkInterface own = client.getInterfaces().stream().filter(nic -> mac.equals(nic.getMac())).findFirst()
						.orElse(null);
				ip = own != null && own.getIp() != null ? own.getIp() : primaryIp;
			}
			if (ip != null && !settings.inSubnet(ip)) {
				outside = true;
				ip = null;
			}
			bindings.add(new Binding(mac, ip));
		}
		if (outside) {
			warnings.add("with an address outside the subnet " + settings.subnet() + "/" + settings.prefixLength()
					+ " (served from the pool instead)", hostname);
		}
		if (bindings.isEmpty()) {
			warnings.add("without a MAC address (no DHCP reservation, no per-MAC boot file)", hostname);
		}
		Install install = install(client, settings, warnings);
		boolean bootsInstall = install != null && client.getBootMode() != BootMode.LOCAL;
		// boot files named by address only help a client DHCP cannot recognise by its MAC
		String bootIp = reserves && bindings.isEmpty() ? primaryIp : null;
		return new NetbootClient(hostname, fqdn, bindings, addresses, bootIp, install, bootsInstall);
	}

	private static Install install(Client client, NetbootSettings settings, NetbootWarnings warnings) {
		Image image = client.getImage();
		boolean wantsInstall = client.getBootMode() != BootMode.LOCAL;
		if (image == null) {
			if (wantsInstall) {
				warnings.add("in boot mode install without an image (booting from the local disk instead)",
						client.getHostname());
			}
			return null;
		}
		String script = client.getInstallScript() == null ? null : client.getInstallScript().getName();
		if (!KERNEL_WORD.matcher(image.getName()).matches() || script != null && !KERNEL_WORD.matcher(script).matches()) {
			warnings.add("whose image or install script name cannot be a kernel parameter"
					+ " (booting from the local disk instead)",
					client.getHostname());
			return null;
		}
		ImageServer server = image.getServer();
		String host = server == null ? null : server.getHost();
		if (host == null || host.isBlank() || isLoopback(host.strip()) || !KERNEL_WORD.matcher(host.strip()).matches()) {
			host = settings.server();
		}
		int monitorPort = server == null ? 8181 : server.getMonitorPort();
		return new Install(image.getName(), host.strip(), monitorPort, script);
	}

	private static boolean isLoopback(String host) {
		return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
	}
}
