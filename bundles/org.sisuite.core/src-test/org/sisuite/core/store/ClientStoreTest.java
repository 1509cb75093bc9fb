package org.sisuite.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.Statuses;
import org.sisuite.core.store.ClientStore.ClientSpec;
import org.sisuite.core.store.ClientStore.RangeSpec;
import org.sisuite.core.store.ImageStore.ImageSpec;
import org.sisuite.core.store.StoreRecords.ClientSummary;

/** Ranges larger than one insert batch and one IN list, and the overlap checks on them. */
class ClientStoreTest {

	/** Crosses the batch size (1000) and the IN list size (500) more than once, not evenly. */
	private static final int BIG = 2 * ClientRows.BATCH + Sql.IN_LIST + 7;

	@TempDir
	Path temp;

	private SisDatabase database;
	private ClientStore clients;

	@BeforeEach
	void openDatabase() throws CoreException {
		database = SisDatabase.embedded(temp.resolve("db")).open();
		new ImageStore(database, temp.resolve("images")).add(new ImageSpec("compute", null, null, null, null, null));
		clients = new ClientStore(database);
	}

	@AfterEach
	void closeDatabase() {
		database.close();
	}

	@Test
	void aBigRangeGetsEveryClientWithItsAddressImageAndGroup() throws CoreException {
		clients.addRange(new RangeSpec("rack", "n", 1, BIG, 4, "10.0.0.1", "255.255.0.0", "10.0.0.254", "example.org",
				"compute"), new NullProgressMonitor());
		List<ClientSummary> all = clients.list(null, "rack");
		assertEquals(BIG, all.size());
		ClientSummary last = all.get(BIG - 1);
		assertEquals(String.format("n%04d", BIG), last.hostname());
		assertEquals("compute", last.image());
		assertEquals("example.org", last.domain());
		assertEquals(List.of("rack"), last.groups());
		// the i-th client (from 0) has 10.0.0.1 + i
		assertEquals("10.0." + BIG / 256 + "." + BIG % 256, last.interfaces().get(0).ip());
		assertEquals("10.0.0.254", last.interfaces().get(0).gateway());
		assertEquals(BIG, clients.list("compute", null).size());
		assertEquals(BIG, clients.listRanges().get(0).members());
	}

	@Test
	void listingOneGroupOfSeveralGivesItsClientsWithTheirGroups() throws CoreException {
		clients.addRange(new RangeSpec("rack1", "a", 1, 3, 0, null, null, null, null, null), new NullProgressMonitor());
		clients.addRange(new RangeSpec("rack2", "b", 1, 2, 0, null, null, null, null, "compute"), new NullProgressMonitor());
		List<ClientSummary> rack2 = clients.list(null, "rack2");
		assertEquals(List.of("b1", "b2"), rack2.stream().map(ClientSummary::hostname).toList());
		assertEquals(List.of("rack2"), rack2.get(0).groups());
		assertEquals(List.of("b1", "b2"), clients.list("compute", "rack2").stream().map(ClientSummary::hostname).toList());
	}

	@Test
	void overlapsAnywhereInABigRangeAreNamed() throws CoreException {
		clients.addRange(new RangeSpec("rack", "n", 1, BIG, 4, "10.0.0.1", null, null, null, null),
				new NullProgressMonitor());
		// the new range's names start in the last IN list of the old one's; its addresses end with the old one's first 3
		String threeBefore = "9.255.246.57";
		CoreException e = assertThrows(CoreException.class,
				() -> clients.addRange(new RangeSpec("more", "n", BIG - 1, BIG, 4, threeBefore, null, null, null, null),
						new NullProgressMonitor()));
		assertTrue(Statuses.isBadInput(e.getStatus()));
		String message = e.getStatus().getMessage();
		assertTrue(message.contains(String.format("2 host names exist already: n%04d, n%04d", BIG - 1, BIG)), message);
		assertTrue(message.contains("3 addresses are in use: 10.0.0.1 (n0001), 10.0.0.2 (n0002), 10.0.0.3 (n0003)"),
				message);
		assertEquals(1, clients.listRanges().size(), "nothing of the refused range is written");
	}

	@Test
	void aSingleClientCannotTakeAnAddressInUse() throws CoreException {
		clients.addRange(new RangeSpec("rack", "n", 1, BIG, 4, "10.0.0.1", null, null, null, null),
				new NullProgressMonitor());
		CoreException e = assertThrows(CoreException.class, () -> clients.add(
				new ClientSpec("spare", null, null, List.of(), "10.0.9.0", null, null, List.of())));
		assertEquals("IP 10.0.9.0 is already used by client 'n" + (9 * 256) + "'", e.getStatus().getMessage());
		clients.add(new ClientSpec("spare", null, null, List.of(), "10.1.0.1", null, null, List.of("rack")));
		assertEquals(List.of("rack"), clients.show("spare").groups());
	}
}
