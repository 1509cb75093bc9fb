package org.sisuite.core.netboot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.model.BootMode;
import org.sisuite.model.Client;
import org.sisuite.model.ConnectionKind;
import org.sisuite.model.Image;
import org.sisuite.model.ImageServer;
import org.sisuite.model.IpAssignment;
import org.sisuite.model.NetworkInterface;
import org.sisuite.model.SisFactory;
import org.sisuite.model.Site;

/**
 * A small site with every case the outputs distinguish:
 * <ul>
 * <li>node001: static 10.0.0.11, two MACs (the second without an interface of its own), installs compute</li>
 * <li>node002: DHCP, one MAC, boot mode local</li>
 * <li>node003: static 10.0.0.13 without a MAC, installs compute</li>
 * <li>node004: static 10.1.0.4, outside the subnet, one MAC</li>
 * <li>node005: DHCP, one MAC, boot mode install but no image</li>
 * <li>node006: two interfaces, each with its own MAC and address; image on a remote server</li>
 * </ul>
 */
final class NetbootFixtures {

	static final String MAC_1A = "52:54:00:00:01:0a";
	static final String MAC_1B = "52:54:00:00:01:0b";
	static final String MAC_2 = "52:54:00:00:02:0a";
	static final String MAC_4 = "52:54:00:00:04:0a";
	static final String MAC_5 = "52:54:00:00:05:0a";
	static final String MAC_6A = "52:54:00:00:06:0a";
	static final String MAC_6B = "52:54:00:00:06:0b";

	private static final SisFactory F = SisFactory.eINSTANCE;

	private NetbootFixtures() {
	}

	static NetbootSettings settings() throws CoreException {
		return settings(Map.of());
	}

	static NetbootSettings settings(Map<String, String> more) throws CoreException {
		Map<String, String> values = new HashMap<>(Map.of(NetbootSettings.SERVER, "10.0.0.1", NetbootSettings.RANGE,
				"10.0.0.100-10.0.0.200", NetbootSettings.ROUTER, "10.0.0.254", NetbootSettings.DNS, "10.0.0.1, 10.0.0.2",
				NetbootSettings.DOMAIN, "cluster.test", NetbootSettings.KERNEL_ARGS, "console=ttyS0,115200n8"));
		values.putAll(more);
		return NetbootSettings.of(values, "test settings");
	}

	static Site site() {
		Site site = F.createSite();
		site.setName("site");
		ImageServer local = server("local", "localhost", 8181);
		ImageServer remote = server("remote", "imageserver.cluster.test", 9191);
		site.getImageServers().add(local);
		site.getImageServers().add(remote);
		Image compute = image(local, "compute");
		Image gpu = image(remote, "gpu");

		Client node1 = client(site, "node001", IpAssignment.STATIC, BootMode.INSTALL, compute);
		node1.getMacs().addAll(List.of(MAC_1A, MAC_1B));
		node1.getInterfaces().add(nic("eth0", "10.0.0.11", MAC_1A));

		Client node2 = client(site, "node002", IpAssignment.DHCP, BootMode.LOCAL, compute);
		node2.getMacs().add(MAC_2);

		Client node3 = client(site, "node003", IpAssignment.STATIC, BootMode.INSTALL, compute);
		node3.getInterfaces().add(nic("eth0", "10.0.0.13", null));

		Client node4 = client(site, "node004", IpAssignment.STATIC, BootMode.INSTALL, compute);
		node4.getMacs().add(MAC_4);
		node4.getInterfaces().add(nic("eth0", "10.1.0.4", MAC_4));

		Client node5 = client(site, "node005", IpAssignment.DHCP, BootMode.INSTALL, null);
		node5.getMacs().add(MAC_5);

		Client node6 = client(site, "node006", IpAssignment.STATIC, BootMode.INSTALL, gpu);
		node6.setDomain("gpu.test");
		node6.getMacs().addAll(List.of(MAC_6A, MAC_6B));
		node6.getInterfaces().add(nic("eth0", "10.0.0.16", MAC_6A));
		node6.getInterfaces().add(nic("ib0", "10.0.0.216", MAC_6B));
		// the site lists clients in creation order; outputs sort by host name
		site.getClients().move(0, node6);
		return site;
	}

	private static ImageServer server(String name, String host, int monitorPort) {
		ImageServer server = F.createImageServer();
		server.setName(name);
		server.setHost(host);
		server.setConnection(ConnectionKind.LOCAL);
		server.setMonitorPort(monitorPort);
		return server;
	}

	private static Image image(ImageServer server, String name) {
		Image image = F.createImage();
		image.setName(name);
		server.getImages().add(image);
		return image;
	}

	static Client client(Site site, String hostname, IpAssignment assignment, BootMode mode, Image image) {
		Client client = F.createClient();
		client.setHostname(hostname);
		client.setIpAssignment(assignment);
		client.setBootMode(mode);
		client.setImage(image);
		site.getClients().add(client);
		return client;
	}

	static NetworkInterface nic(String name, String ip, String mac) {
		NetworkInterface nic = F.createNetworkInterface();
		nic.setName(name);
		nic.setIp(ip);
		nic.setMac(mac);
		return nic;
	}

	/** The site's clients as the outputs see them. */
	static List<NetbootClient> clients(NetbootWarnings warnings) throws CoreException {
		return NetbootClients.of(site(), settings(), warnings);
	}
}
