package org.sisuite.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.session.ModelSession.Change;
import org.sisuite.core.session.ModelSession.PendingSave;
import org.sisuite.core.store.ClientStore;
import org.sisuite.core.store.ClientStore.ClientSpec;
import org.sisuite.core.store.ClientStore.RangeSpec;
import org.sisuite.core.store.ImageStore;
import org.sisuite.core.store.ImageStore.ImageSpec;
import org.sisuite.core.store.SisDatabase;
import org.sisuite.core.store.SiteStore;
import org.sisuite.model.Client;
import org.sisuite.model.Image;
import org.sisuite.model.SisPackage;
import org.sisuite.model.Site;

/** The model session against a real embedded H2 database, as the workbench uses it. */
class ModelSessionTest {

	@TempDir
	Path temp;

	private SisDatabase database;
	private SiteStore store;
	private ImageStore images;
	private ClientStore clients;
	private ModelSession session;

	@BeforeEach
	void seed() throws CoreException {
		database = SisDatabase.embedded(temp.resolve("db")).open();
		store = new SiteStore(database);
		images = new ImageStore(database, temp.resolve("images"));
		clients = new ClientStore(database);
		images.add(new ImageSpec("compute", null, "x86_64", "debian-12", null, "compute nodes"));
		images.add(new ImageSpec("login", null, "x86_64", "debian-12", null, null));
		clients.addRange(new RangeSpec("rack1", "node", 1, 3, 3, "10.0.0.10", "255.255.255.0", null, "cluster.example",
				"compute"), new NullProgressMonitor());
		session = new ModelSession(store, new ReflectiveItemProviderAdapterFactory());
		session.load(new NullProgressMonitor());
	}

	@AfterEach
	void dispose() {
		session.dispose();
	}

	@Test
	void loadReadsTheSiteCleanAtTheDatabaseRevision() throws CoreException {
		assertEquals(List.of("compute", "login"), imageNames(session.site()));
		assertEquals(3, session.site().getClients().size());
		assertFalse(session.isDirty());
		assertEquals(store.revision(), session.baseRevision());
		assertFalse(session.changedElsewhere());
	}

	@Test
	void aRenameIsUndoneAndRedoneAndDirtyFollowsTheStack() {
		Image compute = image(session.site(), "compute");
		assertTrue(session.execute(SetCommand.create(session.editingDomain(), compute,
				SisPackage.Literals.NAMED_ELEMENT__NAME, "compute-v2")));
		assertEquals("compute-v2", compute.getName());
		assertTrue(session.isDirty());
		assertTrue(session.canUndo());

		session.undo();
		assertEquals("compute", compute.getName());
		assertFalse(session.isDirty(), "undoing to the loaded state leaves nothing to save");
		assertTrue(session.canRedo());

		session.redo();
		assertEquals("compute-v2", compute.getName());
		assertTrue(session.isDirty());
	}

	@Test
	void aDeleteIsUndoneWithTheReferencesToTheDeletedObject() {
		Image compute = image(session.site(), "compute");
		Client node = session.site().getClients().get(0);
		assertSame(compute, node.getImage());

		assertTrue(session.execute(DeleteCommand.create(session.editingDomain(), compute)));
		assertEquals(List.of("login"), imageNames(session.site()));
		assertNull(node.getImage(), "deleting an image clears the clients' references to it");

		session.undo();
		assertEquals(List.of("compute", "login"), imageNames(session.site()));
		assertSame(compute, node.getImage());
		assertSame(compute, session.site().getClientRanges().get(0).getImage());
	}

	@Test
	void aSaveWritesTheEditsAndClearsDirtyOnlyWhenComplete() throws CoreException {
		List<Boolean> dirtyEvents = new ArrayList<>();
		session.addDirtyListener((source, dirty) -> dirtyEvents.add(dirty));
		session.execute(SetCommand.create(session.editingDomain(), image(session.site(), "compute"),
				SisPackage.Literals.NAMED_ELEMENT__NAME, "compute-v2"));
		session.execute(DeleteCommand.create(session.editingDomain(), session.site().getClients().get(2)));

		PendingSave save = session.prepareSave();
		assertTrue(session.isDirty(), "dirty while the save is writing");
		save.write(new NullProgressMonitor());
		assertTrue(session.isDirty(), "dirty until the save is completed on the model's thread");
		session.completeSave(save);
		assertFalse(session.isDirty());
		assertEquals(List.of(true, false), dirtyEvents);
		assertEquals(store.revision(), session.baseRevision());

		Site reread = store.load();
		assertEquals(List.of("compute-v2", "login"), imageNames(reread));
		assertEquals(List.of("node001", "node002"), reread.getClients().stream().map(Client::getHostname).toList());
		assertEquals("compute-v2", reread.getClients().get(0).getImage().getName());
	}

