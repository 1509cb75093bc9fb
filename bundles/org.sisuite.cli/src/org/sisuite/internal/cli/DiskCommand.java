package org.sisuite.internal.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.AtomicFiles;
import org.sisuite.core.Statuses;
import org.sisuite.core.disk.format.DiskFormat;
import org.sisuite.core.disk.format.DiskTableExport;
import org.sisuite.core.disk.format.DiskTableFormats;
import org.sisuite.core.disk.format.DiskTableImport;
import org.sisuite.core.disk.format.FormatProblem;
import org.sisuite.core.disk.format.LocalCapture;
import org.sisuite.core.disk.template.DiskTableTemplate;
import org.sisuite.core.store.DocumentStore;
import org.sisuite.model.DiskTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sis disk ...}: disk tables, imported from and exported to the SystemImager and SystemInstaller formats. */
@Command(name = "disk", mixinStandardHelpOptions = true, description = {
		"Import, export, capture, list, show, validate, plan and remove disk tables.",
		"Formats: " + "autoinstallscript (SystemImager v4.x autoinstallscript.conf), disks-layout (SystemImager XML), "
				+ "mksidisk (SystemInstaller/OSCAR), and for reading sfdisk-json, sfdisk-dump, lsblk-json, findmnt-json." },
		subcommands = { DiskCommand.Import.class, DiskCommand.Export.class, DiskCommand.Capture.class,
				DiskCommand.ListTables.class, DiskCommand.Show.class, DiskCommand.Remove.class, DiskPlanCommand.Validate.class,
				DiskPlanCommand.Plan.class, DiskCommand.New.class })
final class DiskCommand extends NounCommand {

	static DocumentStore store(CliContext context) throws CoreException {
		return new DocumentStore(context.database());
	}

	/** Prints the warnings on stderr; with {@code strict} they make the command fail as bad input. */
	static void report(CliContext context, List<FormatProblem> warnings, boolean strict) throws CoreException {
		for (FormatProblem warning : warnings) {
			context.err().println("warning: " + warning);
		}
		if (strict && !warnings.isEmpty()) {
			throw new CoreException(Statuses.badInput(warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s")
					+ " with --strict; nothing was stored"));
		}
	}

	static String counts(DiskTable table) {
		DiskView.TableSummary summary = DiskView.summary(table);
		List<String> parts = new ArrayList<>();
		parts.add(summary.disks() + (summary.disks() == 1 ? " disk" : " disks"));
		parts.add(summary.partitions() + (summary.partitions() == 1 ? " partition" : " partitions"));
		if (summary.raidArrays() > 0) {
			parts.add(summary.raidArrays() + " RAID " + (summary.raidArrays() == 1 ? "array" : "arrays"));
		}
		if (summary.volumeGroups() > 0) {
			parts.add(summary.volumeGroups() + " volume " + (summary.volumeGroups() == 1 ? "group" : "groups"));
		}
		parts.add(summary.filesystems() + (summary.filesystems() == 1 ? " file system" : " file systems"));
		return String.join(", ", parts);
	}

	@Command(name = "new", mixinStandardHelpOptions = true, description = {
			"Create a disk table from a template and store it (the workbench's New Disk Table offers the same).",
			"Change it with sis disk export/import or in the workbench's disk table editor." })
	static final class New implements Callable<Integer> {
		private final CliContext context;
		@Parameters(paramLabel = "NAME", description = "The new table's name.")
		String name;
		@Option(names = "--template", required = true, paramLabel = "TEMPLATE", completionCandidates = TemplateIds.class,
				description = "The layout: ${COMPLETION-CANDIDATES}.")
		String template;
		@Option(names = "--replace", description = "Replace a table of the same name.")
		boolean replace;

		New(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			DiskTableTemplate chosen;
			try {
				chosen = DiskTableTemplate.byId(template);
			} catch (IllegalArgumentException e) {
				throw new CoreException(Statuses.badInput(e.getMessage()));
			}
			DiskTable table = chosen.create(name);
			store(context).put(table, replace);
			context.out().println("Created disk table " + name + " (" + chosen.title() + "): " + counts(table));
			return ExitCodes.OK;
		}
	}

