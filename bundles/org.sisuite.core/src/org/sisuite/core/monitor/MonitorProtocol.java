package org.sisuite.core.monitor;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.sisuite.core.monitor.MonitorMessage.Kind;
import org.sisuite.core.monitor.MonitorMessage.LogLevel;

/**
 * Parses one line of the monitor protocols (the line without its end; framing, length and
 * encoding are the server's job):
 * <ul>
 * <li>SystemImager's classic line, colon-separated {@code key=value} pairs:
 * {@code mac=aa:bb:cc:dd:ee:ff:ip=10.0.0.5:host=node001:cpu=..:mem=..:os=IMAGE:time=..:status=N:speed=KBPS},
 * plus our script's {@code :step=WORD} and {@code :log=TEXT}. The MAC itself contains colons, so a
 * segment that is not {@code key=...} continues the value before it (SystemImager's own clients
 * send the MAC as {@code AA.BB.CC.DD.EE.FF}; both are read). Status and speed may carry decimals
 * ({@code status=45.50}, computed with bc): they are cut to whole numbers.</li>
 * <li>SystemImager's current protocol: {@code MAC:aa:bb:..;UPTIME} opens a connection, then
 * {@code UPD:{"status":..,"speed":..,...}} updates the client ({@code "name"} carries the MAC when
 * no MAC line came first) and {@code LOG:{"tag":..,"priority":..,"message":..}} adds a log line
 * (priority is the syslog severity, 0-7).</li>
 * </ul>
 * Every refusal says why, so the monitor's log tells a sender's author what to fix.
 */
public final class MonitorProtocol {

	/** The longest line accepted, in bytes (the server enforces it before decoding). */
	public static final int MAX_LINE_BYTES = 4096;
	/** The longest log text kept of one line, in characters. */
	public static final int MAX_LOG_TEXT = 1000;

