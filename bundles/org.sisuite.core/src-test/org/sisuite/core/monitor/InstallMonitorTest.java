package org.sisuite.core.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.netboot.NetbootGenerator;
import org.sisuite.core.netboot.NetbootGenerator.DhcpServer;
import org.sisuite.core.netboot.NetbootSettings;
import org.sisuite.core.store.ClientStore;
import org.sisuite.core.store.ClientStore.ClientSpec;
import org.sisuite.core.store.ImageStore;
import org.sisuite.core.store.ImageStore.ImageSpec;
import org.sisuite.core.store.InstallStore;
import org.sisuite.core.store.InstallStore.SessionRow;
import org.sisuite.core.store.SisDatabase;
import org.sisuite.core.store.SiteStore;

/**
 * The monitor over real TCP on an ephemeral loopback port, with a real database: SystemImager's
 * classic and current lines, our script's lines, garbage of every kind, slow and flooding senders,
 * and the switch to local boot seen in the generated network boot files.
 */
class InstallMonitorTest {

	static final String MAC_1 = "52:54:00:00:01:0a";
	static final String MAC_2 = "52:54:00:00:02:0a";

	@TempDir
	Path temp;

	private SisDatabase database;
	private InstallMonitor monitor;
	private InstallStore installs;

	@BeforeEach
	void site() throws CoreException {
		database = SisDatabase.embedded(temp.resolve("db")).open();
		new ImageStore(database, temp.resolve("images")).add(new ImageSpec("compute", null, null, null, null, null));
		ClientStore clients = new ClientStore(database);
		clients.add(new ClientSpec("node001", null, "compute", List.of(MAC_1), "10.0.0.11", null, null, List.of()));
		clients.add(new ClientSpec("node002", null, "compute", List.of(MAC_2), "10.0.0.12", null, null, List.of()));
		clients.add(new ClientSpec("node003", null, "compute", List.of(), "10.0.0.13", null, null, List.of()));
		installs = new InstallStore(database);
	}

	@AfterEach
	void stop() {
		if (monitor != null) {
			monitor.close();
		}
		database.close();
	}

