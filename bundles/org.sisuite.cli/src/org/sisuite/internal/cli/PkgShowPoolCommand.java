package org.sisuite.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.pkg.pool.Pool;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sis pkg show-pool POOL}: what a pool holds. */
@Command(name = "show-pool", mixinStandardHelpOptions = true, description = {
		"Show what a pool holds: its kind, how many packages, names and virtual names, packages per architecture.",
		"POOL is a directory, package file, file: or http(s): URL, 'URL SUITE [COMPONENT...]', or a stored pool's name." })
final class PkgShowPoolCommand implements Callable<Integer> {

	private final CliContext context;
	@Mixin
	JsonOutput output;
	@Parameters(paramLabel = "POOL", description = "The pool.")
	String pool;
	@Option(names = "--arch", paramLabel = "ARCH[,ARCH...]", description = "The architectures to read from a Debian archive (default: all it has).")
	List<String> architectures = new ArrayList<>();

	PkgShowPoolCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() throws CoreException {
		Pool read = PkgPools.read(List.of(PkgPools.spec(context, pool)), PkgPools.architectures(architectures),
				context.terminal() ? new ConsoleProgress(context.err(), true) : null).get(0);
		Pool.Summary summary = read.summary();
		if (output.isJson()) {
			Json.print(context.out(), summary);
			return ExitCodes.OK;
		}
		new TextTable("FIELD", "VALUE").row("pool", summary.location()).row("kind", summary.kind()).row("scheme", summary.scheme())
				.row("packages", summary.packages()).row("names", summary.names()).row("virtual names", summary.virtualNames())
				.print(context.out());
		context.out().println();
		TextTable archs = new TextTable("ARCH", "PACKAGES");
		for (Map.Entry<String, Integer> entry : summary.architectures().entrySet()) {
			archs.row(entry.getKey(), entry.getValue());
		}
		archs.print(context.out());
		for (String note : summary.notes()) {
			context.out().println("note: " + note);
		}
		return ExitCodes.OK;
	}
}
