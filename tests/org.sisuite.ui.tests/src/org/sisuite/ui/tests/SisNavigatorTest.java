package org.sisuite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sisuite.core.store.ClientStore.ClientSpec;
import org.sisuite.core.store.StoreRecords.ImageSummary;
import org.sisuite.model.Client;
import org.sisuite.model.Image;

/**
 * The navigator against a real database in a throw-away SIS_HOME: what it shows, how it follows
 * writes of other processes, the Properties view, and undoable edits saved to the database.
 */
class SisNavigatorTest {

	private TestSite site;
	private NavigatorDriver driver;

	@BeforeEach
	void seed() throws CoreException {
		site = TestSite.open();
		site.reset();
		site.seedSample();
		driver = NavigatorDriver.find();
		driver.activate();
		driver.waitForSync(site);
	}

	@Test
	void showsImageServersImagesVersionsTablesListsAndGroupedClients() {
		assertEquals(List.of("Image Servers", "Disk Tables", "Package Lists", "Clients"), driver.rootLabels());

		driver.item("Image Servers", "Image Server local", "Image compute", "Image Version 1");
		driver.item("Image Servers", "Image Server local", "Image compute", "Image Version 2");
		driver.item("Image Servers", "Image Server local", "Image login");
		driver.item("Disk Tables", "Disk Table raid1");
		driver.item("Package Lists", "Package List compute-packages");

		driver.item("Clients", "Client Range rack1 (20)", "Client node001");
		TreeItem rack = driver.item("Clients", "Client Range rack1 (20)");
		assertEquals(20, rack.getItemCount());
		assertEquals("Client node020", rack.getItem(19).getText());
		assertEquals(1, driver.item("Clients").getItemCount(), "an empty Ungrouped folder is not shown");
	}

	@Test
	void showsAClientAddedByAnotherProcessAndKeepsExpandedFoldersAndSelection() throws CoreException {
		driver.item("Clients", "Client Range rack1 (20)", "Client node001");
		driver.select(driver.item("Image Servers", "Image Server local", "Image compute"));
		Image before = (Image) driver.navigator.getViewer().getStructuredSelection().getFirstElement();

		site.clients.add(new ClientSpec("spare", null, null, List.of(), null, null, null, List.of()));

		NavigatorDriver.waitUntil(() -> driver.item("Clients").getItemCount() == 2, "the Ungrouped folder");
		assertTrue(driver.item("Clients", "Client Range rack1 (20)").getExpanded(),
				"the expanded group stays expanded across the reload");
		driver.item("Clients", "Ungrouped (1)", "Client spare");
		Object selected = driver.navigator.getViewer().getStructuredSelection().getFirstElement();
		assertTrue(selected instanceof Image image && "compute".equals(image.getName()) && image != before,
				"the selection moves to the reloaded image, was " + selected);
	}

	@Test
	void selectingAnImageShowsItsPropertiesInThePropertiesView() {
		driver.select(driver.item("Image Servers", "Image Server local", "Image compute"));

		NavigatorDriver.waitUntil(() -> "compute".equals(driver.properties().get("Name")),
				"the Properties view to show the image's name (shows " + driver.properties() + ")");
		assertEquals("x86_64", driver.properties().get("Architecture"));
		assertEquals("debian-12", driver.properties().get("Distribution"));
	}

	@Test
	void renameAndDeleteAreSavedAndUndoneThroughTheEditMenuHandlers() throws Exception {
		Image login = image("login");
		assertTrue(driver.navigator.rename(login, "login-v2"));
		NavigatorDriver.waitUntil(() -> imageNames().contains("login-v2"), "the rename to reach the database");
		driver.item("Image Servers", "Image Server local", "Image login-v2");

		IAction undo = driver.view().getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
		assertNotNull(undo, "the navigator provides no Undo handler to the Edit menu");
		assertTrue(undo.isEnabled());
		undo.run();
		NavigatorDriver.waitUntil(() -> imageNames().contains("login") && !imageNames().contains("login-v2"),
				"the undone rename to reach the database");

		Client node = driver.navigator.session().model().site().getClients().get(0);
		assertEquals("node001", node.getHostname());
		assertTrue(driver.navigator.delete(List.<EObject>of(node)));
		NavigatorDriver.waitUntil(() -> clientCount() == 19, "the delete to reach the database");
		driver.item("Clients", "Client Range rack1 (19)");

		// Ctrl+Z and Edit > Undo run the command, which the workbench routes to the active part's handler
		executeCommand(ActionFactory.UNDO.getCommandId());
		NavigatorDriver.waitUntil(() -> clientCount() == 20, "the undone delete to reach the database");
		driver.waitForSync(site);
		driver.item("Clients", "Client Range rack1 (20)");
	}

	@Test
	void anEditInThePropertiesViewIsSavedAndUndoable() throws Exception {
		Image compute = image("compute");
		IPropertySource properties = Adapters.adapt(compute, IPropertySource.class);
		assertNotNull(properties, "a model object has no properties for the Properties view");
		IPropertyDescriptor description = Arrays.stream(properties.getPropertyDescriptors())
				.filter(descriptor -> "Description".equals(descriptor.getDisplayName())).findFirst().orElseThrow();
		assertEquals("compute nodes", properties.getPropertyValue(description.getId()));

		properties.setPropertyValue(description.getId(), "GPU nodes");
		NavigatorDriver.waitUntil(() -> "GPU nodes".equals(imageDescription("compute")),
				"the property edit to reach the database");

		executeCommand(ActionFactory.UNDO.getCommandId());
		NavigatorDriver.waitUntil(() -> "compute nodes".equals(imageDescription("compute")),
				"the undone property edit to reach the database");
	}

	@Test
	void aDoubleClickGoesToTheOpenHook() {
		List<Object> opened = new ArrayList<>();
		driver.navigator.setOpenHook(opened::add);
		driver.doubleClick(driver.item("Image Servers", "Image Server local", "Image compute"));
		assertEquals(1, opened.size());
		assertEquals("compute", ((Image) opened.get(0)).getName());
	}

	private void executeCommand(String commandId) throws Exception {
		driver.activate();
		driver.window.getService(IHandlerService.class).executeCommand(commandId, null);
	}

	private String imageDescription(String name) {
		try {
			return site.images.show(name).description();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private Image image(String name) {
		return driver.navigator.session().model().site().getImageServers().get(0).getImages().stream()
				.filter(image -> name.equals(image.getName())).findFirst().orElseThrow();
	}

	private List<String> imageNames() {
		try {
			return site.images.list().stream().map(ImageSummary::name).toList();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private int clientCount() {
		try {
			return site.sites.load().getClients().size();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}
}
