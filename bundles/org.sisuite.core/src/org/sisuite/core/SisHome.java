package org.sisuite.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.CoreException;

/**
 * Where SIS keeps its state: the embedded database, the image root and the logs.
 * <p>
 * The location is {@code $SIS_HOME} when that variable is set and not blank, else {@code ~/.sisuite}.
 * The engine never looks the location up by itself: the application resolves one {@code SisHome}
 * at start-up and passes it to whatever needs it, so tests can point every component at a
 * temporary directory.
 */
public final class SisHome {

	/** The environment variable that overrides the default location. */
	public static final String ENV_VARIABLE = "SIS_HOME";

	/** The directory name under the user's home when {@value #ENV_VARIABLE} is not set. */
	public static final String DEFAULT_DIRECTORY = ".sisuite";

	private final Path root;

	private SisHome(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** The state location at {@code root}, which need not exist yet. */
	public static SisHome at(Path root) {
		return new SisHome(Objects.requireNonNull(root, "root"));
	}

	/**
	 * The state location chosen by the environment: {@code SIS_HOME} if set, else
	 * {@code <userHome>/.sisuite}.
	 */
	public static SisHome fromEnvironment(Map<String, String> environment, Path userHome) {
		String configured = environment.get(ENV_VARIABLE);
		if (configured != null && !configured.isBlank()) {
			return at(Path.of(configured.strip()));
		}
		return at(userHome.resolve(DEFAULT_DIRECTORY));
	}

	/** The state location of this process: {@link #fromEnvironment} over the real environment. */
	public static SisHome fromSystem() {
		return fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
	}

	public Path root() {
		return root;
	}

	/** The directory of the embedded database files. */
	public Path databaseDirectory() {
		return root.resolve("db");
	}

	/** The default image root of the local image server. */
	public Path imagesDirectory() {
		return root.resolve("images");
	}

	/** The directory of the log files of the CLI and the workbench. */
	public Path logsDirectory() {
		return root.resolve("logs");
	}

	/** The workspace (instance location) of the workbench. */
	public Path workspaceDirectory() {
		return root.resolve("workspace");
	}

	/**
	 * Creates the state directories that do not exist yet.
	 *
	 * @throws CoreException naming the directory that could not be created and why
	 */
	public SisHome ensureDirectories() throws CoreException {
		for (Path directory : new Path[] { root, databaseDirectory(), imagesDirectory(), logsDirectory() }) {
			try {
				Files.createDirectories(directory);
			} catch (IOException e) {
				throw new CoreException(Statuses.error("Cannot create the SIS state directory " + directory
						+ " (set " + ENV_VARIABLE + " to a writable directory): " + e.getMessage(), e));
			}
		}
		return this;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SisHome home && home.root.equals(root);
	}

	@Override
	public int hashCode() {
		return root.hashCode();
	}

	@Override
	public String toString() {
		return root.toString();
	}
}
