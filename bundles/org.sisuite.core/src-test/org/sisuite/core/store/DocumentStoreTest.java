package org.sisuite.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.model.DiskTable;
import org.sisuite.model.PackageList;
import org.sisuite.model.Site;

class DocumentStoreTest {

	@TempDir
	Path temp;

	private SiteStore site;
	private DocumentStore documents;

	@BeforeEach
	void openDatabase() throws CoreException {
		SisDatabase database = SisDatabase.embedded(temp.resolve("db")).open();
		site = new SiteStore(database);
		documents = new DocumentStore(database);
	}

	@Test
	void aDiskTableIsStoredWholeAndComesBackEqual() throws CoreException {
		DiskTable table = EcoreUtil.copy(SampleSites.rich().getDiskTables().get(0));
		table.setName("mirror");
		documents.put(table, false);
		assertTrue(EcoreUtil.equals(table, documents.get(DiskTable.class, "mirror")));
		assertEquals(List.of("mirror"), documents.list(DiskTable.class));
	}

	@Test
	void aTakenNameIsRefusedUnlessReplacing() throws CoreException {
		DiskTable table = EcoreUtil.copy(SampleSites.rich().getDiskTables().get(0));
		documents.put(table, false);
		CoreException e = assertThrows(CoreException.class, () -> documents.put(table, false));
		assertTrue(e.getMessage().contains("A disk table named 'raid1-efi' already exists"), e.getMessage());
		table.setDescription("changed");
		documents.put(table, true);
		assertEquals("changed", documents.get(DiskTable.class, "raid1-efi").getDescription());
	}

	@Test
	void aPackageListComesBackWithItsPools() throws CoreException {
		Site rich = SampleSites.rich();
		site.replaceAll(rich, new NullProgressMonitor());
		PackageList list = documents.get(PackageList.class, "compute");
		assertEquals("bookworm-main", list.getPools().get(0).getName());
		assertTrue(!list.getPools().get(0).eIsProxy());
	}

	@Test
	void aDiskTableInUseIsNotRemoved() throws CoreException {
		site.replaceAll(SampleSites.rich(), new NullProgressMonitor());
		CoreException e = assertThrows(CoreException.class, () -> documents.remove(DiskTable.class, "raid1-efi"));
		assertTrue(e.getMessage().contains("is used by the images compute"), e.getMessage());
		CoreException missing = assertThrows(CoreException.class, () -> documents.get(DiskTable.class, "nope"));
		assertTrue(missing.getMessage().contains("No disk table named 'nope'; there are: raid1-efi"), missing.getMessage());
	}
}
