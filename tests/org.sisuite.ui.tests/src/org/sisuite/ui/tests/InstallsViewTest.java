package org.sisuite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.sisuite.core.monitor.InstallMonitor;
import org.sisuite.core.monitor.InstallOverview.Install;
import org.sisuite.core.store.InstallStore;
import org.sisuite.internal.ui.installs.InstallsPart;

/**
 * The Installs view during a run: a monitor started in the test receives several simulated
 * clients over TCP, and the view shows their rows, progress and counts per state. Leaves a
 * screenshot in target/screenshots/installs-view.png.
 */
class InstallsViewTest {

	@Test
	void theInstallsViewShowsAMonitorRunLive() throws Exception {
		TestSite site = TestSite.open();
		site.reset();
		site.seedSample();
		new InstallStore(site.database).clear();
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		page.showView(InstallsPart.ID);
		MPart part = window.getService(EPartService.class).findPart(InstallsPart.ID);
		assertNotNull(part, "the Installs view has no e4 part");
		InstallsPart installs = (InstallsPart) part.getObject();

		InstallMonitor monitor = InstallMonitor.start(site.database,
				InstallMonitor.Options.defaults(new InetSocketAddress("127.0.0.1", 0)));
		try {
			List<String> lines = new ArrayList<>();
			String[][] clients = { { "node001", "45", "image" }, { "node002", "100", "done" }, { "node003", "-1", "disks" },
					{ "node004", "101", "bootloader" }, { "node005", "72", "image" }, { "node006", "12", "image" } };
			for (int i = 0; i < clients.length; i++) {
				String prefix = String.format("mac=52:54:00:10:00:%02x:ip=10.0.0.%d:host=%s:", i + 1, 10 + i, clients[i][0]);
				lines.add(prefix + "status=0:speed=0:step=init");
				lines.add(prefix + "status=" + clients[i][1] + ":speed=" + (1000 * (i + 1)) + ":step=" + clients[i][2]);
				lines.add(prefix + "log=rsync: " + clients[i][1] + "% of compute");
			}
			lines.add("mac=de:ad:be:ef:00:01:host=stranger:status=5:speed=10");
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), monitor.port())) {
				OutputStream out = socket.getOutputStream();
				out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
			}

			Table table = installs.getTable();
			NavigatorDriver.waitUntil(() -> installs.shown() != null && installs.shown().installs().size() == 7
					&& table.getItemCount() == 7 && installs.shown().installs().get(2).state().equals("failed"),
					"the Installs view shows the 7 clients");
			Map<String, Integer> counts = installs.shown().counts();
			assertEquals(4, counts.get("running"), counts.toString());
			assertEquals(1, counts.get("imaged"));
			assertEquals(1, counts.get("finalizing"));
			assertEquals(1, counts.get("failed"));
			assertEquals(1, counts.get("unknown"));
			Install node005 = installs.shown().installs().get(4);
			assertEquals("node005", node005.client());
			assertEquals(72, node005.percent());
			assertEquals("node001", table.getItem(0).getText(0));
			assertEquals("running", table.getItem(0).getText(2));
			assertEquals("45%", table.getItem(0).getText(3));
			assertEquals("failed", table.getItem(2).getText(2));
			assertEquals("? stranger", table.getItem(6).getText(0));

			// a client reports again, by its MAC alone (first seen with its name): the row follows
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), monitor.port())) {
				socket.getOutputStream().write("mac=52:54:00:10:00:01:status=88:speed=9000:step=image\n"
						.getBytes(StandardCharsets.UTF_8));
			}
			NavigatorDriver.waitUntil(() -> installs.shown().installs().get(0).percent() == 88, "node001 at 88%");

			// the view alone, as large as the window, for the screenshot
			IViewReference view = page.findViewReference(InstallsPart.ID);
			page.setPartState(view, IWorkbenchPage.STATE_MAXIMIZED);
			Path screenshot = screenshot(window.getShell());
			assertTrue(Files.size(screenshot) > 1000, "the screenshot is suspiciously small: " + screenshot);
			page.setPartState(view, IWorkbenchPage.STATE_RESTORED);
		} finally {
			monitor.close();
			// it shares a folder with the Properties view, which other tests read
			page.hideView(page.findViewReference(InstallsPart.ID));
		}
	}

	private static Path screenshot(Shell shell) throws Exception {
		shell.setSize(1400, 800);
		return Screenshots.take(shell, "installs-view.png");
	}
}
