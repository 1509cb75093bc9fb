package org.sisuite.core.pkg.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sisuite.core.Statuses;
import org.sisuite.core.pkg.DebianDependencies;
import org.sisuite.core.pkg.VersionScheme;

import com.sun.net.httpserver.HttpServer;

/** Debian pools: flat repositories, archives with a Release, .deb files, over file paths and http. */
class DebianPoolTest {

	static final String PACKAGES = """
			Package: bash
			Version: 5.2.15-2+b2
			Architecture: amd64
			Essential: yes
			Multi-Arch: foreign
			Pre-Depends: libc6 (>= 2.36), libtinfo6 (>= 6)
			Depends: base-files (>= 2.1.12), debianutils (>= 5.6-0.1)
			Conflicts: bash-completion (<< 20060301-0)
			Breaks: apparmor (<< 2.13.6-1)
			Filename: pool/main/b/bash/bash_5.2.15-2+b2_amd64.deb
			Description: GNU Bourne Again SHell
			 Bash is an sh-compatible command language interpreter.

			Package: mawk
			Version: 1.3.4.20200120-3.1
			Architecture: amd64
			Multi-Arch: foreign
			Depends: libc6 (>= 2.29)
			Provides: awk
			Filename: pool/main/m/mawk/mawk_1.3.4.20200120-3.1_amd64.deb

			Package: base-files
			Version: 12.4+deb12u5
			Architecture: all
			Filename: pool/main/b/base-files/base-files_12.4+deb12u5_all.deb
			""";

	@TempDir
	Path temp;

	@ParameterizedTest(name = "Packages{0}")
	@ValueSource(strings = { "", "gz", "xz" })
	void readsAFlatRepositoryInEachCompression(String compression) throws Exception {
		PoolFixtures.writeIndex(temp, PACKAGES, compression);
		Pool pool = PoolReader.read(PoolSpec.at(temp.toString()), List.of(), null);
		assertEquals(Pool.DEB_REPOSITORY, pool.kind());
		assertEquals(VersionScheme.DEB, pool.scheme());
		assertEquals(List.of("bash", "mawk", "base-files"), pool.packages().stream().map(PoolPackage::name).toList());
		PoolPackage bash = pool.packages().get(0);
		assertEquals("5.2.15-2+b2", bash.version());
		assertTrue(bash.essential());
		assertEquals("foreign", bash.multiArch());
		assertEquals("libc6 (>= 2.36), libtinfo6 (>= 6)", DebianDependencies.format(bash.preDepends()));
		assertEquals("base-files (>= 2.1.12), debianutils (>= 5.6-0.1)", DebianDependencies.format(bash.depends()));
		assertEquals("bash-completion (<< 20060301-0)", bash.conflicts().get(0).toString());
		assertEquals("apparmor (<< 2.13.6-1)", bash.breaks().get(0).toString());
		assertEquals("pool/main/b/bash/bash_5.2.15-2+b2_amd64.deb", bash.location());
		assertEquals(temp.toString(), bash.pool());
		assertEquals("awk", pool.packages().get(1).provides().get(0).name());
		assertEquals(List.of("no Release file: the index is not verified"), pool.notes());
		Pool.Summary summary = pool.summary();
		assertEquals(3, summary.packages());
		assertEquals(1, summary.virtualNames());
		assertEquals(Map.of("all", 1, "amd64", 2), summary.architectures());
	}

	@Test
	void readsAnArchiveSuiteCheckingItsReleaseAndOnlyTheWantedArchitectures() throws Exception {
		PoolFixtures.archive(temp, "bookworm", "amd64", PACKAGES, "i386", "Package: x\nVersion: 1\nArchitecture: i386\n");
		Pool pool = PoolReader.read(PoolSpec.at(temp.toString()), List.of("amd64"), null);
		assertEquals(3, pool.packages().size());
		assertTrue(pool.notes().isEmpty(), pool.notes().toString());
		Pool both = PoolReader.read(PoolSpec.parse(temp + " bookworm main"), List.of(), null);
		assertEquals(4, both.packages().size());
		CoreException wrongArch = assertThrows(CoreException.class,
				() -> PoolReader.read(PoolSpec.at(temp.toString()), List.of("arm64"), null));
		assertTrue(wrongArch.getStatus().getMessage().contains("has none of the architectures arm64 (it has amd64, i386)"),
				wrongArch.getStatus().getMessage());
		CoreException wrongComponent = assertThrows(CoreException.class,
				() -> PoolReader.read(PoolSpec.parse(temp + " bookworm contrib"), List.of(), null));
		assertTrue(wrongComponent.getStatus().getMessage().contains("has no component 'contrib' (it has main)"));
	}

