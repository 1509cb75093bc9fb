package org.sisuite.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./sis workbench} opens the main window on the X display: the window manager's view of the
 * display (xwininfo, Debian x11-utils) must show a top-level window titled "SIS Workbench".
 */
class WorkbenchLaunchTest {

	private static final long WINDOW_TIMEOUT_MS = 90_000;

	@TempDir
	Path home;

	@Test
	void sisWorkbenchShowsTheMainWindow() throws Exception {
		assumeFalse(Boolean.getBoolean("sis.skipUiTests"), "UI tests skipped (-Dsis.skipUiTests=true)");
		assumeTrue(System.getenv("DISPLAY") != null, "no X display; run the build under xvfb-run -a");
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/xwininfo")), "xwininfo (Debian x11-utils) is not installed");

		ProcessBuilder builder = new ProcessBuilder(SisProcess.root().resolve("sis").toString(), "workbench");
		builder.environment().put("SIS_HOME", home.toString());
		builder.redirectErrorStream(true).redirectOutput(home.resolve("workbench.out").toFile());
		Process workbench = builder.start();
		try {
			boolean shown = false;
			long deadline = System.currentTimeMillis() + WINDOW_TIMEOUT_MS;
			while (!shown && workbench.isAlive() && System.currentTimeMillis() < deadline) {
				shown = topLevelWindows().contains("\"SIS Workbench\"");
				if (!shown) {
					Thread.sleep(250);
				}
			}
			// the platform creates the workspace lazily, possibly just after the window shows (on a busy machine)
			while (shown && workbench.isAlive() && !Files.isDirectory(home.resolve("workspace"))
					&& System.currentTimeMillis() < deadline) {
				Thread.sleep(250);
			}
			String output = Files.readString(home.resolve("workbench.out"));
			assertTrue(workbench.isAlive(), "the workbench exited early: " + output);
			assertTrue(shown, "no window titled \"SIS Workbench\" appeared; output: " + output);
			assertTrue(Files.isDirectory(home.resolve("workspace")), "the workspace is not under SIS_HOME");
		} finally {
			workbench.destroy();
			if (!workbench.waitFor(20, TimeUnit.SECONDS)) {
				workbench.destroyForcibly();
			}
		}
	}

	private static String topLevelWindows() throws Exception {
		Process xwininfo = new ProcessBuilder("xwininfo", "-root", "-tree").redirectErrorStream(true).start();
		String listing = new String(xwininfo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		xwininfo.waitFor(10, TimeUnit.SECONDS);
		return listing;
	}
}
