package org.sisuite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.sisuite.internal.ui.navigator.SisNavigatorPart;

/**
 * Starts the real workbench (Tycho's UI harness runs the product's application) and checks what a
 * user sees first: the Images perspective with the navigator, the Properties and Progress views,
 * on a sample site seeded in the test database. Leaves a screenshot in
 * target/screenshots/workbench.png.
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

		TestSite site = TestSite.open();
		site.reset();
		site.seedSample();
		NavigatorDriver driver = NavigatorDriver.find();
		driver.activate();
		driver.waitForSync(site);
		assertEquals(List.of("Image Servers", "Disk Tables", "Package Lists", "Clients"), driver.rootLabels());
		assertTrue(driver.tree.isVisible(), "the navigator tree is not visible");

		// what a user sees after a few clicks: the site's images and clients, an image's properties
		driver.item("Image Servers", "Image Server local", "Image compute", "Image Version 2");
		driver.item("Clients", "Client Range rack1 (20)", "Client node001");
		driver.item("Disk Tables", "Disk Table raid1");
		driver.select(driver.item("Image Servers", "Image Server local", "Image compute"));
		NavigatorDriver.waitUntil(() -> "compute".equals(driver.properties().get("Name")), "the image's properties");
		driver.tree.setTopItem(driver.tree.getItem(0));

		Path screenshot = screenshot(window.getShell());
		assertTrue(Files.size(screenshot) > 1000, "the screenshot is suspiciously small: " + screenshot);
	}

	private static Path screenshot(Shell shell) throws Exception {
		shell.setSize(1280, 800);
		return Screenshots.take(shell, "workbench.png");
	}
}
