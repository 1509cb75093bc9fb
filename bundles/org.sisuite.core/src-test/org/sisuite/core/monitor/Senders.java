package org.sisuite.core.monitor;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

/** Install clients as the tests play them: real TCP connections to the monitor on loopback. */
final class Senders {

	private Senders() {
	}

	static Socket connect(int port) throws IOException {
		Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
		socket.setTcpNoDelay(true);
		return socket;
	}

	/**
	 * One connection per line, as SystemImager's clients do ({@code echo LINE | ncat SERVER PORT}),
	 * each sent once the one before was handled: lines on different connections have no order
	 * between them (real clients report every 10 s).
	 */
	static void eachOnItsOwnConnection(InstallMonitor monitor, String... lines) throws IOException {
		long handled = handled(monitor);
		for (String line : lines) {
			oneConnection(monitor.port(), line);
			awaitLines(monitor, ++handled);
		}
	}

	static long handled(InstallMonitor monitor) {
		return monitor.statistics().messages() + monitor.statistics().rejectedLines();
	}

	/** All lines on one connection, as the current protocol does. */
	static void oneConnection(int port, String... lines) throws IOException {
		try (Socket socket = connect(port)) {
			OutputStream out = socket.getOutputStream();
			for (String line : lines) {
				out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
			}
			out.flush();
		}
	}

	static void raw(int port, byte[] bytes) throws IOException {
		try (Socket socket = connect(port)) {
			socket.getOutputStream().write(bytes);
			socket.getOutputStream().flush();
		}
	}

	/**
	 * Waits until the monitor has handled {@code lines} lines (applied or refused). Not a timed
	 * assertion: the deadline only keeps a broken monitor from hanging the build.
	 */
	static void awaitLines(InstallMonitor monitor, long lines) {
		awaitTrue(() -> handled(monitor) >= lines,
				() -> "the monitor handled " + monitor.statistics() + ", expected " + lines + " lines");
	}

	static void awaitTrue(Supplier<Boolean> condition, Supplier<String> failure) {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (!condition.get()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError(failure.get());
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted");
			}
		}
	}
}
