package org.sisuite.internal.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.store.ClientStore.RangeSpec;
import org.sisuite.core.store.StoreRecords.RangeSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sis range ...}: numbered ranges of clients, defined at once. */
@Command(name = "range", mixinStandardHelpOptions = true, description = "Add, list and remove client ranges.",
		subcommands = { RangeCommand.Add.class, RangeCommand.ListRanges.class, RangeCommand.Remove.class })
final class RangeCommand extends NounCommand {

	@Command(name = "add", mixinStandardHelpOptions = true, description = {
			"Define a range of clients and create them (SystemInstaller's mksirange):",
			"--basename node --start 1 --count 128 --pad 3 gives node001 .. node128." })
	static final class Add implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		JsonOutput output;
		@Option(names = "--basename", required = true, paramLabel = "NAME", description = "Host name prefix, e.g. node.")
		String basename;
		@Option(names = "--start", defaultValue = "1", paramLabel = "N", description = "First number (default: ${DEFAULT-VALUE}).")
		int start;
		@Option(names = "--count", required = true, paramLabel = "N", description = "Number of clients.")
		int count;
		@Option(names = "--pad", defaultValue = "0", paramLabel = "DIGITS", description = "Zero-pad numbers to this many digits.")
		int padding;
		@Option(names = "--ip-start", paramLabel = "IP", description = "Address of the first client; the others follow (crossing octets).")
		String ipStart;
		@Option(names = "--netmask", paramLabel = "MASK", description = "Netmask of the addresses.")
		String netmask;
		@Option(names = "--gateway", paramLabel = "IP", description = "Default gateway.")
		String gateway;
		@Option(names = "--domain", paramLabel = "DOMAIN", description = "DNS domain.")
		String domain;
		@Option(names = "--image", paramLabel = "IMAGE", description = "The image its clients install.")
		String image;
		@Option(names = "--name", paramLabel = "NAME", description = "Range (group) name (default: the basename).")
		String name;

		Add(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			ConsoleProgress progress = new ConsoleProgress(context.err(), context.terminal());
			RangeSummary range = ClientCommand.store(context).addRange(
					new RangeSpec(name, basename, start, count, padding, ipStart, netmask, gateway, domain, image),
					progress);
			progress.done();
			if (output.isJson()) {
				Json.print(context.out(), range);
			} else {
				context.out().println("Added range " + range.name() + ": " + range.count() + " clients " + range.first()
						+ " .. " + range.last());
			}
			return ExitCodes.OK;
		}
	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "List the ranges and groups.")
	static final class ListRanges implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		JsonOutput output;

		ListRanges(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			List<RangeSummary> ranges = ClientCommand.store(context).listRanges();
			if (output.isJson()) {
				Json.print(context.out(), ranges);
				return ExitCodes.OK;
			}
			TextTable table = new TextTable("NAME", "FIRST", "LAST", "COUNT", "MEMBERS", "IP START", "IMAGE");
			ranges.forEach(r -> table.row(r.name(), r.first(), r.last(), r.count(), r.members(), r.ipStart(), r.image()));
			table.print(context.out());
			return ExitCodes.OK;
		}
	}

	@Command(name = "rm", mixinStandardHelpOptions = true, description = "Remove a range and its clients.")
	static final class Remove implements Callable<Integer> {
		private final CliContext context;
		@Parameters(paramLabel = "NAME", description = "The range.")
		String name;
		@Option(names = "--keep-clients", description = "Keep the clients; they only leave the group.")
		boolean keepClients;

		Remove(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			int removed = ClientCommand.store(context).removeRange(name, keepClients);
			context.out().println("Removed range " + name + (keepClients ? "" : " and its " + removed + " clients"));
			return ExitCodes.OK;
		}
	}
}
