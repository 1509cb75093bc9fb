package org.sisuite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sisuite.core.server.RsyncDaemon;
import org.sisuite.core.server.ServerLayout;
import org.sisuite.core.server.ServerSettings;
import org.sisuite.internal.ui.server.ImageServerPart;

/**
 * The Image Server view drives the real rsync daemon: Start brings it up on the free loopback
 * port of the site's {@code server.properties} (a TCP client gets the daemon's greeting), Stop
 * takes it down (the port refuses connections), and the view follows both; Reload shows the
 * configuration's modules, and a pid file of a process that is no rsync shows as stale.
 */
class ImageServerViewTest {

	private TestSite site;
	private IWorkbenchPage page;

	@Test
	void startAndStopTheImageServerFromTheView() throws Exception {
		site = TestSite.open();
		site.reset();
		int port;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = free.getLocalPort();
		}
		Files.writeString(settingsFile(), "address=127.0.0.1\nport=" + port + "\n", StandardCharsets.UTF_8);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		page = window.getActivePage();
		page.showView(ImageServerPart.ID);
		MPart part = window.getService(EPartService.class).findPart(ImageServerPart.ID);
		assertNotNull(part, "the Image Server view has no e4 part");
		ImageServerPart view = (ImageServerPart) part.getObject();
		NavigatorDriver.waitUntil(() -> "stopped".equals(view.shownState()), "the view to show the server stopped");

		press(view.reloadButton());
		NavigatorDriver.waitUntil(() -> view.modulesText().startsWith("scripts, boot, overrides"),
				"the view to show the modules of the written configuration");

		press(view.startButton());
		NavigatorDriver.waitUntil(() -> "running".equals(view.shownState()), "the view to show the server running");
		assertEquals("running", view.stateText());
		assertTrue(greeting(port).startsWith("@RSYNCD:"), "no rsync daemon greeting on port " + port);
		assertTrue(!view.startButton().isEnabled() && view.stopButton().isEnabled(), "Start and Stop enablement");

		press(view.stopButton());
		NavigatorDriver.waitUntil(() -> "stopped".equals(view.shownState()), "the view to show the server stopped");
		NavigatorDriver.waitUntil(() -> !accepts(port), "port " + port + " to be closed");

		// a pid file left by a daemon that is gone: the next refresh removes it and says so
		Path pidFile = new ServerLayout(site.home).pidFile();
		Files.writeString(pidFile, ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
		NavigatorDriver.waitUntil(() -> "stale".equals(view.shownState()), "the view to show the pid file stale");
		assertTrue(Files.notExists(pidFile), "the stale pid file is still there");
	}

	@AfterEach
	void stopTheDaemonAndHideTheView() throws Exception {
		if (site != null) {
			new RsyncDaemon(new ServerLayout(site.home), site.database, ServerSettings.read(site.home, null, null))
					.stop(new NullProgressMonitor());
			Files.deleteIfExists(settingsFile());
		}
		if (page != null) {
			// it shares a folder with the Progress view; the Properties view's neighbours matter to later tests
			IViewReference reference = page.findViewReference(ImageServerPart.ID);
			if (reference != null) {
				page.hideView(reference);
			}
		}
	}

	private Path settingsFile() {
		return site.home.root().resolve(ServerSettings.FILE_NAME);
	}

	private static void press(Button button) {
		assertTrue(button.isEnabled(), button.getText() + " is disabled");
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static String greeting(int port) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
			socket.setSoTimeout(10_000);
			return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
		}
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
			return true;
		} catch (IOException e) {
			return false;
		}
	}
}
