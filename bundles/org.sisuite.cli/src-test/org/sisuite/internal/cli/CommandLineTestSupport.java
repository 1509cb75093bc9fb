package org.sisuite.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code sis} command lines in-process against a real database in a temporary SIS_HOME, and
 * keeps what the last one printed.
 */
abstract class CommandLineTestSupport {

	@TempDir
	Path temp;

	/** What the last command printed on standard output and standard error. */
	StringWriter out;
	StringWriter err;

	/** Standard input of the next commands. */
	String stdin = "";

	int sis(String... args) {
		out = new StringWriter();
		err = new StringWriter();
		CliContext context = TestContexts.context(temp.resolve("home"),
				new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
		return new SisCommandLine(context).execute(args);
	}

	void ok(String... args) {
		assertEquals(0, sis(args), String.join(" ", args) + " failed: " + err);
	}
}
