package org.sisuite.core.monitor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;
import org.sisuite.core.store.InstallStore;
import org.sisuite.core.store.InstallStore.SessionRow;

/**
 * What {@code sis monitor list} and the Installs view show: the latest install of every sender,
 * with its elapsed time and whether it went stale (still installing, but silent for longer than
 * {@link #STALE_AFTER}: SystemImager's clients report every 10 s), and the counts per state.
 */
public final class InstallOverview {

	/** A running install silent this long is marked stale. */
	public static final Duration STALE_AFTER = Duration.ofMinutes(2);

	/** The states a filter may name: the session states, and {@code stale}. */
	public static final Set<String> FILTERS = Set.of("pending", "running", "imaged", "finalizing", "rebooted", "failed",
			"stale");

	/**
	 * One client's latest install; also the {@code --json} of {@code sis monitor list}.
	 *
	 * @param client  the matched client's host name, null for a sender the site does not know
	 * @param sender  what the monitor knows the sender by: {@code client:NAME}, {@code mac:..},
	 *                {@code host:..} or {@code ip:..}
	 */
	public record Install(long session, String client, String sender, String mac, String ip, String host, String image,
			String state, int status, String statusText, int percent, long speedKBps, String step, Date started,
			Date lastSeen, Date finished, long elapsedSeconds, boolean stale, boolean bootLocal, int logLines) {

		/** The client's name, else what the sender said it is. */
		public String name() {
			return client != null ? client : host != null ? host : sender;
		}
	}

	/** The counts per state (every state, zeros included, then {@code stale} and {@code unknown}) and the installs. */
	public record Overview(Map<String, Integer> counts, List<Install> installs) {
	}

	private InstallOverview() {
	}

	/**
	 * @param stateFilter null for all, else one of {@link #FILTERS}
	 */
	public static Overview read(InstallStore store, String stateFilter, Date now) throws CoreException {
		if (stateFilter != null && !FILTERS.contains(stateFilter)) {
			throw new CoreException(Statuses.badInput("Unknown state '" + stateFilter + "': expected one of "
					+ String.join(", ", FILTERS.stream().sorted().toList())));
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String state : List.of("pending", "running", "imaged", "finalizing", "rebooted", "failed", "stale",
				"unknown")) {
			counts.put(state, 0);
		}
		List<Install> installs = new ArrayList<>();
		for (SessionRow row : store.latestSessions()) {
			Install install = install(row, now);
			counts.merge(install.state(), 1, Integer::sum);
			counts.merge("stale", install.stale() ? 1 : 0, Integer::sum);
			counts.merge("unknown", install.client() == null ? 1 : 0, Integer::sum);
			if (stateFilter == null || stateFilter.equals(install.state())
					|| (stateFilter.equals("stale") && install.stale())) {
				installs.add(install);
			}
		}
		return new Overview(counts, installs);
	}

	static Install install(SessionRow row, Date now) {
		Date end = row.finished() != null ? row.finished() : now;
		long elapsed = Math.max(0, (end.getTime() - row.started().getTime()) / 1000);
		boolean active = row.finished() == null;
		boolean stale = active && now.getTime() - row.lastSeen().getTime() > STALE_AFTER.toMillis();
		return new Install(row.id(), row.clientHostname(), row.senderKey(), row.mac(), row.ip(), row.host(), row.image(),
				row.state(), row.statusCode(), row.state().equals(InstallTracker.PENDING) ? "waiting" : StatusCodes.describe(row.statusCode()),
				row.percent(), row.speedKBps(), row.step(), row.started(), row.lastSeen(), row.finished(), elapsed, stale,
				row.bootFlipped(), row.logLines());
	}

	/** The latest session of a client (by name) or sender key, or bad input naming what was asked. */
	public static SessionRow latest(InstallStore store, String clientOrSender) throws CoreException {
		List<SessionRow> sessions = store.sessionsOf(clientOrSender);
		if (sessions.isEmpty()) {
			// a sender the site does not know is found by its MAC, host name or address too
			for (String prefix : List.of("mac:", "host:", "ip:")) {
				sessions = store.sessionsOf(prefix + clientOrSender);
				if (!sessions.isEmpty()) {
					break;
				}
			}
		}
		if (sessions.isEmpty()) {
			throw new CoreException(Statuses.badInput("The monitor has no install of '" + clientOrSender + "'"));
		}
		return sessions.get(0);
	}

	/** Elapsed seconds as h:mm:ss. */
	public static String elapsed(long seconds) {
		return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
	}
}
