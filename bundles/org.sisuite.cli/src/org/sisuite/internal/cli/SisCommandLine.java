package org.sisuite.internal.cli;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Parses a {@code sis} command line and runs the command it names. Independent of OSGi: the
 * {@link SisApplication} and the tests both call {@link #execute(String...)}.
 */
public final class SisCommandLine {

	private final CliContext context;

	public SisCommandLine(CliContext context) {
		this.context = context;
	}

	/** Runs one command line and returns its exit code (see {@link ExitCodes}). */
	public int execute(String... args) {
		CommandLine commandLine = new CommandLine(new SisCommand());
		commandLine.getCommandSpec().versionProvider(() -> new String[] { "SIS Workbench " + context.version() });
		commandLine.addSubcommand(new VersionCommand(context));
		commandLine.addSubcommand(new CommandLine.HelpCommand());
		commandLine.setOut(context.out());
		commandLine.setErr(context.err());
		commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
		commandLine.setExitCodeExceptionMapper(exception -> ExitCodes.FAILURE);
		commandLine.setParameterExceptionHandler(this::reportBadInput);
		commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
			context.err().println("sis " + failed.getCommandName() + ": " + describe(exception));
			return ExitCodes.FAILURE;
		});
		try {
			return commandLine.execute(args);
		} finally {
			context.out().flush();
			context.err().flush();
		}
	}

	private int reportBadInput(ParameterException problem, String[] args) {
		CommandLine failed = problem.getCommandLine();
		if (problem instanceof UnmatchedArgumentException unmatched && failed.getParent() == null
				&& isUnknownCommand(unmatched.getUnmatched())) {
			String word = unmatched.getUnmatched().get(0);
			context.err().println("sis: unknown command '" + word + "'. Commands: "
					+ String.join(", ", failed.getSubcommands().keySet()) + ". Run 'sis --help' for details.");
		} else {
			String path = failed.getCommandSpec().qualifiedName();
			context.err().println(path + ": " + problem.getMessage());
			context.err().println("Run '" + path + " --help' for usage.");
		}
		return ExitCodes.BAD_INPUT;
	}

	private static boolean isUnknownCommand(List<String> unmatched) {
		return !unmatched.isEmpty() && !unmatched.get(0).startsWith("-");
	}

	private static String describe(Exception exception) {
		String message = exception.getMessage();
		return message == null ? exception.getClass().getSimpleName() : message;
	}
}