	private static final Pattern KEY = Pattern.compile("[a-z_][a-z0-9_]{0,31}");
	private static final Pattern MAC_ANY = Pattern.compile("[0-9A-Fa-f]{2}([:.-][0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{12}");
	private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?");
	private static final Pattern IP = Pattern.compile("[0-9A-Fa-f.:]{2,45}");
	private static final Pattern STEP = Pattern.compile("[a-z0-9-]{1,32}");
	private static final Pattern IMAGE = Pattern.compile("[A-Za-z0-9._+-]{1,128}");
	private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,12}(\\.[0-9]{0,6})?");

	/** What became of one line: a message, or the reason it was refused. */
	public record Parsed(MonitorMessage message, String rejection) {
		static Parsed ok(MonitorMessage message) {
			return new Parsed(message, null);
		}

		static Parsed rejected(String reason) {
			return new Parsed(null, reason);
		}

		public boolean isOk() {
			return message != null;
		}
	}

	private MonitorProtocol() {
	}

	/** Parses one line; never throws. */
	public static Parsed parse(String line) {
		if (line.startsWith("MAC:")) {
			return hello(line.substring(4));
		}
		if (line.startsWith("UPD:")) {
			return json(Kind.UPDATE, line.substring(4));
		}
		if (line.startsWith("LOG:")) {
			return json(Kind.LOG, line.substring(4));
		}
		return classic(line);
	}

	private static Parsed hello(String rest) {
		int semicolon = rest.indexOf(';');
		String mac = mac(semicolon < 0 ? rest : rest.substring(0, semicolon));
		if (mac == null) {
			return Parsed.rejected("MAC: line without a valid MAC address (expected MAC:aa:bb:cc:dd:ee:ff;UPTIME)");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		if (semicolon >= 0) {
			String uptime = rest.substring(semicolon + 1).strip();
			if (!uptime.isEmpty() && number(uptime) == null) {
				return Parsed.rejected("MAC: line with an uptime that is not a number: '" + shorten(uptime) + "'");
			}
			fields.put("uptime", uptime);
		}
		return Parsed.ok(new MonitorMessage(Kind.HELLO, mac, null, null, null, null, null, null, null, null, fields));
	}

	private static Parsed json(Kind kind, String rest) {
		Map<String, String> members;
		try {
			members = FlatJson.parse(rest);
		} catch (FlatJson.Malformed e) {
			return Parsed.rejected((kind == Kind.LOG ? "LOG:" : "UPD:") + " line with malformed JSON: " + e.getMessage());
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (Map.Entry<String, String> member : members.entrySet()) {
			values.put(member.getKey().toLowerCase(Locale.ROOT), member.getValue());
		}
		if (kind == Kind.LOG) {
			String message = values.remove("message");
			if (message == null) {
				return Parsed.rejected("LOG: line without a \"message\"");
			}
			String tag = values.get("tag");
			String text = tag == null || tag.isBlank() ? message : tag + ": " + message;
			return Parsed.ok(new MonitorMessage(Kind.LOG, null, null, null, null, null, null, null,
					syslogLevel(values.get("priority")), logText(text), values));
		}
		// the current protocol names the MAC "name"; accept "mac" too
		String macText = values.containsKey("mac") ? values.remove("mac") : values.remove("name");
		values.putIfAbsent("hostname", values.remove("host"));
		values.values().removeIf(java.util.Objects::isNull);
		return fromKeys(Kind.UPDATE, macText, values);
	}

	private static Parsed classic(String line) {
		Map<String, String> values = new LinkedHashMap<>();
		String current = null;
		for (String segment : line.split(":", -1)) {
			int equals = segment.indexOf('=');
			String key = equals > 0 ? segment.substring(0, equals) : null;
			if (key != null && KEY.matcher(key).matches()) {
				current = key;
				if (values.containsKey(key)) {
					return Parsed.rejected("key '" + key + "' given twice");
				}
				values.put(key, segment.substring(equals + 1));
			} else if (current != null) {
				values.put(current, values.get(current) + ":" + segment);
			} else {
				return Parsed.rejected(
						"not a monitor line: expected key=value pairs separated by ':', or a MAC:, UPD: or LOG: line");
			}
		}
		String mac = values.remove("mac");
		values.put("hostname", values.remove("host"));
		values.values().removeIf(java.util.Objects::isNull);
		return fromKeys(Kind.CLASSIC, mac, values);
	}

	/** The common part of classic and UPD lines: interpret the known keys, keep the others. */
	private static Parsed fromKeys(Kind kind, String macText, Map<String, String> values) {
		String mac = null;
		if (macText != null && !macText.isEmpty()) {
			mac = mac(macText);
			if (mac == null) {
				return Parsed.rejected("invalid MAC address '" + shorten(macText) + "'");
			}
		}
		String ip = blankToNull(values.remove("ip"));
		if (ip != null && !IP.matcher(ip).matches()) {
			return Parsed.rejected("invalid IP address '" + shorten(ip) + "'");
		}
		String host = blankToNull(values.remove("hostname"));
		if (host != null && !HOST.matcher(host).matches()) {
			return Parsed.rejected("invalid host name '" + shorten(host) + "'");
		}
		String image = blankToNull(values.remove("os"));
		if (image != null && !IMAGE.matcher(image).matches()) {
			image = null; // a free-text os field of some clients: keep it in the fields only
		}
		Integer status = null;
		String statusText = blankToNull(values.remove("status"));
		if (statusText != null) {
			BigDecimal value = number(statusText);
			if (value == null) {
				return Parsed.rejected("status is not a number: '" + shorten(statusText) + "'");
			}
			if (value.compareTo(BigDecimal.valueOf(StatusCodes.MIN)) < 0
					|| value.compareTo(BigDecimal.valueOf(StatusCodes.MAX)) > 0) {
				return Parsed.rejected("status " + statusText + " out of range " + StatusCodes.MIN + ".." + StatusCodes.MAX);
			}
			status = value.intValue();
		}
		Long speed = null;
		String speedText = blankToNull(values.remove("speed"));
		if (speedText != null) {
			BigDecimal value = number(speedText);
			if (value == null || value.signum() < 0) {
				return Parsed.rejected("speed is not a number of KB/s: '" + shorten(speedText) + "'");
			}
			speed = value.longValue();
		}
		String step = blankToNull(values.remove("step"));
		if (step != null && !STEP.matcher(step).matches()) {
			return Parsed.rejected("step must be a word of [a-z0-9-] (at most 32): '" + shorten(step) + "'");
		}
		String log = blankToNull(values.remove("log"));
		if (mac == null && ip == null && host == null && kind == Kind.CLASSIC) {
			return Parsed.rejected("no mac, host or ip: the sender cannot be told apart");
		}
		return Parsed.ok(new MonitorMessage(kind, mac, ip, host, image, status, speed, step,
				log == null ? null : LogLevel.INFO, log == null ? null : logText(log), values));
	}

	/** A MAC in any of the forms clients send, as aa:bb:cc:dd:ee:ff; null when it is none. */
	public static String mac(String text) {
		String trimmed = text.strip();
		if (!MAC_ANY.matcher(trimmed).matches()) {
			return null;
		}
		String hex = trimmed.replaceAll("[:.-]", "").toLowerCase(Locale.ROOT);
		StringBuilder mac = new StringBuilder(17);
		for (int i = 0; i < 12; i += 2) {
			if (i > 0) {
				mac.append(':');
			}
			mac.append(hex, i, i + 2);
		}
		return mac.toString();
	}

	private static LogLevel syslogLevel(String priority) {
		if (priority == null) {
			return LogLevel.INFO;
		}
		BigDecimal value = number(priority);
		if (value == null) {
			return switch (priority.toLowerCase(Locale.ROOT)) {
			case "emerg", "alert", "crit", "err", "error" -> LogLevel.ERROR;
			case "warning", "warn" -> LogLevel.WARNING;
			case "debug" -> LogLevel.DEBUG;
			default -> LogLevel.INFO;
			};
		}
		int severity = value.intValue();
		return severity <= 3 ? LogLevel.ERROR : severity == 4 ? LogLevel.WARNING : severity >= 7 ? LogLevel.DEBUG : LogLevel.INFO;
	}

	private static BigDecimal number(String text) {
		String trimmed = text.strip();
		return NUMBER.matcher(trimmed).matches() ? new BigDecimal(trimmed) : null;
	}

	private static String logText(String text) {
		return text.length() > MAX_LOG_TEXT ? text.substring(0, MAX_LOG_TEXT) : text;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String shorten(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "..." : text;
	}
}
