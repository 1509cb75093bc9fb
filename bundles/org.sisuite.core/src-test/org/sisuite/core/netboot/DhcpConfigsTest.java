package org.sisuite.core.netboot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;

/** The content of the hosts fragment and the DHCP configurations for the cases of {@link NetbootFixtures}. */
class DhcpConfigsTest {

	private final NetbootWarnings warnings = new NetbootWarnings();

	@Test
	void clientsAreSortedAndTheirMacsGetTheRightAddresses() throws CoreException {
		List<NetbootClient> clients = NetbootFixtures.clients(warnings);
		assertEquals(List.of("node001", "node002", "node003", "node004", "node005", "node006"),
				clients.stream().map(NetbootClient::hostname).toList());
		// a second MAC without an interface shares the primary address; a MAC with its own interface has that one's
		assertEquals(List.of(new NetbootClient.Binding(NetbootFixtures.MAC_1A, "10.0.0.11"),
				new NetbootClient.Binding(NetbootFixtures.MAC_1B, "10.0.0.11")), clients.get(0).bindings());
		assertEquals(List.of(new NetbootClient.Binding(NetbootFixtures.MAC_6A, "10.0.0.16"),
				new NetbootClient.Binding(NetbootFixtures.MAC_6B, "10.0.0.216")), clients.get(5).bindings());
		assertEquals(List.of(new NetbootClient.Binding(NetbootFixtures.MAC_2, null)), clients.get(1).bindings());
		assertEquals(List.of(new NetbootClient.Binding(NetbootFixtures.MAC_4, null)), clients.get(3).bindings());
		assertEquals("10.0.0.13", clients.get(2).bootIp());
		assertEquals(null, clients.get(0).bootIp());
		assertEquals(List.of(
				"1 client without a MAC address (no DHCP reservation, no per-MAC boot file): node003",
				"1 client with an address outside the subnet 10.0.0.0/24 (served from the pool instead): node004",
				"1 client in boot mode install without an image (booting from the local disk instead): node005"),
				warnings.messages());
	}

	@Test
	void manyClientsWithTheSameProblemMakeOneWarning() {
		NetbootWarnings many = new NetbootWarnings();
		for (int i = 1; i <= 8; i++) {
			many.add("without a MAC address", "n" + i);
		}
		assertEquals(List.of("8 clients without a MAC address: n1, n2, n3, n4, n5 and 3 more"), many.messages());
	}

	@Test
	void theHostsFragmentHasEveryStaticAddressBetweenMarkers() throws CoreException {
		String hosts = HostsFragment.render(NetbootFixtures.clients(warnings));
		assertTrue(hosts.startsWith(HostsFragment.BEGIN + "\n"), hosts);
		assertTrue(hosts.endsWith(HostsFragment.END + "\n"), hosts);
		assertTrue(hosts.contains("\n10.0.0.11\tnode001.cluster.test node001\n"), hosts);
		assertTrue(hosts.contains("\n10.0.0.13\tnode003.cluster.test node003\n"), hosts);
		assertTrue(hosts.contains("\n10.0.0.16\tnode006.gpu.test node006\n10.0.0.216\tnode006-ib0.gpu.test node006-ib0\n"),
				hosts);
		assertFalse(hosts.contains("node002"), "a DHCP client has no fixed address");
		assertFalse(hosts.contains("node005"), hosts);
	}

	@Test
	void iscHasAHostBlockPerMacAndFixedAddressesOnlyForStaticClients() throws CoreException {
		String config = IscDhcpdConfig.render(NetbootFixtures.clients(warnings), NetbootFixtures.settings());
		assertTrue(config.contains("subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.100 10.0.0.200;\n"
				+ "  option routers 10.0.0.254;\n  option domain-name-servers 10.0.0.1, 10.0.0.2;\n"), config);
		assertTrue(config.contains("option sis-client-arch code 93 = unsigned integer 16;"), config);
		assertTrue(config.contains("  next-server 10.0.0.1;\n  if exists user-class and option user-class = \"iPXE\" {\n"
				+ "    filename \"ipxe/boot.ipxe\";\n  } elsif option sis-client-arch = 7 or option sis-client-arch = 9 {\n"
				+ "    filename \"grubx64.efi\";\n  } else {\n    filename \"pxelinux.0\";\n  }\n"), config);
		assertTrue(config.contains("host node001 {\n  hardware ethernet 52:54:00:00:01:0a;\n  fixed-address 10.0.0.11;\n"
				+ "  option host-name \"node001\";\n}\n"), config);
		assertTrue(config.contains("host node001_mac2 {\n  hardware ethernet 52:54:00:00:01:0b;\n  fixed-address 10.0.0.11;\n"),
				config);
		assertTrue(config.contains("host node002 {\n  hardware ethernet 52:54:00:00:02:0a;\n  option host-name \"node002\";\n}"),
				config);
		assertTrue(config.contains("host node004 {\n  hardware ethernet 52:54:00:00:04:0a;\n  option host-name"),
				"an address outside the subnet is not fixed: " + config);
		assertFalse(config.contains("node003"), "a client without a MAC has no host block");
		assertTrue(config.contains("host node006_mac2 {\n  hardware ethernet 52:54:00:00:06:0b;\n  fixed-address 10.0.0.216;"),
				config);
	}

