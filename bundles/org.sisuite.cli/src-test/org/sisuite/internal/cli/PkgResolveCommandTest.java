package org.sisuite.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.SisHome;
import org.sisuite.core.store.SisDatabase;
import org.sisuite.core.store.SiteStore;
import org.sisuite.model.DistributionFamily;
import org.sisuite.model.PackageList;
import org.sisuite.model.PackagePool;
import org.sisuite.model.PackagePoolKind;
import org.sisuite.model.PackageRequest;
import org.sisuite.model.SisFactory;
import org.sisuite.model.Site;
import org.sisuite.model.Stage;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code sis pkg resolve} and {@code sis pkg show-pool} over pools written in a temporary directory. */
class PkgResolveCommandTest {

	private static final String PACKAGES = """
			Package: bash
			Version: 5.2.15-2
			Architecture: amd64
			Pre-Depends: libc6 (>= 2.36)
			Depends: base-files
			Filename: pool/b/bash_5.2.15-2_amd64.deb

			Package: base-files
			Version: 12.4
			Architecture: all

			Package: libc6
			Version: 2.36-9
			Architecture: amd64
			Multi-Arch: same

			Package: tool
			Version: 1.0
			Architecture: amd64
			Depends: libbar

			Package: libbar
			Version: 1.0
			Architecture: amd64
			Depends: libc6 (>= 3.0)
			""";

	@TempDir
	Path temp;

	private Path pool;
	private StringWriter out;
	private StringWriter err;

	@BeforeEach
	void writePool() throws Exception {
		pool = Files.createDirectories(temp.resolve("pool"));
		Files.writeString(pool.resolve("Packages"), PACKAGES);
	}

	private int sis(String... args) {
		out = new StringWriter();
		err = new StringWriter();
		CliContext context = TestContexts.context(temp.resolve("home"), out, err);
		return new SisCommandLine(context).execute(args);
	}

	private Path list(String text) throws Exception {
		return Files.writeString(temp.resolve("list.txt"), text);
	}

	@Test
	void printsThePackagesTheirOrderAndNoProblems() throws Exception {
		Path list = list("# the shell\nbash\n");
		assertEquals(0, sis("pkg", "resolve", list.toString(), "--pool", pool.toString()), err.toString());
		String text = out.toString();
		assertTrue(text.startsWith("3 packages for amd64, all (deb) from " + pool + ":\n"), text);
		assertTrue(text.contains("\nbash        5.2.15-2  amd64  " + pool + "  requested\n"), text);
		assertTrue(text.contains("\nlibc6       2.36-9    amd64  " + pool + "  bash -> libc6 (>= 2.36)\n"), text);
		assertTrue(text.contains("Install order:\n#  NAME        VERSION   ARCH\n1  base-files  12.4      all\n2  libc6       2.36-9    amd64\n"
				+ "3  bash        5.2.15-2  amd64\n"), text);
		assertTrue(!text.contains("Problems:"), text);
		assertEquals("", err.toString());
	}

	@Test
	void jsonHasStableFieldNames() throws Exception {
		Path list = list("bash\ntool\n");
		assertEquals(1, sis("pkg", "resolve", list.toString(), "--pool", pool.toString(), "--json"));
		JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
		assertEquals(false, json.get("resolved").getAsBoolean());
		assertEquals("deb", json.get("scheme").getAsString());
		JsonObject bash = json.getAsJsonArray("packages").get(1).getAsJsonObject();
		assertEquals("bash", bash.get("name").getAsString());
		assertEquals("5.2.15-2", bash.get("version").getAsString());
		assertEquals("amd64", bash.get("arch").getAsString());
		assertEquals(pool.toString(), bash.get("pool").getAsString());
		assertEquals("pool/b/bash_5.2.15-2_amd64.deb", bash.get("location").getAsString());
		assertTrue(bash.get("requested").getAsBoolean());
		JsonArray order = json.getAsJsonArray("installOrder");
		assertEquals(1, order.get(0).getAsJsonObject().get("position").getAsInt());
		JsonObject problem = json.getAsJsonArray("problems").get(0).getAsJsonObject();
		assertEquals("missing", problem.get("kind").getAsString());
		assertEquals("libbar", problem.get("packageName").getAsString());
		assertEquals("[\"tool\",\"libbar\",\"libc6 (>= 3.0)\",\"missing\"]", problem.get("chain").toString());
		assertTrue(json.has("notes") && json.has("architectures") && json.has("pools"));
		assertEquals("sis pkg resolve: 1 problem; the list does not resolve\n", err.toString());
	}

	@Test
	void problemsArePrintedWithTheirChainsAndExitOne() throws Exception {
		Path list = list("tool\n");
		assertEquals(1, sis("pkg", "resolve", list.toString(), "--pool", pool.toString()));
		assertTrue(out.toString().contains("Problems:\n  tool -> libbar -> libc6 (>= 3.0) -> missing: none of libc6 2.36-9 (amd64)"
				+ " satisfies libc6 (>= 3.0) for the target architectures\n"), out.toString());
	}

