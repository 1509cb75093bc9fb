package org.sisuite.core.monitor;

import java.time.Duration;

/**
 * What one sender may cost the monitor. A line longer than {@code maxLineBytes} is refused (the
 * rest of it up to the next newline is dropped); a connection silent for {@code idleTimeout} is
 * closed; a line begun but not finished within {@code lineTimeout} closes its connection (a
 * slowloris sender cannot hold a buffer forever); beyond {@code maxConnections} new connections are
 * closed at once; one connection is read at most {@code readBytesPerTurn} bytes per turn of the
 * event loop, so a flooding sender gets its turn like everyone else and never starves the others.
 */
public record MonitorLimits(int maxLineBytes, Duration idleTimeout, Duration lineTimeout, int maxConnections,
		int readBytesPerTurn) {

	/** The defaults of {@code sis monitor run}. */
	public static MonitorLimits defaults() {
		return new MonitorLimits(MonitorProtocol.MAX_LINE_BYTES, Duration.ofMinutes(10), Duration.ofSeconds(30), 20_000,
				16 * 1024);
	}

	public MonitorLimits {
		if (maxLineBytes < 64 || maxConnections < 1 || readBytesPerTurn < 512) {
			throw new IllegalArgumentException("monitor limits too small");
		}
	}

	public MonitorLimits withTimeouts(Duration idle, Duration line) {
		return new MonitorLimits(maxLineBytes, idle, line, maxConnections, readBytesPerTurn);
	}

	public MonitorLimits withMaxConnections(int max) {
		return new MonitorLimits(maxLineBytes, idleTimeout, lineTimeout, max, readBytesPerTurn);
	}
}
