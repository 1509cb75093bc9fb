package org.sisuite.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.store.ClientMacs.Claim;
import org.sisuite.core.store.ClientMacs.ImportResult;
import org.sisuite.core.store.ClientStore.ClientSpec;
import org.sisuite.core.store.StoreRecords.ClientSummary;

class ClientMacsTest {

	@TempDir
	Path temp;

	private ClientStore clients;
	private ClientMacs macs;
	private SiteStore site;

	@BeforeEach
	void database() throws CoreException {
		SisDatabase database = SisDatabase.embedded(temp.resolve("db")).open();
		clients = new ClientStore(database);
		macs = new ClientMacs(database);
		site = new SiteStore(database);
		clients.add(new ClientSpec("node001", null, null, List.of(), "10.0.0.11", "255.255.255.0", null, List.of()));
		clients.add(new ClientSpec("node002", null, null, List.of("52:54:00:00:02:01"), null, null, null, List.of()));
		clients.add(new ClientSpec("node003", null, null, List.of(), null, null, null, List.of()));
	}

	@Test
	void newMacsAreAddedAfterExistingOnesAndTheFirstGoesToTheFirstInterface() throws CoreException {
		long revision = site.revision();
		ImportResult result = macs.assign(List.of(new Claim("52:54:00:00:01:01", "node001", "f:1"),
				new Claim("52:54:00:00:01:02", "node001", "f:2"), new Claim("52:54:00:00:02:02", "node002", "f:3"),
				new Claim("52:54:00:00:02:01", "node002", "f:4"), new Claim("52:54:00:00:03:01", "node003.cluster", "f:5")),
				true, false);
		assertTrue(result.applied());
		assertEquals(4, result.added().size());
		assertEquals(List.of(new Claim("52:54:00:00:02:01", "node002", "f:4")), result.unchanged());
		assertTrue(site.revision() > revision);

		ClientSummary node1 = clients.show("node001");
		assertEquals(List.of("52:54:00:00:01:01", "52:54:00:00:01:02"), node1.macs());
		assertEquals("52:54:00:00:01:01", node1.interfaces().get(0).mac());
		assertEquals(List.of("52:54:00:00:02:01", "52:54:00:00:02:02"), clients.show("node002").macs());
		assertEquals(List.of("52:54:00:00:03:01"), clients.show("node003").macs(), "a qualified name matches its host");
	}

	@Test
	void aConflictWritesNothingAndNamesBothPlaces() throws CoreException {
		long revision = site.revision();
		ImportResult result = macs.assign(List.of(new Claim("52:54:00:00:01:01", "node001", "f:1"),
				new Claim("52:54:00:00:02:01", "node001", "f:2"), new Claim("52:54:00:00:01:01", "node003", "f:3")), true,
				false);
		assertFalse(result.applied());
		assertEquals(2, result.conflicts().size());
		assertEquals("f:2", result.conflicts().get(0).source());
		assertEquals("MAC 52:54:00:00:02:01 belongs to client 'node002' already; remove it there first to give it to node001",
				result.conflicts().get(0).message());
		assertEquals("MAC 52:54:00:00:01:01 is given to node003 here but to node001 at f:1",
				result.conflicts().get(1).message());
		assertEquals(List.of(), clients.show("node001").macs());
		assertEquals(revision, site.revision());
	}

	@Test
	void unknownHostsRefuseOrAreSkippedAsAsked() throws CoreException {
		List<Claim> claims = List.of(new Claim("52:54:00:00:01:01", "node001", "f:1"),
				new Claim("52:54:00:00:09:01", "laptop", "f:2"));
		ImportResult refused = macs.assign(claims, true, false);
		assertFalse(refused.applied());
		assertEquals("no client named 'laptop'", refused.unknown().get(0).message());
		assertEquals(List.of(), clients.show("node001").macs());

		ImportResult skipped = macs.assign(claims, false, false);
		assertTrue(skipped.applied());
		assertEquals(1, skipped.unknown().size());
		assertEquals(List.of("52:54:00:00:01:01"), clients.show("node001").macs());
	}

	@Test
	void aDryRunWritesNothing() throws CoreException {
		ImportResult result = macs.assign(List.of(new Claim("52:54:00:00:01:01", "node001", "f:1")), true, true);
		assertFalse(result.applied());
		assertEquals(1, result.added().size());
		assertEquals(List.of(), clients.show("node001").macs());
	}
}