	@Test
	void consecutiveSavesAndAnUndoAfterASaveAreWritten() throws CoreException {
		Image compute = image(session.site(), "compute");
		session.execute(SetCommand.create(session.editingDomain(), compute, SisPackage.Literals.NAMED_ELEMENT__NAME, "a"));
		session.save(new NullProgressMonitor());
		session.execute(SetCommand.create(session.editingDomain(), compute, SisPackage.Literals.NAMED_ELEMENT__NAME, "b"));
		session.save(new NullProgressMonitor());
		assertEquals(List.of("b", "login"), imageNames(store.load()));

		session.undo();
		assertTrue(session.isDirty(), "the database has the undone edit");
		session.save(new NullProgressMonitor());
		assertFalse(session.isDirty());
		assertEquals(List.of("a", "login"), imageNames(store.load()));
	}

	@Test
	void anEditDuringTheWriteKeepsTheSessionDirty() throws CoreException {
		Image compute = image(session.site(), "compute");
		session.execute(SetCommand.create(session.editingDomain(), compute, SisPackage.Literals.NAMED_ELEMENT__NAME, "a"));
		PendingSave save = session.prepareSave();
		session.execute(SetCommand.create(session.editingDomain(), compute, SisPackage.Literals.NAMED_ELEMENT__NAME, "b"));
		save.write(new NullProgressMonitor());
		session.completeSave(save);
		assertTrue(session.isDirty(), "the second edit is not in the database yet");
		assertEquals(List.of("a", "login"), imageNames(store.load()));
	}

	@Test
	void aSaveIsRefusedWhenAnotherProcessChangedTheSite() throws CoreException {
		long loadedAt = session.baseRevision();
		clients.add(new ClientSpec("spare", null, null, List.of(), null, null, null, List.of()));
		assertTrue(session.changedElsewhere());
		session.execute(SetCommand.create(session.editingDomain(), image(session.site(), "compute"),
				SisPackage.Literals.NAMED_ELEMENT__NAME, "compute-v2"));

		CoreException refused = assertThrows(CoreException.class, () -> session.save(new NullProgressMonitor()));
		assertEquals(SiteStore.CONFLICT, refused.getStatus().getCode());
		assertTrue(refused.getMessage().contains("changed by another process"), refused.getMessage());
		assertTrue(session.isDirty(), "a refused save leaves the edits unsaved");
		assertEquals(loadedAt, session.baseRevision());

		Site database = store.load();
		assertEquals(List.of("compute", "login"), imageNames(database), "nothing of the refused save was written");
		assertTrue(database.getClients().stream().anyMatch(client -> "spare".equals(client.getHostname())),
				"the other process's client is still there");
	}

	@Test
	void aReloadShowsOtherProcessesChangesAndClearsTheHistory() throws CoreException {
		List<Change> changes = new ArrayList<>();
		session.addChangeListener((source, change) -> changes.add(change));
		session.execute(SetCommand.create(session.editingDomain(), image(session.site(), "compute"),
				SisPackage.Literals.NAMED_ELEMENT__NAME, "compute-v2"));
		clients.add(new ClientSpec("spare", null, null, List.of(), null, null, null, List.of()));

		session.load(new NullProgressMonitor());
		assertEquals(List.of(Change.EDITED, Change.LOADED), changes);
		assertEquals(4, session.site().getClients().size());
		assertEquals(List.of("compute", "login"), imageNames(session.site()));
		assertFalse(session.isDirty());
		assertFalse(session.canUndo(), "the old commands refer to objects that are gone");
		assertFalse(session.changedElsewhere());
	}

	@Test
	void aSaveFromBeforeAReloadDoesNotTouchTheNewSite() throws CoreException {
		session.execute(SetCommand.create(session.editingDomain(), image(session.site(), "compute"),
				SisPackage.Literals.NAMED_ELEMENT__NAME, "compute-v2"));
		PendingSave save = session.prepareSave();
		save.write(new NullProgressMonitor());
		session.load(new NullProgressMonitor());
		long reloadedAt = session.baseRevision();
		session.completeSave(save);
		assertFalse(session.isDirty());
		assertEquals(reloadedAt, session.baseRevision());
		assertEquals(List.of("compute-v2", "login"), imageNames(session.site()));
	}

	@Test
	void anUnexecutableCommandIsRefused() {
		assertFalse(session.execute(UnexecutableCommand.INSTANCE));
		assertFalse(session.canUndo());
		assertFalse(session.isDirty());
		assertNotNull(session.site());
	}

	private static List<String> imageNames(Site site) {
		return site.getImageServers().stream().flatMap(server -> server.getImages().stream()).map(Image::getName).toList();
	}

	private static Image image(Site site, String name) {
		return site.getImageServers().stream().flatMap(server -> server.getImages().stream())
				.filter(image -> name.equals(image.getName())).findFirst().orElseThrow();
	}
}