	/** The template ids for {@code --help}. */
	static final class TemplateIds extends ArrayList<String> {
		private static final long serialVersionUID = 1L;

		TemplateIds() {
			for (DiskTableTemplate template : DiskTableTemplate.values()) {
				add(template.id());
			}
		}
	}

	@Command(name = "import", mixinStandardHelpOptions = true, description = {
			"Read a disk table from a file and store it.",
			"The format is detected from the content unless --format says it. Several files are read as the",
			"outputs of one machine (sfdisk -J per disk, lsblk -J -b, findmnt -J [-s]) and make one table.",
			"Warnings (what was accepted but not kept, or deviates from the format) go to stderr." })
	static final class Import implements Callable<Integer> {
		private final CliContext context;
		@Parameters(paramLabel = "FILE", arity = "1..*", description = "The disk table, or the tool outputs of one machine.")
		List<Path> files;
		@Option(names = "--name", paramLabel = "NAME", description = "The table's name (default: the file name without extension).")
		String name;
		@Option(names = "--format", paramLabel = "FORMAT", description = "The format instead of detecting it: ${COMPLETION-CANDIDATES}.",
				completionCandidates = FormatIds.class)
		String format;
		@Option(names = "--replace", description = "Replace a table of the same name.")
		boolean replace;
		@Option(names = "--strict", description = "Refuse the file if the reader has any warning.")
		boolean strict;
		@Option(names = "--bootfs", paramLabel = "TYPE", description = "The file system for OSCAR's _BOOTFS_ placeholder, e.g. ext4.")
		String bootfs;
		@Option(names = "--rootfs", paramLabel = "TYPE", description = "The file system for OSCAR's _ROOTFS_ placeholder, e.g. xfs.")
		String rootfs;

		Import(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			List<DiskTableFormats.Input> inputs = new ArrayList<>();
			for (Path file : files) {
				inputs.add(DiskTableFormats.Input.of(file));
			}
			DiskTableImport read = DiskTableFormats.read(inputs, format == null ? null : DiskFormat.byId(format), name);
			report(context, read.warnings(), strict);
			DiskTable table = bootfs != null || rootfs != null ? DiskTableFormats.resolveDefaults(read.table(), bootfs, rootfs)
					: read.table();
			store(context).put(table, replace);
			context.out().println("Imported disk table " + read.table().getName() + " ("
					+ (read.format() == null ? "capture of " + files.size() + " files" : read.format().title()) + "): "
					+ counts(read.table()));
			return ExitCodes.OK;
		}
	}

	@Command(name = "export", mixinStandardHelpOptions = true, description = {
			"Write a stored disk table in a SystemImager or SystemInstaller format, to stdout or a file.",
			"What the format cannot say is refused or, if only a detail, reported as a warning on stderr." })
	static final class Export implements Callable<Integer> {
		private final CliContext context;
		@Parameters(paramLabel = "NAME", description = "The disk table.")
		String name;
		@Option(names = "--format", paramLabel = "FORMAT", description = "autoinstallscript, disks-layout or mksidisk "
				+ "(default: the format it was imported from, else disks-layout).")
		String format;
		@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write to this file (replaced atomically) instead of stdout.")
		Path output;
		@Option(names = "--bootfs", paramLabel = "TYPE", description = "The file system for OSCAR's _BOOTFS_ placeholder, e.g. ext4.")
		String bootfs;
		@Option(names = "--rootfs", paramLabel = "TYPE", description = "The file system for OSCAR's _ROOTFS_ placeholder, e.g. xfs.")
		String rootfs;

