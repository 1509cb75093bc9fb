package org.sisuite.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.eclipse.core.runtime.CoreException;

/**
 * Sends the engine's {@link java.util.logging} records to a rotating file under
 * {@link SisHome#logsDirectory()}. The applications call {@link #install} once at start-up; the
 * engine itself only ever asks for loggers under {@value #ROOT_LOGGER}.
 */
public final class SisLogging {

	/** The logger name every engine logger starts with. */
	public static final String ROOT_LOGGER = "org.sisuite";

	private static final int FILE_LIMIT_BYTES = 10 * 1024 * 1024;
	private static final int FILE_COUNT = 5;

	private SisLogging() {
	}

	/**
	 * Logs to {@code <logs>/<baseName>.0.log} (rotated at 10 MB, 5 generations). Safe to call more
	 * than once: an earlier handler of this class is replaced.
	 *
	 * @return the path of the current log file
	 */
	public static Path install(SisHome home, String baseName) throws CoreException {
		Path directory = home.logsDirectory();
		Path file = directory.resolve(baseName + ".0.log");
		try {
			Files.createDirectories(directory);
			// FileHandler patterns treat '%' specially: escape the directory, then add the generation
			String pattern = directory.toString().replace("%", "%%") + "/" + baseName + ".%g.log";
			FileHandler handler = new FileHandler(pattern, FILE_LIMIT_BYTES, FILE_COUNT, true);
			handler.setFormatter(new SimpleFormatter());
			handler.setLevel(Level.ALL);
			Logger root = Logger.getLogger(ROOT_LOGGER);
			for (Handler old : root.getHandlers()) {
				if (old instanceof FileHandler) {
					root.removeHandler(old);
					old.close();
				}
			}
			root.addHandler(handler);
			root.setLevel(Level.INFO);
			root.setUseParentHandlers(false);
			return file;
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot open the log file " + file + ": " + e.getMessage(), e));
		}
	}
}