	@Test
	void aTamperedIndexFailsItsChecksumNamingFileExpectedAndActual() throws Exception {
		PoolFixtures.writeIndex(temp, PACKAGES, "gz");
		PoolFixtures.writeRelease(temp, "Suite: flat\n", List.of("Packages.gz"));
		Pool good = PoolReader.read(PoolSpec.at(temp.toString()), List.of(), null);
		assertEquals(3, good.packages().size());
		byte[] changed = PoolFixtures.compress(PACKAGES.replace("5.2.15-2+b2", "5.2.15-2+b3").getBytes(StandardCharsets.UTF_8), "gz");
		String expected = PoolFixtures.sha256(Files.readAllBytes(temp.resolve("Packages.gz")));
		Files.write(temp.resolve("Packages.gz"), changed);
		String release = Files.readString(temp.resolve("Release"));
		Files.writeString(temp.resolve("Release"), release.replaceAll(" \\d+ Packages.gz", " " + changed.length + " Packages.gz"));
		CoreException e = assertThrows(CoreException.class, () -> PoolReader.read(PoolSpec.at(temp.toString()), List.of(), null));
		assertTrue(Statuses.isBadInput(e.getStatus()));
		assertEquals("Checksum mismatch for " + temp.resolve("Packages.gz") + ": expected sha256 " + expected + ", actual "
				+ PoolFixtures.sha256(changed), e.getStatus().getMessage());
	}

	@Test
	void aMalformedStanzaNamesFileLineAndPackage() throws Exception {
		PoolFixtures.writeIndex(temp, PACKAGES + "\nPackage: broken\nVersion: 1.0\nArchitecture: amd64\nDepends: libc6 (>= 2.36\n",
				"");
		CoreException e = assertThrows(CoreException.class, () -> PoolReader.read(PoolSpec.at(temp.toString()), List.of(), null));
		assertEquals(temp.resolve("Packages") + ", line 30 (package broken): Depends: the version of 'libc6' does not end with ')'"
				+ " (at column 15)", e.getStatus().getMessage());
		PoolFixtures.writeIndex(temp, "Package: a\nVersion: 1:\nArchitecture: amd64\n", "");
		e = assertThrows(CoreException.class, () -> PoolReader.read(PoolSpec.at(temp.toString()), List.of(), null));
		assertTrue(e.getStatus().getMessage().endsWith("line 2 (package a): Invalid Debian version '1:': nothing after colon in version number"),
				e.getStatus().getMessage());
		PoolFixtures.writeIndex(temp, "Package: a\nVersion: 1\n", "");
		e = assertThrows(CoreException.class, () -> PoolReader.read(PoolSpec.at(temp.toString()), List.of(), null));
		assertTrue(e.getStatus().getMessage().endsWith("line 1 (package a): missing field 'Architecture'"), e.getStatus().getMessage());
		PoolFixtures.writeIndex(temp, "Package: a\n continued\nthis is no field\n", "");
		e = assertThrows(CoreException.class, () -> PoolReader.read(PoolSpec.at(temp.toString()), List.of(), null));
		assertTrue(e.getStatus().getMessage().endsWith("line 3: expected 'Field: value', found 'this is no field'"),
				e.getStatus().getMessage());
	}

	@ParameterizedTest(name = "dpkg-deb -Z{0}")
	@ValueSource(strings = { "xz", "gzip", "none" })
	void readsDebFilesBuiltByDpkgDeb(String compression) throws Exception {
		String control = """
				Package: hello-sis
				Version: 2:1.0-3
				Architecture: amd64
				Maintainer: SIS Tests <tests@example.org>
				Multi-Arch: same
				Pre-Depends: libc6 (>= 2.36)
				Depends: libfoo1 | libfoo2 (>= 2), bar:any
				Provides: hello
				Description: a test package
				""";
		Path deb = PoolFixtures.deb(temp, control, compression);
		PoolPackage pkg = DebFile.read(deb, deb.getFileName().toString(), temp.toString());
		assertEquals("hello-sis", pkg.name());
		assertEquals("2:1.0-3", pkg.version());
		assertEquals("amd64", pkg.arch());
		assertEquals("same", pkg.multiArch());
		assertEquals(dpkgField(deb, "Depends"), DebianDependencies.format(pkg.depends()));
		assertEquals(dpkgField(deb, "Pre-Depends"), DebianDependencies.format(pkg.preDepends()));
		assertEquals("hello", pkg.provides().get(0).name());
		assertEquals("hello-sis_2:1.0-3_amd64.deb", pkg.location());
	}

