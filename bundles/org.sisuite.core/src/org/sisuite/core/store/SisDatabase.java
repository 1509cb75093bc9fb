package org.sisuite.core.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.SisHome;
import org.sisuite.core.Statuses;

/**
 * The SIS database: where it is, how to connect, and one transaction per unit of work.
 * <p>
 * By default an embedded H2 file database {@code $SIS_HOME/db/sis} in H2's automatic mixed mode:
 * the first process to open it serves it to the others over a loopback TCP port, so the workbench
 * and any number of {@code sis} commands use it at once. {@code SIS_DB_URL} points a site at
 * another database (PostgreSQL for a shared multi-administrator site); the SQL stays portable.
 */
public final class SisDatabase {

	/** The environment variable that names a JDBC URL instead of the embedded database. */
	public static final String URL_VARIABLE = "SIS_DB_URL";

	private static final Logger LOG = Logger.getLogger(SisDatabase.class.getName());

	/** A unit of work inside one transaction. */
	@FunctionalInterface
	public interface Work<T> {
		T run(Connection connection) throws SQLException, CoreException;
	}

	/** H2's SNAPSHOT isolation level (org.h2.engine.Constants.TRANSACTION_SNAPSHOT). */
	private static final int H2_SNAPSHOT = 6;

	private final String url;

	private SisDatabase(String url) {
		this.url = url;
	}

	/** The database {@code SIS_DB_URL} names, else the embedded one under {@code home}. */
	public static SisDatabase forEnvironment(SisHome home, Map<String, String> environment) {
		String configured = environment.get(URL_VARIABLE);
		if (configured != null && !configured.isBlank()) {
			return at(configured.strip());
		}
		return embedded(home.databaseDirectory());
	}

	/** The embedded H2 database in {@code directory} (file {@code sis.mv.db}). */
	public static SisDatabase embedded(Path directory) {
		// H2's mixed-mode server must listen on loopback only (security by default)
		System.setProperty("h2.bindAddress", "127.0.0.1");
		return at("jdbc:h2:file:" + directory.toAbsolutePath().resolve("sis") + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000");
	}

	/** The database at a JDBC URL. */
	public static SisDatabase at(String url) {
		return new SisDatabase(Objects.requireNonNull(url, "url"));
	}

	public String url() {
		return url;
	}

	/** Whether this is an H2 database (embedded or served). */
	public boolean isH2() {
		return url.startsWith("jdbc:h2:");
	}

	/**
	 * Opens the database and brings its schema to the current version.
	 *
	 * @throws CoreException if the database cannot be reached or migrated
	 */
	public SisDatabase open() throws CoreException {
		new SchemaMigrations(this).migrate();
		return this;
	}

	/** A new connection with auto-commit off; the caller closes it. */
	public Connection connect() throws CoreException {
		try {
			if (isH2()) {
				org.h2.Driver.load();
			}
			Connection connection = DriverManager.getConnection(url);
			connection.setAutoCommit(false);
			return connection;
		} catch (SQLException e) {
			throw new CoreException(Statuses.error("Cannot open the SIS database " + displayUrl() + ": " + e.getMessage(), e));
		}
	}

	/**
	 * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
	 * Nothing a failed unit of work did is visible to anyone.
	 */
	public <T> T inTransaction(Work<T> work) throws CoreException {
		try (Connection connection = connect()) {
			try {
				T result = work.run(connection);
				connection.commit();
				return result;
			} catch (SQLException | CoreException | RuntimeException e) {
				rollback(connection);
				throw e;
			}
		} catch (SQLException e) {
			throw new CoreException(Statuses.error("Database error in " + displayUrl() + ": " + e.getMessage(), e));
		}
	}

	/**
	 * Runs read-only {@code work} in one transaction that sees the database at one snapshot: rows
	 * other processes commit meanwhile (the workbench rewriting the site, a {@code sis} command
	 * adding a client) are seen whole or not at all, even across several queries.
	 */
	public <T> T inSnapshot(Work<T> work) throws CoreException {
		return inTransaction(connection -> {
			connection.setTransactionIsolation(isH2() ? H2_SNAPSHOT : Connection.TRANSACTION_REPEATABLE_READ);
			return work.run(connection);
		});
	}

	private void rollback(Connection connection) {
		try {
			connection.rollback();
		} catch (SQLException e) {
			LOG.warning("rollback failed on " + displayUrl() + ": " + e.getMessage());
		}
	}

	/** The URL without its settings, for messages. */
	public String displayUrl() {
		int settings = url.indexOf(';');
		return settings < 0 ? url : url.substring(0, settings);
	}
}
