package org.sisuite.internal.cli;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;
import org.sisuite.core.monitor.InstallMonitor;
import org.sisuite.core.monitor.InstallMonitor.NetbootTarget;
import org.sisuite.core.monitor.InstallMonitor.Statistics;
import org.sisuite.core.monitor.InstallOverview;
import org.sisuite.core.monitor.InstallOverview.Install;
import org.sisuite.core.monitor.InstallOverview.Overview;
import org.sisuite.core.netboot.NetbootGenerator.DhcpServer;
import org.sisuite.core.netboot.NetbootSettings;
import org.sisuite.core.store.InstallStore;
import org.sisuite.core.store.InstallStore.EventRow;
import org.sisuite.core.store.InstallStore.LogRow;
import org.sisuite.core.store.InstallStore.SessionRow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sis monitor ...}: the install monitor and what it recorded. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
		description = "Run the install monitor (SystemImager's protocols, port 8181) and show the installs it recorded.",
		subcommands = { MonitorCommand.Run.class, MonitorCommand.ListInstalls.class, MonitorCommand.Log.class })
final class MonitorCommand extends NounCommand {

	/** The monitor's default port, SystemImager's. */
	static final int DEFAULT_PORT = 8181;

	@Command(name = "run", mixinStandardHelpOptions = true, description = {
			"Run the install monitor in the foreground until stopped (Ctrl-C, SIGTERM) or --stop-after.",
			"It accepts SystemImager's classic lines (mac=..:ip=..:host=..:status=N:speed=KBPS, plus :step=WORD),",
			"and its current MAC:/UPD:{json}/LOG:{json} lines, records every client's install sessions in the",
			"database, and sets clients whose install succeeded (status 100-105) to local boot; with",
			"--netboot-output the network boot files are regenerated too. Its log is $SIS_HOME/logs/sis.0.log." })
	static final class Run implements Callable<Integer> {
		private final CliContext context;
		@Option(names = "--address", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
				description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
		String address;
		@Option(names = "--port", defaultValue = "" + DEFAULT_PORT, paramLabel = "PORT",
				description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
		int port;
		@Option(names = "--netboot-output", paramLabel = "DIR",
				description = "Regenerate the network boot files in DIR after clients switched to local boot.")
		Path netbootOutput;
		@Option(names = "--dhcp", split = ",", defaultValue = "all", paramLabel = "SERVER",
				description = "DHCP configurations regenerated with --netboot-output: isc, dnsmasq, kea or all.")
		List<String> dhcp = new ArrayList<>();
		@Option(names = "--stop-after", paramLabel = "SECONDS",
				description = "Stop after this many seconds (scripts, benchmarks); default: run until stopped.")
		Integer stopAfter;

		Run(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws Exception {
			if (port < 0 || port > 65535) {
				throw new CoreException(Statuses.badInput("Invalid port " + port + ": expected 0-65535"));
			}
			if (stopAfter != null && stopAfter < 1) {
				throw new CoreException(Statuses.badInput("--stop-after needs a positive number of seconds"));
			}
			InstallMonitor.Options options = InstallMonitor.Options.defaults(new InetSocketAddress(address, port))
					.withNetboot(netbootTarget());
			InstallMonitor monitor = InstallMonitor.start(context.database(), options);
			CountDownLatch stopped = new CountDownLatch(1);
			Thread hook = new Thread(() -> {
				monitor.close();
				stopped.countDown();
			}, "sis-monitor-shutdown");
			Runtime.getRuntime().addShutdownHook(hook);
			context.out().println("Install monitor listening on " + address + ":" + monitor.port()
					+ (stopAfter == null ? " (Ctrl-C stops it)" : " for " + stopAfter + " s"));
			context.out().flush();
			if (stopAfter == null) {
				stopped.await();
				return ExitCodes.OK;
			}
			stopped.await(stopAfter, TimeUnit.SECONDS);
			Runtime.getRuntime().removeShutdownHook(hook);
			monitor.close();
			Statistics statistics = monitor.statistics();
			context.out().println("Stopped: " + statistics.connections() + " connections, " + statistics.messages()
					+ " messages, " + statistics.rejectedLines() + " lines refused, " + statistics.sessions()
					+ " clients, " + statistics.flippedClients() + " switched to local boot");
			return ExitCodes.OK;
		}

		private NetbootTarget netbootTarget() throws CoreException {
			if (netbootOutput == null) {
				return null;
			}
			Path file = context.home().root().resolve(NetbootSettings.FILE_NAME);
			if (!Files.isRegularFile(file)) {
				throw new CoreException(Statuses.badInput("--netboot-output needs the network boot settings in " + file
						+ " (at least server=ADDRESS); see sis netboot generate --help"));
			}
			NetbootSettings settings = NetbootSettings.of(NetbootSettings.readFile(file), file.toString());
			Set<DhcpServer> servers = EnumSet.noneOf(DhcpServer.class);
			for (String name : dhcp) {
				String id = name.strip().toLowerCase(Locale.ROOT);
				boolean found = id.equals("all");
				for (DhcpServer server : DhcpServer.values()) {
					if (id.equals("all") || server.id().equals(id)) {
						servers.add(server);
						found = true;
					}
				}
				if (!found) {
					throw new CoreException(
							Statuses.badInput("Unknown DHCP server '" + name + "': expected isc, dnsmasq, kea or all"));
				}
			}
			return new NetbootTarget(settings, netbootOutput, servers);
		}
	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = {
			"List the latest install of every client the monitor heard from, with the counts per state.",
			"A running install silent for more than 2 minutes is marked stale; senders the site does not",
			"know are listed by their MAC, host name or address." })
	static final class ListInstalls implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		JsonOutput output;
		@Option(names = "--state", paramLabel = "STATE",
				description = "Only installs in this state: pending, running, imaged, finalizing, rebooted, failed or stale.")
		String state;

		ListInstalls(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			Overview overview = InstallOverview.read(new InstallStore(context.database()),
					state == null ? null : state.toLowerCase(Locale.ROOT), new Date());
			if (output.isJson()) {
				Json.print(context.out(), overview);
				return ExitCodes.OK;
			}
			TextTable table = new TextTable("CLIENT", "STATE", "STATUS", "PROGRESS", "SPEED", "ELAPSED", "LAST SEEN", "MAC",
					"IP");
			for (Install install : overview.installs()) {
				table.row((install.client() == null ? "? " : "") + install.name(),
						install.state() + (install.stale() ? " (stale)" : ""), install.statusText(), install.percent() + "%",
						install.speedKBps() + " KB/s", InstallOverview.elapsed(install.elapsedSeconds()),
						install.lastSeen().toInstant().toString(), install.mac(), install.ip());
			}
			table.print(context.out());
			List<String> counts = new ArrayList<>();
			for (Map.Entry<String, Integer> count : overview.counts().entrySet()) {
				if (count.getValue() > 0) {
					counts.add(count.getKey() + " " + count.getValue());
				}
			}
			context.out().println(counts.isEmpty() ? "No installs recorded." : String.join(", ", counts));
			return ExitCodes.OK;
		}
	}

	@Command(name = "log", mixinStandardHelpOptions = true,
			description = "Show the status history and the log of a client's latest install.")
	static final class Log implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		JsonOutput output;
		@Parameters(paramLabel = "HOST", description = "The client's name, or an unknown sender's MAC, host name or address.")
		String host;

		Log(CliContext context) {
			this.context = context;
		}

		/** The {@code --json} of {@code sis monitor log}. */
		record SessionLog(Install install, List<EventRow> history, List<LogRow> log) {
		}

		@Override
		public Integer call() throws CoreException {
			InstallStore store = new InstallStore(context.database());
			SessionRow session = InstallOverview.latest(store, host);
			Install install = InstallOverview.read(store, null, new Date()).installs().stream()
					.filter(candidate -> candidate.session() == session.id()).findFirst()
					.orElseThrow(() -> new CoreException(Statuses.error("The install of '" + host + "' just changed; try again")));
			List<EventRow> history = store.events(session.id());
			List<LogRow> log = store.log(session.id());
			if (output.isJson()) {
				Json.print(context.out(), new SessionLog(install, history, log));
				return ExitCodes.OK;
			}
			context.out().println(install.name() + ": " + install.state() + (install.stale() ? " (stale)" : "") + ", "
					+ install.statusText() + ", " + install.percent() + "%, started " + install.started().toInstant()
					+ ", last seen " + install.lastSeen().toInstant());
			for (EventRow event : history) {
				context.out().println("  " + event.at().toInstant() + "  status " + event.statusCode() + " ("
						+ event.state() + ")" + (event.step() == null ? "" : ", step " + event.step()));
			}
			for (LogRow line : log) {
				context.out().println(line.at().toInstant() + " " + line.level().toUpperCase(Locale.ROOT) + " " + line.text());
			}
			return ExitCodes.OK;
		}
	}
}
