package org.sisuite.core.image.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.SisHome;
import org.sisuite.core.pkg.pool.PoolSpec;
import org.sisuite.core.store.ImageStore;
import org.sisuite.core.store.ImageStore.Action;
import org.sisuite.core.store.ImageStore.ImageSpec;
import org.sisuite.core.store.SisDatabase;

/**
 * Builds a real Debian 12 image with mmdebstrap from deb.debian.org: the essential variant plus
 * {@code hostname} and what it needs. Downloads about 40 MB (the main index and the packages) and
 * takes one to two minutes; it runs as root, with mmdebstrap installed and the mirror answering
 * (else it is skipped, saying why), unless {@code -Dsis.skipNetworkTests=true}.
 */
class DebianImageBuildTest {

	private static final String MIRROR = "http://deb.debian.org/debian";

	@TempDir
	Path temp;

	@Test
	void buildsAnEssentialBookwormImage() throws Exception {
		assumeTrue(!Boolean.getBoolean("sis.skipNetworkTests"), "network tests skipped (-Dsis.skipNetworkTests=true)");
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/mmdebstrap")), "mmdebstrap is not installed");
		assumeTrue(RpmFixtures.run(List.of("id", "-u"), null).strip().equals("0"), "needs root (mmdebstrap --mode=root, chroot)");
		assumeTrue(answers(MIRROR + "/dists/bookworm/InRelease"), MIRROR + " does not answer");

		SisHome home = SisHome.at(temp.resolve("home")).ensureDirectories();
		ImageStore store = new ImageStore(SisDatabase.embedded(home.databaseDirectory()).open(), home.imagesDirectory());
		store.add(new ImageSpec("debian", null, "x86_64", "debian-12", null, null));
		store.addPostInstallAction("debian", new Action("stamp", 1, "hostname --version > /etc/sis-built 2>&1\n"));
		ImageBuildResult result = new ImageBuildOperation(store, home, new ImageBuildRequest("debian",
				PackageSource.text("list.txt", "hostname\n"), List.of(PoolSpec.parse(MIRROR + " bookworm main")), List.of(), "bookworm"))
				.execute(new NullProgressMonitor());

		Path image = Path.of(result.path());
		try {
			assertEquals(1, result.version().number());
			assertTrue(Files.isExecutable(image.resolve("bin/hostname")));
			assertTrue(Files.readString(image.resolve("var/lib/dpkg/status")).contains("Package: hostname\n"));
			assertTrue(Files.readString(image.resolve("etc/sis-built")).contains("hostname"));
		} finally {
			// the image's absolute links point out of the temporary directory; JUnit warns about each
			RpmFixtures.run(List.of("rm", "-rf", "--one-file-system", image.toString()), null);
		}
	}

	private static boolean answers(String url) {
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
			connection.setRequestMethod("HEAD");
			connection.setConnectTimeout(3000);
			connection.setReadTimeout(3000);
			return connection.getResponseCode() == 200;
		} catch (java.io.IOException e) {
			return false;
		}
	}
}
