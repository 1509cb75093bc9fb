package org.sisuite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.sisuite.core.SisHome;
import org.sisuite.core.store.ClientStore;
import org.sisuite.core.store.ClientStore.RangeSpec;
import org.sisuite.core.store.ImageStore;
import org.sisuite.core.store.SisDatabase;
import org.sisuite.core.store.SiteStore;
import org.sisuite.model.ConnectionKind;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Image;
import org.sisuite.model.ImageServer;
import org.sisuite.model.ImageVersion;
import org.sisuite.model.PackageList;
import org.sisuite.model.SisFactory;
import org.sisuite.model.Site;

/**
 * The database the workbench under test reads, written as another process (a {@code sis}
 * command) would: through the engine's stores, never through the workbench.
 */
final class TestSite {

	private static final SisFactory F = SisFactory.eINSTANCE;

	final SisHome home;
	final SisDatabase database;
	final SiteStore sites;
	final ImageStore images;
	final ClientStore clients;

	private TestSite(SisHome home) throws CoreException {
		this.home = home;
		this.database = SisDatabase.forEnvironment(home, System.getenv()).open();
		this.sites = new SiteStore(database);
		this.images = new ImageStore(database, home.imagesDirectory());
		this.clients = new ClientStore(database);
	}

	/** The state location the workbench uses (SIS_HOME, set by the pom to a directory under target/). */
	static TestSite open() throws CoreException {
		SisHome home = SisHome.fromSystem();
		assertTrue(home.root().toString().contains("target"),
				"the UI tests must run on a throw-away SIS_HOME under target/, not " + home);
		return new TestSite(home.ensureDirectories());
	}

	/** Empties the site. */
	void reset() throws CoreException {
		Site empty = F.createSite();
		empty.setName("site");
		sites.replaceAll(empty, new NullProgressMonitor());
	}

	/**
	 * Writes the sample site: image server "local" with images compute (versions 1 and 2) and
	 * login, disk table raid1, package list compute-packages, and range rack1 of 20 clients
	 * node001..node020 using compute.
	 */
	void seedSample() throws CoreException {
		Site site = F.createSite();
		site.setName("site");
		ImageServer server = F.createImageServer();
		server.setName("local");
		server.setHost("localhost");
		server.setConnection(ConnectionKind.LOCAL);
		server.setImageRoot(home.imagesDirectory().toString());
		site.getImageServers().add(server);
		Image compute = image(server, "compute");
		compute.setArchitecture("x86_64");
		compute.setDistribution("debian-12");
		compute.setDescription("compute nodes");
		for (int number = 1; number <= 2; number++) {
			ImageVersion version = F.createImageVersion();
			version.setNumber(number);
			version.setCreated(new Date(1_700_000_000_000L + number * 86_400_000L));
			compute.getVersions().add(version);
			compute.setCurrentVersion(version);
		}
		image(server, "login");
		DiskTable table = F.createDiskTable();
		table.setName("raid1");
		site.getDiskTables().add(table);
		PackageList packages = F.createPackageList();
		packages.setName("compute-packages");
		site.getPackageLists().add(packages);
		sites.replaceAll(site, new NullProgressMonitor());
		clients.addRange(new RangeSpec("rack1", "node", 1, 20, 3, "10.0.0.10", "255.255.255.0", null, "cluster.example",
				"compute"), new NullProgressMonitor());
	}

	private Image image(ImageServer server, String name) {
		Image image = F.createImage();
		image.setName(name);
		image.setPath(home.imagesDirectory().resolve(name).toString());
		server.getImages().add(image);
		return image;
	}
}
