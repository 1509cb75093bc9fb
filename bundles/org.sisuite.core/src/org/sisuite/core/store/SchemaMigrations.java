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

	private final SisDatabase database;

	SchemaMigrations(SisDatabase database) {
		this.database = database;
	}

	/** The schema version this code expects. */
	static int currentVersion() {
		return Schema.MIGRATIONS.get(Schema.MIGRATIONS.size() - 1).version();
	}

	void migrate() throws CoreException {
		database.inTransaction(connection -> {
			createVersionTable(connection);
			return null;
		});
		int installed = database.inTransaction(SchemaMigrations::installedVersion);
		if (installed > currentVersion()) {
			throw new CoreException(Statuses.error("The SIS database " + database.displayUrl() + " has schema version "
					+ installed + ", newer than this SIS Workbench knows (" + currentVersion()
					+ "); use a newer SIS Workbench, or restore from a 'sis db export' of this version"));
		}
		for (Migration migration : Schema.MIGRATIONS) {
			apply(migration);
		}
	}

	private void apply(Migration migration) throws CoreException {
		try {
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
		} catch (CoreException e) {
			// another process may have applied the same migration at the same moment
			int installed = database.inTransaction(SchemaMigrations::installedVersion);
			if (installed < migration.version()) {
				throw e;
			}
		}
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
