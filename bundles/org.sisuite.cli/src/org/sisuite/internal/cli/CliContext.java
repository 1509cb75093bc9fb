package org.sisuite.internal.cli;

import java.io.PrintWriter;
import java.util.Objects;

import org.sisuite.core.SisHome;

/**
 * What every command needs from the process it runs in, passed in rather than looked up so the
 * commands run the same on a plain classpath (tests) and inside OSGi (the {@code sis} launcher).
 *
 * @param version the product version to report
 * @param home    the SIS state location
 * @param out     standard output: results only, so it can be piped
 * @param err     standard error: diagnostics and progress
 */
public record CliContext(String version, SisHome home, PrintWriter out, PrintWriter err) {

	public CliContext {
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(home, "home");
		Objects.requireNonNull(out, "out");
		Objects.requireNonNull(err, "err");
	}
}