	private InstallMonitor start(InstallMonitor.NetbootTarget netboot) throws CoreException {
		MonitorLimits limits = MonitorLimits.defaults().withTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(1));
		InstallMonitor.Options options = InstallMonitor.Options.defaults(new InetSocketAddress("127.0.0.1", 0))
				.withLimits(limits).withFlipDelay(Duration.ofMillis(100)).withNetboot(netboot);
		monitor = InstallMonitor.start(database, options);
		return monitor;
	}

	private Map<String, SessionRow> sessions() throws CoreException {
		return installs.latestSessions().stream().collect(Collectors.toMap(
				row -> row.clientHostname() != null ? row.clientHostname() : row.senderKey(), Function.identity()));
	}

	/**
	 * Our install script reports 101 before the overrides, fstab and the boot loader, then 100: a
	 * failure while finalizing must leave the client installing over the network (found by the
	 * end-to-end install test, where 101 had already switched the client to local boot).
	 */
	@Test
	void finalizingIsNotDoneAndAFailureWhileFinalizingKeepsNetworkBoot() throws Exception {
		int port = start(null).port();
		String line = "mac=" + MAC_1 + ":ip=10.0.0.11:host=node001:";
		Senders.oneConnection(port, line + "status=99:speed=10:step=image", line + "status=101:speed=0:step=bootloader",
				line + "status=-1:speed=0:step=bootloader");
		Senders.awaitLines(monitor, 3);
		monitor.flush();
		SessionRow node001 = sessions().get("node001");
		assertEquals(List.of(99, 101, -1), installs.events(node001.id()).stream().map(event -> event.statusCode()).toList(),
				"one session: 101 does not end it");
		assertEquals("failed", node001.state());
		assertFalse(node001.bootFlipped());
		assertEquals("install", new ClientStore(database).show("node001").bootMode());
	}

	@Test
	void systemImagersLinesAndOursOverTcp() throws Exception {
		int port = start(null).port();
		String si = "mac=52.54.00.00.01.0A:ip=10.0.0.11:host=node001:cpu=Intel(R) Xeon(R) (2400 MHz):ncpus=4:"
				+ "kernel=5.14.0:mem=16318404:os=compute:tmpfs=3%:time=";
		Senders.eachOnItsOwnConnection(monitor, si + "5:status=0:first_timestamp=on:speed=0", si + "20:status=12.5:speed=800",
				si + "40:status=45.50:speed=10240.25", si + "90:status=101:speed=0", si + "95:status=102:speed=0");
		Senders.oneConnection(port, "MAC:52:54:00:00:02:0A;35",
				"UPD:{\"name\":\"52:54:00:00:02:0a\",\"host\":\"node002\",\"ip\":\"10.0.0.12\",\"status\":\"20\",\"speed\":\"512\"}",
				"LOG:{\"tag\":\"systemimager\",\"priority\":6,\"message\":\"Partitioning /dev/sda\"}",
				"LOG:{\"tag\":\"systemimager\",\"priority\":3,\"message\":\"mdadm: no md support\"}",
				"UPD:{\"status\":57,\"speed\":2048}");
		// node003 has no MAC in the site: its MAC, first seen with its name, then matches alone
		Senders.oneConnection(port, "mac=02:00:00:00:00:13:ip=10.0.0.13:host=node003:status=30:speed=100:step=partition",
				"mac=02:00:00:00:00:13:log=created /dev/sda1");
		Senders.oneConnection(port, "mac=de:ad:be:ef:00:01:ip=192.0.2.9:host=stranger:status=5:speed=1");
		Senders.awaitLines(monitor, 5 + 5 + 2 + 1);
		monitor.flush();

		Map<String, SessionRow> sessions = sessions();
		assertEquals(4, sessions.size(), sessions.keySet().toString());
		SessionRow node001 = sessions.get("node001");
		assertEquals("rebooted", node001.state());
		assertEquals(102, node001.statusCode());
		assertEquals(100, node001.percent());
		assertEquals("52:54:00:00:01:0a", node001.mac());
		assertEquals("compute", node001.image());
		assertEquals(List.of(0, 12, 45, 101, 102),
				installs.events(node001.id()).stream().map(event -> event.statusCode()).toList());
		assertTrue(node001.finished() != null);
		assertTrue(node001.bootFlipped(), "102 is success: the client boots locally now");
		assertEquals("local", new ClientStore(database).show("node001").bootMode());

		SessionRow node002 = sessions.get("node002");
		assertEquals("running", node002.state());
		assertEquals(57, node002.percent());
		assertEquals(2048, node002.speedKBps());
		assertEquals(List.of("info systemimager: Partitioning /dev/sda", "error systemimager: mdadm: no md support"),
				installs.log(node002.id()).stream().map(line -> line.level() + " " + line.text()).toList());
		assertFalse(node002.bootFlipped());
		assertEquals("install", new ClientStore(database).show("node002").bootMode());

		SessionRow node003 = sessions.get("node003");
		assertEquals(30, node003.percent());
		assertEquals("partition", node003.step());
		assertEquals(List.of("created /dev/sda1"), installs.log(node003.id()).stream().map(line -> line.text()).toList());

		SessionRow stranger = sessions.get("mac:de:ad:be:ef:00:01");
		assertNull(stranger.clientHostname(), "an unknown sender is recorded, not dropped");
		assertEquals("stranger", stranger.host());
		assertEquals(5, stranger.percent());
		assertEquals(1, monitor.statistics().unknownSenderMessages());
		assertEquals(0, monitor.statistics().rejectedLines());
	}

	@Test
	void malformedInputAndBadSendersNeverStopTheMonitorNorTouchTheState() throws Exception {
		int port = start(null).port();
		int rejected = 0;
		Senders.oneConnection(port, "hello world", "GET / HTTP/1.1", "status=50", "mac=aa:bb:cc:dd:ee:ff:status=5000",
				"UPD:{\"status\":", "LOG:{\"tag\":\"x\"}");
		rejected += 6;
		Senders.raw(port, new byte[] { 0, 1, 2, (byte) 0xff, (byte) 0xfe, '\n' });
		Senders.raw(port, new byte[] { 'm', 'a', 'c', '=', (byte) 0xc3, 0x28, '\n' });
		rejected += 2;
		// an oversized line is dropped up to its newline; the next line on the same connection counts
		Senders.oneConnection(port, "mac=" + MAC_2 + ":log=" + "x".repeat(20_000),
				"mac=" + MAC_2 + ":status=7:speed=70");
		rejected += 1;
		// half a line, then the connection ends: "status=10" might have been "status=100"
		Senders.raw(port, ("mac=" + MAC_1 + ":status=10").getBytes(StandardCharsets.US_ASCII));
		rejected += 1;
		// a line in pieces, with pauses, and a CRLF ending: one line
		try (Socket socket = Senders.connect(port)) {
			OutputStream out = socket.getOutputStream();
			for (String piece : new String[] { "mac=" + MAC_1, ":status=3", "3:speed=3", "30\r\n" }) {
				out.write(piece.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				Thread.sleep(50);
			}
		}
		// slowloris: a line begun and never finished is cut off after the line timeout (1 s here)
		try (Socket socket = Senders.connect(port)) {
			socket.getOutputStream().write("mac=aa:bb:cc:dd:ee:01:sta".getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			socket.setSoTimeout(60_000);
			InputStream in = socket.getInputStream();
			assertEquals(-1, in.read(), "the monitor closes the connection");
		}
		rejected += 1;
		// a flooding sender does not keep another one from being heard
		int flood = 50_000;
		Thread flooder = new Thread(() -> {
			try (Socket socket = Senders.connect(port)) {
				OutputStream out = socket.getOutputStream();
				byte[] line = "mac=aa:bb:cc:dd:ee:02:host=flooder:status=1:speed=1\n".getBytes(StandardCharsets.US_ASCII);
				for (int i = 0; i < flood; i++) {
					out.write(line);
				}
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		});
		flooder.start();
		Senders.oneConnection(port, "ip=10.0.0.13:host=node003:status=44:speed=4");
		flooder.join();
		Senders.awaitLines(monitor, rejected + 1 + 1 + flood + 1);
		monitor.flush();

		assertEquals(rejected, monitor.statistics().rejectedLines(), monitor.statistics().toString());
		Map<String, SessionRow> sessions = sessions();
		assertEquals(List.of("mac:aa:bb:cc:dd:ee:02", "node001", "node002", "node003"),
				sessions.keySet().stream().sorted().toList(), "no session of any refused line");
		assertEquals(33, sessions.get("node001").percent());
		assertEquals(330, sessions.get("node001").speedKBps());
		assertEquals(7, sessions.get("node002").percent());
		assertEquals(0, sessions.get("node002").logLines(), "the oversized line left nothing");
		assertEquals(44, sessions.get("node003").percent());
		assertEquals(1, sessions.get("mac:aa:bb:cc:dd:ee:02").events(), "50,000 equal reports: one history entry");

		// and the monitor still listens
		Senders.oneConnection(port, "mac=" + MAC_1 + ":status=34:speed=1");
		Senders.awaitLines(monitor, rejected + 1 + 1 + flood + 1 + 1);
		monitor.flush();
		assertEquals(34, sessions().get("node001").percent());
	}

	@Test
	void sendersTheSiteDoesNotKnowAreRecordedUpToALimit() throws Exception {
		MonitorLimits limits = MonitorLimits.defaults();
		monitor = InstallMonitor.start(database, InstallMonitor.Options.defaults(new InetSocketAddress("127.0.0.1", 0))
				.withLimits(limits).withMaxUnknownSenders(3));
		int port = monitor.port();
		for (int i = 1; i <= 5; i++) {
			Senders.oneConnection(port, "mac=02:00:00:00:00:0" + i + ":status=" + i + ":speed=0");
		}
		Senders.oneConnection(port, "mac=02:00:00:00:00:01:status=9:speed=0", "mac=" + MAC_1 + ":status=8:speed=0");
		Senders.awaitLines(monitor, 7);
		monitor.flush();
		Map<String, SessionRow> sessions = sessions();
		assertEquals(4, sessions.size(), sessions.keySet().toString());
		assertEquals(2, monitor.statistics().rejectedLines(), "the 4th and 5th unknown sender");
		assertEquals(9, sessions.values().stream().filter(row -> "mac:02:00:00:00:00:01".equals(row.senderKey()))
				.findFirst().orElseThrow().percent(), "a recorded unknown sender goes on being heard");
		assertEquals(8, sessions.get("node001").percent(), "the site's clients are always heard");
	}

	@Test
	void successSwitchesTheClientToLocalBootInTheNetworkBootFiles() throws Exception {
		NetbootSettings settings = NetbootSettings.of(Map.of(NetbootSettings.SERVER, "10.0.0.1"), "test");
		Path output = temp.resolve("netboot");
		InstallMonitor.NetbootTarget target = new InstallMonitor.NetbootTarget(settings, output,
				EnumSet.of(DhcpServer.DNSMASQ));
		new NetbootGenerator(settings, output, target.dhcpServers()).generate(new SiteStore(database).load(),
				new NullProgressMonitor());
		Path node001 = output.resolve("tftp/pxelinux.cfg/01-52-54-00-00-01-0a");
		Path node002 = output.resolve("tftp/pxelinux.cfg/01-52-54-00-00-02-0a");
		assertTrue(Files.readString(node001).contains("DEFAULT install"), Files.readString(node001));
		assertTrue(Files.readString(node002).contains("DEFAULT install"));

		int port = start(target).port();
		Senders.oneConnection(port, "mac=" + MAC_1 + ":ip=10.0.0.11:host=node001:status=100:speed=0:step=done");
		Senders.oneConnection(port, "mac=" + MAC_2 + ":ip=10.0.0.12:host=node002:status=-1:speed=0");
		Senders.awaitLines(monitor, 2);
		monitor.flush();

		assertTrue(Files.readString(node001).contains("DEFAULT local"), Files.readString(node001));
		assertTrue(Files.readString(node002).contains("DEFAULT install"), "a failed install keeps booting the installer");
		assertEquals("local", new ClientStore(database).show("node001").bootMode());
		SessionRow session = sessions().get("node001");
		assertTrue(session.bootFlipped());
		assertTrue(installs.log(session.id()).get(0).text().startsWith("boot mode set to local"));
		assertEquals("failed", sessions().get("node002").state());
		assertEquals(1, monitor.statistics().flippedClients());
	}

	@Test
	void aRestartedMonitorContinuesTheSessionsAndANewInstallStartsANewOne() throws Exception {
		int port = start(null).port();
		Senders.oneConnection(port, "mac=" + MAC_2 + ":status=0:speed=0", "mac=" + MAC_2 + ":status=40:speed=9");
		Senders.awaitLines(monitor, 2);
		monitor.close();
		long first = sessions().get("node002").id();

		port = start(null).port();
		Senders.oneConnection(port, "mac=" + MAC_2 + ":status=80:speed=9", "mac=" + MAC_2 + ":status=-2:speed=0");
		Senders.awaitLines(monitor, 2);
		monitor.flush();
		SessionRow continued = sessions().get("node002");
		assertEquals(first, continued.id());
		assertEquals(List.of(0, 40, 80, -2), installs.events(first).stream().map(event -> event.statusCode()).toList());
		assertEquals("failed", continued.state());

		Senders.oneConnection(port, "mac=" + MAC_2 + ":status=0:speed=0");
		Senders.awaitLines(monitor, 3);
		monitor.flush();
		SessionRow again = sessions().get("node002");
		assertTrue(again.id() > first, "an install after a failed one is a new session");
		assertEquals("running", again.state());
		assertEquals(2, installs.sessionsOf("node002").size());
	}
}
