package org.sisuite.core.pkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.pkg.VersionScheme;
import org.sisuite.core.pkg.pool.Pool;
import org.sisuite.core.pkg.pool.PoolFixtures;
import org.sisuite.core.pkg.pool.PoolReader;
import org.sisuite.core.pkg.pool.PoolSpec;
import org.sisuite.core.pkg.resolve.Resolution.Problem;
import org.sisuite.core.pkg.resolve.Resolution.ResolvedPackage;

/**
 * Resolution end to end over a small Debian archive the test writes (amd64 and i386 indices with a
 * Release): versions, architectures and multiarch, virtual packages, alternatives, conflicts and
 * breaks, a Pre-Depends cycle, and problems with their chains.
 */
class DebianResolutionTest {

	private static final String AMD64 = """
			Package: bash
			Version: 5.2.15-2
			Architecture: amd64
			Multi-Arch: foreign
			Pre-Depends: libc6 (>= 2.36)
			Depends: base-files
			Filename: pool/main/b/bash/bash_5.2.15-2_amd64.deb

			Package: base-files
			Version: 12.4
			Architecture: all

			Package: libc6
			Version: 2.31-13
			Architecture: amd64
			Multi-Arch: same

			Package: libc6
			Version: 2.36-9
			Architecture: amd64
			Multi-Arch: same
			Pre-Depends: libgcc-s1

			Package: libgcc-s1
			Version: 12.2.0-14
			Architecture: amd64
			Multi-Arch: same
			Depends: libc6 (>= 2.35)

			Package: mutt
			Version: 2.2.9-1
			Architecture: amd64
			Depends: libc6 (>= 2.34), default-mta | mail-transport-agent

			Package: exim4-daemon-light
			Version: 4.96-15
			Architecture: amd64
			Provides: mail-transport-agent
			Conflicts: mail-transport-agent
			Depends: libc6 (>= 2.34)

			Package: postfix
			Version: 3.7.9-0
			Architecture: amd64
			Provides: mail-transport-agent
			Conflicts: mail-transport-agent

			Package: postfix-logger
			Version: 1.0-1
			Architecture: amd64
			Depends: postfix

			Package: libfoo
			Version: 2.1-1
			Architecture: amd64

			Package: libfoo
			Version: 1.5-1
			Architecture: amd64

			Package: app
			Version: 1.0
			Architecture: amd64
			Depends: libfoo (<< 2.0)

			Package: tool
			Version: 1.0
			Architecture: amd64
			Depends: libbar

			Package: libbar
			Version: 1.0
			Architecture: amd64
			Depends: libc6 (>= 3.0)

			Package: broken
			Version: 1.0
			Architecture: amd64
			Depends: libmissing (>= 1)

			Package: oldpkg
			Version: 1.0
			Architecture: amd64

			Package: newpkg
			Version: 2.0
			Architecture: amd64
			Breaks: oldpkg (<< 2)

			Package: perl-base
			Version: 5.36.0-7
			Architecture: amd64
			Multi-Arch: foreign

			Package: mawk
			Version: 1.3.4-3
			Architecture: amd64
			Provides: awk

			Package: gawk
			Version: 5.2.1-2
			Architecture: amd64
			Provides: awk

			Package: awk-user
			Version: 1
			Architecture: all
			Depends: awk

			Package: libfoo-old
			Version: 1
			Architecture: amd64
			Provides: libfoo-abi

			Package: libfoo-new
			Version: 1
			Architecture: amd64
			Provides: libfoo-abi (= 2.5)

			Package: abi-user
			Version: 1
			Architecture: amd64
			Depends: libfoo-abi (>= 2)
			""";

	private static final String I386 = """
			Package: libc6
			Version: 2.36-9
			Architecture: i386
			Multi-Arch: same
			Pre-Depends: libgcc-s1

			Package: libgcc-s1
			Version: 12.2.0-14
			Architecture: i386
			Multi-Arch: same
			Depends: libc6 (>= 2.35)

			Package: wine32
			Version: 8.0-1
			Architecture: i386
			Depends: libc6 (>= 2.36), perl-base
			""";

	@TempDir
	Path temp;

	private Pool pool;

	@BeforeEach
	void writeArchive() throws Exception {
		PoolFixtures.archive(temp, "bookworm", "amd64", AMD64, "i386", I386);
		pool = PoolReader.read(PoolSpec.at(temp.toString()), List.of("amd64", "i386"), null);
	}

	private Resolution resolve(String list, String... architectures) throws CoreException {
		TargetArchitectures target = TargetArchitectures.of(VersionScheme.DEB, List.of(architectures));
		return new Resolver(VersionScheme.DEB, target, List.of(pool)).resolve(PackageLists.parse("list", list, VersionScheme.DEB));
	}

