package org.sisuite.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.store.StoreRecords.ClientSummary;
import org.sisuite.core.store.StoreRecords.RangeSummary;

/**
 * Several real processes on one embedded database at once, as the workbench and a few {@code sis}
 * commands are: the first to open the file serves it to the others (H2's automatic mixed mode).
 * Every worker starts from a fresh, not yet created database at the same moment, so they also
 * race to create the schema.
 */
class ConcurrentProcessesTest {

	private static final int WORKERS = 3;
	private static final int CLIENTS = 40;
	private static final int RANGES = 5;
	private static final int RANGE_SIZE = 30;

	@TempDir
	Path temp;

	@Test
	void processesWritingAtOnceLoseNothing() throws Exception {
		Path db = temp.resolve("db");
		List<WorkerProcess> workers = startTogether(WORKERS, i -> new String[] { "write", db.toString(), "w" + i,
				String.valueOf(CLIENTS), String.valueOf(RANGES), String.valueOf(RANGE_SIZE) });
		try {
			long writes = 0;
			for (WorkerProcess worker : workers) {
				writes += Long.parseLong(worker.awaitLine(line -> line.startsWith("wrote "), "'wrote N'").substring(6));
				assertEquals(0, worker.exitCode(), worker.diagnostics());
			}
			assertEquals(WORKERS * (1 + CLIENTS + RANGES), writes);

			try (SisDatabase database = SisDatabase.embedded(db).open()) {
				assertEverythingWritten(database, writes);
			}
		} finally {
			closeAll(workers);
		}
	}

	private void assertEverythingWritten(SisDatabase database, long writes) throws Exception {
		assertSchemaCreatedOnce(database);
		assertEquals(writes, new SiteStore(database).revision(), "the revision counts every committed write");

		ClientStore clients = new ClientStore(database);
		List<ClientSummary> all = clients.list(null, null);
		Set<String> expected = new TreeSet<>();
		for (int w = 0; w < WORKERS; w++) {
			for (int i = 0; i < CLIENTS; i++) {
				expected.add(String.format("w%d-c%04d", w, i));
			}
			for (int r = 0; r < RANGES; r++) {
				for (int n = 1; n <= RANGE_SIZE; n++) {
					expected.add(String.format("w%d-r%02d-n%03d", w, r, n));
				}
			}
			assertEquals(CLIENTS + RANGES * RANGE_SIZE, clients.list("w" + w + "-image", null).size(),
					"clients of image w" + w + "-image");
		}
		List<String> hostnames = all.stream().map(ClientSummary::hostname).toList();
		assertEquals(new ArrayList<>(expected), hostnames, "every client of every process, once, in order");
		Set<String> ips = new HashSet<>();
		all.forEach(client -> client.interfaces().forEach(nic -> ips.add(nic.ip())));
		assertEquals(all.size(), ips.size(), "every client has its own address");

		List<RangeSummary> ranges = clients.listRanges();
		assertEquals(WORKERS * RANGES, ranges.size());
		ranges.forEach(range -> assertEquals(RANGE_SIZE, range.members(), range.name()));
		assertEquals(WORKERS, new ImageStore(database, temp).list().size());
	}

	@Test
	void processesOpeningAFreshDatabaseAtOnceMigrateItOnce() throws Exception {
		// a few rounds: the processes never start quite in step, each round is another interleaving
		for (int round = 0; round < 3; round++) {
			Path db = temp.resolve("db" + round);
			List<WorkerProcess> workers = startTogether(WORKERS, i -> new String[] { "open", db.toString() });
			try {
				for (WorkerProcess worker : workers) {
					worker.awaitLine("opened");
					assertEquals(0, worker.exitCode(), worker.diagnostics());
				}
				try (SisDatabase database = SisDatabase.embedded(db).open()) {
					assertSchemaCreatedOnce(database);
					assertEquals(0, new SiteStore(database).revision());
				}
			} finally {
				closeAll(workers);
			}
		}
	}

	private static void assertSchemaCreatedOnce(SisDatabase database) throws Exception {
		try (Connection connection = database.connect()) {
			assertEquals(SchemaMigrations.currentVersion(), SchemaMigrations.installedVersion(connection));
			assertEquals(Schema.MIGRATIONS.size(),
					Sql.queryLong(connection, "SELECT COUNT(*) FROM sis_schema_version WHERE version > 0"),
					"each migration recorded once");
			assertEquals(1, Sql.queryLong(connection, "SELECT COUNT(*) FROM sis_revision"), "one revision row");
		}
	}

	private interface Arguments {
		String[] of(int worker);
	}

	/** Starts the workers, waits until each JVM is up, then lets them all go at once. */
	private List<WorkerProcess> startTogether(int count, Arguments arguments) throws Exception {
		List<WorkerProcess> workers = new ArrayList<>();
		try {
			for (int i = 0; i < count; i++) {
				workers.add(WorkerProcess.start("w" + i, temp.resolve("logs"), "256m", arguments.of(i)));
			}
			for (WorkerProcess worker : workers) {
				worker.awaitLine("ready");
			}
			for (WorkerProcess worker : workers) {
				worker.send("go");
			}
			return workers;
		} catch (Exception | AssertionError e) {
			closeAll(workers);
			throw e;
		}
	}

	private static void closeAll(List<WorkerProcess> workers) throws InterruptedException {
		for (WorkerProcess worker : workers) {
			worker.close();
		}
		workers.forEach(worker -> assertFalse(worker.isAlive()));
	}
}
