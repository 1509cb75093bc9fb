package org.sisuite.core.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;

/**
 * Brings a database to the current schema version, one numbered migration at a time, each
 * recorded in {@code sis_schema_version}. Migrations are never edited once released: a change is
 * a new migration. The SQL is portable (H2 2.x and PostgreSQL 12+).
 */
final class SchemaMigrations {

	private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

	/** A numbered schema change. */
	record Migration(int version, String description, List<String> statements) {
	}

	/** The row of {@code sis_schema_version} that is no migration but the lock taken while migrating. */
	static final int LOCK_VERSION = 0;

	private final SisDatabase database;

	SchemaMigrations(SisDatabase database) {
		this.database = database;
	}

	/** The schema version this code expects. */
	static int currentVersion() {
		return Schema.MIGRATIONS.get(Schema.MIGRATIONS.size() - 1).version();
	}

	/**
	 * Applies the migrations the database lacks. Several sessions (processes) may find a database
	 * behind at the same moment; they take turns on the row {@value #LOCK_VERSION} of
	 * {@code sis_schema_version}, so one of them migrates and the others find nothing left to do.
	 * Turns are needed because H2 commits each DDL statement on its own: a migration is not one
	 * transaction there, and two sessions interleaving one would both try to create its tables.
	 */
	void migrate() throws CoreException {
		prepareVersionTable();
		int installed = database.inTransaction(SchemaMigrations::installedVersion);
		if (installed > currentVersion()) {
			throw new CoreException(Statuses.error("The SIS database " + database.displayUrl() + " has schema version "
					+ installed + ", newer than this SIS Workbench knows (" + currentVersion()
					+ "); use a newer SIS Workbench, or restore from a 'sis db export' of this version"));
		}
		if (installed == currentVersion()) {
			return;
		}
		database.inTransaction(lock -> {
			// held until every migration is applied; the DDL runs on other connections (sessions)
			Sql.queryLong(lock, "SELECT version FROM sis_schema_version WHERE version = " + LOCK_VERSION + " FOR UPDATE");
			for (Migration migration : Schema.MIGRATIONS) {
				apply(migration);
			}
			return null;
		});
	}

	/** Creates {@code sis_schema_version} and its lock row, unless another session just did. */
	private void prepareVersionTable() throws CoreException {
		try {
			database.inTransaction(connection -> {
				createVersionTable(connection);
				if (Sql.queryLong(connection, "SELECT version FROM sis_schema_version WHERE version = " + LOCK_VERSION) < 0) {
					Sql.update(connection, "INSERT INTO sis_schema_version (version, description, applied_at) VALUES (?, ?, ?)",
							LOCK_VERSION, "schema version table; this row is locked while a session migrates",
							Timestamp.from(Instant.now()));
				}
				return null;
			});
		} catch (CoreException e) {
			// a session that raced us created the table or the row first; if not, this is a real failure
			if (database.inTransaction(connection -> Sql.queryLong(connection,
					"SELECT version FROM sis_schema_version WHERE version = " + LOCK_VERSION)) < 0) {
				throw e;
			}
		}
	}

	private void apply(Migration migration) throws CoreException {
		database.inTransaction(connection -> {
			int installed = installedVersion(connection);
			if (installed >= migration.version()) {
				return null;
			}
			if (installed != migration.version() - 1) {
				throw new CoreException(Statuses.error("The SIS database " + database.displayUrl() + " is at schema version "
						+ installed + ", which cannot be migrated to " + migration.version()));
			}
			try (Statement statement = connection.createStatement()) {
				for (String sql : migration.statements()) {
					statement.execute(sql);
				}
			}
			try (PreparedStatement record = connection.prepareStatement(
					"INSERT INTO sis_schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
				record.setInt(1, migration.version());
				record.setString(2, migration.description());
				record.setTimestamp(3, Timestamp.from(Instant.now()));
				record.executeUpdate();
			}
			LOG.info("migrated " + database.displayUrl() + " to schema version " + migration.version() + ": "
					+ migration.description());
			return null;
		});
	}

	private static void createVersionTable(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		for (String name : new String[] { "sis_schema_version", "SIS_SCHEMA_VERSION" }) {
			try (ResultSet tables = metaData.getTables(null, null, name, null)) {
				if (tables.next()) {
					return;
				}
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS sis_schema_version (version INT PRIMARY KEY, "
					+ "description VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL)");
		}
	}

	static int installedVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT MAX(version) FROM sis_schema_version")) {
			return result.next() ? result.getInt(1) : 0;
		}
	}
}
