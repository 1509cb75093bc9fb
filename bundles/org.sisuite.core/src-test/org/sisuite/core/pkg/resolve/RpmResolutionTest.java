package org.sisuite.core.pkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.pkg.ReferenceCases;
import org.sisuite.core.pkg.VersionScheme;
import org.sisuite.core.pkg.pool.Pool;
import org.sisuite.core.pkg.pool.PoolFixtures;
import org.sisuite.core.pkg.pool.PoolReader;
import org.sisuite.core.pkg.pool.PoolSpec;
import org.sisuite.core.pkg.resolve.Resolution.Problem;

/** Resolution over rpm repositories: the seed example, multilib, file and rich requirements, the reference repo. */
class RpmResolutionTest {

	@TempDir
	Path temp;

	private Pool pool;

	@BeforeEach
	void writeRepository() throws Exception {
		String packages = PoolFixtures.rpm("bash", "5.2.26-3", "x86_64", List.of("glibc"), List.of(), List.of(),
				List.of("/bin/sh", "/usr/bin/bash"))
				+ PoolFixtures.rpm("glibc", "2.34-100", "x86_64", List.of("sash pre"), List.of(), List.of(), List.of())
				+ PoolFixtures.rpm("glibc", "2.34-100", "i686", List.of("sash pre"), List.of(), List.of(), List.of())
				+ PoolFixtures.rpm("glibc", "2.28-1", "x86_64", List.of(), List.of(), List.of(), List.of())
				+ PoolFixtures.rpm("sash", "3.8-5", "x86_64", List.of("glibc GE 2.34"), List.of(), List.of(), List.of())
				+ PoolFixtures.rpm("script", "1.0-1", "noarch", List.of("/bin/sh"), List.of(), List.of(), List.of())
				+ PoolFixtures.rpm("postfix", "3.5.9-24", "x86_64", List.of(), List.of("MTA", "smtpdaemon"), List.of("sendmail"),
						List.of("/usr/sbin/sendmail"))
				+ PoolFixtures.rpm("mailer", "1.0-1", "noarch", List.of("(postfix or sendmail)"), List.of(), List.of(), List.of())
				+ PoolFixtures.rpm("cond", "1.0-1", "noarch", List.of("(foo if bar)"), List.of(), List.of(), List.of())
				+ PoolFixtures.rpm("both", "1.0-1", "x86_64", List.of(), List.of(), List.of(), List.of())
				+ PoolFixtures.rpm("both", "2.0-1", "i686", List.of(), List.of(), List.of(), List.of());
		PoolFixtures.rpmRepository(temp, packages);
		pool = PoolReader.read(PoolSpec.at(temp.toString()), List.of(), null);
	}

	private Resolution resolve(String list, Pool... pools) throws CoreException {
		return new Resolver(VersionScheme.RPM, TargetArchitectures.of(VersionScheme.RPM, List.of("x86_64")),
				pools.length == 0 ? List.of(pool) : List.of(pools)).resolve(PackageLists.parse("list", list, VersionScheme.RPM));
	}

	private static String order(Resolution resolution) {
		return resolution.installOrder().stream().map(s -> s.name() + "." + s.arch()).collect(Collectors.joining(", "));
	}

	@Test
	void theSeedExampleInstallsSashThenGlibcThenBash() throws CoreException {
		Resolution resolution = resolve("bash\n");
		assertTrue(resolution.resolved(), resolution.problems().toString());
		// glibc Requires(pre) sash (hard), sash Requires glibc (soft): sash goes first
		assertEquals("sash.x86_64, glibc.x86_64, bash.x86_64", order(resolution));
		assertEquals("2.34-100", resolution.packages().stream().filter(p -> p.name().equals("glibc")).findFirst().orElseThrow().version());
		assertEquals(1, resolution.notes().size());
		assertTrue(resolution.notes().get(0).startsWith("cycle: sash is installed before glibc although sash Requires glibc"));
	}

