package org.sisuite.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sisuite.core.SisHome;
import org.sisuite.core.store.ImageStore;
import org.sisuite.core.store.SisDatabase;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code sis server} and {@code sis script generate} against a real rsync daemon on an ephemeral loopback port. */
class ServerCommandsTest extends CommandLineTestSupport {

	private boolean started;

	@AfterEach
	void stopServer() {
		if (started) {
			sis("server", "stop");
		}
	}

	@Test
	void startStatusReloadAndStopARealRsyncDaemon() throws Exception {
		Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "the daemon runs modules as uid root");
		Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/rsync")), "rsync is not installed");
		int port = freePort();
		Files.createDirectories(temp.resolve("home"));
		Files.writeString(temp.resolve("home/server.properties"), "port=" + port + "\n");
		ok("image", "add", "compute");
		ok("client", "add", "node001", "--image", "compute", "--ip", "10.1.2.3", "--netmask", "255.255.0.0");

		ok("server", "status", "--json");
		JsonObject stopped = JsonParser.parseString(out.toString()).getAsJsonObject();
		assertEquals("stopped", stopped.get("state").getAsString());
		assertEquals(port, stopped.get("port").getAsInt());
		assertTrue(stopped.get("pid").isJsonNull());

		ok("server", "start", "--json");
		started = true;
		assertTrue(err.toString().contains("Image 'compute' is not served: it has no version yet"), err.toString());
		ok("server", "status", "--json");
		JsonObject running = JsonParser.parseString(out.toString()).getAsJsonObject();
		assertEquals("running", running.get("state").getAsString());
		assertEquals("127.0.0.1", running.get("address").getAsString());
		assertEquals(List.of("scripts", "boot", "overrides"),
				running.get("modules").getAsJsonArray().asList().stream().map(e -> e.getAsString()).toList());
		String config = Files.readString(Path.of(running.get("config").getAsString()));
		for (String line : List.of("uid = root", "gid = root", "use chroot = yes", "numeric ids = yes", "read only = yes",
				"port = " + port, "hosts allow = 127.0.0.0/8 ::1 10.1.0.0/16")) {
			assertTrue(config.contains("\n" + line + "\n"), line + " in\n" + config);
		}

		// a version appears: reload serves it without a restart, and rsync lists it
		try (SisDatabase database = SisDatabase.embedded(SisHome.at(temp.resolve("home")).databaseDirectory()).open()) {
			Path image = temp.resolve("home/images/compute");
			new ImageStore(database, image.getParent()).recordVersion("compute", null, 0, number -> {
				try {
					Files.createDirectories(image.resolve("v" + number + "/etc"));
					Files.writeString(image.resolve("v" + number + "/etc/motd"), "hello\n");
				} catch (IOException e) {
					throw new IllegalStateException(e);
				}
			});
		}
		ok("server", "reload");
		assertTrue(out.toString().contains("modules: scripts boot overrides compute"), out.toString());
		Process list = new ProcessBuilder("rsync", "--list-only", "rsync://127.0.0.1:" + port + "/compute/etc/")
				.redirectErrorStream(true).start();
		String listing = new String(list.getInputStream().readAllBytes());
		assertEquals(0, list.waitFor(), listing);
		assertTrue(listing.contains("motd"), listing);

		// commands that change images keep a configured server current
		ok("image", "rename", "compute", "hpc");
		String renamed = Files.readString(Path.of(running.get("config").getAsString()));
		assertTrue(renamed.contains("\n[hpc]\n") && !renamed.contains("[compute]"), renamed);

		ok("server", "stop", "--json");
		started = false;
		assertEquals("stopped", JsonParser.parseString(out.toString()).getAsJsonObject().get("state").getAsString());
		assertFalse(Files.exists(temp.resolve("home/server/rsyncd.pid")));
	}

	@Test
	void aStalePidFileIsRemovedAndReported() throws Exception {
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		Files.createDirectories(temp.resolve("home/server"));
		Files.writeString(temp.resolve("home/server/rsyncd.pid"), gone.pid() + "\n");
		ok("server", "status");
		assertTrue(out.toString().contains("state:   stopped"), out.toString());
		assertTrue(err.toString().contains("Removed the stale pid file"), err.toString());
		assertFalse(Files.exists(temp.resolve("home/server/rsyncd.pid")));
	}

	@Test
	void scriptGenerateRefusesBadInput() throws Exception {
		assertEquals(2, sis("script", "generate", "nosuch"));
		assertTrue(err.toString().contains("No image named 'nosuch'"), err.toString());
		ok("image", "add", "compute");
		assertEquals(2, sis("script", "generate", "compute", "--post-action", "fly"));
		assertTrue(err.toString().contains("Unknown post action 'fly'"), err.toString());
		assertEquals(2, sis("script", "generate", "compute", "--disk-table", "nosuch"));
		assertTrue(err.toString().contains("No disk table named 'nosuch'"), err.toString());
	}

	@Test
	void scriptGenerateWritesTheImageScriptAndHostLinks() throws Exception {
		ok("image", "add", "compute");
		ok("client", "add", "node001", "--image", "compute", "--mac", "AA:BB:CC:00:00:01");
		ok("script", "generate", "compute", "--post-action", "shutdown", "--json");
		JsonObject result = JsonParser.parseString(out.toString()).getAsJsonObject();
		assertEquals(2, result.get("links").getAsInt());
		Path script = Path.of(result.get("script").getAsString());
		assertEquals(temp.resolve("home/scripts/images/compute.sh"), script);
		assertTrue(Files.isSameFile(script, temp.resolve("home/scripts/hosts/node001.sh")));
		assertTrue(Files.isSameFile(script, temp.resolve("home/scripts/hosts/aa-bb-cc-00-00-01.sh")));
		assertTrue(Files.readString(script).contains("SIS_POST_ACTION=shutdown"));
		assertTrue(Files.exists(temp.resolve("home/scripts/install.exclude")));
		assertTrue(err.toString().contains("has no disk table"), err.toString());

		// a client that leaves the image loses its links; another image's hosts keep theirs
		ok("image", "add", "login");
		ok("client", "add", "node002", "--image", "compute");
		ok("client", "add", "login01", "--image", "login");
		ok("script", "generate", "login");
		ok("script", "generate", "compute");
		ok("client", "rm", "node001");
		ok("script", "generate", "compute", "--json");
		assertEquals(2, JsonParser.parseString(out.toString()).getAsJsonObject().get("removed").getAsInt());
		assertFalse(Files.exists(temp.resolve("home/scripts/hosts/node001.sh")));
		assertFalse(Files.exists(temp.resolve("home/scripts/hosts/aa-bb-cc-00-00-01.sh")));
		assertTrue(Files.isSameFile(script, temp.resolve("home/scripts/hosts/node002.sh")));
		assertTrue(Files.readString(temp.resolve("home/scripts/hosts/login01.sh")).contains("image login,"));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
