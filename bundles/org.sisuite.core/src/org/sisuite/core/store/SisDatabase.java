package org.sisuite.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
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
 * <p>
 * Several processes at once: an H2 database stays open from {@link #open()} to {@link #close()};
 * without that H2 would close the file after every transaction, and the processes sharing it
 * would hand the file and its server to each other all the time. The processes of one machine
 * open and close it one at a time ({@value #OPEN_LOCK}); a process should close its database
 * before it ends, else H2 closes it at the end of the process outside that lock, and the others
 * may wait a few seconds for H2's lock file. The database changes hands when the process serving
 * it closes it: the connections of the others break. {@link #inTransaction} rides over that: it
 * waits, connects again, and runs the unit of work again if it had not been committed (see
 * {@link H2HandOvers}). It also runs a unit of work again when it lost a race with another
 * session inserting the same unique key, so that the second run sees the winner's row and
 * reports it as the user's conflict.
 * <p>
 * Crashes: every commit is written to the file before it returns ({@code WRITE_DELAY=0}; H2's
 * default of 500 ms loses the last commits when the process is killed), and a transaction that
 * was not committed is rolled back when the database is opened next.
 */
public final class SisDatabase implements AutoCloseable {

	/** The environment variable that names a JDBC URL instead of the embedded database. */
	public static final String URL_VARIABLE = "SIS_DB_URL";

	/** How long a unit of work waits for the database through a hand-over before giving up. */
	static final Duration HANDOVER_PATIENCE = Duration.ofSeconds(30);

	/** How many times a unit of work runs again after losing a race on a unique key. */
	static final int RACES_TO_LOSE = 2;

	/** The file in the database directory that processes lock while they open or close the database. */
	static final String OPEN_LOCK = "sis.open.lock";

	/** File locks belong to the whole JVM: its threads take turns before taking {@link #OPEN_LOCK}. */
	private static final Object OPENING = new Object();

	private static final Logger LOG = Logger.getLogger(SisDatabase.class.getName());

	/**
	 * A unit of work inside one transaction. It may run more than once (see {@link SisDatabase}),
	 * so it must not change anything outside the database.
	 */
	@FunctionalInterface
	public interface Work<T> {
		T run(Connection connection) throws SQLException, CoreException;
	}

	/** H2's SNAPSHOT isolation level (org.h2.engine.Constants.TRANSACTION_SNAPSHOT). */
	private static final int H2_SNAPSHOT = 6;

	/** Connecting, or closing, with JDBC. */
	@FunctionalInterface
	private interface SqlAction<T> {
		T run() throws SQLException;
	}

	/** No connection, or a broken one, because the database is changing hands; nothing was committed. */
	private static final class HandOver extends Exception {
		private static final long serialVersionUID = 1L;

		HandOver(SQLException cause) {
			super(cause.getMessage(), cause);
		}
	}

	/** A unit of work that lost a race on a unique key, and was rolled back. */
	private static final class LostRace extends Exception {
		private static final long serialVersionUID = 1L;

		LostRace(SQLException cause) {
			super(cause.getMessage(), cause);
		}
	}

	private final String url;
	/** The directory of an embedded database, else null. */
	private final Path directory;
	/** Whether an H2 database is kept open: between {@link #open()} and {@link #close()}. */
	private boolean keepingOpen;
	/** The connection that keeps it open, or null while there is none. */
	private Connection keepOpen;

	private SisDatabase(String url, Path directory) {
		this.url = url;
		this.directory = directory;
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
		Path absolute = directory.toAbsolutePath();
		return new SisDatabase(
				"jdbc:h2:file:" + absolute.resolve("sis") + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000;WRITE_DELAY=0", absolute);
	}

	/** The database at a JDBC URL. */
	public static SisDatabase at(String url) {
		return new SisDatabase(Objects.requireNonNull(url, "url"), null);
	}

	public String url() {
		return url;
	}

	/** Whether this is an H2 database (embedded or served). */
	public boolean isH2() {
		return url.startsWith("jdbc:h2:");
	}

	/**
	 * Opens the database, keeps it open until {@link #close()}, and brings its schema to the
	 * current version. Opening an open database only checks the schema again.
	 *
	 * @throws CoreException if the database cannot be reached or migrated
	 */
	public SisDatabase open() throws CoreException {
		if (isH2()) {
			synchronized (this) {
				if (!keepingOpen) {
					keepOpen = connect();
					keepingOpen = true;
					ClosedAtExit.add(this);
				}
			}
		}
		new SchemaMigrations(this).migrate();
		return this;
	}

	/**
	 * Lets the database go; a shutdown hook calls this for every database still open, but H2 may
	 * have closed it outside {@value #OPEN_LOCK} by then: close explicitly before the end. If
	 * this process serves the embedded database to others, it hands it over: it waits (up to
	 * {@link #HANDOVER_PATIENCE}) for a moment when no other session runs a statement or holds
	 * uncommitted changes, and closes it then; the others connect again, and the first of them
	 * serves it. Use one {@code SisDatabase} per process and database.
	 */
	@Override
	public synchronized void close() {
		keepingOpen = false;
		ClosedAtExit.remove(this);
		if (keepOpen == null) {
			return;
		}
		try {
			if (directory != null && H2HandOvers.isServedHere(keepOpen)) {
				handOver(keepOpen);
			}
		} catch (CoreException | SQLException e) {
			LOG.fine(() -> "closing " + displayUrl() + ": " + e.getMessage());
		} finally {
			release(keepOpen);
			keepOpen = null;
		}
	}

	private void handOver(Connection keeper) throws SQLException, CoreException {
		long deadline = System.nanoTime() + HANDOVER_PATIENCE.toNanos();
		while (true) {
			boolean force = System.nanoTime() > deadline;
			keeper.commit();
			// wait for a quiet moment without holding OPEN_LOCK: a busy session may need a new connection to finish
			boolean quiet = force || H2HandOvers.busySessions(keeper) == 0;
			if (quiet && oneAtATime(() -> H2HandOvers.shutDownIfIdle(keeper, force))) {
				return;
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new CoreException(Statuses.error("Interrupted while handing over " + displayUrl(), e));
			}
		}
	}

	/** The databases still open, closed by a shutdown hook when the JVM ends. */
	private static final class ClosedAtExit {
		private static final Set<SisDatabase> OPEN = ConcurrentHashMap.newKeySet();

		static {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(OPEN).forEach(SisDatabase::close),
					"close the SIS databases"));
		}

		static void add(SisDatabase database) {
			OPEN.add(database);
		}

		static void remove(SisDatabase database) {
			OPEN.remove(database);
		}
	}

	/**
	 * After a hand-over the connection keeping the database open is dead: replace it, so that if
	 * this process now serves the database, it keeps serving it (and does not open and close it
	 * for every transaction).
	 */
	private synchronized void reviveKeepOpen(long deadline) throws CoreException {
		if (!keepingOpen) {
			return;
		}
		if (keepOpen != null) {
			try {
				if (keepOpen.isValid(2)) {
					return;
				}
			} catch (SQLException e) {
				// as good as invalid
			}
			closeQuietly(keepOpen);
			keepOpen = null;
		}
		keepOpen = connect(deadline);
	}

	/**
	 * A new connection with auto-commit off; the caller closes it. Prefer {@link #inTransaction},
	 * which also rides over hand-overs.
	 */
	public Connection connect() throws CoreException {
		return connect(System.nanoTime() + HANDOVER_PATIENCE.toNanos());
	}

	private Connection connect(long deadline) throws CoreException {
		for (int attempt = 1;; attempt++) {
			try {
				return connectOnce();
			} catch (HandOver e) {
				pause(attempt, deadline, e);
			}
		}
	}

	private Connection connectOnce() throws CoreException, HandOver {
		try {
			if (isH2()) {
				org.h2.Driver.load();
			}
			Connection connection = oneAtATime(() -> DriverManager.getConnection(url));
			connection.setAutoCommit(false);
			return connection;
		} catch (SQLException e) {
			if (isHandOver(e)) {
				throw new HandOver(e);
			}
			throw new CoreException(Statuses.error("Cannot open the SIS database " + displayUrl() + ": " + e.getMessage(), e));
		}
	}

	/**
	 * Runs {@code action}, which may open or close the embedded database, while this process holds
	 * {@value #OPEN_LOCK} in the database directory: the processes of this machine then open and
	 * close the database one at a time. H2's own lock file is cooperative, and when several
	 * processes take it at the same moment some of them wait for seconds or fail. The lock is held
	 * only while connecting or closing, never during a transaction.
	 */
	private <T> T oneAtATime(SqlAction<T> action) throws SQLException, CoreException {
		if (directory == null) {
			return action.run();
		}
		synchronized (OPENING) {
			Path lockFile = directory.resolve(OPEN_LOCK);
			try {
				// H2 would create the directory too, but fails when another process creates it at the same moment
				Files.createDirectories(directory);
				try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
						FileLock lock = channel.lock()) {
					return action.run();
				}
			} catch (IOException e) {
				throw new CoreException(Statuses.error("Cannot lock " + lockFile + ": " + e.getMessage(), e));
			}
		}
	}

	/**
	 * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
	 * Nothing a failed unit of work did is visible to anyone. The work runs again when its
	 * connection broke before the commit because the database changed hands, and when it lost a
	 * race on a unique key (see {@link SisDatabase}).
	 */
	public <T> T inTransaction(Work<T> work) throws CoreException {
		long deadline = System.nanoTime() + HANDOVER_PATIENCE.toNanos();
		int racesLost = 0;
		for (int attempt = 1;; attempt++) {
			try {
				reviveKeepOpen(deadline);
				return attempt(work, deadline);
			} catch (HandOver e) {
				pause(attempt, deadline, e);
			} catch (LostRace e) {
				if (++racesLost > RACES_TO_LOSE) {
					throw failure((SQLException) e.getCause());
				}
				LOG.fine(() -> "a unit of work on " + displayUrl() + " lost a race, running it again: " + e.getMessage());
			}
		}
	}

	private <T> T attempt(Work<T> work, long deadline) throws CoreException, HandOver, LostRace {
		Connection connection = connect(deadline);
		try {
			T result;
			try {
				result = work.run(connection);
			} catch (SQLException e) {
				rollback(connection);
				if (isHandOver(e)) {
					throw new HandOver(e);
				}
				if (Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
					throw new LostRace(e);
				}
				throw failure(e);
			} catch (CoreException | RuntimeException e) {
				rollback(connection);
				throw e;
			}
			try {
				connection.commit();
			} catch (SQLException e) {
				if (isHandOver(e) && H2HandOvers.commitNotSent(e)) {
					throw new HandOver(e);
				}
				if (isHandOver(e)) {
					throw new CoreException(Statuses.error("The connection to the SIS database " + displayUrl()
							+ " broke during a commit (the process serving it ended): the change may or may not have been saved: "
							+ e.getMessage(), e));
				}
				rollback(connection);
				throw failure(e);
			}
			return result;
		} finally {
			release(connection);
		}
	}

	/** Closes a connection; if it is the last one of this process, H2 closes the database, so take turns. */
	private void release(Connection connection) {
		try {
			oneAtATime(() -> {
				closeQuietly(connection);
				return null;
			});
		} catch (CoreException | SQLException e) {
			LOG.fine(() -> "closing a connection to " + displayUrl() + ": " + e.getMessage());
			closeQuietly(connection);
		}
	}

	private CoreException failure(SQLException e) {
		return new CoreException(Statuses.error("Database error in " + displayUrl() + ": " + e.getMessage(), e));
	}

	private boolean isHandOver(SQLException e) {
		return isH2() && H2HandOvers.isHandOver(e);
	}

	/** Waits a little longer after every failed attempt, or gives up at the deadline. */
	private void pause(int attempt, long deadline, HandOver cause) throws CoreException {
		if (System.nanoTime() > deadline) {
			throw new CoreException(Statuses.error("The SIS database " + displayUrl() + " stayed unavailable for "
					+ HANDOVER_PATIENCE.toSeconds() + " s (is another program holding it?): " + cause.getMessage(),
					cause.getCause()));
		}
		LOG.fine(() -> "the database " + displayUrl() + " is changing hands (attempt " + attempt + "): " + cause.getMessage());
		long millis = Math.min(1000, 10L << Math.min(attempt, 7));
		try {
			Thread.sleep(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CoreException(Statuses.error("Interrupted while waiting for the SIS database " + displayUrl(), e));
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
			LOG.fine(() -> "rollback failed on " + displayUrl() + ": " + e.getMessage());
		}
	}

	private void closeQuietly(Connection connection) {
		try {
			connection.close();
		} catch (SQLException e) {
			LOG.fine(() -> "closing a connection to " + displayUrl() + " failed: " + e.getMessage());
		}
	}

	/** The URL without its settings, for messages. */
	public String displayUrl() {
		int settings = url.indexOf(';');
		return settings < 0 ? url : url.substring(0, settings);
	}
}
