package org.sisuite.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;

/**
 * The install monitor's rows: sessions (one imaging of one sender), their status history and
 * their logs, written in batches by the monitor and read by {@code sis monitor} and the Installs
 * view. Sessions name their client by host name, not by row id, because a workbench save replaces
 * every client row. Writing them bumps {@code install_revision}, not the site's revision: a run of
 * installs must not make every workbench reload the whole site every second. Setting clients to
 * local boot is a site change and bumps the site's revision like every other site write.
 */
public final class InstallStore {

	/** One session as stored. {@code clientHostname} is null for a sender that matched no client. */
	public record SessionRow(long id, String senderKey, String clientHostname, String mac, String ip, String host,
			String image, String state, int statusCode, int percent, long speedKBps, String step, Date started,
			Date lastSeen, Date finished, int events, int logLines, boolean bootFlipped) {
	}

	/** One change of status or step of a session. */
	public record EventRow(long sessionId, int seq, Date at, int statusCode, String state, String step) {
	}

	/** One log line of a session. */
	public record LogRow(long sessionId, int seq, Date at, String level, String text) {
	}

	/** What one flush of the monitor writes, in one transaction. */
	public record Batch(List<SessionRow> inserted, List<SessionRow> updated, List<EventRow> events, List<LogRow> logs) {
		public boolean isEmpty() {
			return inserted.isEmpty() && updated.isEmpty() && events.isEmpty() && logs.isEmpty();
		}
	}

	/** The clients the monitor matches senders against, as of one site revision. */
	public record ClientIndex(long siteRevision, Map<String, String> hostnameByMac, Map<String, String> hostnameByIp,
			Set<String> hostnames) {
	}

	private static final String SESSION_COLUMNS = "id, sender_key, client_hostname, mac, ip, host, image, state, "
			+ "status_code, percent, speed_kbps, step, started, last_seen, finished, events, log_lines, boot_flipped";

	private final SisDatabase database;

	public InstallStore(SisDatabase database) {
		this.database = database;
	}

	/** Changes whenever the monitor wrote something; the Installs view polls it. */
	public long revision() throws CoreException {
		return database.inTransaction(
				connection -> Sql.queryLong(connection, "SELECT revision FROM install_revision WHERE id = 1"));
	}

	/** The highest session id so far, 0 when there is none. */
	public long maxSessionId() throws CoreException {
		return database.inTransaction(
				connection -> Math.max(0, Sql.queryLong(connection, "SELECT COALESCE(MAX(id), 0) FROM install_session")));
	}

	/** The latest session of every sender: the site's clients by name, then unknown senders. */
	public List<SessionRow> latestSessions() throws CoreException {
		return database.inSnapshot(connection -> {
			List<SessionRow> rows = new ArrayList<>();
			try (PreparedStatement query = connection.prepareStatement("SELECT " + SESSION_COLUMNS
					+ " FROM install_session s WHERE id = (SELECT MAX(id) FROM install_session t"
					+ " WHERE t.sender_key = s.sender_key)"
					+ " ORDER BY CASE WHEN client_hostname IS NULL THEN 1 ELSE 0 END, COALESCE(client_hostname, sender_key)");
					ResultSet row = query.executeQuery()) {
				while (row.next()) {
					rows.add(session(row));
				}
			}
			return rows;
		});
	}

	/** Every session of a client (by host name) or sender key, newest first. */
	public List<SessionRow> sessionsOf(String clientOrSender) throws CoreException {
		return database.inSnapshot(connection -> {
			List<SessionRow> rows = new ArrayList<>();
			try (PreparedStatement query = Sql.prepare(connection, "SELECT " + SESSION_COLUMNS
					+ " FROM install_session WHERE client_hostname = ? OR sender_key = ? ORDER BY id DESC", clientOrSender,
					clientOrSender); ResultSet row = query.executeQuery()) {
				while (row.next()) {
					rows.add(session(row));
				}
			}
			return rows;
		});
	}

