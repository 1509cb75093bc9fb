package org.sisuite.internal.cli;

import picocli.CommandLine.Command;

/** {@code sis disk ...}: disk tables. */
@Command(name = "disk", mixinStandardHelpOptions = true, description = "Validate disk tables and plan their installation.",
		subcommands = { DiskPlanCommand.Validate.class, DiskPlanCommand.Plan.class })
final class DiskCommand extends NounCommand {
}
