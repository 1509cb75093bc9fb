package org.sisuite.internal.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import org.sisuite.core.SisHome;

/** The {@link CliContext} of a command run in a test: a SIS_HOME of its own, captured output, no terminal. */
final class TestContexts {

	private TestContexts() {
	}

	static CliContext context(Path home, StringWriter out, StringWriter err) {
		return context(home, InputStream.nullInputStream(), out, err);
	}

	static CliContext context(Path home, InputStream in, StringWriter out, StringWriter err) {
		return new CliContext("test", SisHome.at(home), Map.of(), in, new PrintWriter(out), new PrintWriter(err), false);
	}
}
