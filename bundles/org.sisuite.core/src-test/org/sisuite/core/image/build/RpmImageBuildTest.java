package org.sisuite.core.image.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.SisHome;
import org.sisuite.core.Statuses;
import org.sisuite.core.pkg.pool.PoolSpec;
import org.sisuite.core.store.ImageStore;
import org.sisuite.core.store.ImageStore.Action;
import org.sisuite.core.store.ImageStore.ImageSpec;
import org.sisuite.core.store.SisDatabase;
import org.sisuite.core.store.StoreRecords.ImageDetails;
import org.sisuite.model.DistributionFamily;
import org.sisuite.model.PackageList;
import org.sisuite.model.PackageRequest;
import org.sisuite.model.SisFactory;
import org.sisuite.model.Stage;

/** Builds rpm images for real from a tiny repository: stages, versions, post-install actions, failure, cancellation. */
class RpmImageBuildTest {

	private static Path repository;

	@TempDir
	static Path shared;
	@TempDir
	Path temp;

	private SisHome home;
	private ImageStore store;

	@BeforeAll
	static void repository() throws Exception {
		String missing = RpmFixtures.missing();
		assumeTrue(missing == null, missing);
		repository = RpmFixtures.repository(shared);
	}

	@BeforeEach
	void site() throws CoreException {
		home = SisHome.at(temp.resolve("home")).ensureDirectories();
		store = new ImageStore(SisDatabase.embedded(home.databaseDirectory()).open(), home.imagesDirectory());
		store.add(new ImageSpec("compute", null, "x86_64", "tiny-1", null, null));
	}

	private ImageBuildResult build(PackageSource packages, String note) throws CoreException {
		return new ImageBuildOperation(store, home, new ImageBuildRequest("compute", packages,
				List.of(PoolSpec.at(repository.toString())), List.of(), note)).execute(new NullProgressMonitor());
	}

	private static PackageList stagedList() {
		PackageList list = SisFactory.eINSTANCE.createPackageList();
		list.setName("tiny");
		list.setDistributionFamily(DistributionFamily.RPM);
		int order = 0;
		for (String name : List.of("glibc", "bash", "sash")) {
			Stage stage = SisFactory.eINSTANCE.createStage();
			stage.setName(name + "-stage");
			stage.setOrder(++order);
			PackageRequest request = SisFactory.eINSTANCE.createPackageRequest();
			request.setName(name);
			stage.getRequests().add(request);
			list.getStages().add(stage);
		}
		return list;
	}

	private static List<String> installed(Path image) throws Exception {
		String out = RpmFixtures.run(List.of("rpm", "--root", image.toString(), "--dbpath", RpmImageInstaller.DBPATH, "-qa",
				"--qf", "%{NAME}\\n"), null);
		return Arrays.stream(out.split("\n")).filter(s -> !s.isBlank()).sorted().toList();
	}

	private List<Path> leftovers() throws Exception {
		Path images = home.imagesDirectory().resolve("compute");
		if (!Files.isDirectory(images)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(images)) {
			return entries.filter(p -> p.getFileName().toString().startsWith(".")).toList();
		}
	}

	@Test
	void stagesInstallTheListAndVersionsChain() throws Exception {
		store.addPostInstallAction("compute", new Action("stamp", 10, "echo \"built $SIS_IMAGE\" > /etc/sis-built\n"));

		ImageBuildResult first = build(PackageSource.of(stagedList()), "first");
		assertEquals(1, first.version().number());
		assertNull(first.version().parent());
		assertEquals(3, first.packages());
		Path v1 = home.imagesDirectory().resolve("compute/v1");
		assertEquals(v1.toString(), first.path());
		assertEquals(List.of("bash", "glibc", "sash"), installed(v1));
		assertEquals("sash was here\n", Files.readString(v1.resolve("etc/sash.conf")));
		assertEquals("built compute\n", Files.readString(v1.resolve("etc/sis-built")));
		assertTrue(first.version().sizeBytes() > Files.size(v1.resolve("bin/sh")));
		String log = Files.readString(Path.of(first.log()));
		assertTrue(log.contains("--nodeps --noscripts") && log.contains("stage glibc-stage: glibc"), log);

		ImageBuildResult second = build(PackageSource.text("list.txt", "sash\n"), "second");
		assertEquals(2, second.version().number());
		assertEquals(1, second.version().parent());
		assertEquals(List.of("bash", "glibc", "sash"), installed(home.imagesDirectory().resolve("compute/v2")));
		ImageDetails details = store.show("compute");
		assertEquals(2, details.summary().currentVersion());
		assertEquals(List.of("first", "second"), details.versionHistory().stream().map(v -> v.note()).toList());
		assertEquals(List.of(), leftovers());
	}

	@Test
	void aListThatDoesNotResolveLeavesTheImageAsItWas() throws Exception {
		CoreException e = assertThrows(CoreException.class, () -> build(PackageSource.text("list.txt", "sash\nemacs\n"), null));
		assertEquals(Statuses.BAD_INPUT, e.getStatus().getCode());
		assertTrue(e.getStatus().getMessage().contains("emacs"), e.getStatus().getMessage());
		assertNull(store.show("compute").summary().currentVersion());
		assertEquals(List.of(), leftovers());
	}

	@Test
	void aFailingActionOrACancelKeepsTheCurrentVersionAndRemovesTheStaging() throws Exception {
		build(PackageSource.text("list.txt", "sash\n"), null);
		store.addPostInstallAction("compute", new Action("fails", 1, "echo broken >&2; exit 3\n"));
		CoreException e = assertThrows(CoreException.class, () -> build(PackageSource.text("list.txt", "sash\n"), null));
		assertTrue(e.getStatus().getMessage().contains("'fails' failed") && e.getStatus().getMessage().contains("broken"),
				e.getStatus().getMessage());
		assertEquals(1, store.show("compute").summary().currentVersion());
		assertEquals(List.of(), leftovers());
		assertFalse(Files.exists(home.imagesDirectory().resolve("compute/v2")));
	}

	@Test
	@Timeout(120)
	void cancellingKillsTheRunningToolAndRemovesTheStaging() throws Exception {
		store.addPostInstallAction("compute", new Action("slow", 1, "echo waiting; while :; do :; done\n"));
		NullProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				if ("waiting".equals(name)) {
					setCanceled(true);
				}
			}
		};
		long start = System.nanoTime();
		assertThrows(OperationCanceledException.class, () -> new ImageBuildOperation(store, home, new ImageBuildRequest("compute",
				PackageSource.text("list.txt", "sash\n"), List.of(PoolSpec.at(repository.toString())), List.of(), null))
				.execute(monitor));
		assertTrue(System.nanoTime() - start < 30_000_000_000L, "the endless action was not killed");
		assertNull(store.show("compute").summary().currentVersion());
		assertEquals(List.of(), leftovers());
	}

	@Test
	void anUnknownImageIsBadInput() {
		CoreException e = assertThrows(CoreException.class, () -> new ImageBuildOperation(store, home, new ImageBuildRequest("nope",
				PackageSource.text("list.txt", "sash\n"), List.of(PoolSpec.at(repository.toString())), List.of(), null))
				.execute(new NullProgressMonitor()));
		assertEquals(Statuses.BAD_INPUT, e.getStatus().getCode());
	}
}
