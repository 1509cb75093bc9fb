package org.sisuite.core.monitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sisuite.core.monitor.MonitorMessage.Kind;
import org.sisuite.core.store.InstallStore.Batch;
import org.sisuite.core.store.InstallStore.ClientIndex;
import org.sisuite.core.store.InstallStore.EventRow;
import org.sisuite.core.store.InstallStore.LogRow;
import org.sisuite.core.store.InstallStore.SessionRow;

/**
 * The monitor's state in memory: the current install session of every sender, updated by each
 * message at once (cheap, under one lock) and handed to the database in batches by
 * {@link #drain()}. Many reports of one client between two flushes become one row update, so a
 * flood of reports costs the database one write per client and flush, not one per line.
 * <p>
 * A sender is matched to a client by MAC, then host name, then IP (the reported one, else the
 * peer's); a MAC first seen with a client's name or address is remembered for that client. One
 * that matches no client is still recorded, under its MAC, host name or address.
 * A session starts with a sender's first report, with an init (status 0) after progress, and with
 * any report after a finished session; status changes and step changes go into its history.
 */
final class InstallTracker {

	static final String PENDING = "pending";

	/** Counters since start. */
	record Counts(long messages, long unknownSenderMessages, long droppedLogLines, int sessions) {
	}

	private final int maxLogLines;
	private final int maxPendingLogLines;
	private final Map<String, Session> byKey = new HashMap<>();
	/** MACs seen with a client's name or address that the site does not list for it. */
	private final Map<String, String> learnedMacs = new HashMap<>();
	private final Set<Session> dirty = new LinkedHashSet<>();
	private final List<Session> flipQueue = new ArrayList<>();
	private ClientIndex index = new ClientIndex(-1, Map.of(), Map.of(), Set.of());
	private long nextId;
	private long messages;
	private long unknown;
	private long dropped;
	private int pendingLogLines;
	private long lastFlipQueued;

	InstallTracker(long lastId, int maxLogLines, int maxPendingLogLines) {
		this.nextId = lastId + 1;
		this.maxLogLines = maxLogLines;
		this.maxPendingLogLines = maxPendingLogLines;
	}

	synchronized void index(ClientIndex newIndex) {
		index = newIndex;
	}

	synchronized long indexRevision() {
		return index.siteRevision();
	}

	/** Continues the sessions a previous monitor left (their latest rows). */
	synchronized void resume(List<SessionRow> rows) {
		for (SessionRow row : rows) {
			Session session = new Session(row.id(), row.senderKey(), row.clientHostname(), row.started());
			session.persisted = true;
			session.mac = row.mac();
			session.ip = row.ip();
			session.host = row.host();
			session.image = row.image();
			session.state = row.state();
			session.statusCode = row.statusCode();
			session.percent = row.percent();
			session.speed = row.speedKBps();
			session.step = row.step();
			session.lastSeen = row.lastSeen();
			session.finished = row.finished();
			session.events = row.events();
			session.logLines = row.logLines();
			session.bootFlipped = row.bootFlipped();
			byKey.put(row.senderKey(), session);
			nextId = Math.max(nextId, row.id() + 1);
		}
	}

	synchronized void accept(MonitorMessage message, String peerAddress, Date now) {
		messages++;
		String ip = message.ip();
		String hostname = match(message.mac(), message.host(), ip != null ? ip : peerAddress);
		if (hostname == null) {
			unknown++;
		} else if (message.mac() != null && !index.hostnameByMac().containsKey(message.mac())) {
			// later lines may carry the MAC alone (SystemImager's LOG: lines, our script's log= lines)
			learnedMacs.put(message.mac(), hostname);
		}
		String key = hostname != null ? "client:" + hostname
				: message.mac() != null ? "mac:" + message.mac()
						: message.host() != null ? "host:" + message.host().toLowerCase(Locale.ROOT)
								: "ip:" + (ip != null ? ip : peerAddress);
		Session session = byKey.get(key);
		Integer status = message.status();
		boolean restart = session != null && ((session.finished != null
				&& (message.kind() == Kind.HELLO || (status != null && !StatusCodes.isFinal(status))))
				|| (status != null && status == StatusCodes.INIT && session.events > 0 && session.statusCode != StatusCodes.INIT));
		if (session == null || restart) {
			session = new Session(nextId++, key, hostname, now);
			byKey.put(key, session);
		}
		session.lastSeen = now;
		session.mac = message.mac() != null ? message.mac() : session.mac;
		session.ip = ip != null ? ip : session.ip != null ? session.ip : peerAddress;
		session.host = message.host() != null ? message.host() : session.host;
		session.image = message.image() != null ? message.image() : session.image;
		boolean changed = false;
		if (status != null) {
			changed = status != session.statusCode || session.state.equals(PENDING);
			session.statusCode = status;
			session.state = StatusCodes.state(status);
			session.percent = StatusCodes.percent(status, session.percent);
			if (StatusCodes.isFinal(status) && session.finished == null) {
				session.finished = now;
			}
			if (StatusCodes.isSuccess(status) && session.client != null && !session.bootFlipped && !session.flipQueued) {
				session.flipQueued = true;
				flipQueue.add(session);
				lastFlipQueued = System.nanoTime();
			}
		}
		if (message.speedKBps() != null) {
			session.speed = message.speedKBps();
		}
		if (message.step() != null && !message.step().equals(session.step)) {
			session.step = message.step();
			changed = true;
		}
		if (changed) {
			session.pendingEvents.add(
					new EventRow(session.id, ++session.events, now, session.statusCode, session.state, session.step));
		}
		if (message.logText() != null) {
			log(session, now, message.logLevel().id(), message.logText());
		}
		dirty.add(session);
	}

