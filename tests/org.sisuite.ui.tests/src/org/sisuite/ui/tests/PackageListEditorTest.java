package org.sisuite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.sisuite.internal.ui.pkg.PackageListEditorPart;
import org.sisuite.internal.ui.pkg.PackageListJobs;
import org.sisuite.model.PackageList;
import org.sisuite.model.PackagePool;
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
		editor.model().undo();
		waitForSave(editor, site);
		editor.resolve().join();
		NavigatorDriver.waitUntil(() -> editor.lastResolution().resolved(), "the resolution without the problem");
		Job.getJobManager().join(PackageListJobs.FAMILY, null);

		page.activate(page.findView(PackageListEditorPart.ID));
		Path screenshot = Screenshots.take(window.getShell(), "package-list-editor.png");
		assertTrue(Files.size(screenshot) > 1000, "the screenshot is suspiciously small: " + screenshot);
		assertFalse(editor.model().isDirty());
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
