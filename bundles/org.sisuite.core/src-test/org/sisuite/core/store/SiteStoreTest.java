package org.sisuite.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.Statuses;
import org.sisuite.model.Client;
import org.sisuite.model.SisFactory;
import org.sisuite.model.Site;

class SiteStoreTest {

	@TempDir
	Path temp;

	private SiteStore store;

	@BeforeEach
	void openDatabase() throws CoreException {
		store = new SiteStore(SisDatabase.embedded(temp.resolve("db")).open());
	}

	@AfterEach
	void closeDatabase() {
		store.database().close();
	}

	@Test
	void openingCreatesTheCurrentSchemaOnceAndIsIdempotent() throws Exception {
		SisDatabase database = store.database();
		database.open();
		int version = database.inTransaction(SchemaMigrations::installedVersion);
		assertEquals(SchemaMigrations.currentVersion(), version);
		try (Connection connection = database.connect()) {
			assertEquals(1, Sql.queryLong(connection, "SELECT COUNT(*) FROM sis_schema_version WHERE version = 1"));
		}
	}

	@Test
	void aDatabaseFromANewerVersionIsRefusedClearly() throws Exception {
		store.database().inTransaction(connection -> Sql.update(connection,
				"INSERT INTO sis_schema_version (version, description, applied_at) VALUES (99, 'future', CURRENT_TIMESTAMP)"));
		CoreException e = assertThrows(CoreException.class, () -> store.database().open());
		assertTrue(e.getMessage().contains("has schema version 99, newer than this SIS Workbench knows"), e.getMessage());
	}

	@Test
	void aSiteSurvivesTheDatabaseUnchanged() throws CoreException {
		Site original = SampleSites.rich();
		store.replaceAll(original, new NullProgressMonitor());
		Site loaded = store.load();
		assertTrue(EcoreUtil.equals(original, loaded), "the site read back differs from the one written");
	}

	@Test
	void exportImportExportGivesTheSameFile() throws Exception {
		store.replaceAll(SampleSites.rich(), new NullProgressMonitor());
		Path first = temp.resolve("first.xmi");
		SiteFiles.write(store.load(), first);

		Path second = temp.resolve("second.xmi");
		try (SisDatabase otherDatabase = SisDatabase.embedded(temp.resolve("other")).open()) {
			SiteStore other = new SiteStore(otherDatabase);
			other.replaceAll(SiteFiles.read(first), new NullProgressMonitor());
			SiteFiles.write(other.load(), second);
		}

		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
		assertTrue(Files.readString(first).contains("raid1-efi"));
	}

	@Test
	void everyWriteMovesTheRevision() throws CoreException {
		long before = store.revision();
		store.replaceAll(SampleSites.rich(), new NullProgressMonitor());
		assertTrue(store.revision() > before);
	}

	@Test
	void aConditionalReplaceWritesOnlyAtTheExpectedRevision() throws CoreException {
		long at = store.revision();
		long written = store.replaceAll(SampleSites.rich(), at, new NullProgressMonitor());
		assertEquals(store.revision(), written);
		assertTrue(written > at);

		CoreException refused = assertThrows(CoreException.class,
				() -> store.replaceAll(SampleSites.withClients(2), at, new NullProgressMonitor()));
		assertEquals(SiteStore.CONFLICT, refused.getStatus().getCode());
		assertEquals(written, store.revision());
		assertTrue(EcoreUtil.equals(SampleSites.rich(), store.load()), "a refused write changed the database");
	}

	@Test
	void aSnapshotReadDoesNotSeeWhatIsCommittedDuringIt() throws CoreException {
		SisDatabase database = store.database();
		ClientStore clients = new ClientStore(database);
		clients.add(new ClientStore.ClientSpec("a", null, null, List.of(), null, null, null, List.of()));
		long[] counts = database.inSnapshot(connection -> {
			long before = Sql.queryLong(connection, "SELECT COUNT(*) FROM client");
			clients.add(new ClientStore.ClientSpec("b", null, null, List.of(), null, null, null, List.of()));
			return new long[] { before, Sql.queryLong(connection, "SELECT COUNT(*) FROM client") };
		});
		assertEquals(1, counts[0]);
		assertEquals(1, counts[1], "a write committed by another connection showed up in the snapshot");
		assertEquals(2, clients.list(null, null).size());
	}

