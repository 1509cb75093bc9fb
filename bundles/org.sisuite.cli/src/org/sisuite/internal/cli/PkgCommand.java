package org.sisuite.internal.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.pkg.VersionScheme;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sis pkg ...}: packages and their versions. */
@Command(name = "pkg", mixinStandardHelpOptions = true, description = "Package versions, lists and pools.",
		subcommands = { PkgCommand.VersionCompare.class })
final class PkgCommand extends NounCommand {

	@Command(name = "vercmp", mixinStandardHelpOptions = true, description = {
			"Compare two package versions as rpm or dpkg does: prints -1, 0 or 1 (A older, equal, newer than B).",
			"With --batch, reads lines 'A<TAB>B' from standard input and prints one result per line;",
			"an invalid line prints 'error: <why>' and the command exits 2 at the end." })
	static final class VersionCompare implements Callable<Integer> {
		private final CliContext context;
		@Spec
		CommandSpec spec;
		@Option(names = "--scheme", required = true, paramLabel = "rpm|deb", description = "Whose ordering: rpm or deb.")
		String scheme;
		@Option(names = "--batch", description = "Compare the pairs read from standard input.")
		boolean batch;
		@Parameters(paramLabel = "VERSION", arity = "0..2", description = "The two versions A and B (not with --batch).")
		String[] versions = new String[0];

		VersionCompare(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException, IOException {
			VersionScheme versionScheme = VersionScheme.named(scheme);
			if (batch) {
				if (versions.length > 0) {
					throw new ParameterException(spec.commandLine(), "--batch reads the versions from standard input; give no VERSION");
				}
				return compareLines(versionScheme, context.in());
			}
			if (versions.length != 2) {
				throw new ParameterException(spec.commandLine(), "Expected two versions A and B, got " + versions.length);
			}
			context.out().println(versionScheme.compare(versions[0], versions[1]));
			return ExitCodes.OK;
		}

		private int compareLines(VersionScheme versionScheme, InputStream in) throws IOException {
			boolean anyInvalid = false;
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			StringBuilder results = new StringBuilder();
			int count = 0;
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				int tab = line.indexOf('\t');
				if (tab < 0 || line.indexOf('\t', tab + 1) >= 0) {
					results.append("error: expected 'A<TAB>B', found ")
							.append(tab < 0 ? "no tab" : "more than one tab").append('\n');
					anyInvalid = true;
				} else {
					try {
						results.append(versionScheme.compare(line.substring(0, tab), line.substring(tab + 1))).append('\n');
					} catch (CoreException e) {
						results.append("error: ").append(e.getStatus().getMessage()).append('\n');
						anyInvalid = true;
					}
				}
				if (++count % 1024 == 0) {
					context.out().print(results);
					results.setLength(0);
				}
			}
			context.out().print(results);
			return anyInvalid ? ExitCodes.BAD_INPUT : ExitCodes.OK;
		}
	}
}
