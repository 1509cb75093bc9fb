package org.sisuite.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PkgCommandTest {

	@TempDir
	Path temp;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	private int sis(String stdin, String... args) {
		InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
		CliContext context = TestContexts.context(temp, in, out, err);
		return new SisCommandLine(context).execute(args);
	}

	@Test
	void comparesTwoVersionsInEitherScheme() {
		assertEquals(0, sis("", "pkg", "vercmp", "--scheme", "deb", "1.0~rc1", "1.0"));
		assertEquals("-1\n", out.toString());
		assertEquals(0, sis("", "pkg", "vercmp", "--scheme", "rpm", "1.0^git1", "1.0"));
		assertEquals("-1\n1\n", out.toString());
	}

	@Test
	void batchPrintsOneResultPerLineAndExitsTwoAfterAnInvalidLine() {
		int code = sis("1.0\t1.0\n2:1\t1:9\n1.0-\t1.0\nno tab here\n1.2\t1.10\n", "pkg", "vercmp", "--scheme", "deb",
				"--batch");
		assertEquals(2, code, err.toString());
		String[] lines = out.toString().split("\n");
		assertEquals(5, lines.length, out.toString());
		assertEquals("0", lines[0]);
		assertEquals("1", lines[1]);
		assertTrue(lines[2].startsWith("error: ") && lines[2].contains("revision number is empty"), lines[2]);
		assertTrue(lines[3].startsWith("error: expected 'A<TAB>B'"), lines[3]);
		assertEquals("-1", lines[4]);
	}

	@Test
	void anInvalidVersionOrSchemeIsBadInput() {
		assertEquals(2, sis("", "pkg", "vercmp", "--scheme", "deb", "1:", "1"));
		assertTrue(err.toString().contains("nothing after colon"), err.toString());
		assertEquals(2, sis("", "pkg", "vercmp", "--scheme", "zip", "1", "2"));
		assertTrue(err.toString().contains("expected rpm or deb"), err.toString());
		assertEquals(2, sis("", "pkg", "vercmp", "--scheme", "rpm", "1"));
	}
}