	public List<LogRow> log(long sessionId) throws CoreException {
		return database.inSnapshot(connection -> {
			List<LogRow> rows = new ArrayList<>();
			try (PreparedStatement query = Sql.prepare(connection,
					"SELECT seq, at, level, text FROM install_log WHERE session_id = ? ORDER BY seq", sessionId);
					ResultSet row = query.executeQuery()) {
				while (row.next()) {
					rows.add(new LogRow(sessionId, row.getInt(1), Sql.date(row, "at"), row.getString(3), row.getString(4)));
				}
			}
			return rows;
		});
	}

	public List<EventRow> events(long sessionId) throws CoreException {
		return database.inSnapshot(connection -> {
			List<EventRow> rows = new ArrayList<>();
			try (PreparedStatement query = Sql.prepare(connection,
					"SELECT seq, at, status_code, state, step FROM install_event WHERE session_id = ? ORDER BY seq",
					sessionId); ResultSet row = query.executeQuery()) {
				while (row.next()) {
					rows.add(new EventRow(sessionId, row.getInt(1), Sql.date(row, "at"), row.getInt(3), row.getString(4),
							row.getString(5)));
				}
			}
			return rows;
		});
	}

	/**
	 * Writes one flush in one transaction with JDBC batches, keeping at most {@code maxLogLines}
	 * log lines per session (the newest).
	 */
	public void write(Batch batch, int maxLogLines) throws CoreException {
		if (batch.isEmpty()) {
			return;
		}
		database.inTransaction(connection -> {
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO install_session (" + SESSION_COLUMNS
					+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				for (SessionRow row : batch.inserted()) {
					Sql.bind(insert, row.id(), row.senderKey(), row.clientHostname(), row.mac(), row.ip(), row.host(),
							row.image(), row.state(), row.statusCode(), row.percent(), row.speedKBps(), row.step(),
							row.started(), row.lastSeen(), row.finished(), row.events(), row.logLines(), row.bootFlipped());
					insert.addBatch();
				}
				insert.executeBatch();
			}
			try (PreparedStatement update = connection.prepareStatement("UPDATE install_session SET client_hostname = ?, "
					+ "mac = ?, ip = ?, host = ?, image = ?, state = ?, status_code = ?, percent = ?, speed_kbps = ?, "
					+ "step = ?, last_seen = ?, finished = ?, events = ?, log_lines = ?, boot_flipped = ? WHERE id = ?")) {
				for (SessionRow row : batch.updated()) {
					Sql.bind(update, row.clientHostname(), row.mac(), row.ip(), row.host(), row.image(), row.state(),
							row.statusCode(), row.percent(), row.speedKBps(), row.step(), row.lastSeen(), row.finished(),
							row.events(), row.logLines(), row.bootFlipped(), row.id());
					update.addBatch();
				}
				update.executeBatch();
			}
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO install_event (session_id, seq, at, status_code, state, step) VALUES (?, ?, ?, ?, ?, ?)")) {
				for (EventRow row : batch.events()) {
					Sql.bind(insert, row.sessionId(), row.seq(), row.at(), row.statusCode(), row.state(), row.step());
					insert.addBatch();
				}
				insert.executeBatch();
			}
			Map<Long, Integer> lastLogSeq = new HashMap<>();
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO install_log (session_id, seq, at, level, text) VALUES (?, ?, ?, ?, ?)")) {
				for (LogRow row : batch.logs()) {
					Sql.bind(insert, row.sessionId(), row.seq(), row.at(), row.level(), row.text());
					insert.addBatch();
					lastLogSeq.merge(row.sessionId(), row.seq(), Math::max);
				}
				insert.executeBatch();
			}
			try (PreparedStatement trim = connection
					.prepareStatement("DELETE FROM install_log WHERE session_id = ? AND seq <= ?")) {
				for (Map.Entry<Long, Integer> last : lastLogSeq.entrySet()) {
					if (last.getValue() > maxLogLines) {
						Sql.bind(trim, last.getKey(), last.getValue() - maxLogLines);
						trim.addBatch();
					}
				}
				trim.executeBatch();
			}
			Sql.update(connection, "UPDATE install_revision SET revision = revision + 1 WHERE id = 1");
			return null;
		});
	}

	/** Forgets every recorded install (no monitor may run on the database meanwhile). */
	public void clear() throws CoreException {
		database.inTransaction(connection -> {
			Sql.update(connection, "DELETE FROM install_log");
			Sql.update(connection, "DELETE FROM install_event");
			Sql.update(connection, "DELETE FROM install_session");
			Sql.update(connection, "UPDATE install_revision SET revision = revision + 1 WHERE id = 1");
			return null;
		});
	}

	/** The clients to match senders against: by MAC (client MACs and interface MACs), by IP, by name. */
	public ClientIndex clientIndex() throws CoreException {
		return database.inSnapshot(connection -> {
			long revision = SiteStore.revision(connection);
			Map<String, String> byMac = new HashMap<>();
			Map<String, String> byIp = new HashMap<>();
			Set<String> hostnames = new HashSet<>();
			try (PreparedStatement query = connection.prepareStatement("SELECT hostname FROM client");
					ResultSet row = query.executeQuery()) {
				while (row.next()) {
					hostnames.add(row.getString(1));
				}
			}
			try (PreparedStatement query = connection.prepareStatement(
					"SELECT i.mac, i.ip, c.hostname FROM client_interface i JOIN client c ON c.id = i.client_id");
					ResultSet row = query.executeQuery()) {
				while (row.next()) {
					if (row.getString(1) != null) {
						byMac.putIfAbsent(row.getString(1), row.getString(3));
					}
					if (row.getString(2) != null) {
						byIp.putIfAbsent(row.getString(2), row.getString(3));
					}
				}
			}
			try (PreparedStatement query = connection
					.prepareStatement("SELECT m.mac, c.hostname FROM client_mac m JOIN client c ON c.id = m.client_id");
					ResultSet row = query.executeQuery()) {
				while (row.next()) {
					byMac.put(row.getString(1), row.getString(2));
				}
			}
			return new ClientIndex(revision, byMac, byIp, hostnames);
		});
	}

	/** The site's revision, to notice when the client index must be read again. */
	public long siteRevision() throws CoreException {
		return database.inTransaction(SiteStore::revision);
	}

	/**
	 * Sets the clients named to local boot, in one site write; returns those that were set to
	 * install boot before (the others are left as they are and not counted).
	 */
	public List<String> setLocalBoot(Collection<String> hostnames) throws CoreException {
		if (hostnames.isEmpty()) {
			return List.of();
		}
		return database.inTransaction(connection -> {
			SiteStore.lockForWrite(connection);
			List<String> changed = new ArrayList<>();
			Sql.queryIn(connection, "SELECT hostname FROM client WHERE boot_mode = 'install' AND hostname IN",
					List.copyOf(hostnames), row -> changed.add(row.getString(1)));
			if (changed.isEmpty()) {
				return changed;
			}
			try (PreparedStatement update = connection
					.prepareStatement("UPDATE client SET boot_mode = 'local' WHERE hostname = ?")) {
				for (String hostname : changed) {
					update.setString(1, hostname);
					update.addBatch();
				}
				update.executeBatch();
			}
			SiteStore.bumpRevision(connection);
			return changed;
		});
	}

	private static SessionRow session(ResultSet row) throws SQLException {
		return new SessionRow(row.getLong("id"), row.getString("sender_key"), row.getString("client_hostname"),
				row.getString("mac"), row.getString("ip"), row.getString("host"), row.getString("image"),
				row.getString("state"), row.getInt("status_code"), row.getInt("percent"), row.getLong("speed_kbps"),
				row.getString("step"), Sql.date(row, "started"), Sql.date(row, "last_seen"), Sql.date(row, "finished"),
				row.getInt("events"), row.getInt("log_lines"), row.getBoolean("boot_flipped"));
	}

}
