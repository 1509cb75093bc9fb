package org.sisuite.core.monitor;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The monitor's TCP server: one thread, one NIO selector, any number of connections. It frames
 * bytes into lines and hands each complete line to a {@link LineHandler}; it enforces the
 * {@link MonitorLimits} itself, so no sender — slow, flooding, garbage-spewing or silent — can
 * block it or grow its memory beyond {@code maxConnections × maxLineBytes}. Each connection may
 * carry any number of lines (SystemImager's clients open one connection per line; the current
 * protocol keeps one open).
 */
public final class MonitorServer implements AutoCloseable {

	private static final Logger LOG = Logger.getLogger(MonitorServer.class.getName());
	private static final long SWEEP_NANOS = 250_000_000L;

	/** Who sent a line: the peer's address and, for the current protocol, the MAC its first line gave. */
	public static final class Peer {
		private final String address;
		private String mac;

		Peer(String address) {
			this.address = address;
		}

		public String address() {
			return address;
		}

		public String mac() {
			return mac;
		}

		public void mac(String newMac) {
			mac = newMac;
		}
	}

	/** Receives the lines; runs on the server's thread, so it must be quick and must not block. */
	public interface LineHandler {
		void line(Peer peer, String line);

		void rejected(Peer peer, String reason);
	}

	/** Counters since start. */
	public record Statistics(long connections, long refused, int open, long lines, long rejected, long bytes,
			long timeouts) {
	}

	private final InetSocketAddress address;
	private final MonitorLimits limits;
	private final LineHandler handler;
	private final Set<Connection> connections = new HashSet<>();
	private final ByteBuffer readBuffer;
	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
	private final AtomicLong accepted = new AtomicLong();
	private final AtomicLong refused = new AtomicLong();
	private final AtomicLong lines = new AtomicLong();
	private final AtomicLong rejected = new AtomicLong();
	private final AtomicLong bytes = new AtomicLong();
	private final AtomicLong timeouts = new AtomicLong();
	private volatile int open;
	private Selector selector;
	private ServerSocketChannel server;
	private Thread thread;
	private volatile boolean running;

	public MonitorServer(InetSocketAddress address, MonitorLimits limits, LineHandler handler) {
		this.address = address;
		this.limits = limits;
		this.handler = handler;
		this.readBuffer = ByteBuffer.allocateDirect(limits.readBytesPerTurn());
	}

	/** Binds and starts serving; returns at once. */
	public synchronized MonitorServer start() throws IOException {
		selector = Selector.open();
		server = ServerSocketChannel.open();
		server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
		server.bind(address, 4096);
		server.configureBlocking(false);
		server.register(selector, SelectionKey.OP_ACCEPT);
		running = true;
		thread = new Thread(this::serve, "sis-monitor-" + port());
		thread.setDaemon(true);
		thread.start();
		LOG.info("install monitor listening on " + server.getLocalAddress());
		return this;
	}

	/** The port listened on (the real one when started on port 0). */
	public int port() {
		return server.socket().getLocalPort();
	}

	public Statistics statistics() {
		return new Statistics(accepted.get(), refused.get(), open, lines.get(), rejected.get(), bytes.get(), timeouts.get());
	}

	private void serve() {
		long nextSweep = System.nanoTime() + SWEEP_NANOS;
		try {
			while (running) {
				selector.select(250);
				for (SelectionKey key : selector.selectedKeys()) {
					try {
						if (!key.isValid()) {
							continue;
						}
						if (key.isAcceptable()) {
							acceptAll();
						} else if (key.isReadable()) {
							read((Connection) key.attachment());
						}
					} catch (IOException | RuntimeException e) {
						if (key.attachment() instanceof Connection connection) {
							close(connection);
						}
						LOG.log(Level.FINE, "monitor connection failed", e);
					}
				}
				selector.selectedKeys().clear();
				long now = System.nanoTime();
				if (now >= nextSweep) {
					sweep(now);
					nextSweep = now + SWEEP_NANOS;
				}
			}
		} catch (IOException | ClosedSelectorException e) {
			if (running) {
				LOG.log(Level.SEVERE, "install monitor stopped", e);
			}
		} finally {
			for (Connection connection : new ArrayList<>(connections)) {
				close(connection);
			}
		}
	}

	private void acceptAll() throws IOException {
		for (int i = 0; i < 1024; i++) {
			SocketChannel channel = server.accept();
			if (channel == null) {
				return;
			}
			if (connections.size() >= limits.maxConnections()) {
				refused.incrementAndGet();
				channel.close();
				continue;
			}
			channel.configureBlocking(false);
			String peer = channel.getRemoteAddress() instanceof InetSocketAddress remote ? remote.getAddress().getHostAddress()
					: String.valueOf(channel.getRemoteAddress());
			Connection connection = new Connection(channel, new Peer(peer), limits.maxLineBytes());
			connection.key = channel.register(selector, SelectionKey.OP_READ, connection);
			connections.add(connection);
			open = connections.size();
			accepted.incrementAndGet();
		}
	}

