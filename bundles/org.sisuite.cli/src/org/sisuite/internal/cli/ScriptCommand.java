package org.sisuite.internal.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.disk.plan.PlanRequest.TargetDisk;
import org.sisuite.core.script.InstallScriptGenerator;
import org.sisuite.core.script.InstallScriptGenerator.Request;
import org.sisuite.core.script.InstallScriptGenerator.Result;
import org.sisuite.core.server.ServerLayout;
import org.sisuite.core.server.ServerSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sis script generate IMAGE}: the autoinstall script of an image in the server's scripts module. */
@Command(name = "script", mixinStandardHelpOptions = true,
		description = "Autoinstall scripts: what a client's boot environment runs to install an image.",
		subcommands = { ScriptCommand.Generate.class })
final class ScriptCommand extends NounCommand {

	@Command(name = "generate", mixinStandardHelpOptions = true, description = {
			"Write the autoinstall script of IMAGE to $SIS_HOME/scripts/images/IMAGE.sh, and hard links",
			"hosts/HOSTNAME.sh and hosts/aa-bb-cc-dd-ee-ff.sh to it for each client of the image. The POSIX",
			"shell script partitions the disks (the disk table's plan), pulls the image with rsync, applies the",
			"overrides of the image, its groups and the host, writes fstab, hostname and network settings, runs",
			"the pre- and post-install scripts, installs GRUB and reports to the monitor. Run it again after",
			"changing the image's clients, disk table or post action." })
	static final class Generate implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		JsonOutput output;
		@Parameters(paramLabel = "IMAGE", description = "The image.")
		String image;
		@Option(names = "--disk-table", paramLabel = "TABLE", description = "The disk table (default: the image's first).")
		String diskTable;
		@Option(names = "--post-action", paramLabel = "ACTION",
				description = "What the client does when installed: reboot (default), shutdown, beep or shell.")
		String postAction;
		@Option(names = "--disk", paramLabel = "DEVICE=SIZE", description = {
				"A disk of the clients and its size, e.g. /dev/sda=500G, repeatable (default: the sizes the disk table",
				"records). A larger disk works; its extra space stays unused." })
		List<String> disks = new ArrayList<>();
		@Option(names = "--map", paramLabel = "TABLE_DEVICE=DEVICE", description = {
				"Put the table's disk on another device, e.g. /dev/sda=/dev/nvme0n1 (and give that device's --disk)." })
		Map<String, String> map = new LinkedHashMap<>();

		Generate(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			ServerLayout layout = new ServerLayout(context.home());
			InstallScriptGenerator generator = new InstallScriptGenerator(context.database(), layout,
					ServerSettings.read(context.home(), null, null));
			Result result = generator.generate(new Request(image, diskTable, postAction, targetDisks(), map, null), null);
			result.warnings().forEach(w -> context.err().println("warning: " + w));
			if (output.isJson()) {
				Json.print(context.out(), result);
			} else {
				context.out().println("Wrote " + result.script() + " (disk table: "
						+ (result.diskTable() == null ? "none" : result.diskTable()) + ", post action: " + result.postAction()
						+ ") and " + result.links() + " host links for " + result.clients() + " clients"
						+ (result.removed() > 0 ? "; removed " + result.removed() + " stale links" : ""));
			}
			return ExitCodes.OK;
		}

		private List<TargetDisk> targetDisks() throws CoreException {
			return TargetDiskOptions.parse(disks);
		}
	}
}