	/** Adds a line to a session's log: the newest {@code maxLogLines} are kept. */
	private void log(Session session, Date now, String level, String text) {
		if (pendingLogLines >= maxPendingLogLines) {
			dropped++;
			return;
		}
		session.pendingLogs.add(new LogRow(session.id, ++session.logLines, now, level, text));
		pendingLogLines++;
		if (session.pendingLogs.size() > maxLogLines) {
			session.pendingLogs.removeFirst();
			pendingLogLines--;
		}
	}

	/** The matching client's host name, or null. */
	private String match(String mac, String host, String ip) {
		if (mac != null) {
			String hostname = index.hostnameByMac().get(mac);
			hostname = hostname != null ? hostname : learnedMacs.get(mac);
			if (hostname != null) {
				return hostname;
			}
		}
		if (host != null) {
			if (index.hostnames().contains(host)) {
				return host;
			}
			int dot = host.indexOf('.');
			if (dot > 0 && index.hostnames().contains(host.substring(0, dot))) {
				return host.substring(0, dot);
			}
		}
		return ip == null ? null : index.hostnameByIp().get(ip);
	}

	/** Everything changed since the last call, as one batch; the sessions are clean afterwards. */
	synchronized Batch drain() {
		List<SessionRow> inserted = new ArrayList<>();
		List<SessionRow> updated = new ArrayList<>();
		List<EventRow> events = new ArrayList<>();
		List<LogRow> logs = new ArrayList<>();
		for (Session session : dirty) {
			(session.persisted ? updated : inserted).add(session.row());
			session.persisted = true;
			events.addAll(session.pendingEvents);
			session.pendingEvents.clear();
			logs.addAll(session.pendingLogs);
			pendingLogLines -= session.pendingLogs.size();
			session.pendingLogs.clear();
		}
		dirty.clear();
		return new Batch(inserted, updated, events, logs);
	}

	/** The clients whose sessions succeeded and which wait to be set to local boot, once quiet for {@code delayNanos}. */
	synchronized List<String> flipsDue(long delayNanos) {
		if (flipQueue.isEmpty() || System.nanoTime() - lastFlipQueued < delayNanos) {
			return List.of();
		}
		List<String> hostnames = new ArrayList<>();
		for (Session session : flipQueue) {
			hostnames.add(session.client);
		}
		return hostnames;
	}

	/** Marks the queued sessions of these clients as switched to local boot, with a line in their log. */
	synchronized void flipped(List<String> hostnames, String note, Date now) {
		Set<String> done = Set.copyOf(hostnames);
		flipQueue.removeIf(session -> {
			if (!done.contains(session.client)) {
				return false;
			}
			session.bootFlipped = true;
			session.flipQueued = false;
			log(session, now, MonitorMessage.LogLevel.INFO.id(), note);
			dirty.add(session);
			return true;
		});
	}

	synchronized Counts counts() {
		return new Counts(messages, unknown, dropped, byKey.size());
	}

	private static final class Session {
		final long id;
		final String key;
		final String client;
		final Date started;
		final List<EventRow> pendingEvents = new ArrayList<>(2);
		final ArrayDeque<LogRow> pendingLogs = new ArrayDeque<>(2);
		boolean persisted;
		String mac;
		String ip;
		String host;
		String image;
		String state = PENDING;
		int statusCode;
		int percent;
		long speed;
		String step;
		Date lastSeen;
		Date finished;
		int events;
		int logLines;
		boolean bootFlipped;
		boolean flipQueued;

		Session(long id, String key, String client, Date started) {
			this.id = id;
			this.key = key;
			this.client = client;
			this.started = started;
			this.lastSeen = started;
		}

		SessionRow row() {
			return new SessionRow(id, key, client, mac, ip, host, image, state, statusCode, percent, speed, step, started,
					lastSeen, finished, events, logLines, bootFlipped);
		}
	}
}
