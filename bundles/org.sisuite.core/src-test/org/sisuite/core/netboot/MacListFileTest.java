package org.sisuite.core.netboot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.sisuite.core.Statuses;
import org.sisuite.core.store.ClientMacs.Claim;

class MacListFileTest {

	@Test
	void pairsComeInEitherOrderWithCommentsAndSeparators() throws CoreException {
		MacListFile.Parsed parsed = MacListFile.parse("macs.txt", List.of(
				"# rack 1",
				"52:54:00:AA:00:01 node001",
				"",
				"node002   52-54-00-aa-00-02   # second",
				"node003,52:54:00:aa:00:03",
				"\t52:54:00:aa:00:04;node004"));
		assertFalse(parsed.leases());
		assertEquals(List.of(new Claim("52:54:00:aa:00:01", "node001", "macs.txt:2"),
				new Claim("52:54:00:aa:00:02", "node002", "macs.txt:4"),
				new Claim("52:54:00:aa:00:03", "node003", "macs.txt:5"),
				new Claim("52:54:00:aa:00:04", "node004", "macs.txt:6")), parsed.claims());
	}

	@Test
	void everyMalformedLineIsNamedAndNothingIsReturned() {
		CoreException e = assertThrows(CoreException.class, () -> MacListFile.parse("macs.txt", List.of(
				"52:54:00:aa:00:01 node001",
				"node002",
				"52:54:00:aa:00:02 52:54:00:aa:00:03",
				"52:54:00:aa:00:0g node004",
				"52:54:00:aa:00:05 node_5",
				"52:54:00:aa:00:06 node006 extra")));
		assertTrue(Statuses.isBadInput(e.getStatus()));
		assertEquals("5 lines of macs.txt are not MAC/host name pairs; nothing was imported", e.getMessage());
		List<String> lines = Arrays.stream(e.getStatus().getChildren()).map(IStatus::getMessage).toList();
		assertEquals(5, lines.size(), lines.toString());
		assertTrue(lines.get(0).startsWith("macs.txt:2: expected 'MAC HOSTNAME' or 'HOSTNAME MAC', found 'node002'"), lines.get(0));
		assertTrue(lines.get(1).startsWith("macs.txt:3: "), lines.get(1));
		assertTrue(lines.get(2).startsWith("macs.txt:4: Invalid MAC address '52:54:00:aa:00:0g'"), lines.get(2));
		assertTrue(lines.get(3).startsWith("macs.txt:5: Invalid host name 'node_5'"), lines.get(3));
		assertTrue(lines.get(4).startsWith("macs.txt:6: "), lines.get(4));
	}

	@Test
	void aLeasesFileGivesTheLastLeaseOfEachMacAndSkipsNamelessOnes() throws CoreException {
		MacListFile.Parsed parsed = MacListFile.parse("dhcpd.leases", List.of(
				"# The format of this file is documented in the dhcpd.leases(5) manual page.",
				"authoring-byte-order little-endian;",
				"",
				"lease 10.0.0.150 {",
				"  starts 3 2026/11/25 10:00:00;",
				"  ends 3 2026/11/25 22:00:00;",
				"  binding state active;",
				"  hardware ethernet 52:54:00:bb:00:01;",
				"  uid \"\\001RT\\000\\273\\000\\001\";",
				"  client-hostname \"old-name\";",
				"}",
				"lease 10.0.0.151 {",
				"  starts 3 2026/11/25 10:05:00;",
				"  hardware ethernet 52:54:00:bb:00:02;",
				"}",
				"lease 10.0.0.152 {",
				"  hardware ethernet 52:54:00:BB:00:03;",
				"  client-hostname \"node003.cluster.test\";",
				"}",
				"lease 10.0.0.150 {",
				"  starts 4 2026/11/26 10:00:00;",
				"  hardware ethernet 52:54:00:bb:00:01;",
				"  client-hostname \"node001\";",
				"}",
				"server-duid \"\\000\\001\\000\\001\";"));
		assertTrue(parsed.leases());
		assertEquals(1, parsed.withoutName());
		assertEquals(List.of(new Claim("52:54:00:bb:00:03", "node003.cluster.test", "dhcpd.leases:16"),
				new Claim("52:54:00:bb:00:01", "node001", "dhcpd.leases:20")), parsed.claims());
	}

	@Test
	void anUnclosedLeaseIsNamed() {
		CoreException e = assertThrows(CoreException.class, () -> MacListFile.parse("l", List.of("lease 10.0.0.1 {",
				"  hardware ethernet 52:54:00:bb:00:01;")));
		assertEquals("l:1: the lease that starts here has no closing '}'", e.getMessage());
	}
}
