package org.sisuite.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.model.Site;

/**
 * A process killed with SIGKILL while it owns the embedded database file: no shutdown hook, no
 * H2 close. What it had committed must be there, what it had not must not.
 */
class KilledProcessTest {

	/** Big enough that the import takes seconds, so that the kill lands in the middle of it. */
	private static final int BIG_IMPORT = 200_000;

	@TempDir
	Path temp;

	@Test
	void aKilledImportLeavesTheDatabaseAsItWasBefore() throws Exception {
		Path db = temp.resolve("db");
		Site before;
		long revision;
		try (SisDatabase database = SisDatabase.embedded(db).open()) {
			SiteStore store = new SiteStore(database);
			store.replaceAll(SampleSites.rich(), new NullProgressMonitor());
			before = store.load();
			revision = store.revision();
		}
		assertNobodyServes(db);

		try (WorkerProcess importer = WorkerProcess.start("importer", temp.resolve("logs"), "1g", "import", db.toString(),
				String.valueOf(BIG_IMPORT))) {
			importer.awaitLine("transaction started");
			// the clients are the second half of the work: kill when a fifth of them is written
			importer.awaitLine(line -> line.startsWith("progress ") && Integer.parseInt(line.substring(9)) >= 600,
					"progress of at least 600 permille");
			assertTrue(importer.isAlive(), "the import ended before it could be killed; " + importer.diagnostics());
			importer.kill();
			assertFalse(importer.output().contains("committed"), "the import committed before the kill");
		}

		try (SisDatabase database = SisDatabase.embedded(db).open()) {
			SiteStore store = new SiteStore(database);
			assertEquals(revision, store.revision(), "the revision of the last committed write");
			assertTrue(EcoreUtil.equals(before, store.load()), "the database holds the site committed before the import");
			store.replaceAll(SampleSites.withClients(10), new NullProgressMonitor());
			assertEquals(revision + 1, store.revision(), "and it takes new writes");
			assertEquals(10, store.load().getClients().size());
		}
	}

	@Test
	void whatWasCommittedSurvivesAKillRightAfter() throws Exception {
		Path db = temp.resolve("db");
		try (WorkerProcess importer = WorkerProcess.start("importer", temp.resolve("logs"), "256m", "import", db.toString(),
				"1000", "hold")) {
			importer.awaitLine("committed");
			importer.kill();
		}
		try (SisDatabase database = SisDatabase.embedded(db).open()) {
			SiteStore store = new SiteStore(database);
			assertEquals(1, store.revision());
			assertTrue(EcoreUtil.equals(SampleSites.withClients(1000), store.load()));
		}
	}

	/** H2's lock file exists while a process has the database open. */
	private static void assertNobodyServes(Path db) {
		assertFalse(Files.exists(db.resolve("sis.lock.db")), "the database is still open somewhere");
	}
}
