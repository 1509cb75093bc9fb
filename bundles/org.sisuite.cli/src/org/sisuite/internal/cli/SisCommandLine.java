package org.sisuite.internal.cli;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.sisuite.core.Statuses;

import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Parses a {@code sis} command line and runs the command it names. Independent of OSGi: the
 * {@link SisApplication} and the tests both call {@link #execute(String...)}.
 */
public final class SisCommandLine {

	private static final Logger LOG = Logger.getLogger(SisCommandLine.class.getName());

	private final CliContext context;

	public SisCommandLine(CliContext context) {
		this.context = context;
	}

	/** Runs one command line and returns its exit code (see {@link ExitCodes}). */
	public int execute(String... args) {
		CommandLine commandLine = new CommandLine(SisCommand.class, new ContextFactory(context));
		commandLine.getCommandSpec().versionProvider(() -> new String[] { "SIS Workbench " + context.version() });
		commandLine.setOut(context.out());
		commandLine.setErr(context.err());
		commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
		commandLine.setExitCodeExceptionMapper(exception -> ExitCodes.FAILURE);
		commandLine.setParameterExceptionHandler(this::reportBadInput);
		commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> reportFailure(exception, failed));
		try {
			return commandLine.execute(args);
		} finally {
			context.closeDatabase();
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

	private int reportFailure(Exception exception, CommandLine failed) {
		String path = failed.getCommandSpec().qualifiedName();
		if (exception instanceof CoreException core) {
			IStatus status = core.getStatus();
			context.err().println(path + ": " + status.getMessage());
			for (IStatus child : status.getChildren()) {
				context.err().println("  - " + child.getMessage());
			}
			if (Statuses.isBadInput(status)) {
				LOG.info(path + " refused: " + status.getMessage());
				return ExitCodes.BAD_INPUT;
			}
			LOG.log(Level.WARNING, path + " failed: " + status.getMessage(), exception);
			return ExitCodes.FAILURE;
		}
		context.err().println(path + ": " + describe(exception));
		LOG.log(Level.SEVERE, path + " failed", exception);
		return ExitCodes.FAILURE;
	}

	private static boolean isUnknownCommand(List<String> unmatched) {
		return !unmatched.isEmpty() && !unmatched.get(0).startsWith("-");
	}

	private static String describe(Exception exception) {
		String message = exception.getMessage();
		return message == null ? exception.getClass().getSimpleName() : message;
	}
}
