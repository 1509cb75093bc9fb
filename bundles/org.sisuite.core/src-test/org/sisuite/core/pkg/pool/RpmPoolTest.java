package org.sisuite.core.pkg.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sisuite.core.Statuses;
import org.sisuite.core.pkg.Dependency;
import org.sisuite.core.pkg.DependencyClause;
import org.sisuite.core.pkg.ReferenceCases;
import org.sisuite.core.pkg.VersionScheme;

/** rpm pools: createrepo_c's test repositories and tiny real rpms (../shared/reference/rpm-repodata). */
class RpmPoolTest {

	@TempDir
	Path temp;

	private static Path reference(String name) {
		return ReferenceCases.folder("rpm-repodata").resolve(name);
	}

	@Test
	void readsAGoodRepositoryWithItsDependencies() throws CoreException {
		Pool pool = PoolReader.read(PoolSpec.at(reference("repo_02").toString()), List.of(), null);
		assertEquals(Pool.RPM_REPOSITORY, pool.kind());
		assertEquals(VersionScheme.RPM, pool.scheme());
		assertEquals(List.of("fake_bash 1.1.1-1 (x86_64)", "super_kernel 6.0.1-2 (x86_64)"),
				pool.packages().stream().map(PoolPackage::label).toList());
		PoolPackage bash = pool.packages().get(0);
		assertEquals("super_kernel", format(bash.depends()));
		assertEquals(List.of("bash", "fake_bash = 1.1.1-1", "fake_bash(x86-64) = 1.1.1-1"), format(bash.provides(), true));
		assertEquals(List.of("/usr/bin/fake_bash"), bash.files());
		assertEquals("fake_bash-1.1.1-1.x86_64.rpm", bash.location());
		PoolPackage kernel = pool.packages().get(1);
		assertEquals("bzip2 >= 1.0.0, expat", format(kernel.preDepends()));
		assertEquals("glib >= 2.26.0, zlib", format(kernel.depends()));
		assertEquals(List.of("kernel", "super_kernel = 5.0.0", "super_kernel < 4.0.0"), format(kernel.conflicts(), false));
		assertEquals(List.of("kernel", "super_kernel = 5.9.0"), format(kernel.obsoletes(), true));
		assertTrue(format(kernel.provides(), true).contains("not_so_super_kernel < 5.8.0"));
	}

	@Test
	void aRepositoryWhosePrimaryFailsItsChecksumIsRefusedNamingFileExpectedAndActual() {
		Path repo = reference("repo_01");
		CoreException e = assertThrows(CoreException.class, () -> PoolReader.read(PoolSpec.at(repo.toString()), List.of(), null));
		assertTrue(Statuses.isBadInput(e.getStatus()));
		String file = repo.resolve("repodata/6c662d665c24de9a0f62c17d8fa50622307739d7376f0d19097ca96c6d7f5e3e-primary.xml.gz").toString();
		assertEquals("Checksum mismatch for " + file
				+ ": expected sha256 6c662d665c24de9a0f62c17d8fa50622307739d7376f0d19097ca96c6d7f5e3e, actual "
				+ "9c68df5cbd072fb786fa863a8560746cd7376a4ba39b9c294d06cfcb93c58ca0", e.getStatus().getMessage());
	}

	@Test
	void aMalformedRepomdIsBadInput() throws IOException {
		Files.createDirectories(temp.resolve("repodata"));
		Files.writeString(temp.resolve("repodata/repomd.xml"), "<repomd><data type=\"primary\"><location href=\"x\"/>");
		CoreException e = assertThrows(CoreException.class, () -> PoolReader.read(PoolSpec.at(temp.toString()), List.of(), null));
		assertTrue(e.getStatus().getMessage().contains("repomd.xml: malformed XML"), e.getStatus().getMessage());
		Files.writeString(temp.resolve("repodata/repomd.xml"), "<repomd><data type=\"other\"/></repomd>");
		e = assertThrows(CoreException.class, () -> PoolReader.read(PoolSpec.at(temp.toString()), List.of(), null));
		assertTrue(e.getStatus().getMessage().endsWith("repomd.xml lists no primary metadata"), e.getStatus().getMessage());
	}