	@Test
	void iscWithoutRangeOrOptionsHasOnlyTheBootSettings() throws CoreException {
		NetbootSettings bare = NetbootSettings.of(Map.of(NetbootSettings.SERVER, "10.0.0.1"), "test");
		String config = IscDhcpdConfig.render(List.of(), bare);
		assertFalse(config.contains("range"), config);
		assertFalse(config.contains("option routers"), config);
		assertFalse(config.contains("host "), config);
	}

	@Test
	void dnsmasqPutsMacsThatShareAnAddressOnOneLine() throws CoreException {
		String config = DnsmasqConfig.render(NetbootFixtures.clients(warnings), NetbootFixtures.settings(), "/srv/tftp");
		assertTrue(config.contains("\ndhcp-range=10.0.0.100,10.0.0.200,255.255.255.0\n"), config);
		assertTrue(config.contains("\nenable-tftp\ntftp-root=/srv/tftp\n"), config);
		assertTrue(config.contains("\ndhcp-match=set:sis-efi-x86_64,option:client-arch,7\n"), config);
		assertTrue(config.contains("\ndhcp-boot=tag:!sis-ipxe,tag:sis-efi-x86_64,grubx64.efi,,10.0.0.1\n"), config);
		assertTrue(config.contains("\ndhcp-boot=tag:!sis-ipxe,tag:!sis-efi-x86_64,pxelinux.0,,10.0.0.1\n"), config);
		assertTrue(config.contains("\ndhcp-host=52:54:00:00:01:0a,52:54:00:00:01:0b,node001,10.0.0.11\n"), config);
		assertTrue(config.contains("\ndhcp-host=52:54:00:00:02:0a,node002\n"), config);
		assertTrue(config.contains("\ndhcp-host=52:54:00:00:06:0a,node006,10.0.0.16\n"
				+ "dhcp-host=52:54:00:00:06:0b,node006,10.0.0.216\n"), config);
		assertFalse(config.contains("node003"), config);
	}

	@Test
	void dnsmasqWithoutARangeServesOnlyKnownHostsAndLeavesOutNamesItWouldMisread() throws CoreException {
		NetbootSettings bare = NetbootSettings.of(Map.of(NetbootSettings.SERVER, "10.0.0.1"), "test");
		NetbootClient numeric = new NetbootClient("1234", "1234", List.of(new NetbootClient.Binding("52:54:00:00:00:01", null)),
				List.of(), null, null, false);
		String config = DnsmasqConfig.render(List.of(numeric), bare, "/t");
		assertTrue(config.contains("\ndhcp-range=10.0.0.0,static,255.255.255.0\n"), config);
		assertTrue(config.contains("\n# 1234: name left out, dnsmasq would read it as a lease time\n"
				+ "dhcp-host=52:54:00:00:00:01\n"), config);
	}

	@Test
	void keaHasAReservationPerMacAndAllowsSharedAddresses() throws CoreException {
		String config = KeaDhcp4Config.render(NetbootFixtures.clients(warnings), NetbootFixtures.settings());
		assertTrue(config.contains("\"ip-reservations-unique\": false,"), config);
		assertTrue(config.contains("\"subnet\": \"10.0.0.0/24\","), config);
		assertTrue(config.contains("\"pools\": [ { \"pool\": \"10.0.0.100 - 10.0.0.200\" } ],"), config);
		assertTrue(config.contains("{ \"hw-address\": \"52:54:00:00:01:0a\", \"ip-address\": \"10.0.0.11\", \"hostname\": \"node001\" },\n"
				+ "          { \"hw-address\": \"52:54:00:00:01:0b\", \"ip-address\": \"10.0.0.11\", \"hostname\": \"node001\" },"),
				config);
		assertTrue(config.contains("{ \"hw-address\": \"52:54:00:00:02:0a\", \"hostname\": \"node002\" }"), config);
		assertTrue(config.contains("{ \"hw-address\": \"52:54:00:00:04:0a\", \"hostname\": \"node004\" }"), config);
		assertTrue(config.contains("option[93].hex == 0x0007 or option[93].hex == 0x0009"), config);
		assertFalse(config.contains("node003"), config);
		assertEquals("\"a\\\"b\\\\c\\n\"", KeaDhcp4Config.quote("a\"b\\c\n"));
	}

	@Test
	void keaWithoutClientsHasAnEmptyReservationList() throws CoreException {
		String config = KeaDhcp4Config.render(List.of(), NetbootFixtures.settings());
		assertTrue(config.contains("\"reservations\": []\n"), config);
	}
}
