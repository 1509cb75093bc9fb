package org.sisuite.core.disk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.Statuses;
import org.sisuite.core.disk.DiskTableFixtures;
import org.sisuite.core.store.SiteFiles;
import org.sisuite.model.DiskTable;
import org.sisuite.model.RaidArray;
import org.sisuite.model.SisFactory;
import org.sisuite.model.Site;

class DiskTableFilesTest {

	@TempDir
	Path temp;

	@Test
	void aTableSurvivesWritingAndReadingWithItsReferences() throws CoreException {
		DiskTable table = DiskTableFixtures.lvmOnRaid1();
		Path file = temp.resolve("table.xmi");
		DiskTableFiles.write(table, file);
		DiskTable read = DiskTableFiles.read(file, null);
		assertTrue(EcoreUtil.equals(table, read), "the same table");
		RaidArray md0 = read.getRaidArrays().get(0);
		assertSame(read.getDisks().get(1).getPartitions().get(1), md0.getMembers().get(1));
		assertSame(md0, read.getVolumeGroups().get(0).getPhysicalVolumes().get(0));
	}

	@Test
	void aSiteExportHoldsSeveralTablesAndOneIsChosenByName() throws CoreException {
		Site site = SisFactory.eINSTANCE.createSite();
		site.setName("site");
		site.getDiskTables().add(DiskTableFixtures.uefiGpt());
		site.getDiskTables().add(DiskTableFixtures.raid1());
		Path file = temp.resolve("site.xmi");
		SiteFiles.write(site, file);
		assertEquals("raid1", DiskTableFiles.read(file, "raid1").getName());
		CoreException none = assertThrows(CoreException.class, () -> DiskTableFiles.read(file, null));
		assertTrue(Statuses.isBadInput(none.getStatus()));
		assertEquals(file + " has 2 disk tables; name one of them: uefi-gpt, raid1", none.getMessage());
		CoreException unknown = assertThrows(CoreException.class, () -> DiskTableFiles.read(file, "bios"));
		assertEquals(file + " has no disk table named 'bios': uefi-gpt, raid1", unknown.getMessage());
	}

	@Test
	void aBrokenFileIsBadInputWithItsLine() throws Exception {
		Path file = Files.writeString(temp.resolve("broken.xmi"), "<?xml version=\"1.0\"?>\n<sis:DiskTable\n");
		CoreException e = assertThrows(CoreException.class, () -> DiskTableFiles.read(file, null));
		assertTrue(Statuses.isBadInput(e.getStatus()));
		assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
		assertThrows(CoreException.class, () -> DiskTableFiles.read(temp.resolve("missing.xmi"), null));
	}
}
