package org.sisuite.internal.cli;

import java.util.concurrent.Callable;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.server.RsyncDaemon;
import org.sisuite.core.server.ServerLayout;
import org.sisuite.core.server.ServerSettings;
import org.sisuite.core.server.ServerStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sis server start|stop|status|reload}: the local image server, an rsync daemon. */
@Command(name = "server", mixinStandardHelpOptions = true, description = {
		"The local image server: an rsync daemon serving the images' current versions and the scripts,",
		"boot and overrides modules from $SIS_HOME, configured by $SIS_HOME/server/rsyncd.conf." },
		subcommands = { ServerCommand.Start.class, ServerCommand.Stop.class, ServerCommand.Status.class,
				ServerCommand.Reload.class })
final class ServerCommand extends NounCommand {

	/** Where the server listens: $SIS_HOME/server.properties, with these options on top. */
	static final class Listen {
		@Option(names = "--address", paramLabel = "IP", description = {
				"The address to listen on (default: address= in $SIS_HOME/" + ServerSettings.FILE_NAME + ", else "
						+ ServerSettings.DEFAULT_ADDRESS + "; 0.0.0.0 for every address)." })
		String address;
		@Option(names = "--port", paramLabel = "PORT", description = {
				"The TCP port (default: port= in $SIS_HOME/" + ServerSettings.FILE_NAME + ", else "
						+ ServerSettings.ROOT_PORT + " as root and " + ServerSettings.USER_PORT + " otherwise)." })
		Integer port;

		RsyncDaemon daemon(CliContext context) throws CoreException {
			ServerSettings settings = ServerSettings.read(context.home(), address, port);
			return new RsyncDaemon(new ServerLayout(context.home()), context.database(), settings);
		}
	}

	/**
	 * Brings a configured server's rsyncd.conf up to date after a command changed the images; a
	 * failure is a warning, since the command itself succeeded.
	 */
	static void refresh(CliContext context) {
		try {
			new Listen().daemon(context).reloadIfConfigured();
		} catch (CoreException e) {
			context.err().println("warning: the image server's configuration is not updated (sis server reload): "
					+ e.getStatus().getMessage());
		}
	}

	/** Prints a status as text or JSON. */
	static void print(CliContext context, JsonOutput output, ServerStatus status) {
		status.warnings().forEach(w -> context.err().println("warning: " + w));
		if (output.isJson()) {
			Json.print(context.out(), status);
			return;
		}
		PrintLines out = new PrintLines(context);
		out.line("state", status.state() + (status.isRunning() ? " (pid " + status.pid() + ")" : ""));
		out.line("address", status.address() + ":" + status.port());
		out.line("modules", status.modules().isEmpty() ? "(none: not configured yet)" : String.join(" ", status.modules()));
		out.line("config", status.config());
		out.line("log", status.log());
	}

	private record PrintLines(CliContext context) {
		void line(String key, String value) {
			context.out().printf("%-8s %s%n", key + ":", value);
		}
	}

	@Command(name = "start", mixinStandardHelpOptions = true, description = {
			"Write rsyncd.conf and start rsync --daemon (it detaches; its pid file is $SIS_HOME/server/rsyncd.pid,",
			"its log $SIS_HOME/logs/rsyncd.log). Waits until it accepts connections. Serving images needs root." })
	static final class Start implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		JsonOutput output;
		@Mixin
		Listen listen;

		Start(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			ConsoleProgress progress = new ConsoleProgress(context.err(), context.terminal());
			ServerStatus status = listen.daemon(context).start(progress);
			progress.done();
			print(context, output, status);
			return ExitCodes.OK;
		}
	}

	@Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the rsync daemon (SIGTERM, SIGKILL after 10 s).")
	static final class Stop implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		JsonOutput output;

		Stop(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			ServerStatus status = new Listen().daemon(context).stop(null);
			print(context, output, status);
			return ExitCodes.OK;
		}
	}

	@Command(name = "status", mixinStandardHelpOptions = true, description = {
			"Whether the rsync daemon runs, where it listens and its modules. A stale pid file is removed." })
	static final class Status implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		JsonOutput output;

		Status(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			print(context, output, new Listen().daemon(context).status());
			return ExitCodes.OK;
		}
	}

	@Command(name = "reload", mixinStandardHelpOptions = true, description = {
			"Write rsyncd.conf again for the current images and client networks. A running daemon reads it for",
			"its next connection: no restart is needed (a new address or port needs stop and start)." })
	static final class Reload implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		JsonOutput output;
		@Mixin
		Listen listen;

		Reload(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			print(context, output, listen.daemon(context).reload());
			return ExitCodes.OK;
		}
	}
}
