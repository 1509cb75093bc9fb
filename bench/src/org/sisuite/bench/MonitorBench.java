package org.sisuite.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.sisuite.core.monitor.InstallMonitor;
import org.sisuite.core.store.ClientStore;
import org.sisuite.core.store.ClientStore.RangeSpec;
import org.sisuite.core.store.ImageStore;
import org.sisuite.core.store.ImageStore.ImageSpec;
import org.sisuite.core.store.InstallStore;
import org.sisuite.core.store.SisDatabase;

/**
 * The install monitor under a flood (docs/PERFORMANCE.md): CLIENTS clients connect at once, each
 * on its own TCP connection, and each sends LINES progress lines (init, percent after percent, a
 * final status) as fast as the sockets take them, plus one log line per report; the monitor runs
 * in this JVM with the real database. Prints the time until every line was applied, messages per
 * second, the database flushes, the heap after a GC and the peak resident memory (VmHWM, of the
 * monitor and the simulated clients together). Usage: MonitorBench WORKDIR [CLIENTS [LINES]]
 */
public final class MonitorBench {

	public static void main(String[] args) throws Exception {
		Path work = Path.of(args[0]);
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
		int lines = args.length > 2 ? Integer.parseInt(args[2]) : 20;
		try (SisDatabase database = SisDatabase.embedded(work.resolve("db")).open()) {
			new ImageStore(database, work.resolve("images")).add(new ImageSpec("compute", null, null, null, null, null));
			new ClientStore(database).addRange(new RangeSpec("rack", "n", 1, clients, 5, "10.0.0.1", null, null, null,
					"compute"), new NullProgressMonitor());
			InstallMonitor monitor = InstallMonitor.start(database,
					InstallMonitor.Options.defaults(new InetSocketAddress("127.0.0.1", 0)));
			long total = (long) clients * lines * 2;
			long start = System.nanoTime();
			List<Socket> sockets = new ArrayList<>(clients);
			for (int i = 0; i < clients; i++) {
				sockets.add(new Socket(InetAddress.getLoopbackAddress(), monitor.port()));
			}
			long connected = System.nanoTime();
			int threads = 4;
			AtomicLong sent = new AtomicLong();
			List<Thread> senders = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int first = t;
				Thread sender = new Thread(() -> {
					try {
						for (int line = 0; line < lines; line++) {
							for (int i = first; i < clients; i += threads) {
								OutputStream out = sockets.get(i).getOutputStream();
								int status = line == lines - 1 ? 100 : line * 99 / lines;
								String prefix = String.format("mac=52:54:01:00:%02x:%02x:ip=10.0.%d.%d:host=n%05d:",
										(i + 1) / 256, (i + 1) % 256, i / 256, i % 256, i + 1);
								out.write((prefix + "status=" + status + ":speed=" + (4096 + line) + ":step=image\n" + prefix
										+ "log=rsync: " + status + "% of compute, " + (4096 + line) + " KB/s\n")
										.getBytes(StandardCharsets.US_ASCII));
								sent.addAndGet(2);
							}
						}
					} catch (IOException e) {
						throw new IllegalStateException(e);
					}
				});
				sender.start();
				senders.add(sender);
			}
			for (Thread sender : senders) {
				sender.join();
			}
			long allSent = System.nanoTime();
			while (monitor.statistics().messages() + monitor.statistics().rejectedLines() < total) {
				Thread.sleep(5);
			}
			long applied = System.nanoTime();
			monitor.flush();
			long flushed = System.nanoTime();
			for (Socket socket : sockets) {
				socket.close();
			}
			System.gc();
			long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			InstallMonitor.Statistics statistics = monitor.statistics();
			monitor.close();
			int sessions = new InstallStore(database).latestSessions().size();
			double seconds = (applied - connected) / 1e9;
			System.out.printf("clients %d, lines %d (%d per client), rejected %d, sessions stored %d%n", clients, total,
					lines * 2, statistics.rejectedLines(), sessions);
			System.out.printf("connect all: %.2f s; send all: %.2f s; all applied: %.2f s; last flush: %.2f s%n",
					(connected - start) / 1e9, (allSent - connected) / 1e9, seconds, (flushed - applied) / 1e9);
			System.out.printf("messages per second: %.0f%n", total / seconds);
			System.out.printf("database flushes: %d (%.0f messages per flush); clients switched to local boot: %d%n",
					statistics.flushes(), (double) total / Math.max(1, statistics.flushes()), statistics.flippedClients());
			System.out.printf("heap after GC: %d MB; peak RSS (VmHWM, monitor and clients): %s%n", heap >> 20, vmHwm());
		}
	}

	private static String vmHwm() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
			if (line.startsWith("VmHWM:")) {
				return line.substring(6).strip();
			}
		}
		return "unknown";
	}
}
