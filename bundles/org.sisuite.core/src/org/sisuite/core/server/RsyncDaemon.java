package org.sisuite.core.server;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.sisuite.core.Statuses;
import org.sisuite.core.netboot.NetbootSettings;
import org.sisuite.core.store.SisDatabase;

/**
 * The local image server: a real {@code rsync --daemon} run from the generated
 * {@code $SIS_HOME/server/rsyncd.conf}. rsync detaches and writes its pid file; the daemon is found
 * again through that file (a pid whose process is gone or is no rsync is stale and removed).
 * {@link #reload} rewrites the configuration atomically; the daemon reads it again for every
 * connection, so new images are served without a restart.
 */
public final class RsyncDaemon {

	/** How a status warning that removed a stale pid file begins (the workbench shows the state as stale). */
	public static final String STALE_PID_FILE_REMOVED = "Removed the stale pid file ";

	private static final Logger LOG = Logger.getLogger(RsyncDaemon.class.getName());
	private static final long START_TIMEOUT_MILLIS = 15_000;
	private static final long STOP_TIMEOUT_SECONDS = 10;

	private final ServerLayout layout;
	private final SisDatabase database;
	private final ServerSettings settings;
	private final String rsync;

	/**
	 * @param settings where a started daemon listens
	 */
	public RsyncDaemon(ServerLayout layout, SisDatabase database, ServerSettings settings) {
		this(layout, database, settings, "rsync");
	}

	RsyncDaemon(ServerLayout layout, SisDatabase database, ServerSettings settings, String rsync) {
		this.layout = layout;
		this.database = database;
		this.settings = settings;
		this.rsync = rsync;
	}

	public ServerLayout layout() {
		return layout;
	}

	/** The inventory the configuration is made from (images, networks). */
	public ServerInventory inventory() throws CoreException {
		NetbootSettings netboot = null;
		List<String> warnings = new ArrayList<>();
		Path netbootFile = layout.home().root().resolve(NetbootSettings.FILE_NAME);
		if (Files.exists(netbootFile)) {
			try {
				netboot = NetbootSettings.of(NetbootSettings.readFile(netbootFile), netbootFile.toString());
			} catch (CoreException e) {
				warnings.add("The DHCP subnet is not allowed: " + e.getStatus().getMessage());
			}
		}
		ServerInventory inventory = ServerInventory.read(database, layout.home().imagesDirectory(), netboot);
		if (warnings.isEmpty()) {
			return inventory;
		}
		warnings.addAll(inventory.warnings());
		return new ServerInventory(inventory.images(), inventory.networks(), warnings);
	}

	/**
	 * Writes the configuration for the database's current images and client networks. A running
	 * daemon serves it from its next connection on.
	 *
	 * @return the status after the reload (its warnings name images left out)
	 */
	public ServerStatus reload() throws CoreException {
		layout.ensureDirectories();
		ServerInventory inventory = inventory();
		ServerSettings effective = settings;
		Optional<ProcessHandle> running = runningDaemon(new ArrayList<>());
		List<String> warnings = new ArrayList<>(inventory.warnings());
		if (running.isPresent()) {
			ServerSettings started = startedSettings();
			if (started != null && !started.equals(settings)) {
				warnings.add("The daemon listens on " + started.address() + ":" + started.port()
						+ "; restart it (sis server stop, start) to listen on " + settings.address() + ":" + settings.port());
				effective = started;
			}
		}
		String text = RsyncdConfig.render(effective, layout, RsyncdConfig.modules(layout, inventory), inventory.networks());
		RsyncdConfig.write(layout.config(), text);
		ServerStatus status = status();
		warnings.addAll(status.warnings());
		return new ServerStatus(status.state(), status.pid(), status.address(), status.port(), status.config(),
				status.log(), status.modules(), warnings);
	}

	/**
	 * Reloads when the server has a configuration already (it was started or reloaded before), so
	 * that commands changing images keep it current; does nothing on a site that serves nothing.
	 *
	 * @return whether the configuration was rewritten
	 */
	public boolean reloadIfConfigured() throws CoreException {
		if (!Files.isRegularFile(layout.config())) {
			return false;
		}
		reload();
		return true;
	}

