package org.sisuite.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The built product through ./sis: the commands, their exit codes, and where state goes. */
class SisLauncherTest {

	@TempDir
	Path home;

	private SisProcess.Result sis(String... args) throws Exception {
		return SisProcess.run(Map.of("SIS_HOME", home.toString()), args);
	}

	@Test
	void versionPrintsTheBuiltVersionAndExitsZero() throws Exception {
		SisProcess.Result result = sis("version");
		assertEquals(0, result.exitCode(), result.err());
		assertTrue(result.out().matches("(?s)SIS Workbench 0\\.1\\.0\\.\\S+\n.*"), result.out());
		assertTrue(result.out().contains("home " + home), result.out());
	}

	@Test
	void versionAsJson() throws Exception {
		SisProcess.Result result = sis("version", "--json");
		assertEquals(0, result.exitCode(), result.err());
		JsonObject json = JsonParser.parseString(result.out()).getAsJsonObject();
		assertTrue(json.get("version").getAsString().startsWith("0.1.0."), result.out());
		assertEquals(home.toString(), json.get("home").getAsString());
	}

	@Test
	void helpListsTheCommands() throws Exception {
		SisProcess.Result result = sis("--help");
		assertEquals(0, result.exitCode(), result.err());
		assertTrue(result.out().contains("Commands:"), result.out());
		assertTrue(result.out().contains("version"), result.out());
	}

	@Test
	void unknownCommandExitsTwoWithAClearError() throws Exception {
		SisProcess.Result result = sis("frobnicate");
		assertEquals(2, result.exitCode(), result.out() + result.err());
		assertTrue(result.err().contains("unknown command 'frobnicate'"), result.err());
	}

	@Test
	void commandsShareTheDatabaseUnderSisHome() throws Exception {
		assertEquals(0, sis("image", "add", "compute", "--arch", "x86_64").exitCode());
		SisProcess.Result range = sis("range", "add", "--basename", "node", "--count", "3", "--pad", "3", "--ip-start",
				"10.0.0.254", "--image", "compute");
		assertEquals(0, range.exitCode(), range.err());
		SisProcess.Result list = sis("client", "list", "--json");
		assertEquals(0, list.exitCode(), list.err());
		var clients = JsonParser.parseString(list.out()).getAsJsonArray();
		assertEquals(3, clients.size());
		assertEquals("10.0.1.0", clients.get(2).getAsJsonObject().getAsJsonArray("interfaces").get(0).getAsJsonObject()
				.get("ip").getAsString());
		assertTrue(Files.isRegularFile(home.resolve("db/sis.mv.db")), "no database file under SIS_HOME");

		SisProcess.Result refused = sis("image", "rm", "compute");
		assertEquals(2, refused.exitCode());
		assertTrue(refused.err().contains("in use by 3 clients (node001, node002, node003)"), refused.err());
	}

	@Test
	void logsGoToSisHome() throws Exception {
		assertEquals(0, sis("version").exitCode());
		assertTrue(Files.isRegularFile(home.resolve("logs/sis.0.log")), "no log under " + home.resolve("logs"));
	}

	@Test
	void aMissingProductNamesTheBuildCommand() throws Exception {
		SisProcess.Result result = SisProcess.run(
				Map.of("SIS_HOME", home.toString(), "SIS_PRODUCT", home.resolve("no-product").toString()), "version");
		assertEquals(1, result.exitCode());
		assertTrue(result.err().contains("./mvnw -B -DskipTests verify"), result.err());
	}

	@Test
	void tooOldAJavaHomeFallsBackOrFailsClearly() throws Exception {
		Path fakeJdk = Files.createDirectories(home.resolve("jdk17"));
		Files.writeString(fakeJdk.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
		SisProcess.Result result = SisProcess.run(Map.of("SIS_HOME", home.toString(), "JAVA_HOME", fakeJdk.toString()),
				"version");
		assertTrue(result.err().contains("is Java 17; SIS Workbench needs Java 21 or newer"), result.err());
		if (Files.isDirectory(Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"))) {
			assertEquals(0, result.exitCode(), "the default Temurin 25 should have been used: " + result.err());
		} else {
			assertEquals(1, result.exitCode());
			assertTrue(result.err().contains("no Java 21+ found"), result.err());
		}
	}
}