	private void read(Connection connection) throws IOException {
		readBuffer.clear();
		int count = connection.channel.read(readBuffer);
		long now = System.nanoTime();
		if (count < 0) {
			if (connection.length > 0 || connection.discarding) {
				reject(connection, "incomplete line at the end of the connection (no newline): dropped");
			}
			close(connection);
			return;
		}
		bytes.addAndGet(count);
		connection.lastRead = now;
		readBuffer.flip();
		while (readBuffer.hasRemaining()) {
			byte b = readBuffer.get();
			if (connection.discarding) {
				if (b == '\n') {
					connection.discarding = false;
				}
				continue;
			}
			if (b == '\n') {
				complete(connection);
				continue;
			}
			if (connection.length == connection.line.length && connection.line.length < limits.maxLineBytes()) {
				connection.line = java.util.Arrays.copyOf(connection.line,
						Math.min(limits.maxLineBytes(), connection.line.length * 4));
			}
			if (connection.length == connection.line.length) {
				reject(connection, "line longer than " + limits.maxLineBytes() + " bytes: dropped up to the next newline");
				connection.length = 0;
				connection.discarding = true;
				continue;
			}
			if (connection.length == 0) {
				connection.lineStarted = now;
			}
			connection.line[connection.length++] = b;
		}
	}

	private void complete(Connection connection) {
		int length = connection.length;
		connection.length = 0;
		if (length > 0 && connection.line[length - 1] == '\r') {
			length--;
		}
		if (length == 0) {
			return; // an empty line is a keep-alive, not an error
		}
		for (int i = 0; i < length; i++) {
			int b = connection.line[i] & 0xff;
			if ((b < 0x20 && b != '\t') || b == 0x7f) {
				reject(connection, String.format("binary data: control byte 0x%02x at byte %d", b, i + 1));
				return;
			}
		}
		String text;
		try {
			CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(connection.line, 0, length));
			text = chars.toString();
		} catch (CharacterCodingException e) {
			reject(connection, "not UTF-8 text");
			return;
		}
		lines.incrementAndGet();
		try {
			handler.line(connection.peer, text);
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "monitor line handler failed on a line from " + connection.peer.address(), e);
		}
	}

	private void reject(Connection connection, String reason) {
		rejected.incrementAndGet();
		try {
			handler.rejected(connection.peer, reason);
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "monitor rejection handler failed", e);
		}
	}

	private void sweep(long now) {
		List<Connection> expired = new ArrayList<>();
		long idle = limits.idleTimeout().toNanos();
		long line = limits.lineTimeout().toNanos();
		for (Connection connection : connections) {
			boolean partial = connection.length > 0 || connection.discarding;
			if (partial && now - connection.lineStarted > line) {
				reject(connection, "line not completed within " + limits.lineTimeout().toSeconds() + " s: connection closed");
				expired.add(connection);
			} else if (now - connection.lastRead > idle) {
				expired.add(connection);
			}
		}
		for (Connection connection : expired) {
			timeouts.incrementAndGet();
			close(connection);
		}
	}

	private void close(Connection connection) {
		if (connections.remove(connection)) {
			open = connections.size();
		}
		if (connection.key != null) {
			connection.key.cancel();
		}
		try {
			connection.channel.close();
		} catch (IOException e) {
			LOG.log(Level.FINE, "closing a monitor connection", e);
		}
	}

	@Override
	public void close() {
		Thread serving;
		synchronized (this) {
			running = false;
			serving = thread;
			if (selector != null) {
				selector.wakeup();
			}
		}
		if (serving != null) {
			try {
				serving.join(5000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		try {
			if (server != null) {
				server.close();
			}
			if (selector != null) {
				selector.close();
			}
		} catch (IOException e) {
			LOG.log(Level.FINE, "closing the monitor", e);
		}
	}

	private static final class Connection {
		final SocketChannel channel;
		final Peer peer;
		/** Grows from 256 bytes up to the line limit, so thousands of idle connections cost little. */
		byte[] line;
		SelectionKey key;
		int length;
		boolean discarding;
		long lastRead = System.nanoTime();
		long lineStarted;

		Connection(SocketChannel channel, Peer peer, int maxLine) {
			this.channel = channel;
			this.peer = peer;
			this.line = new byte[Math.min(256, maxLine)];
		}
	}
}