	/**
	 * Starts the daemon unless it runs already: writes the configuration, checks the port is free,
	 * runs {@code rsync --daemon} and waits until it accepts connections.
	 *
	 * @throws CoreException when the port is taken or the daemon does not come up (with its log's end)
	 */
	public ServerStatus start(IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Starting the image server", 3);
		List<String> warnings = new ArrayList<>();
		if (runningDaemon(warnings).isPresent()) {
			ServerStatus status = status();
			warnings.add("The image server is already running (pid " + status.pid() + ")");
			return withWarnings(status, warnings);
		}
		deleteQuietly(layout.stateFile());
		ServerStatus configured = reload();
		warnings.addAll(configured.warnings());
		progress.worked(1);
		checkPortFree();
		writeState();
		List<String> command = List.of(rsync, "--daemon", "--config=" + layout.config().toAbsolutePath());
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.appendTo(layout.log().toFile())).start();
			if (!process.waitFor(START_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new CoreException(Statuses.error("rsync --daemon failed to start" + logTail()));
			}
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot run rsync (is it installed?): " + e.getMessage(), e));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CoreException(Statuses.error("Interrupted while starting rsync", e));
		}
		progress.worked(1);
		try {
			awaitListening();
		} catch (CoreException e) {
			// a daemon that came up too late or half-way is not left behind
			Long pid = writtenPid();
			if (pid != null && isRsync(pid)) {
				ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
			}
			deleteQuietly(layout.pidFile());
			deleteQuietly(layout.stateFile());
			throw e;
		}
		progress.worked(1);
		return withWarnings(status(), warnings);
	}

	/** Stops the daemon if it runs (SIGTERM, then SIGKILL after 10 s) and removes its pid file. */
	public ServerStatus stop(IProgressMonitor monitor) throws CoreException {
		SubMonitor.convert(monitor, "Stopping the image server", 1);
		List<String> warnings = new ArrayList<>();
		Optional<ProcessHandle> daemon = runningDaemon(warnings);
		if (daemon.isPresent()) {
			ProcessHandle process = daemon.get();
			process.destroy();
			try {
				process.onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
			} catch (java.util.concurrent.TimeoutException e) {
				warnings.add("rsync (pid " + process.pid() + ") did not stop on SIGTERM; killed");
				process.destroyForcibly();
			} catch (java.util.concurrent.ExecutionException e) {
				throw new CoreException(Statuses.error("Cannot stop rsync (pid " + process.pid() + ")", e));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new CoreException(Statuses.error("Interrupted while stopping rsync", e));
			}
		} else {
			warnings.add("The image server was not running");
		}
		deleteQuietly(layout.pidFile());
		deleteQuietly(layout.stateFile());
		return withWarnings(status(), warnings);
	}

	/** Whether the daemon runs, where it listens, its modules. Removes a stale pid file. */
	public ServerStatus status() throws CoreException {
		List<String> warnings = new ArrayList<>();
		Optional<ProcessHandle> daemon = runningDaemon(warnings);
		List<String> modules = List.of();
		if (Files.isRegularFile(layout.config())) {
			try {
				modules = RsyncdConfig.moduleNames(Files.readString(layout.config(), StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new CoreException(Statuses.error("Cannot read " + layout.config() + ": " + e.getMessage(), e));
			}
		}
		ServerSettings shown = settings;
		if (daemon.isPresent()) {
			ServerSettings started = startedSettings();
			shown = started != null ? started : settings;
		}
		return new ServerStatus(daemon.isPresent() ? ServerStatus.RUNNING : ServerStatus.STOPPED,
				daemon.map(ProcessHandle::pid).orElse(null), shown.address(), shown.port(),
				layout.config().toAbsolutePath().toString(), layout.log().toAbsolutePath().toString(), modules, warnings);
	}

	/** The daemon of the pid file if it is alive and an rsync; a stale pid file is removed (and said so). */
	private Optional<ProcessHandle> runningDaemon(List<String> warnings) throws CoreException {
		String text;
		try {
			text = Files.readString(layout.pidFile(), StandardCharsets.UTF_8).strip();
		} catch (NoSuchFileException e) {
			return Optional.empty();
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot read " + layout.pidFile() + ": " + e.getMessage(), e));
		}
		Optional<ProcessHandle> process = Optional.empty();
		try {
			process = ProcessHandle.of(Long.parseLong(text)).filter(p -> isRsync(p.pid()));
		} catch (NumberFormatException e) {
			// a broken pid file is as stale as one of a dead process
		}
		if (process.isEmpty()) {
			warnings.add(STALE_PID_FILE_REMOVED + layout.pidFile() + " (pid " + text + " is not a running rsync)");
			deleteQuietly(layout.pidFile());
			deleteQuietly(layout.stateFile());
		}
		return process;
	}

	/** The pid in the pid file, or null while there is none or it is not completely written. */
	private Long writtenPid() {
		try {
			String text = Files.readString(layout.pidFile(), StandardCharsets.UTF_8);
			return text.endsWith("\n") ? Long.valueOf(text.strip()) : null;
		} catch (IOException | NumberFormatException e) {
			return null;
		}
	}

	private static boolean isRsync(long pid) {
		return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
				.map(p -> p.info().command().map(c -> c.endsWith("rsync")).orElse(true)).orElse(false);
	}

	private void checkPortFree() throws CoreException {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getByName(settings.address()), settings.port()));
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot listen on " + settings.address() + ":" + settings.port() + ": "
					+ e.getMessage() + " (another rsync daemon? set port= in " + ServerSettings.FILE_NAME
					+ " or use --port)", e));
		}
	}

	private void awaitListening() throws CoreException {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MILLIS);
		String connectTo = settings.address().equals("0.0.0.0") ? "127.0.0.1"
				: settings.address().equals("::") ? "::1" : settings.address();
		boolean seen = false;
		while (System.nanoTime() < deadline) {
			Long pid = writtenPid();
			if (pid != null) {
				seen = true;
				if (!isRsync(pid)) {
					break; // it wrote its pid and went: it could not listen
				}
				try (Socket socket = new Socket()) {
					socket.connect(new InetSocketAddress(connectTo, settings.port()), 1000);
					return;
				} catch (IOException e) {
					// not listening yet
				}
			} else if (seen) {
				break;
			}
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new CoreException(Statuses.error("rsync --daemon did not start listening on " + settings.address() + ":"
				+ settings.port() + logTail()));
	}

	private ServerSettings startedSettings() {
		Properties state = new Properties();
		try (Reader reader = Files.newBufferedReader(layout.stateFile(), StandardCharsets.UTF_8)) {
			state.load(reader);
			return new ServerSettings(state.getProperty(ServerSettings.ADDRESS),
					Integer.parseInt(state.getProperty(ServerSettings.PORT)));
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private void writeState() throws CoreException {
		Properties state = new Properties();
		state.setProperty(ServerSettings.ADDRESS, settings.address());
		state.setProperty(ServerSettings.PORT, Integer.toString(settings.port()));
		try (Writer writer = Files.newBufferedWriter(layout.stateFile(), StandardCharsets.UTF_8)) {
			state.store(writer, "the address and port the running rsync daemon was started with");
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot write " + layout.stateFile() + ": " + e.getMessage(), e));
		}
	}

	/** The last lines of the daemon's log, for error messages. */
	private String logTail() {
		try {
			List<String> lines = Files.readAllLines(layout.log(), StandardCharsets.UTF_8);
			return "; the end of " + layout.log() + ":\n"
					+ String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
		} catch (IOException e) {
			return "";
		}
	}

	private static ServerStatus withWarnings(ServerStatus status, List<String> warnings) {
		List<String> all = new ArrayList<>(warnings);
		status.warnings().stream().filter(w -> !all.contains(w)).forEach(all::add);
		return new ServerStatus(status.state(), status.pid(), status.address(), status.port(), status.config(),
				status.log(), status.modules(), all);
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			LOG.warning("cannot remove " + file + ": " + e.getMessage());
		}
	}
}
