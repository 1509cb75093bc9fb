package org.sisuite.internal.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.SisHome;
import org.sisuite.core.store.SisDatabase;

/**
 * What every command needs from the process it runs in, passed in rather than looked up so the
 * commands run the same on a plain classpath (tests) and inside OSGi (the {@code sis} launcher).
 * The database is opened on first use, so commands that do not need it never touch it, and
 * closed when the command line has run.
 */
public final class CliContext {

	private final String version;
	private final SisHome home;
	private final Map<String, String> environment;
	private final InputStream in;
	private final PrintWriter out;
	private final PrintWriter err;
	private final boolean terminal;
	private SisDatabase database;

	/**
	 * @param version     the product version to report
	 * @param home        the SIS state location
	 * @param environment the process environment ({@code SIS_DB_URL})
	 * @param in          standard input
	 * @param out         standard output: results only, so it can be piped
	 * @param err         standard error: diagnostics and progress
	 * @param terminal    whether stderr is a terminal (progress bars) rather than a pipe (plain lines)
	 */
	public CliContext(String version, SisHome home, Map<String, String> environment, InputStream in, PrintWriter out,
			PrintWriter err, boolean terminal) {
		this.version = Objects.requireNonNull(version, "version");
		this.home = Objects.requireNonNull(home, "home");
		this.environment = Map.copyOf(environment);
		this.in = Objects.requireNonNull(in, "in");
		this.out = Objects.requireNonNull(out, "out");
		this.err = Objects.requireNonNull(err, "err");
		this.terminal = terminal;
	}

	public String version() {
		return version;
	}

	public SisHome home() {
		return home;
	}

	public InputStream in() {
		return in;
	}

	public PrintWriter out() {
		return out;
	}

	public PrintWriter err() {
		return err;
	}

	public boolean terminal() {
		return terminal;
	}

	/** The site's database, opened (and migrated) on first use. */
	public SisDatabase database() throws CoreException {
		if (database == null) {
			home.ensureDirectories();
			database = SisDatabase.forEnvironment(home, environment).open();
		}
		return database;
	}

	/**
	 * Lets the database go if a command opened it (the next one opens it again). A process that
	 * served it to others hands it over at once, rather than when H2 notices it has gone.
	 */
	public void closeDatabase() {
		if (database != null) {
			database.close();
			database = null;
		}
	}
}
