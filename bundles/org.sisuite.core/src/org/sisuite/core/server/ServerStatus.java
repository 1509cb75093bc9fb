package org.sisuite.core.server;

import java.util.List;

/**
 * What {@code sis server status} reports; the component names are the {@code --json} field names.
 *
 * @param state    {@code running} or {@code stopped}
 * @param pid      the daemon's process id; null when stopped
 * @param address  the address it listens on (when stopped: the configured one)
 * @param port     the port it listens on (when stopped: the configured one)
 * @param config   the rsyncd.conf path
 * @param log      the log file
 * @param modules  the modules of the current configuration (none before the first start or reload)
 * @param warnings e.g. a stale pid file that was removed, images left out
 */
public record ServerStatus(String state, Long pid, String address, int port, String config, String log,
		List<String> modules, List<String> warnings) {

	public static final String RUNNING = "running";
	public static final String STOPPED = "stopped";

	public ServerStatus {
		modules = List.copyOf(modules);
		warnings = List.copyOf(warnings);
	}

	public boolean isRunning() {
		return RUNNING.equals(state);
	}
}
