package org.sisuite.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sisuite.core.monitor.InstallMonitor;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code sis monitor list|log|run} on installs a real monitor recorded over TCP. */
class MonitorCommandTest extends CommandLineTestSupport {

	@Test
	void listAndLogShowWhatTheMonitorRecorded() throws Exception {
		ok("image", "add", "compute");
		ok("client", "add", "node001", "--image", "compute", "--mac", "52:54:00:00:01:0a", "--ip", "10.0.0.11");
		ok("client", "add", "node002", "--image", "compute", "--mac", "52:54:00:00:02:0a", "--ip", "10.0.0.12");
		CliContext context = TestContexts.context(temp.resolve("home"), new StringWriter(), new StringWriter());
		InstallMonitor monitor = InstallMonitor.start(context.database(),
				InstallMonitor.Options.defaults(new InetSocketAddress("127.0.0.1", 0)));
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), monitor.port())) {
			OutputStream out = socket.getOutputStream();
			out.write(("mac=52:54:00:00:01:0a:ip=10.0.0.11:host=node001:status=0:speed=0:step=init\n"
					+ "mac=52:54:00:00:01:0a:ip=10.0.0.11:host=node001:status=42:speed=2048:step=image\n"
					+ "mac=52:54:00:00:01:0a:log=rsync: 42% of compute\n"
					+ "mac=52:54:00:00:02:0a:ip=10.0.0.12:host=node002:status=-1:speed=0\n"
					+ "mac=de:ad:be:ef:00:01:host=stranger:status=3:speed=1\n").getBytes(StandardCharsets.UTF_8));
		}
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (monitor.statistics().messages() < 5 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		monitor.close();
		context.closeDatabase();

		ok("monitor", "list", "--json");
		JsonObject overview = JsonParser.parseString(out.toString()).getAsJsonObject();
		JsonObject counts = overview.getAsJsonObject("counts");
		assertEquals(2, counts.get("running").getAsInt(), out.toString());
		assertEquals(1, counts.get("failed").getAsInt());
		assertEquals(1, counts.get("unknown").getAsInt());
		assertEquals(0, counts.get("stale").getAsInt());
		assertEquals(3, overview.getAsJsonArray("installs").size());
		JsonObject node001 = overview.getAsJsonArray("installs").get(0).getAsJsonObject();
		assertEquals("node001", node001.get("client").getAsString());
		assertEquals(42, node001.get("percent").getAsInt());
		assertEquals(2048, node001.get("speedKBps").getAsLong());
		assertEquals("image", node001.get("step").getAsString());

		ok("monitor", "list", "--state", "failed");
		assertTrue(out.toString().contains("node002"), out.toString());
		assertTrue(!out.toString().contains("node001"), out.toString());
		assertTrue(out.toString().contains("running 2, failed 1, unknown 1"), out.toString());

		ok("monitor", "log", "node001");
		assertTrue(out.toString().contains("status 42 (running), step image"), out.toString());
		assertTrue(out.toString().contains("INFO rsync: 42% of compute"), out.toString());
		ok("monitor", "log", "de:ad:be:ef:00:01", "--json");
		assertEquals("stranger", JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonObject("install")
				.get("host").getAsString());
	}

	@Test
	void badInputAndARunThatStopsByItself() {
		assertEquals(2, sis("monitor"));
		ok("monitor", "--help");
		assertEquals(2, sis("monitor", "list", "--state", "sleeping"));
		assertTrue(err.toString().contains("Unknown state 'sleeping'"), err.toString());
		assertEquals(2, sis("monitor", "log", "nobody"));
		assertEquals(2, sis("monitor", "run", "--port", "70000"));
		assertEquals(2, sis("monitor", "run", "--port", "0", "--netboot-output", temp.resolve("nb").toString()));
		assertTrue(err.toString().contains("netboot.properties"), err.toString());
		ok("monitor", "run", "--port", "0", "--stop-after", "1");
		assertTrue(out.toString().startsWith("Install monitor listening on 127.0.0.1:"), out.toString());
		assertTrue(out.toString().contains("Stopped: 0 connections"), out.toString());
	}
}
