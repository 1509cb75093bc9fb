package org.sisuite.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.h2.api.ErrorCode;

/**
 * What H2 says when an embedded database in automatic mixed mode changes hands: the process that
 * served it ended (its server is gone, the transactions of the other processes were rolled back)
 * or another process is just opening or closing it (its lock file refuses newcomers for a
 * moment). {@link SisDatabase} waits and tries again on these errors.
 */
final class H2HandOvers {

	/** The reasons H2's FileLock gives while another process takes or releases the lock file. */
	private static final List<String> LOCK_FILE_REASONS = List.of("Lock file recently modified", "Concurrent update",
			"Another process was faster", "Could not load properties", "Could not save properties");

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
		// a statement running when the server closed the database finds its transaction rolled back
		case ErrorCode.GENERAL_ERROR_1 -> message.contains("has status ROLLED_BACK");
		case ErrorCode.ERROR_OPENING_DATABASE_1 -> LOCK_FILE_REASONS.stream().anyMatch(message::contains);
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
}
