package org.sisuite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sisuite.core.store.ClientStore.RangeSpec;
import org.sisuite.internal.ui.clients.ClientsPart;

/**
 * The navigator and the Clients part cope with a site of 100,000 clients (a virtual tree over a
 * lazy content provider, a virtual table over a sorted and filtered list).
 */
class BigSiteTest {

	private static final int CLIENTS = 100_000;

	private TestSite site;

	@Test
	void navigatorAndClientsPartOpenWithAHundredThousandClients() throws CoreException {
		site = TestSite.open();
		site.reset();
		site.clients.addRange(new RangeSpec("hall", "n", 1, CLIENTS, 6, "10.64.0.1", "255.192.0.0", null, null, null),
				new NullProgressMonitor());
		NavigatorDriver driver = NavigatorDriver.find();
		driver.activate();
		driver.waitForSync(site);

		driver.item("Clients", "Client Range hall (100000)", "Client n000001");
		TreeItem hall = driver.item("Clients", "Client Range hall (100000)");
		assertEquals(CLIENTS, hall.getItemCount());
		assertEquals("Client n000002", hall.getItem(1).getText());
		assertEquals("Client n100000", hall.getItem(CLIENTS - 1).getText());

		// the Clients part on the same site: a virtual table of 100,000 rows, sorted and filtered
		long opening = System.nanoTime();
		driver.page.showView(ClientsPart.ID);
		ClientsPart part = (ClientsPart) driver.window.getService(EPartService.class).findPart(ClientsPart.ID).getObject();
		Table table = part.clientTable();
		NavigatorDriver.waitUntil(() -> table.getItemCount() == CLIENTS, "the Clients part's 100,000 rows");
		System.out.printf("Clients part: 100,000 rows shown after %d ms%n", (System.nanoTime() - opening) / 1_000_000);
		assertEquals("n000001", table.getItem(0).getText(0));
		assertEquals("10.64.0.1", table.getItem(0).getText(1));
		assertEquals("n100000", table.getItem(CLIENTS - 1).getText(0));
		long filtering = System.nanoTime();
		part.typeFilter("n09999");
		NavigatorDriver.waitUntil(() -> table.getItemCount() == 10, "the filter to leave n099990..n099999");
		System.out.printf("Clients part: filtered 100,000 clients in %d ms (250 ms of it the typing pause)%n",
				(System.nanoTime() - filtering) / 1_000_000);
		assertEquals("n099990", table.getItem(0).getText(0));
		part.typeFilter("");
		NavigatorDriver.waitUntil(() -> table.getItemCount() == CLIENTS, "the filter to be cleared");
		driver.page.hideView(driver.page.findView(ClientsPart.ID));
	}

	@AfterEach
	void emptyTheSite() throws CoreException {
		if (site != null) {
			site.reset();
		}
	}
}
