package org.sisuite.internal.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that only groups verbs ({@code sis image}, {@code sis client}): alone it is bad input. */
abstract class NounCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "Missing subcommand: one of "
				+ String.join(", ", spec.subcommands().keySet().stream().filter(name -> !name.equals("help")).toList()));
	}
}
