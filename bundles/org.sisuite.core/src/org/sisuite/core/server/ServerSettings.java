package org.sisuite.core.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.SisHome;
import org.sisuite.core.Statuses;

/**
 * Where the image server listens: {@code $SIS_HOME/server.properties} (keys {@code address},
 * {@code port}), options on top. By default it listens on 127.0.0.1 only — serving clients is a
 * decision the administrator makes by setting the address — on port 873 when run as root (the
 * rsync port clients expect) and on 8730 otherwise (a user cannot bind ports below 1024).
 *
 * @param address the address rsync binds; {@code 0.0.0.0} for all
 * @param port    the TCP port
 */
public record ServerSettings(String address, int port) {

	/** The settings file under {@code $SIS_HOME}. */
	public static final String FILE_NAME = "server.properties";
	public static final String ADDRESS = "address";
	public static final String PORT = "port";
	public static final String DEFAULT_ADDRESS = "127.0.0.1";
	/** The rsync port, used when the server runs as root. */
	public static final int ROOT_PORT = 873;
	/** The port used when the server does not run as root. */
	public static final int USER_PORT = 8730;

	public ServerSettings {
		if (address == null || address.isBlank() || !address.matches("[0-9A-Fa-f.:]+")) {
			throw new IllegalArgumentException("not an IP address: '" + address + "'");
		}
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("not a TCP port: " + port);
		}
	}

	/** The port used when none is configured: {@link #ROOT_PORT} for root, else {@link #USER_PORT}. */
	public static int defaultPort() {
		return "root".equals(System.getProperty("user.name")) ? ROOT_PORT : USER_PORT;
	}

	/**
	 * The settings of a SIS home with the given overrides.
	 *
	 * @param address an address replacing the file's, or null
	 * @param port    a port replacing the file's, or null
	 * @throws CoreException (bad input) when the file has unknown keys or bad values
	 */
	public static ServerSettings read(SisHome home, String address, Integer port) throws CoreException {
		Path file = home.root().resolve(FILE_NAME);
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (NoSuchFileException e) {
			// the defaults
		} catch (IOException | IllegalArgumentException e) {
			throw new CoreException(Statuses.error("Cannot read the server settings " + file + ": " + e.getMessage(), e));
		}
		Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
		unknown.removeAll(Set.of(ADDRESS, PORT));
		if (!unknown.isEmpty()) {
			throw new CoreException(Statuses.badInput("Unknown key(s) " + String.join(", ", unknown) + " in " + file
					+ "; known keys: " + ADDRESS + ", " + PORT));
		}
		String chosenAddress = address != null ? address : properties.getProperty(ADDRESS, DEFAULT_ADDRESS).strip();
		int chosenPort;
		if (port != null) {
			chosenPort = port;
		} else {
			String text = properties.getProperty(PORT);
			try {
				chosenPort = text == null ? defaultPort() : Integer.parseInt(text.strip());
			} catch (NumberFormatException e) {
				throw new CoreException(Statuses.badInput(PORT + "=" + text + " in " + file + " is not a number"));
			}
		}
		try {
			return new ServerSettings(chosenAddress, chosenPort);
		} catch (IllegalArgumentException e) {
			throw new CoreException(Statuses.badInput("Image server settings (" + file + " or options): " + e.getMessage()));
		}
	}
}