	@Test
	void aDirectoryOfDebFilesIsAPoolAndOtherFilesAreNotPackages() throws Exception {
		PoolFixtures.deb(temp, "Package: a\nVersion: 1\nArchitecture: all\nMaintainer: t <t@example.org>\nDescription: a\n", "xz");
		Files.createDirectories(temp.resolve("sub"));
		PoolFixtures.deb(temp.resolve("sub"), "Package: b\nVersion: 2\nArchitecture: amd64\nMaintainer: t <t@example.org>\nDescription: b\n",
				"gzip");
		Pool pool = PoolReader.read(PoolSpec.at(temp.toString()), List.of(), null);
		assertEquals(Pool.DIRECTORY, pool.kind());
		assertEquals("a 1 (all), b 2 (amd64)", pool.packages().stream().map(PoolPackage::label).collect(Collectors.joining(", ")));
		assertEquals("sub/b_2_amd64.deb", pool.packages().get(1).location());
		Path notDeb = temp.resolve("fake.deb");
		Files.writeString(notDeb, "!<arch>\nsomething else entirely\n");
		CoreException e = assertThrows(CoreException.class, () -> DebFile.read(notDeb, "fake.deb", "x"));
		assertTrue(e.getStatus().getMessage().startsWith(notDeb + ": "), e.getStatus().getMessage());
		Path empty = Files.createDirectories(temp.resolve("empty"));
		e = assertThrows(CoreException.class, () -> PoolReader.read(PoolSpec.at(empty.toString()), List.of(), null));
		assertEquals("No .deb or .rpm files in " + empty, e.getStatus().getMessage());
	}

	@Test
	void zstdMembersAreReportedAsUnsupported() throws Exception {
		Path deb;
		try {
			deb = PoolFixtures.deb(temp, "Package: z\nVersion: 1\nArchitecture: all\nMaintainer: t <t@example.org>\nDescription: z\n",
					"zstd");
		} catch (IOException e) {
			org.junit.jupiter.api.Assumptions.abort("this dpkg-deb cannot write zstd: " + e.getMessage());
			return;
		}
		CoreException e = assertThrows(CoreException.class, () -> DebFile.read(deb, "z.deb", "x"));
		assertTrue(e.getStatus().getMessage().contains("control.tar.zst member uses a compression this reader does not support"),
				e.getStatus().getMessage());
	}

	@Test
	void anArchiveWithSeveralSuitesNeedsOneNamed() throws Exception {
		PoolFixtures.archive(temp, "bookworm", "amd64", PACKAGES);
		PoolFixtures.archive(temp, "trixie", "amd64", PACKAGES);
		CoreException e = assertThrows(CoreException.class, () -> PoolReader.read(PoolSpec.at(temp.toString()), List.of(), null));
		assertTrue(e.getStatus().getMessage().contains("has the suites bookworm, trixie under dists/: name one"));
		assertEquals(3, PoolReader.read(PoolSpec.parse("deb file:" + temp + " trixie"), List.of("amd64"), null).packages().size());
	}

	@Test
	void readsAnArchiveOverHttp() throws Exception {
		PoolFixtures.archive(temp, "bookworm", "amd64", PACKAGES);
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		Map<String, Integer> requests = new TreeMap<>();
		server.createContext("/debian/", exchange -> {
			Path file = temp.resolve(exchange.getRequestURI().getPath().substring("/debian/".length()));
			requests.merge(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath(), 1, Integer::sum);
			if (!Files.isRegularFile(file)) {
				exchange.sendResponseHeaders(404, -1);
			} else if (exchange.getRequestMethod().equals("HEAD")) {
				exchange.sendResponseHeaders(200, -1);
			} else {
				byte[] body = Files.readAllBytes(file);
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
			}
			exchange.close();
		});
		server.start();
		try {
			String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/debian";
			Pool pool = PoolReader.read(PoolSpec.parse(url + " bookworm"), List.of("amd64"), new NullProgressMonitor());
			assertEquals(3, pool.packages().size());
			assertEquals(url, pool.location());
			assertTrue(requests.containsKey("GET /debian/dists/bookworm/main/binary-amd64/Packages.xz"), requests.toString());
			CoreException e = assertThrows(CoreException.class, () -> PoolReader.read(PoolSpec.at(url), List.of(), null));
			assertTrue(e.getStatus().getMessage().startsWith("No repository at " + url), e.getStatus().getMessage());
		} finally {
			server.stop(0);
		}
	}

	@Test
	void aMissingPoolIsBadInput() {
		CoreException e = assertThrows(CoreException.class,
				() -> PoolReader.read(PoolSpec.at(temp.resolve("nowhere").toString()), List.of(), null));
		assertTrue(Statuses.isBadInput(e.getStatus()));
		assertNull(e.getStatus().getException());
		CoreException ftp = assertThrows(CoreException.class, () -> PoolReader.read(PoolSpec.at("ftp://example.org/x"), List.of(), null));
		assertTrue(ftp.getStatus().getMessage().startsWith("Unsupported pool URL"));
	}

	/** What dpkg-deb itself reads from the package, normalized as dpkg writes dependency fields. */
	private static String dpkgField(Path deb, String field) throws IOException, InterruptedException, CoreException {
		Process process = new ProcessBuilder("dpkg-deb", "-f", deb.toString(), field).start();
		String value = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		process.waitFor(30, TimeUnit.SECONDS);
		return DebianDependencies.format(DebianDependencies.parse(field, value));
	}
}
