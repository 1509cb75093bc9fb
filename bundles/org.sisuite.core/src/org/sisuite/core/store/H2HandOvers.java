package org.sisuite.core.store;

import java.io.EOFException;
import java.net.SocketException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;

import org.h2.api.ErrorCode;

/**
 * An embedded H2 database in automatic mixed mode changing hands. The process serving it closes
 * it at a quiet moment ({@link #shutDownIfIdle}); the others see errors that say their server
 * has gone (their transactions with it) or that the lock file is in flux while another process
 * opens or closes the database ({@link #isHandOver}). {@link SisDatabase} waits and tries again
 * on these errors.
 */
final class H2HandOvers {

	/** The reasons H2's FileLock gives while another process takes or releases the lock file. */
	private static final List<String> LOCK_FILE_REASONS = List.of("Lock file recently modified", "Concurrent update",
			"Another process was faster", "Could not load properties", "Could not save properties");

	private static final Logger LOG = Logger.getLogger(H2HandOvers.class.getName());

	private H2HandOvers() {
	}

	/** Whether the error means the database is changing hands; nothing uncommitted survived it. */
	static boolean isHandOver(SQLException e) {
		String message = e.getMessage() == null ? "" : e.getMessage();
		return switch (e.getErrorCode()) {
		// the lock file names a server that is starting or stopping, or no server yet
		case ErrorCode.DATABASE_ALREADY_OPEN_1 -> true;
		// the server went away, or was closing the database while this connection used it
		case ErrorCode.CONNECTION_BROKEN_1, ErrorCode.DATABASE_IS_CLOSED, ErrorCode.DATABASE_CALLED_AT_SHUTDOWN,
				ErrorCode.DATABASE_IS_IN_EXCLUSIVE_MODE ->
			true;
		// a statement that ran into the closing of the database finds its transaction or store closed
		case ErrorCode.GENERAL_ERROR_1 -> message.contains("has status ROLLED_BACK")
				|| message.contains("Transaction ") && message.contains(" is closed") || message.contains("store is closed");
		case ErrorCode.ERROR_OPENING_DATABASE_1 -> LOCK_FILE_REASONS.stream().anyMatch(message::contains);
		// the server went away while this connection read the rest of a result
		case ErrorCode.IO_EXCEPTION_1 -> e.getCause() instanceof EOFException || e.getCause() instanceof SocketException;
		default -> false;
		};
	}

	/**
	 * Whether a commit that failed in a hand-over certainly committed nothing: the client knew its
	 * session was closed before sending the commit, or the server refused the commit because its
	 * database was closing. A connection that broke while the commit was on its way leaves the
	 * outcome unknown.
	 */
	static boolean commitNotSent(SQLException e) {
		return switch (e.getErrorCode()) {
		case ErrorCode.DATABASE_IS_CLOSED, ErrorCode.DATABASE_CALLED_AT_SHUTDOWN, ErrorCode.DATABASE_IS_IN_EXCLUSIVE_MODE -> true;
		case ErrorCode.CONNECTION_BROKEN_1 -> e.getMessage() != null && e.getMessage().contains("session closed");
		default -> false;
		};
	}

	/** Whether this process serves the database {@code connection} uses (it is not a TCP client). */
	static boolean isServedHere(Connection connection) throws SQLException {
		return Sql.queryString(connection,
				"SELECT SERVER FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()") == null;
	}

	/**
	 * The number of other sessions (of any process) running a statement or holding changes they
	 * have not committed yet. Closing the database under such a session is not safe in H2: a
	 * statement running while its transaction is rolled back by the close can leave a row of that
	 * transaction behind, and a commit on its way has an unknown outcome.
	 */
	static long busySessions(Connection connection) throws SQLException {
		return Sql.queryLong(connection, """
				SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS
				WHERE SESSION_ID <> SESSION_ID() AND (EXECUTING_STATEMENT IS NOT NULL OR CONTAINS_UNCOMMITTED)""");
	}

	/**
	 * Closes the database for every session if no other session is busy: exclusive mode first (the
	 * others' next statements wait, new connections are refused), then a last look, then
	 * {@code SHUTDOWN}; or, if someone is still busy, back to normal.
	 *
	 * @param force close even if someone is busy
	 * @return whether the database was closed
	 */
	static boolean shutDownIfIdle(Connection connection, boolean force) throws SQLException {
		if (Sql.queryLong(connection, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID()") == 0) {
			// alone (and the caller holds OPEN_LOCK, so no one of ours is connecting)
			Sql.execute(connection, "SHUTDOWN");
			return true;
		}
		Sql.execute(connection, "SET EXCLUSIVE 1");
		try {
			// a statement that got past the exclusive-mode check just before it shows up as running
			Thread.sleep(20);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		long busy = busySessions(connection);
		if (busy == 0 || force) {
			if (busy > 0) {
				LOG.warning("closing the database while " + busy + " other sessions are still busy in it");
			}
			Sql.execute(connection, "SHUTDOWN");
			return true;
		}
		Sql.execute(connection, "SET EXCLUSIVE 0");
		return false;
	}
}