	@Test
	void multilibAndArchitecturePreference() throws CoreException {
		Resolution resolution = resolve("glibc\nglibc:i686\n");
		assertTrue(resolution.resolved(), resolution.problems().toString());
		assertEquals(List.of("glibc 2.34-100 i686", "glibc 2.34-100 x86_64", "sash 3.8-5 x86_64"),
				resolution.packages().stream().map(p -> p.name() + " " + p.version() + " " + p.arch()).toList());
		// the best architecture wins over a higher version in a companion one, as dnf does
		Resolution both = resolve("both\n");
		assertEquals("both.x86_64", order(both));
		assertEquals("x86_64", resolution.architectures().get(0));
		assertEquals(List.of("x86_64", "noarch", "i686", "i586", "i486", "i386"), resolution.architectures());
	}

	@Test
	void fileRichAndConditionalRequirements() throws CoreException {
		Resolution script = resolve("script\n");
		assertTrue(script.resolved(), script.problems().toString());
		assertEquals(List.of("bash", "glibc", "sash", "script"), script.packages().stream().map(p -> p.name()).toList());
		assertEquals(List.of("script", "/bin/sh via bash"), script.packages().get(0).neededBy());
		Resolution mailer = resolve("mailer\n");
		assertTrue(mailer.resolved());
		assertEquals(List.of("mailer", "postfix"), mailer.packages().stream().map(p -> p.name()).toList());
		Resolution cond = resolve("cond\n");
		assertTrue(cond.resolved());
		assertEquals(List.of("cond: requires (foo if bar) is conditional and was not evaluated"), cond.notes());
	}

	@Test
	void theReferenceRepositoryReportsWhatSuperKernelLacks() throws CoreException {
		Pool repo02 = PoolReader.read(PoolSpec.at(ReferenceCases.folder("rpm-repodata").resolve("repo_02").toString()), List.of(), null);
		Resolution resolution = resolve("fake_bash\n", repo02);
		assertFalse(resolution.resolved());
		assertEquals(List.of("fake_bash -> super_kernel -> bzip2 >= 1.0.0 -> missing: no package is or provides bzip2",
				"fake_bash -> super_kernel -> expat -> missing: no package is or provides expat",
				"fake_bash -> super_kernel -> glib >= 2.26.0 -> missing: no package is or provides glib",
				"fake_bash -> super_kernel -> zlib -> missing: no package is or provides zlib"),
				resolution.problems().stream().map(Problem::message).toList());
		assertEquals("super_kernel.x86_64, fake_bash.x86_64", order(resolution));
		// super_kernel provides not_so_super_kernel < 5.8.0: a range, matched as rpm matches ranges
		Resolution below = resolve("not_so_super_kernel < 5.0\n", repo02);
		assertEquals(List.of("not_so_super_kernel < 5.0 via super_kernel"), below.packages().get(0).neededBy());
		Resolution above = resolve("not_so_super_kernel > 6.0\n", repo02);
		assertEquals(List.of("not_so_super_kernel > 6.0 -> missing: none of super_kernel 6.0.1-2 (x86_64) satisfies"
				+ " not_so_super_kernel > 6.0 for the target architectures"), above.problems().stream().map(Problem::message).toList());
	}

	@Test
	void poolsOfAnotherSchemeAreRefused() throws Exception {
		PoolFixtures.writeIndex(temp.resolve("deb"), "Package: a\nVersion: 1\nArchitecture: all\n", "");
		Pool deb = PoolReader.read(PoolSpec.at(temp.resolve("deb").toString()), List.of(), null);
		CoreException e = assertThrows(CoreException.class, () -> resolve("a\n", deb));
		assertEquals("The pool " + temp.resolve("deb") + " holds deb packages, not rpm", e.getStatus().getMessage());
		CoreException arch = assertThrows(CoreException.class, () -> TargetArchitectures.of(VersionScheme.RPM, List.of("amd64")));
		assertEquals("'amd64' is a Debian architecture; rpm calls it x86_64", arch.getStatus().getMessage());
	}
}