	@Test
	void badInputExitsTwo() throws Exception {
		Path list = list("bash\nbash >=\n");
		assertEquals(2, sis("pkg", "resolve", list.toString(), "--pool", pool.toString()));
		assertTrue(err.toString().contains(list + ":2: expected one version after 'bash >='"), err.toString());
		assertEquals(2, sis("pkg", "resolve", list.toString()));
		assertTrue(err.toString().contains("No pool to resolve against"), err.toString());
		assertEquals(2, sis("pkg", "resolve", list("bash\n").toString(), "--pool", temp.resolve("none").toString()));
		assertTrue(err.toString().contains("no such directory or file, and no stored pool of that name"), err.toString());
		assertEquals(2, sis("pkg", "resolve", "no-such-list", "--pool", pool.toString()));
		assertTrue(err.toString().contains("No package list named 'no-such-list'"), err.toString());
		assertEquals(2, sis("pkg", "resolve", list("bash\n").toString(), "--pool", pool.toString(), "--arch", "x86_64"));
		assertTrue(err.toString().contains("'x86_64' is an rpm architecture; Debian calls it amd64"), err.toString());
	}

	@Test
	void rpmRepositoriesFromTheReference() throws Exception {
		Path reference = referenceFolder();
		Path list = list("fake_bash\n");
		assertEquals(1, sis("pkg", "resolve", list.toString(), "--pool", reference.resolve("repo_02").toString()));
		assertTrue(out.toString().contains("fake_bash -> super_kernel -> bzip2 >= 1.0.0 -> missing"), out.toString());
		assertEquals(2, sis("pkg", "resolve", list.toString(), "--pool", reference.resolve("repo_01").toString()));
		assertTrue(err.toString().contains("Checksum mismatch for ") && err.toString().contains("-primary.xml.gz: expected sha256 6c662d66"),
				err.toString());
		assertEquals(2, sis("pkg", "resolve", list.toString(), "--pool", reference.resolve("repo_02").toString(), "--pool", pool.toString()));
		assertTrue(err.toString().contains("The pools mix rpm"), err.toString());
	}

	@Test
	void showPoolCountsWhatAPoolHolds() throws Exception {
		assertEquals(0, sis("pkg", "show-pool", referenceFolder().resolve("packages").toString(), "--json"));
		JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
		assertEquals("directory", json.get("kind").getAsString());
		assertEquals("rpm", json.get("scheme").getAsString());
		assertEquals(5, json.get("packages").getAsInt());
		assertEquals(5, json.getAsJsonObject("architectures").get("x86_64").getAsInt());
		assertEquals(0, sis("pkg", "show-pool", pool.toString()));
		assertTrue(out.toString().contains("kind           debRepository\n"), out.toString());
		assertTrue(out.toString().contains("ARCH   PACKAGES\nall    1\namd64  4\n"), out.toString());
		assertTrue(out.toString().contains("note: no Release file: the index is not verified"), out.toString());
	}

	@Test
	void aStoredListResolvesAgainstItsStoredPools() throws Exception {
		SisFactory f = SisFactory.eINSTANCE;
		Site site = f.createSite();
		site.setName("site");
		PackagePool stored = f.createPackagePool();
		stored.setName("local");
		stored.setKind(PackagePoolKind.DEB_REPOSITORY);
		stored.setUrl(pool.toString());
		site.getPackagePools().add(stored);
		PackageList packages = f.createPackageList();
		packages.setName("base");
		packages.setDistributionFamily(DistributionFamily.DEB);
		packages.getPools().add(stored);
		Stage stage = f.createStage();
		stage.setName("one");
		PackageRequest request = f.createPackageRequest();
		request.setName("bash");
		request.setVersionConstraint(">= 5");
		stage.getRequests().add(request);
		packages.getStages().add(stage);
		site.getPackageLists().add(packages);
		SisHome home = SisHome.at(temp.resolve("home"));
		home.ensureDirectories();
		SisDatabase database = SisDatabase.forEnvironment(home, Map.of()).open();
		new SiteStore(database).replaceAll(site, new NullProgressMonitor());
		assertEquals(0, sis("pkg", "resolve", "base"), err.toString());
		assertTrue(out.toString().contains("bash        5.2.15-2  amd64  " + pool + "  requested: bash (>= 5)\n"), out.toString());
		assertEquals(0, sis("pkg", "resolve", "base", "--pool", "local", "--json"), err.toString());
		assertEquals(List.of("base-files", "libc6", "bash"), JsonParser.parseString(out.toString()).getAsJsonObject()
				.getAsJsonArray("installOrder").asList().stream().map(e -> e.getAsJsonObject().get("name").getAsString()).toList());
	}

	private static Path referenceFolder() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolveSibling("shared").resolve("reference").resolve("rpm-repodata");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
			if (Files.isDirectory(dir.resolve("shared/reference/rpm-repodata"))) {
				return dir.resolve("shared/reference/rpm-repodata");
			}
		}
		org.junit.jupiter.api.Assumptions.abort("../shared/reference/rpm-repodata is not next to this checkout");
		return null;
	}
}