	private static String packages(Resolution resolution) {
		return resolution.packages().stream().map(p -> p.name() + " " + p.version() + " " + p.arch()).collect(Collectors.joining(", "));
	}

	private static String order(Resolution resolution) {
		return resolution.installOrder().stream().map(s -> s.name() + (s.arch().equals("i386") ? ":i386" : ""))
				.collect(Collectors.joining(", "));
	}

	@Test
	void choosesTheBestVersionAndOrdersPrerequisitesFirstBreakingTheCycleAtAPlainDependency() throws CoreException {
		Resolution resolution = resolve("bash\n");
		assertTrue(resolution.resolved(), resolution.problems().toString());
		assertEquals("base-files 12.4 all, bash 5.2.15-2 amd64, libc6 2.36-9 amd64, libgcc-s1 12.2.0-14 amd64", packages(resolution));
		// libc6 Pre-Depends libgcc-s1 (hard), libgcc-s1 Depends libc6 (soft): the soft edge gives way
		assertEquals("base-files, libgcc-s1, libc6, bash", order(resolution));
		assertEquals(List.of("cycle: libgcc-s1 is installed before libc6 although libgcc-s1 Depends libc6"
				+ " (a plain dependency, broken as dpkg and rpm do)"), resolution.notes());
		ResolvedPackage libgcc = resolution.packages().get(3);
		assertEquals(List.of("bash", "libc6 (>= 2.36)", "libgcc-s1"), libgcc.neededBy());
		assertFalse(libgcc.requested());
		assertTrue(resolution.packages().get(1).requested());
		assertEquals("pool/main/b/bash/bash_5.2.15-2_amd64.deb", resolution.packages().get(1).location());
		assertEquals(temp.toString(), resolution.packages().get(1).pool());
	}

	@Test
	void aVersionedRequestPicksAnOlderVersion() throws CoreException {
		Resolution resolution = resolve("libc6 (<< 2.35)\n");
		assertEquals("libc6 2.31-13 amd64", packages(resolution));
		Resolution none = resolve("libc6 = 9.9\n");
		assertFalse(none.resolved());
		assertEquals("libc6 (= 9.9) -> missing: none of libc6 2.31-13 (amd64), libc6 2.36-9 (amd64), libc6 2.36-9 (i386)"
				+ " satisfies libc6 (= 9.9) for the target architectures", none.problems().get(0).message());
	}

	@Test
	void anAlternativeIsSatisfiedByARequestedProviderOrElseByTheFirstProvider() throws CoreException {
		Resolution withPostfix = resolve("mutt\npostfix\n");
		assertTrue(withPostfix.resolved(), withPostfix.problems().toString());
		assertTrue(packages(withPostfix).contains("postfix"));
		assertFalse(packages(withPostfix).contains("exim4"));
		Resolution alone = resolve("mutt\n");
		assertTrue(alone.resolved());
		ResolvedPackage exim = alone.packages().stream().filter(p -> p.name().startsWith("exim4")).findFirst().orElseThrow();
		assertEquals(List.of("mutt", "mail-transport-agent via exim4-daemon-light"), exim.neededBy());
	}

	/**
	 * Found by bench/pkg-resolve.sh on bookworm (ipband's {@code exim4 | mail-transport-agent}
	 * against mysqmail-postfix-logger's {@code postfix}): a choice between alternatives waits until
	 * the dependencies without a choice are in, as apt does, so it is not taken against them.
	 */
	@Test
	void anAlternativeWaitsForDependenciesThatLeaveNoChoice() throws CoreException {
		Resolution resolution = resolve("mutt\npostfix-logger\n");
		assertTrue(resolution.resolved(), resolution.problems().toString());
		assertTrue(packages(resolution).contains("postfix"));
		assertFalse(packages(resolution).contains("exim4"), packages(resolution));
	}

	@Test
	void conflictsAndBreaksAreReportedWithWhatChoseTheOtherPackage() throws CoreException {
		Resolution mtas = resolve("exim4-daemon-light\npostfix\n");
		assertFalse(mtas.resolved());
		Problem problem = mtas.problems().get(0);
		assertEquals(Problem.CONFLICT, problem.kind());
		assertEquals("postfix", problem.packageName());
		assertEquals(List.of("postfix", "conflict"), problem.chain());
		assertEquals("postfix -> conflict: postfix 3.7.9-0 (amd64) conflicts with exim4-daemon-light 4.96-15 (amd64),"
				+ " chosen for exim4-daemon-light (mail-transport-agent)", problem.message());
		Resolution breaks = resolve("newpkg\noldpkg\n");
		assertEquals("oldpkg -> conflict: newpkg 2.0 (amd64), chosen for newpkg breaks oldpkg 1.0 (amd64) (oldpkg (<< 2))",
				breaks.problems().get(0).message());
	}

