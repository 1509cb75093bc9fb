package org.sisuite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sisuite.core.store.ClientStore.RangeSpec;

/** The navigator copes with a site of 100,000 clients (a virtual tree over a lazy content provider). */
class BigSiteTest {

	private static final int CLIENTS = 100_000;

	private TestSite site;

	@Test
	void opensWithAHundredThousandClients() throws CoreException {
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
	}

	@AfterEach
	void emptyTheSite() throws CoreException {
		if (site != null) {
			site.reset();
		}
	}
}
