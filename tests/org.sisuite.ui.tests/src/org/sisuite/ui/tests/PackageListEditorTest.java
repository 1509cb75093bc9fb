package org.sisuite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sisuite.internal.ui.pkg.PackageListEditorPart;
import org.sisuite.internal.ui.pkg.PackageListJobs;
import org.sisuite.core.store.ImageStore.ImageSpec;
import org.sisuite.model.DistributionFamily;
import org.sisuite.model.PackageList;
import org.sisuite.model.PackagePool;
import org.sisuite.model.PackagePoolKind;
import org.sisuite.model.PackageRequest;
import org.sisuite.model.SisFactory;
import org.sisuite.model.Site;
import org.sisuite.model.Stage;

/**
 * The package list editor on a small real pool (a Debian Packages file the test writes): stages
 * as columns, completion from the pool, a move between stages that undo and redo revert and
 * repeat and that reaches the database, Resolve with the install order and a problem row. Leaves
 * target/screenshots/package-list-editor.png.
 */
class PackageListEditorTest {

	private static final SisFactory F = SisFactory.eINSTANCE;

	/** Closes the editor: it shares the Properties view's folder, and other tests need that view on top. */
	@AfterEach
	void closeEditor() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IViewReference editor = page.findViewReference(PackageListEditorPart.ID);
		if (editor != null) {
			page.setPartState(editor, IWorkbenchPage.STATE_RESTORED);
			page.hideView(editor);
		}
		NavigatorDriver.dispatchPending();
	}

	@Test
	void movesCompletesAndResolvesAgainstARealPool() throws Exception {
		TestSite site = TestSite.open();
		Path pool = Files.createDirectories(site.home.root().resolve("pool-for-editor"));
		Files.writeString(pool.resolve("Packages"), """
				Package: libc6
				Version: 2.36-9
				Architecture: amd64
				Multi-Arch: same
				Priority: required
				Filename: pool/libc6_2.36-9_amd64.deb

				Package: hello
				Version: 2.10-3
				Architecture: amd64
				Depends: libc6 (>= 2.34)
				Filename: pool/hello_2.10-3_amd64.deb

				Package: helix
				Version: 23.03-1
				Architecture: amd64
				Depends: libc6 (>= 2.36), hello
				Filename: pool/helix_23.03-1_amd64.deb

				Package: tool
				Version: 1.0-1
				Architecture: amd64
				Depends: libmissing1
				Filename: pool/tool_1.0-1_amd64.deb
				""");
		site.reset();
		site.sites.replaceAll(site(pool), new NullProgressMonitor());
		site.images.add(new ImageSpec("compute", null, "x86_64", "debian-12", null, null));

		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		page.showView(PackageListEditorPart.ID);
		MPart part = window.getService(EPartService.class).findPart(PackageListEditorPart.ID);
		assertNotNull(part, "the editor has no e4 part");
		PackageListEditorPart editor = (PackageListEditorPart) part.getObject();
		NavigatorDriver.waitUntil(() -> editor.list() != null, "the package list in the editor");
		editor.showList("compute");
		NavigatorDriver.waitUntil(() -> editor.stageViewer("base") != null && editor.stageViewer("extra") != null, "one column per stage");
		NavigatorDriver.waitUntil(editor::hasPoolNames, "the pool's names for completion");

		// completion offers the pool's names that start with what was typed
		assertEquals(List.of("helix", "hello"), editor.proposals("hel"));
		assertTrue(editor.addPackage("helix", "extra"));
		assertEquals(List.of("hello", "helix"), names(editor.stage("extra")));

		// a move between stages, as a drop does, is one command: undo and redo
		PackageRequest hello = editor.stage("extra").getRequests().get(0);
		editor.stageViewer("extra").setSelection(new StructuredSelection(hello));
		assertTrue(editor.move(List.of(hello), editor.stage("base"), -1));
		assertEquals(List.of("libc6", "hello"), names(editor.stage("base")));
		assertEquals(List.of("helix"), names(editor.stage("extra")));
		assertEquals(2, editor.stageViewer("base").getTable().getItemCount(), "the column shows the move");
		editor.model().undo();
		assertEquals(List.of("libc6"), names(editor.stage("base")));
		assertEquals(List.of("hello", "helix"), names(editor.stage("extra")));
		editor.model().redo();
		assertEquals(List.of("libc6", "hello"), names(editor.stage("base")));
		waitForSave(editor, site);
		PackageList saved = site.sites.load().getPackageLists().get(0);
		assertEquals(List.of("libc6", "hello"), names(saved.getStages().stream().filter(s -> s.getName().equals("base")).findFirst().orElseThrow()));

		// Resolve: versions, architectures and the install order, dependencies first
		Job job = editor.resolve();
		job.join();
		NavigatorDriver.waitUntil(() -> editor.lastResolution() != null, "the resolution");
		List<String> rows = editor.resolutionRows();
		assertEquals(List.of("1 libc6 2.36-9 amd64 requested", "2 hello 2.10-3 amd64 requested", "3 helix 23.03-1 amd64 requested"), rows);

		// a package whose dependency the pool lacks shows as a problem row
		assertTrue(editor.addPackage("tool", "extra"));
		editor.resolve().join();
		NavigatorDriver.waitUntil(() -> !editor.lastResolution().resolved(), "the resolution with the problem");
		assertTrue(editor.resolutionRows().get(0).startsWith("problem tool"), editor.resolutionRows().toString());
		assertTrue(editor.resolutionRows().get(0).contains("libmissing1"), editor.resolutionRows().toString());
		page.activate(page.findView(PackageListEditorPart.ID));
		page.setPartState(page.findViewReference(PackageListEditorPart.ID), IWorkbenchPage.STATE_MAXIMIZED);
		Path screenshot = Screenshots.take(window.getShell(), "package-list-editor.png");
		assertTrue(Files.size(screenshot) > 1000, "the screenshot is suspiciously small: " + screenshot);
		editor.model().undo();
		waitForSave(editor, site);
		editor.resolve().join();
		NavigatorDriver.waitUntil(() -> editor.lastResolution().resolved(), "the resolution without the problem");
		Job.getJobManager().join(PackageListJobs.FAMILY, null);

		assertFalse(editor.model().isDirty());
		page.setPartState(page.findViewReference(PackageListEditorPart.ID), IWorkbenchPage.STATE_RESTORED);
	}

	@Test
	void aDoubleClickOnAPackageListInTheNavigatorOpensItInTheEditor() throws Exception {
		TestSite site = TestSite.open();
		Path pool = Files.createDirectories(site.home.root().resolve("pool-for-open"));
		Files.writeString(pool.resolve("Packages"), "Package: libc6\nVersion: 2.36-9\nArchitecture: amd64\n\n");
		site.reset();
		site.sites.replaceAll(site(pool), new NullProgressMonitor());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IViewReference before = page.findViewReference(PackageListEditorPart.ID);
		if (before != null) {
			page.hideView(before);
		}

		NavigatorDriver navigator = NavigatorDriver.find();
		navigator.doubleClick(navigator.item("Package Lists", "Package List compute"));

		IViewReference opened = page.findViewReference(PackageListEditorPart.ID);
		assertNotNull(opened, "the double-click did not open the package list editor");
		MPart part = page.getWorkbenchWindow().getService(EPartService.class).findPart(PackageListEditorPart.ID);
		PackageListEditorPart editor = (PackageListEditorPart) part.getObject();
		NavigatorDriver.waitUntil(() -> editor.list() != null && "compute".equals(editor.list().getName())
				&& editor.stageViewer("base") != null, "the list 'compute' in the editor");
		page.hideView(opened);
	}

	@Test
	void buildsAnImageFromTheListInABackgroundJob() throws Exception {
		for (String tool : List.of("/usr/bin/rpm", "/usr/bin/rpmbuild", "/usr/bin/createrepo_c")) {
			assumeTrue(Files.isExecutable(Path.of(tool)), tool + " is not installed");
		}
		assumeTrue(run(null, "id", "-u").strip().equals("0"), "needs root (rpm --root)");
		TestSite site = TestSite.open();
		Path work = Files.createDirectories(site.home.root().resolve("rpm-for-editor"));
		Path repo = Files.createDirectories(work.resolve("repo"));
		Path spec = Files.writeString(work.resolve("motd.spec"), """
				Name: motd
				Version: 1.0
				Release: 1
				Summary: a file
				License: MIT
				BuildArch: noarch
				AutoReqProv: no

				%description
				A test package.

				%install
				mkdir -p %{buildroot}/etc
				echo 'built from the editor' > %{buildroot}/etc/motd

				%files
				/etc/motd
				""");
		run(null, "rpmbuild", "-bb", "--quiet", "--define", "_topdir " + work.resolve("rpmbuild"), "--define", "_rpmdir " + repo,
				spec.toString());
		run(null, "createrepo_c", "--quiet", repo.toString());
		site.reset();
		Site model = F.createSite();
		model.setName("site");
		PackagePool pool = F.createPackagePool();
		pool.setName("tiny-rpm");
		pool.setKind(PackagePoolKind.RPM_REPOSITORY);
		pool.setUrl(repo.toString());
		model.getPackagePools().add(pool);
		PackageList list = F.createPackageList();
		list.setName("motd-list");
		list.setDistributionFamily(DistributionFamily.RPM);
		list.getPools().add(pool);
		list.getStages().add(stage("base", 1, "motd"));
		model.getPackageLists().add(list);
		site.sites.replaceAll(model, new NullProgressMonitor());
		Path images = Files.createDirectories(site.home.imagesDirectory().resolve("editor-built"));
		site.images.add(new ImageSpec("editor-built", null, "x86_64", null, images.toString(), null));

		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getActivePage().showView(PackageListEditorPart.ID);
		PackageListEditorPart editor = (PackageListEditorPart) window.getService(EPartService.class)
				.findPart(PackageListEditorPart.ID).getObject();
		NavigatorDriver.waitUntil(() -> editor.model().site() != null
				&& editor.model().site().getPackageLists().stream().anyMatch(l -> "motd-list".equals(l.getName())), "the new site in the editor");
		editor.showList("motd-list");
		NavigatorDriver.waitUntil(() -> editor.stage("base") != null && editor.stage("base").getRequests().size() == 1, "the rpm list");
		Job build = editor.build("editor-built");
		assertNotNull(build);
		NavigatorDriver.waitUntil(() -> build.getResult() != null, "the build job");
		NavigatorDriver.waitUntil(() -> editor.buildLogText().contains("Built image editor-built version 1")
				|| editor.buildLogText().contains("Build failed"), "the build's end in the log");
		assertTrue(editor.buildLogText().contains("Built image editor-built version 1"), editor.buildLogText());
		assertTrue(build.getResult().isOK(), build.getResult().toString());
		assertEquals("built from the editor\n", Files.readString(images.resolve("v1/etc/motd")));
		assertTrue(editor.buildLogText().contains("Preparing packages"), "the log tab shows rpm's output: " + editor.buildLogText());
		assertEquals(Integer.valueOf(1), site.images.buildTarget("editor-built").currentVersion());
	}

	private static String run(Path directory, String... command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		if (directory != null) {
			builder.directory(directory.toFile());
		}
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
		}
		return output;
	}

	private static void waitForSave(PackageListEditorPart editor, TestSite site) {
		NavigatorDriver.waitUntil(() -> {
			try {
				return !editor.session().isBusy() && !editor.model().isDirty()
						&& editor.model().baseRevision() == site.sites.revision();
			} catch (CoreException e) {
				throw new IllegalStateException(e);
			}
		}, "the editor's change to reach the database");
	}

	private static List<String> names(Stage stage) {
		return stage.getRequests().stream().map(PackageRequest::getName).toList();
	}

	private static Site site(Path poolDirectory) {
		Site site = F.createSite();
		site.setName("site");
		PackagePool pool = F.createPackagePool();
		pool.setName("tiny-debian");
		pool.setUrl(poolDirectory.toString());
		site.getPackagePools().add(pool);
		PackageList list = F.createPackageList();
		list.setName("compute");
		list.getPools().add(pool);
		list.getStages().add(stage("base", 1, "libc6"));
		list.getStages().add(stage("extra", 2, "hello"));
		site.getPackageLists().add(list);
		return site;
	}

	private static Stage stage(String name, int order, String... packages) {
		Stage stage = F.createStage();
		stage.setName(name);
		stage.setOrder(order);
		for (String p : packages) {
			PackageRequest request = F.createPackageRequest();
			request.setName(p);
			stage.getRequests().add(request);
		}
		return stage;
	}
}
