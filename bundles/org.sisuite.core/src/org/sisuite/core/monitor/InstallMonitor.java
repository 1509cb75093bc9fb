package org.sisuite.core.monitor;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.sisuite.core.Statuses;
import org.sisuite.core.monitor.MonitorMessage.Kind;
import org.sisuite.core.monitor.MonitorProtocol.Parsed;
import org.sisuite.core.monitor.MonitorServer.Peer;
import org.sisuite.core.netboot.NetbootGenerator;
import org.sisuite.core.netboot.NetbootGenerator.DhcpServer;
import org.sisuite.core.netboot.NetbootGenerator.NetbootResult;
import org.sisuite.core.netboot.NetbootSettings;
import org.sisuite.core.store.InstallStore;
import org.sisuite.core.store.InstallStore.Batch;
import org.sisuite.core.store.SisDatabase;
import org.sisuite.core.store.SiteStore;

/**
 * The install monitor: the {@link MonitorServer} receiving lines, the {@link MonitorProtocol}
 * reading them, the {@link InstallTracker} keeping the sessions, and one writer thread that every
 * {@code flushInterval} writes what changed in one transaction, re-reads the client list when the
 * site changed, and sets succeeded clients to local boot — debounced: once no success arrived for
 * {@code flipDelay}, all waiting clients are switched in one site write and the network boot files
 * are regenerated once (like SystemImager's netbootmond and FAI's {@code monitor -b}).
 */
public final class InstallMonitor implements AutoCloseable {

	private static final Logger LOG = Logger.getLogger(InstallMonitor.class.getName());

	/** Where and how to regenerate the network boot files after clients switched to local boot. */
	public record NetbootTarget(NetbootSettings settings, Path output, Set<DhcpServer> dhcpServers) {
	}

	/**
	 * @param netboot null to switch the clients' boot mode in the database only
	 */
	public record Options(InetSocketAddress address, MonitorLimits limits, Duration flushInterval, Duration flipDelay,
			int maxLogLines, NetbootTarget netboot) {

		public static Options defaults(InetSocketAddress address) {
			return new Options(address, MonitorLimits.defaults(), Duration.ofMillis(500), Duration.ofSeconds(2), 2000, null);
		}

		public Options withNetboot(NetbootTarget target) {
			return new Options(address, limits, flushInterval, flipDelay, maxLogLines, target);
		}

		public Options withLimits(MonitorLimits newLimits) {
			return new Options(address, newLimits, flushInterval, flipDelay, maxLogLines, target());
		}

		public Options withFlipDelay(Duration delay) {
			return new Options(address, limits, flushInterval, delay, maxLogLines, netboot);
		}

		private NetbootTarget target() {
			return netboot;
		}
	}

	/**
	 * What the monitor did since it started. {@code lines} counts the complete lines read,
	 * {@code rejectedLines} those refused (by the framing: too long, binary, not UTF-8, unfinished;
	 * or by the protocol), {@code messages} those applied to a session: every line read is either
	 * a message or rejected (empty lines are neither).
	 */
	public record Statistics(long connections, long refusedConnections, int openConnections, long lines,
			long rejectedLines, long bytes, long timeouts, long messages, long unknownSenderMessages,
			long droppedLogLines, int sessions, long flushes, long flippedClients) {
	}

	private final SisDatabase database;
	private final InstallStore store;
	private final Options options;
	private final InstallTracker tracker;
	private final MonitorServer server;
	private final ArrayDeque<Batch> unwritten = new ArrayDeque<>();
	private final AtomicLong flushes = new AtomicLong();
	private final AtomicLong flipped = new AtomicLong();
	private final AtomicLong rejections = new AtomicLong();
	private final AtomicLong refusedByProtocol = new AtomicLong();
	private final Object writing = new Object();
	private final Object wake = new Object();
	private final Thread writer;
	private volatile boolean running = true;
	private long lastIndexCheck;

	private InstallMonitor(SisDatabase database, Options options) throws CoreException {
		this.database = database;
		this.store = new InstallStore(database);
		this.options = options;
		this.tracker = new InstallTracker(store.maxSessionId(), options.maxLogLines(), 200_000);
		tracker.resume(store.latestSessions());
		tracker.index(store.clientIndex());
		this.server = new MonitorServer(options.address(), options.limits(), new Handler());
		this.writer = new Thread(this::writeLoop, "sis-monitor-writer");
		writer.setDaemon(true);
	}