	@Test
	void aWriterWaitsForARewriteOfTheSiteAndActsOnTheNewRows() throws Exception {
		SisDatabase database = store.database();
		ImageStore images = new ImageStore(database, temp.resolve("images"));
		images.add(new ImageStore.ImageSpec("compute", null, null, null, null, null));
		Throwable[] failure = new Throwable[1];
		Thread renamer = new Thread(() -> {
			try {
				images.rename("compute", "gpu");
			} catch (CoreException | RuntimeException e) {
				failure[0] = e;
			}
		}, "renamer");
		database.inTransaction(connection -> {
			// what a workbench save does: lock, then rewrite the rows with new ids
			SiteStore.lockForWrite(connection);
			long serverId = Sql.queryLong(connection, "SELECT id FROM image_server");
			Sql.update(connection, "DELETE FROM image");
			org.sisuite.model.Image compute = SisFactory.eINSTANCE.createImage();
			compute.setName("compute");
			ImageRows.insertImage(connection, serverId, compute);
			renamer.start();
			long deadline = System.currentTimeMillis() + 10_000;
			while (renamer.getState() != Thread.State.WAITING && renamer.getState() != Thread.State.TIMED_WAITING
					&& renamer.isAlive() && System.currentTimeMillis() < deadline) {
				Thread.onSpinWait();
			}
			SiteStore.bumpRevision(connection);
			return null;
		});
		renamer.join(20_000);
		assertEquals(null, failure[0]);
		assertEquals(List.of("gpu"), images.list().stream().map(StoreRecords.ImageSummary::name).toList(),
				"the rename was lost: it updated a row the rewrite had replaced");
	}

	@Test
	void anInvalidSiteIsRefusedWithEveryProblemAndNothingWritten() throws CoreException {
		store.replaceAll(SampleSites.rich(), new NullProgressMonitor());
		Site invalid = SampleSites.rich();
		invalid.getClients().get(1).setHostname(invalid.getClients().get(0).getHostname());
		invalid.getImageServers().get(1).getImages().get(0).setName("compute");
		Client stranger = SisFactory.eINSTANCE.createClient();
		stranger.setHostname("bad_name!");
		stranger.setImage(SisFactory.eINSTANCE.createImage());
		invalid.getClients().add(stranger);

		CoreException e = assertThrows(CoreException.class, () -> store.replaceAll(invalid, new NullProgressMonitor()));
		assertTrue(Statuses.isBadInput(e.getStatus()));
		String problems = String.join("\n", java.util.Arrays.stream(e.getStatus().getChildren()).map(s -> s.getMessage()).toList());
		assertTrue(problems.contains("Two clients are named 'node001'"), problems);
		assertTrue(problems.contains("Two images are named 'compute'"), problems);
		assertTrue(problems.contains("Invalid host name 'bad_name!'"), problems);
		assertTrue(problems.contains("Client 'bad_name!' refers in 'image'"), problems);
		assertTrue(EcoreUtil.equals(SampleSites.rich(), store.load()), "a refused import changed the database");
	}

	@Test
	void aMalformedImportFileNamesLineAndColumn() throws Exception {
		Path file = temp.resolve("broken.xmi");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<sis:Site xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:sis="http://www.sisuite.org/sis/1.0" name="site">
				  <clients hostname="node001">
				</sis:Site>
				""");
		CoreException e = assertThrows(CoreException.class, () -> SiteFiles.read(file));
		String message = e.getStatus().getMessage();
		assertTrue(message.startsWith(file + ":4:"), message);
		assertTrue(Statuses.isBadInput(e.getStatus()));
	}

	@Test
	void anImportFileOfAnotherKindIsRefused() throws Exception {
		Path file = temp.resolve("client.xmi");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<sis:Client xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:sis="http://www.sisuite.org/sis/1.0" hostname="a"/>
				""");
		CoreException e = assertThrows(CoreException.class, () -> SiteFiles.read(file));
		assertTrue(e.getStatus().getMessage().contains("expected one <sis:Site> element"), e.getStatus().getMessage());
	}
}
