package org.sisuite.internal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.sisuite.core.Statuses;
import org.sisuite.core.disk.layout.Sizes;
import org.sisuite.core.disk.layout.TableLabels;
import org.sisuite.core.disk.plan.DiskPlan;
import org.sisuite.core.disk.plan.DiskPlanner;
import org.sisuite.core.disk.plan.DiskTableFiles;
import org.sisuite.core.disk.plan.PlanRequest;
import org.sisuite.core.disk.plan.PlanRequest.TargetDisk;
import org.sisuite.core.disk.plan.ShellScript;
import org.sisuite.core.disk.validate.DiskProblem;
import org.sisuite.core.disk.validate.DiskTableValidator;
import org.sisuite.core.store.DocumentStore;
import org.sisuite.model.DiskTable;
import org.sisuite.model.FstabIdentifier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sis disk validate} and {@code sis disk plan}: check a disk table, and make the commands that install it. */
final class DiskPlanCommand {

	private DiskPlanCommand() {
	}

	/** The table a command works on: stored in the database by name, or read from an XMI file. */
	static final class TableSource {
		@Parameters(index = "0", arity = "0..1", paramLabel = "TABLE", description = {
				"A stored disk table; with --file, the table of the file to take (when it has several)." })
		String name;
		@Option(names = "--file", paramLabel = "FILE.xmi", description = {
				"Read the table from an XMI file instead of the database: a <sis:DiskTable> document, or a site"
						+ " export (sis db export) with TABLE naming one of its tables." })
		Path file;

		DiskTable load(CliContext context) throws CoreException {
			if (file != null) {
				return DiskTableFiles.read(file, name);
			}
			if (name == null) {
				throw new CoreException(Statuses.badInput("Name a stored disk table, or give --file FILE.xmi"));
			}
			return new DocumentStore(context.database()).get(DiskTable.class, name);
		}
	}

	@Command(name = "validate", mixinStandardHelpOptions = true, description = {
			"Check a disk table and list its problems.",
			"Errors (the table cannot be installed) and warnings. Sizes are checked",
			"against the disk sizes the table records; 'sis disk plan' checks them",
			"against the real disks.",
			"Exit code 2 when there are errors." })
	static final class Validate implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		TableSource table;
		@Mixin
		JsonOutput output;

		Validate(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			DiskTable diskTable = table.load(context);
			MultiStatus status = DiskTableValidator.validate(diskTable);
			List<DiskProblem> problems = DiskTableValidator.problems(status);
			boolean errors = status.getSeverity() == IStatus.ERROR;
			if (output.isJson()) {
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("table", diskTable.getName());
				result.put("valid", !errors);
				result.put("summary", status.getMessage());
				result.put("problems", problems.stream().map(ProblemRecord::of).toList());
				Json.print(context.out(), result);
			} else {
				if (!problems.isEmpty()) {
					TextTable lines = new TextTable("SEVERITY", "RULE", "WHERE", "PROBLEM");
					problems.forEach(p -> lines.row(p.getSeverityName(), p.getRule(), TableLabels.describe(p.getObject()),
							p.getMessage()));
					lines.print(context.out());
					context.out().println();
				}
				context.out().println(status.getMessage());
			}
			return errors ? ExitCodes.BAD_INPUT : ExitCodes.OK;
		}
	}

	/** A problem as {@code --json} prints it. */
	record ProblemRecord(String severity, String rule, String object, String path, String message) {
		static ProblemRecord of(DiskProblem problem) {
			return new ProblemRecord(problem.getSeverityName(), problem.getRule(), TableLabels.describe(problem.getObject()),
					problem.getPath(), problem.getMessage());
		}
	}

	/** How the plan is printed. */
	enum Format {
		sh, json
	}

	@Command(name = "plan", mixinStandardHelpOptions = true, description = {
			"Print the commands that install a disk table on the client's disks.",
			"A POSIX shell script for the installer (sfdisk, mdadm, LVM, mkfs, mounts",
			"under the target, the target's /etc/fstab and mdadm.conf, the boot loader),",
			"or the plan as JSON. The table",
			"is first validated against the disks.",
			"The script DESTROYS the data on the disks it names. Run it as",
			"'sh SCRIPT [PHASE...]'; the phases, all by default, are",
			"release check partition raid lvm mkfs mount fstab; after the image is",
			"copied into the target, 'sh SCRIPT bootloader' installs the boot loader." },
			footer = { "", "Example:", "  sis disk plan compute --disk /dev/nvme0n1=476G \\",
					"      --map /dev/sda=/dev/nvme0n1 >disks.sh" })
	static final class Plan implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		TableSource table;
		@Mixin
		JsonOutput output;
		@Option(names = "--disk", paramLabel = "DEVICE=SIZE", description = {
				"A disk of the client and its size, e.g. /dev/vda=20G (K, M, G, T are binary; KB, MB, GB decimal)."
						+ " Repeat in the order the client detects its disks: a table disk chosen by index takes the disk"
						+ " at that position." })
		List<String> disks = new ArrayList<>();
		@Option(names = "--map", paramLabel = "TABLE_DEVICE=DEVICE", description = {
				"Put the table's disk on another device, e.g. /dev/sda=/dev/nvme0n1 (and give that device's --disk)." })
		Map<String, String> map = new LinkedHashMap<>();
		@Option(names = "--format", paramLabel = "sh|json", description = "sh (the default) or json (same as --json).")
		Format format = Format.sh;
		@Option(names = "--target", paramLabel = "DIR", description = { "Where the client's root file system is mounted"
				+ " while it is installed (default: " + PlanRequest.DEFAULT_TARGET + ")." })
		String target = PlanRequest.DEFAULT_TARGET;
		@Option(names = "--fstab", paramLabel = "uuid|label|device", description = {
				"How fstab names the file systems whose table entry does not say (default: uuid, read with blkid"
						+ " when the script runs)." })
		String fstab = "uuid";

		Plan(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			DiskPlan plan = DiskPlanner.plan(table.load(context),
					new PlanRequest(targetDisks(), map, target, fstabIdentifier()));
			for (String warning : plan.warnings()) {
				context.err().println("sis disk plan: warning: " + warning);
			}
			if (output.isJson() || format == Format.json) {
				Json.print(context.out(), plan);
			} else {
				context.out().print(ShellScript.render(plan));
			}
			return ExitCodes.OK;
		}

		private List<TargetDisk> targetDisks() throws CoreException {
			return TargetDiskOptions.parse(disks);
		}

		private FstabIdentifier fstabIdentifier() throws CoreException {
			FstabIdentifier identifier = FstabIdentifier.get(fstab.toLowerCase(Locale.ROOT));
			if (identifier == null) {
				throw new CoreException(Statuses.badInput("--fstab " + fstab + ": use uuid, label or device"));
			}
			return identifier;
		}
	}
}
