package org.sisuite.core.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.store.ClientStore;
import org.sisuite.core.store.ClientStore.RangeSpec;
import org.sisuite.core.store.ImageStore;
import org.sisuite.core.store.ImageStore.ImageSpec;
import org.sisuite.core.store.InstallStore;
import org.sisuite.core.store.InstallStore.SessionRow;
import org.sisuite.core.store.SisDatabase;

/**
 * 5,000 clients installing at once, each on its own real TCP connection held open for its whole
 * install, plus senders the site does not know; afterwards the stored state is exactly what was
 * sent. Both ends of every connection live in this JVM, so 5,000 connections need 10,000 file
 * descriptors: the test opens as many at a time as the process limit ({@code ulimit -n}, 20,000
 * on our machines) allows with room to spare, in waves when it is lower, and says so.
 */
class FloodTest {

	static final int CLIENTS = 5000;
	static final int STRANGERS = 50;

	@TempDir
	Path temp;

	@Test
	void fiveThousandConcurrentClientsEndExactlyAsTheyReported() throws Exception {
		try (SisDatabase database = SisDatabase.embedded(temp.resolve("db")).open()) {
			new ImageStore(database, temp.resolve("images")).add(new ImageSpec("compute", null, null, null, null, null));
			new ClientStore(database).addRange(
					new RangeSpec("rack", "n", 1, CLIENTS, 4, "10.0.0.1", null, null, null, "compute"),
					new NullProgressMonitor());
			InstallMonitor monitor = InstallMonitor.start(database,
					InstallMonitor.Options.defaults(new InetSocketAddress("127.0.0.1", 0)));
			try {
				int wave = wave();
				List<String[]> scripts = new ArrayList<>();
				for (int i = 1; i <= CLIENTS; i++) {
					scripts.add(script(i));
				}
				for (int i = 1; i <= STRANGERS; i++) {
					String mac = String.format("02:00:00:00:%02x:%02x", i / 256, i % 256);
					scripts.add(new String[] { "mac=" + mac + ":host=ghost" + i + ":status=10:speed=5" });
				}
				long lines = 0;
				for (int from = 0; from < scripts.size(); from += wave) {
					lines += run(monitor.port(), scripts.subList(from, Math.min(scripts.size(), from + wave)));
				}
				Senders.awaitLines(monitor, lines);
				monitor.flush();
				assertEquals(0, monitor.statistics().rejectedLines());
				assertEquals(CLIENTS + STRANGERS, monitor.statistics().connections());
			} finally {
				monitor.close();
			}

			List<SessionRow> sessions = new InstallStore(database).latestSessions();
			Map<String, Integer> perState = new TreeMap<>();
			int unknown = 0;
			for (SessionRow session : sessions) {
				perState.merge(session.state(), 1, Integer::sum);
				unknown += session.clientHostname() == null ? 1 : 0;
				if (session.clientHostname() != null) {
					assertEquals(3, session.events(), session.toString());
					int i = Integer.parseInt(session.clientHostname().substring(1));
					assertEquals(finalStatus(i), session.statusCode(), session.toString());
					assertEquals(String.format("10.0.%d.%d", (i - 1) / 256, (i - 1) % 256), session.ip());
				}
			}
			int fifth = CLIENTS / 5;
			assertEquals(Map.of("failed", fifth, "finalizing", fifth, "imaged", fifth, "rebooted", fifth, "running",
					fifth + STRANGERS), perState);
			assertEquals(STRANGERS, unknown);
			long local = new ClientStore(database).list(null, null).stream()
					.filter(client -> client.bootMode().equals("local")).count();
			assertEquals(2 * fifth, local, "imaged and rebooted clients boot locally now, finalizing ones not yet");
		}
	}

	/** The lines client {@code i} sends: init, progress, and its final status by {@code i % 5}. */
	private static String[] script(int i) {
		String prefix = String.format("mac=52:54:01:00:%02x:%02x:ip=10.0.%d.%d:host=n%04d:", i / 256, i % 256,
				(i - 1) / 256, (i - 1) % 256, i);
		return new String[] { prefix + "status=0:speed=0:step=init", prefix + "status=25:speed=4096:step=image",
				prefix + "status=" + finalStatus(i) + ":speed=0" };
	}

	private static int finalStatus(int i) {
		return switch (i % 5) {
		case 0 -> -1;
		case 1 -> 100;
		case 2 -> 101;
		case 3 -> 50;
		default -> 102;
		};
	}

	/** Connects every sender of the wave, then sends round after round of lines, then closes them. */
	private static long run(int port, List<String[]> senders) throws IOException {
		List<Socket> sockets = new ArrayList<>();
		long lines = 0;
		try {
			for (int i = 0; i < senders.size(); i++) {
				sockets.add(Senders.connect(port));
			}
			for (int round = 0; round < 3; round++) {
				for (int i = 0; i < senders.size(); i++) {
					if (round < senders.get(i).length) {
						sockets.get(i).getOutputStream()
								.write((senders.get(i)[round] + "\n").getBytes(StandardCharsets.US_ASCII));
						lines++;
					}
				}
			}
		} finally {
			for (Socket socket : sockets) {
				socket.close();
			}
		}
		return lines;
	}

	/** How many senders may be connected at once: two descriptors each, and 1,000 kept free. */
	private static int wave() {
		long max = 20_000;
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
			max = unix.getMaxFileDescriptorCount() - unix.getOpenFileDescriptorCount();
		}
		int wave = (int) Math.max(100, Math.min(CLIENTS + STRANGERS, (max - 1000) / 2));
		if (wave < CLIENTS + STRANGERS) {
			System.out.println("FloodTest: ulimit -n allows " + wave + " senders at a time; sending in waves");
		}
		assertTrue(wave >= 100);
		return wave;
	}
}