	@Test
	void readsTheHeadersOfRealRpms() throws CoreException {
		Path archer = reference("packages/Archer-3.4.5-6.x86_64.rpm");
		PoolPackage pkg = RpmFile.read(archer, "Archer-3.4.5-6.x86_64.rpm", "packages");
		assertEquals("Archer 2:3.4.5-6 (x86_64)", pkg.label());
		// Requires(pre) (520), Requires(pretrans) (136) and Requires(posttrans) (40) are createrepo's pre="1"
		assertEquals("foof = 6, foog = 7, fooh = 8", format(pkg.preDepends()));
		assertEquals("fooa <= 2, foob >= 1.0.0-1, fooc = 3, food < 4, fooe > 5", format(pkg.depends()));
		assertEquals(List.of("Archer = 2:3.4.5-6", "Archer(x86-64) = 2:3.4.5-6", "bara <= 22", "barb >= 11.22.33-44", "barc = 33",
				"bard < 44", "bare > 55"), format(pkg.provides(), false));
		assertEquals(List.of("bba <= 2222", "bbb >= 1111.2222.3333-4444", "bbc = 3333", "bbd < 4444", "bbe > 5555"),
				format(pkg.conflicts(), false));
		PoolPackage empty = RpmFile.read(reference("packages/empty-0-0.x86_64.rpm"), "empty", "packages");
		assertEquals("empty 0-0 (x86_64)", empty.label());
		assertTrue(empty.depends().isEmpty() && empty.preDepends().isEmpty());
	}

	static Stream<String> rpms() throws IOException {
		try (Stream<Path> files = Files.list(ReferenceCases.folder("rpm-repodata").resolve("packages"))) {
			return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rpms")
	void headersAgreeWithRpmItself(String file) throws Exception {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/rpm")), "rpm is not installed");
		Path rpm = reference("packages/" + file);
		PoolPackage pkg = RpmFile.read(rpm, file, "packages");
		String nevra = run("rpm", "-qp", "--nosignature", "--qf", "%{NAME} %|EPOCH?{%{EPOCH}:}:{}|%{VERSION}-%{RELEASE} (%{ARCH})", rpm.toString());
		assertEquals(nevra, pkg.name() + " " + pkg.version() + " (" + pkg.arch() + ")");
		List<String> requires = new ArrayList<>(lines(run("rpm", "-qp", "--nosignature", "--requires", rpm.toString())));
		requires.removeIf(r -> r.startsWith("rpmlib("));
		List<String> ours = new ArrayList<>();
		Stream.concat(pkg.preDepends().stream(), pkg.depends().stream()).forEach(c -> ours.add(c.format(VersionScheme.RPM)));
		assertEquals(requires.stream().sorted().toList(), ours.stream().sorted().toList());
		assertEquals(lines(run("rpm", "-qp", "--nosignature", "--provides", rpm.toString())), format(pkg.provides(), false));
		assertEquals(lines(run("rpm", "-qp", "--nosignature", "--conflicts", rpm.toString())), format(pkg.conflicts(), false));
		assertEquals(lines(run("rpm", "-qp", "--nosignature", "--obsoletes", rpm.toString())), format(pkg.obsoletes(), false));
	}

	@Test
	void aDirectoryOfRpmsIsAPoolAndNotAnRpmIsBadInput() throws Exception {
		Pool pool = PoolReader.read(PoolSpec.at(reference("packages").toString()), List.of(), null);
		assertEquals(Pool.DIRECTORY, pool.kind());
		assertEquals(5, pool.packages().size());
		assertEquals(VersionScheme.RPM, pool.scheme());
		Path fake = temp.resolve("fake.rpm");
		Files.writeString(fake, "not an rpm at all, but long enough to hold a lead of ninety-six bytes....................");
		CoreException e = assertThrows(CoreException.class, () -> RpmFile.read(fake, "fake.rpm", "x"));
		assertEquals(fake + ": not an rpm package (no rpm lead)", e.getStatus().getMessage());
		Path truncated = temp.resolve("truncated.rpm");
		byte[] whole = Files.readAllBytes(reference("packages/fake_bash-1.1.1-1.x86_64.rpm"));
		Files.write(truncated, java.util.Arrays.copyOf(whole, 400));
		e = assertThrows(CoreException.class, () -> RpmFile.read(truncated, "truncated.rpm", "x"));
		assertEquals(truncated + ": the file ends inside its header", e.getStatus().getMessage());
	}

	private static String format(List<DependencyClause> clauses) {
		return clauses.stream().map(c -> c.format(VersionScheme.RPM)).collect(Collectors.joining(", "));
	}

	private static List<String> format(List<Dependency> dependencies, boolean sorted) {
		Stream<String> texts = dependencies.stream().map(d -> d.format(VersionScheme.RPM));
		return sorted ? texts.sorted().toList() : texts.toList();
	}

	private static List<String> lines(String text) {
		return text.isBlank() ? List.of() : List.of(text.strip().split("\n"));
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, String.join(" ", command));
		return output;
	}
}