		Export(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			DiskTable table = store(context).get(DiskTable.class, name);
			DiskFormat target = format != null ? DiskFormat.byId(format) : defaultFormat(table);
			if (bootfs != null || rootfs != null) {
				table = DiskTableFormats.resolveDefaults(table, bootfs, rootfs);
			}
			DiskTableExport written = DiskTableFormats.write(table, target);
			for (String warning : written.warnings()) {
				context.err().println("warning: " + warning);
			}
			if (output == null) {
				context.out().print(written.text());
			} else {
				AtomicFiles.write(output, out -> out.write(written.text().getBytes(StandardCharsets.UTF_8)));
				context.err().println("Wrote " + name + " as " + target.id() + " to " + output);
			}
			return ExitCodes.OK;
		}

		private static DiskFormat defaultFormat(DiskTable table) {
			for (DiskFormat candidate : DiskFormat.values()) {
				if (candidate.writable() && candidate.id().equals(table.getSourceFormat())) {
					return candidate;
				}
			}
			return DiskFormat.DISKS_LAYOUT;
		}
	}

	@Command(name = "capture", mixinStandardHelpOptions = true, description = {
			"Capture the disk table of this machine (lsblk, findmnt -s and, as root, sfdisk) and store it:",
			"disks, partitions, software RAID, LVM and file systems with their mount options." })
	static final class Capture implements Callable<Integer> {
		private final CliContext context;
		@Option(names = "--name", paramLabel = "NAME", description = "The table's name (default: this machine's host name).")
		String name;
		@Option(names = "--replace", description = "Replace a table of the same name.")
		boolean replace;
		@Option(names = "--strict", description = "Refuse the capture if there is any warning.")
		boolean strict;

		Capture(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			DiskTableImport captured = LocalCapture.capture(name != null ? name : hostName(),
					LocalCapture.processes(Duration.ofSeconds(30)));
			report(context, captured.warnings(), strict);
			store(context).put(captured.table(), replace);
			context.out().println("Captured disk table " + captured.table().getName() + ": " + counts(captured.table()));
			return ExitCodes.OK;
		}

		private static String hostName() {
			try {
				return InetAddress.getLocalHost().getHostName();
			} catch (UnknownHostException e) {
				return "localhost";
			}
		}
	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "List the disk tables.")
	static final class ListTables implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		JsonOutput output;

		ListTables(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			List<DiskView.TableSummary> tables = store(context).all(DiskTable.class).stream().map(DiskView::summary).toList();
			if (output.isJson()) {
				Json.print(context.out(), tables);
				return ExitCodes.OK;
			}
			TextTable table = new TextTable("NAME", "FORMAT", "DISKS", "PARTITIONS", "RAID", "LVM", "FILESYSTEMS", "DESCRIPTION");
			tables.forEach(t -> table.row(t.name(), t.sourceFormat(), t.disks(), t.partitions(), t.raidArrays(),
					t.volumeGroups(), t.filesystems(), t.description()));
			table.print(context.out());
			return ExitCodes.OK;
		}
	}

	@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one disk table: disks, partitions, RAID, LVM, file systems.")
	static final class Show implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		JsonOutput output;
		@Parameters(paramLabel = "NAME", description = "The disk table.")
		String name;

		Show(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			DiskTable table = store(context).get(DiskTable.class, name);
			if (output.isJson()) {
				Json.print(context.out(), DiskView.details(table));
			} else {
				DiskView.print(table, context.out());
			}
			return ExitCodes.OK;
		}
	}

	@Command(name = "rm", mixinStandardHelpOptions = true, description = "Remove a disk table; refused while images use it.")
	static final class Remove implements Callable<Integer> {
		private final CliContext context;
		@Parameters(paramLabel = "NAME", description = "The disk table.")
		String name;

		Remove(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			store(context).remove(DiskTable.class, name);
			context.out().println("Removed disk table " + name);
			return ExitCodes.OK;
		}
	}

	/** The format ids for {@code --help}. */
	static final class FormatIds extends ArrayList<String> {
		private static final long serialVersionUID = 1L;

		FormatIds() {
			for (DiskFormat format : DiskFormat.values()) {
				add(format.id());
			}
		}
	}
}
