package org.sisuite.internal.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;
import org.sisuite.core.netboot.MacListFile;
import org.sisuite.core.store.ClientMacs;
import org.sisuite.core.store.ClientMacs.Claim;
import org.sisuite.core.store.ClientMacs.ImportResult;
import org.sisuite.core.store.ClientMacs.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sis client import-macs FILE}: give existing clients the MACs a list or a dhcpd leases file names. */
@Command(name = "import-macs", mixinStandardHelpOptions = true, description = {
		"Assign MAC addresses to existing clients from FILE ('-' for standard input):",
		"  a list with one 'MAC HOSTNAME' or 'HOSTNAME MAC' pair a line ('#' starts a comment), or",
		"  an ISC dhcpd leases file (the last lease of each MAC with a client-hostname).",
		"New MACs go after a client's existing ones. Nothing is written when a MAC belongs to another",
		"client or the file gives one MAC to two clients, nor when a list names an unknown client",
		"(a leases file's unknown hosts are skipped and listed). Problems are reported as FILE:LINE." })
final class ClientImportMacsCommand implements Callable<Integer> {

	/** Records of {@code --json}. */
	record ImportReport(String file, String format, boolean applied, boolean dryRun, List<Claim> added,
			List<Claim> unchanged, List<Problem> unknown, List<Problem> conflicts, int leasesWithoutName) {
	}

	private final CliContext context;
	@Mixin
	JsonOutput output;
	@Parameters(paramLabel = "FILE", description = "The list or leases file.")
	String file;
	@Option(names = "--dry-run", description = "Check and report, but write nothing.")
	boolean dryRun;

	ClientImportMacsCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() throws CoreException {
		String name = file.equals("-") ? "stdin" : file;
		MacListFile.Parsed parsed = MacListFile.parse(name, lines());
		ImportResult result = new ClientMacs(context.database()).assign(parsed.claims(), !parsed.leases(), dryRun);
		boolean refused = !result.conflicts().isEmpty() || !parsed.leases() && !result.unknown().isEmpty();
		for (Problem problem : result.conflicts()) {
			context.err().println(problem.source() + ": " + problem.message());
		}
		for (Problem problem : result.unknown()) {
			context.err().println(problem.source() + ": " + problem.message() + " (MAC " + problem.mac() + ")"
					+ (parsed.leases() ? ", skipped" : ""));
		}
		if (parsed.withoutName() > 0) {
			context.err().println(name + ": " + parsed.withoutName() + " leases without a client-hostname skipped");
		}
		if (output.isJson()) {
			Json.print(context.out(), new ImportReport(name, parsed.leases() ? "leases" : "list", result.applied(), dryRun,
					result.added(), result.unchanged(), result.unknown(), result.conflicts(), parsed.withoutName()));
		} else if (refused) {
			context.err().println("Nothing was imported: " + result.conflicts().size() + " conflicts, "
					+ result.unknown().size() + " unknown clients in " + name);
		} else {
			long clients = result.added().stream().map(Claim::hostname).distinct().count();
			context.out().println((dryRun ? "Would assign " : "Assigned ") + result.added().size() + " MACs to " + clients
					+ " clients from " + name + " (" + result.unchanged().size() + " already assigned"
					+ (result.unknown().isEmpty() ? "" : ", " + result.unknown().size() + " unknown hosts skipped") + ")");
		}
		return refused ? ExitCodes.BAD_INPUT : ExitCodes.OK;
	}

	private List<String> lines() throws CoreException {
		try {
			if (file.equals("-")) {
				return new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8)).lines().toList();
			}
			return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			throw new CoreException(Statuses.badInput("No file " + file));
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot read " + file + ": " + e.getMessage(), e));
		}
	}
}
