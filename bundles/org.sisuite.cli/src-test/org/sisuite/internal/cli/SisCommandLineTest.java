package org.sisuite.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.SisHome;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class SisCommandLineTest {

	@TempDir
	Path temp;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	private int sis(String... args) {
		CliContext context = new CliContext("1.2.3.test", SisHome.at(temp), Map.of(), InputStream.nullInputStream(), new PrintWriter(out),
				new PrintWriter(err), false);
		return new SisCommandLine(context).execute(args);
	}

	@Test
	void helpListsTheCommandsAndExitsZero() {
		assertEquals(0, sis("--help"));
		assertTrue(out.toString().contains("version"), out.toString());
		assertTrue(out.toString().contains("Commands:"), out.toString());
	}

	@Test
	void everyCommandHasHelp() {
		assertEquals(0, sis("version", "--help"));
		assertTrue(out.toString().contains("--json"), out.toString());
	}

	@Test
	void versionPrintsTheProductVersion() {
		assertEquals(0, sis("version"));
		assertTrue(out.toString().startsWith("SIS Workbench 1.2.3.test"), out.toString());
		assertTrue(out.toString().contains(temp.toString()), out.toString());
		assertEquals("", err.toString());
	}

	@Test
	void versionAsJsonHasStableFields() {
		assertEquals(0, sis("version", "--json"));
		JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
		assertEquals("1.2.3.test", json.get("version").getAsString());
		assertEquals(temp.toString(), json.get("home").getAsString());
		assertEquals(Runtime.version().toString(), json.get("java").getAsString());
	}

	@Test
	void unknownCommandIsBadInputAndNamesTheCommand() {
		assertEquals(2, sis("frobnicate"));
		assertTrue(err.toString().contains("unknown command 'frobnicate'"), err.toString());
		assertTrue(err.toString().contains("version"), err.toString());
		assertEquals("", out.toString());
	}

	@Test
	void unknownOptionIsBadInput() {
		assertEquals(2, sis("version", "--bogus"));
		assertTrue(err.toString().contains("--bogus"), err.toString());
		assertTrue(err.toString().contains("sis version --help"), err.toString());
	}

	@Test
	void noCommandIsBadInput() {
		assertEquals(2, sis());
		assertTrue(err.toString().contains("Missing command"), err.toString());
	}
}