	/** Starts a monitor on the database (which must be open) and returns once it listens. */
	public static InstallMonitor start(SisDatabase database, Options options) throws CoreException {
		InstallMonitor monitor = new InstallMonitor(database, options);
		try {
			monitor.server.start();
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot listen on " + options.address().getHostString() + ":"
					+ options.address().getPort() + ": " + e.getMessage(), e));
		}
		monitor.writer.start();
		return monitor;
	}

	public int port() {
		return server.port();
	}

	public Statistics statistics() {
		MonitorServer.Statistics io = server.statistics();
		InstallTracker.Counts counts = tracker.counts();
		return new Statistics(io.connections(), io.refused(), io.open(), io.lines(),
				io.rejected() + refusedByProtocol.get(), io.bytes(),
				io.timeouts(), counts.messages(), counts.unknownSenderMessages(), counts.droppedLogLines(),
				counts.sessions(), flushes.get(), flipped.get());
	}

	/** Writes everything received so far and performs the due boot switches now (tests, shutdown). */
	public void flush() throws CoreException {
		synchronized (writing) {
			writePending();
			flipDue(0);
		}
	}

	private void writeLoop() {
		long interval = options.flushInterval().toMillis();
		while (running) {
			synchronized (wake) {
				try {
					wake.wait(interval);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
			if (!running) {
				return;
			}
			synchronized (writing) {
				try {
					writePending();
					refreshIndex();
					flipDue(options.flipDelay().toNanos());
				} catch (CoreException | RuntimeException e) {
					LOG.log(Level.WARNING, "install monitor could not write to " + database.displayUrl()
							+ "; keeping the changes and trying again", e);
				}
			}
		}
	}

	/** Writes the batches in order; a batch that failed stays first in line for the next try. */
	private void writePending() throws CoreException {
		Batch batch = tracker.drain();
		if (!batch.isEmpty()) {
			unwritten.addLast(batch);
		}
		while (!unwritten.isEmpty()) {
			store.write(unwritten.peekFirst(), options.maxLogLines());
			unwritten.removeFirst();
			flushes.incrementAndGet();
		}
	}

	private void refreshIndex() throws CoreException {
		long now = System.nanoTime();
		if (now - lastIndexCheck < 2_000_000_000L) {
			return;
		}
		lastIndexCheck = now;
		if (store.siteRevision() != tracker.indexRevision()) {
			tracker.index(store.clientIndex());
		}
	}

	private void flipDue(long delayNanos) throws CoreException {
		List<String> due = tracker.flipsDue(delayNanos);
		if (due.isEmpty()) {
			return;
		}
		List<String> changed = store.setLocalBoot(due);
		String note = "boot mode set to local (install succeeded)";
		if (options.netboot() != null && !changed.isEmpty()) {
			NetbootTarget target = options.netboot();
			NetbootResult result = new NetbootGenerator(target.settings(), target.output(), target.dhcpServers())
					.generate(new SiteStore(database).load(), new NullProgressMonitor());
			note += "; network boot files regenerated in " + result.directory() + " (" + result.written() + " written)";
		}
		tracker.flipped(due, note, new Date());
		flipped.addAndGet(changed.size());
		LOG.info("set " + changed.size() + " client(s) to local boot: " + abbreviate(changed));
		writePending();
	}

	private static String abbreviate(List<String> names) {
		return names.size() <= 10 ? String.join(", ", names)
				: String.join(", ", names.subList(0, 10)) + " and " + (names.size() - 10) + " more";
	}

	@Override
	public void close() {
		server.close();
		running = false;
		// woken, never interrupted: an interrupt during a write closes H2's file channel (NIO
		// channels close on interrupt), and with it the database for the whole process
		synchronized (wake) {
			wake.notifyAll();
		}
		try {
			writer.join(10_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		try {
			flush();
		} catch (CoreException e) {
			LOG.log(Level.WARNING, "install monitor could not write its last changes", e);
		}
	}

	/** Runs on the server's thread: parse and apply, never block. */
	private final class Handler implements MonitorServer.LineHandler {
		@Override
		public void line(Peer peer, String line) {
			Parsed parsed = MonitorProtocol.parse(line);
			if (!parsed.isOk()) {
				refusedByProtocol.incrementAndGet();
				rejected(peer, parsed.rejection());
				return;
			}
			MonitorMessage message = parsed.message();
			if (message.kind() == Kind.HELLO || (message.kind() == Kind.UPDATE && message.mac() != null)) {
				peer.mac(message.mac());
			} else if (message.mac() == null && peer.mac() != null) {
				message = message.withMac(peer.mac());
			}
			tracker.accept(message, peer.address(), new Date());
		}

		@Override
		public void rejected(Peer peer, String reason) {
			// a flood of garbage must not flood the log: the first 100, then every 1000th
			long count = rejections.incrementAndGet();
			if (count <= 100 || count % 1000 == 0) {
				LOG.warning("refused a line from " + peer.address() + ": " + reason + " (" + count + " refused so far)");
			}
		}
	}
}
