package org.sisuite.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SisLoggingTest {

	@TempDir
	Path temp;

	@Test
	void recordsOfEngineLoggersReachTheLogFile() throws Exception {
		SisHome home = SisHome.at(temp.resolve("with % sign"));
		Path file = SisLogging.install(home, "cli");
		Logger.getLogger("org.sisuite.core.test").warning("image build failed: disk full");
		for (Handler handler : Logger.getLogger(SisLogging.ROOT_LOGGER).getHandlers()) {
			handler.flush();
		}
		assertTrue(file.startsWith(home.logsDirectory()), file.toString());
		String text = Files.readString(file);
		assertTrue(text.contains("image build failed: disk full"), text);
	}
}
