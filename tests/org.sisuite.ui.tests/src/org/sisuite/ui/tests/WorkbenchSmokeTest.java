package org.sisuite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.sisuite.internal.ui.navigator.SisNavigatorPart;

/**
 * Starts the real workbench (Tycho's UI harness runs the product's application) and checks what a
 * user sees first: the Images perspective with the navigator, the Properties and Progress views.
 * Leaves a screenshot in target/screenshots/workbench.png.
 */
class WorkbenchSmokeTest {

	@Test
	void workbenchOpensOnTheImagesPerspectiveWithNavigatorAndViews() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "no workbench window is open");
		IWorkbenchPage page = window.getActivePage();
		assertEquals("org.sisuite.ui.perspective.images", page.getPerspective().getId());
		assertEquals("SIS Workbench", window.getShell().getText());

		assertNotNull(page.findView(SisNavigatorPart.ID), "the SIS navigator is not open");
		assertNotNull(page.findView(IPageLayout.ID_PROP_SHEET), "the Properties view is not open");
		assertNotNull(page.findView(IPageLayout.ID_PROGRESS_VIEW), "the Progress view is not open");

		MPart part = window.getService(EPartService.class).findPart(SisNavigatorPart.ID);
		assertNotNull(part, "the navigator has no e4 part");
		SisNavigatorPart navigator = (SisNavigatorPart) part.getObject();
		Tree tree = navigator.getViewer().getTree();
		List<String> roots = Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
		assertEquals(List.of("Images", "Disk Tables", "Clients"), roots);
		assertTrue(tree.isVisible(), "the navigator tree is not visible");

		Path screenshot = screenshot(window.getShell());
		assertTrue(Files.size(screenshot) > 1000, "the screenshot is suspiciously small: " + screenshot);
	}

	private static Path screenshot(Shell shell) throws Exception {
		Display display = shell.getDisplay();
		shell.forceActive();
		shell.setSize(1280, 800);
		long until = System.currentTimeMillis() + 1500;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		Path directory = Path.of(System.getProperty("sis.screenshots", "target/screenshots"));
		Files.createDirectories(directory);
		Path file = directory.resolve("workbench.png");
		try {
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
		return file;
	}
}
