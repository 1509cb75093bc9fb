package org.sisuite.core.monitor;

import java.util.Map;

/**
 * One report of an installing client, whichever protocol carried it. Every field may be null when
 * the line did not say it; {@link #fields()} keeps the keys we do not interpret (cpu, mem, kernel,
 * ...) for the log.
 *
 * @param kind     which kind of line it was
 * @param mac      the sender's MAC in lower case with colons
 * @param ip       the address the sender reports for itself
 * @param host     the host name the sender reports for itself
 * @param image    the image it installs ({@code os=} of the classic line)
 * @param status   SystemImager's status code ({@link StatusCodes})
 * @param speedKBps transfer speed in KB/s
 * @param step     our own install script's step, a word of [a-z0-9-]
 * @param logLevel the level of {@link #logText()}
 * @param logText  a log line to record, or null
 * @param fields   the other keys of the line
 */
public record MonitorMessage(Kind kind, String mac, String ip, String host, String image, Integer status,
		Long speedKBps, String step, LogLevel logLevel, String logText, Map<String, String> fields) {

	/** The kinds of lines the monitor understands. */
	public enum Kind {
		/** {@code mac=..:ip=..:host=..:status=..:speed=..} (SystemImager's si_monitor and our script). */
		CLASSIC,
		/** {@code MAC:aa:bb:..;UPTIME}: the first line of SystemImager's current protocol on a connection. */
		HELLO,
		/** {@code UPD:{json}}: a status update of the current protocol. */
		UPDATE,
		/** {@code LOG:{json}}: a log line of the current protocol. */
		LOG
	}

	/** Levels of log lines, as the model's {@code LogLevel}. */
	public enum LogLevel {
		DEBUG, INFO, WARNING, ERROR;

		public String id() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** A copy carrying {@code mac}, for lines of a connection whose MAC came on an earlier line. */
	MonitorMessage withMac(String newMac) {
		return new MonitorMessage(kind, newMac, ip, host, image, status, speedKBps, step, logLevel, logText, fields);
	}
}
