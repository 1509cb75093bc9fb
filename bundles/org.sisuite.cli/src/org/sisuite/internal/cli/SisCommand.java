package org.sisuite.internal.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code sis} command: it only dispatches to its subcommands. */
@Command(name = "sis", mixinStandardHelpOptions = true, subcommands = { VersionCommand.class, ImageCommand.class,
		ClientCommand.class, RangeCommand.class, DiskCommand.class, DbCommand.class, PkgCommand.class,
		NetbootCommand.class, ServerCommand.class, ScriptCommand.class, MonitorCommand.class, BootCommand.class,
		CommandLine.HelpCommand.class },
		description = "SIS Workbench: install and maintain fleets of Linux machines from images.%n",
		commandListHeading = "%nCommands:%n", footer = { "",
				"Run 'sis COMMAND --help' for the options of a command. Exit codes: 0 success, 1 failure, 2 bad input.",
				"State (database, images, logs) lives in $SIS_HOME, default ~/.sisuite." })
final class SisCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "Missing command: say what sis should do.");
	}

}