	@Test
	void aDependencyNeedingAnotherVersionOfAChosenPackageResolvesAgainWithThatVersion() throws CoreException {
		Resolution resolution = resolve("libfoo\napp\n");
		assertTrue(resolution.resolved(), resolution.problems().toString());
		assertEquals("app 1.0 amd64, libfoo 1.5-1 amd64", packages(resolution));
		Resolution impossible = resolve("libfoo (>= 2)\napp\n");
		assertFalse(impossible.resolved());
		assertEquals(Problem.CONFLICT, impossible.problems().get(0).kind());
		assertEquals(List.of("libfoo (>= 2) -> conflict: libfoo 2.1-1 (amd64) is ruled out by libfoo (<< 2.0), needed for"
				+ " app -> libfoo (<< 2.0)"), impossible.problems().stream().map(Problem::message).toList());
	}

	@Test
	void missingPackagesAreReportedWithTheChainThatNeededThem() throws CoreException {
		Resolution resolution = resolve("tool\nbroken\nbash\n");
		assertFalse(resolution.resolved());
		assertEquals(List.of("broken -> libmissing (>= 1) -> missing: no package is or provides libmissing",
				"tool -> libbar -> libc6 (>= 3.0) -> missing: none of libc6 2.31-13 (amd64), libc6 2.36-9 (amd64), libc6 2.36-9 (i386)"
						+ " satisfies libc6 (>= 3.0) for the target architectures"),
				resolution.problems().stream().map(Problem::message).sorted().toList());
		Problem libbar = resolution.problems().stream().filter(p -> p.packageName().equals("libbar")).findFirst().orElseThrow();
		assertEquals(List.of("tool", "libbar", "libc6 (>= 3.0)", "missing"), libbar.chain());
		// the rest still resolves and is ordered
		assertTrue(order(resolution).contains("libgcc-s1, libc6, bash"), order(resolution));
	}

	@Test
	void multiarchInstallsForeignPackagesBesideNativeOnes() throws CoreException {
		Resolution resolution = resolve("bash\nwine32:i386\n", "amd64", "i386");
		assertTrue(resolution.resolved(), resolution.problems().toString());
		assertEquals("base-files 12.4 all, bash 5.2.15-2 amd64, libc6 2.36-9 amd64, libc6 2.36-9 i386, libgcc-s1 12.2.0-14 amd64,"
				+ " libgcc-s1 12.2.0-14 i386, perl-base 5.36.0-7 amd64, wine32 8.0-1 i386", packages(resolution));
		assertEquals(List.of("amd64", "all", "i386"), resolution.architectures());
		Resolution unqualified = resolve("wine32\n", "amd64", "i386");
		assertTrue(unqualified.resolved(), unqualified.problems().toString());
		assertEquals("selecting wine32:i386 instead of wine32", unqualified.notes().get(0));
		assertTrue(packages(unqualified).contains("wine32 8.0-1 i386"));
		Resolution withoutI386 = resolve("wine32:i386\n");
		assertFalse(withoutI386.resolved());
		assertEquals(Problem.MISSING, withoutI386.problems().get(0).kind());
	}

	@Test
	void virtualPackagesAndVersionedProvides() throws CoreException {
		Resolution user = resolve("awk-user\n");
		assertEquals("awk-user 1 all, mawk 1.3.4-3 amd64", packages(user));
		Resolution direct = resolve("awk\n");
		assertEquals(List.of("awk is a virtual package: chose mawk of mawk, gawk"), direct.notes());
		// an unversioned Provides cannot satisfy a versioned dependency
		Resolution abi = resolve("abi-user\n");
		assertEquals("abi-user 1 amd64, libfoo-new 1 amd64", packages(abi));
	}

	@Test
	void everyOscarDebianListResolvesOrSaysWhatIsMissing() throws Exception {
		Path oscar = org.sisuite.core.pkg.ReferenceCases.folder("oscar-pkglists").resolve("debian-11-x86_64.pkglist");
		List<Request> requests = PackageLists.parse(oscar.getFileName().toString(), Files.readString(oscar), VersionScheme.DEB);
		assertEquals(10, requests.size());
		Resolution resolution = new Resolver(VersionScheme.DEB, TargetArchitectures.of(VersionScheme.DEB, List.of()), List.of(pool))
				.resolve(requests);
		assertEquals(10, resolution.problems().size());
		assertEquals("apt -> missing: no package is or provides apt", resolution.problems().get(0).message());
	}
}
