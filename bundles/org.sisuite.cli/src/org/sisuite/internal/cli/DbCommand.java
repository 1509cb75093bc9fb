package org.sisuite.internal.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.store.SiteFiles;
import org.sisuite.core.store.SiteStore;
import org.sisuite.model.Site;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code sis db ...}: the database as a whole. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Export, import and inspect the SIS database.",
		subcommands = { DbCommand.Info.class, DbCommand.Export.class, DbCommand.Import.class })
final class DbCommand extends NounCommand {

	@Command(name = "info", mixinStandardHelpOptions = true, description = "Where the database is and what it holds.")
	static final class Info implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		JsonOutput output;

		Info(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			SiteStore store = new SiteStore(context.database());
			Map<String, Object> info = new LinkedHashMap<>();
			info.put("url", context.database().displayUrl());
			info.put("revision", store.revision());
			info.putAll(store.counts());
			if (output.isJson()) {
				Json.print(context.out(), info);
			} else {
				TextTable table = new TextTable("FIELD", "VALUE");
				info.forEach(table::row);
				table.print(context.out());
			}
			return ExitCodes.OK;
		}
	}

	@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the whole site to a readable XMI file (backup, review).")
	static final class Export implements Callable<Integer> {
		private final CliContext context;
		@Parameters(paramLabel = "FILE", description = "The file to write; replaced atomically.")
		Path file;

		Export(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			Site site = new SiteStore(context.database()).load();
			SiteFiles.write(site, file);
			context.out().println("Exported " + site.getClients().size() + " clients, "
					+ site.getImageServers().stream().mapToInt(s -> s.getImages().size()).sum() + " images to " + file);
			return ExitCodes.OK;
		}
	}

	@Command(name = "import", mixinStandardHelpOptions = true, description = {
			"Replace the whole site by the content of an export file, in one transaction.",
			"The file is checked first; if anything is wrong nothing changes." })
	static final class Import implements Callable<Integer> {
		private final CliContext context;
		@Parameters(paramLabel = "FILE", description = "A file written by 'sis db export'.")
		Path file;

		Import(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			Site site = SiteFiles.read(file);
			ConsoleProgress progress = new ConsoleProgress(context.err(), context.terminal());
			new SiteStore(context.database()).replaceAll(site, progress);
			progress.done();
			context.out().println("Imported " + site.getClients().size() + " clients from " + file);
			return ExitCodes.OK;
		}
	}
}
