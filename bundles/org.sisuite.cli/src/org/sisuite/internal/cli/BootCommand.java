package org.sisuite.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.sisuite.core.Statuses;
import org.sisuite.core.boot.BootBuildRequest;
import org.sisuite.core.boot.BootEnvironment;
import org.sisuite.core.boot.BootManifest;
import org.sisuite.core.boot.InitramfsListing;
import org.sisuite.core.boot.IsoImage;
import org.sisuite.core.boot.KernelPackage;
import org.sisuite.core.netboot.NetbootSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sis boot ...}: the boot environment install clients boot from the network or an ISO. */
@Command(name = "boot", mixinStandardHelpOptions = true,
		description = "Build and show the boot environment (kernel + initramfs) that install clients boot.",
		subcommands = { BootCommand.Build.class, BootCommand.Show.class })
final class BootCommand extends NounCommand {

	@Command(name = "build", mixinStandardHelpOptions = true, description = {
			"Build the kernel and initramfs into $SIS_HOME/" + BootEnvironment.DIRECTORY + " (served by the image server",
			"as its boot module) and, when tftp.root is set in $SIS_HOME/" + NetbootSettings.FILE_NAME + " or --tftp-root",
			"is given, at its kernel and initrd paths below the TFTP root. The kernel comes from a Debian",
			"linux-image package (default: the current one of " + KernelPackage.DEFAULT_SUITE + " on "
					+ KernelPackage.DEFAULT_MIRROR + ",",
			"downloaded once into $SIS_HOME/cache/kernel and checked against the archive's SHA256) or from",
			"--kernel FILE --modules DIR. Busybox and the disk tools come from this host with their libraries.",
			"The same inputs give a byte-identical initramfs." })
	static final class Build implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		JsonOutput output;
		@Option(names = "--kernel-package", paramLabel = "FILE|URL", description = "A linux-image .deb file or http(s) URL.")
		String kernelPackage;
		@Option(names = "--kernel", paramLabel = "FILE", description = "A kernel image (vmlinuz), with --modules.")
		Path kernel;
		@Option(names = "--modules", paramLabel = "DIR", description = "Its modules directory (lib/modules/VERSION).")
		Path modules;
		@Option(names = "--mirror", paramLabel = "URL", description = "Debian archive for the default kernel (default: ${DEFAULT-VALUE}).")
		String mirror = KernelPackage.DEFAULT_MIRROR;
		@Option(names = "--suite", paramLabel = "SUITE", description = "Suite for the default kernel (default: ${DEFAULT-VALUE}).")
		String suite = KernelPackage.DEFAULT_SUITE;
		@Option(names = "--module", paramLabel = "NAME", description = "A further kernel module to include (repeatable).")
		List<String> extraModules = new ArrayList<>();
		@Option(names = "--compression", paramLabel = "gzip|xz", description = "Initramfs compression (default: ${DEFAULT-VALUE}).")
		String compression = "gzip";
		@Option(names = "--tools-root", paramLabel = "DIR", description = "Debian system whose programs go in (default: /).")
		Path toolsRoot;
		@Option(names = "--tftp-root", paramLabel = "DIR", description = "Also copy kernel and initrd below this TFTP root.")
		Path tftpRoot;
		@Option(names = "--iso", paramLabel = "FILE", description = "Also write a bootable ISO (BIOS, isohybrid).")
		Path iso;
		@Option(names = "--iso-append", paramLabel = "PARAMS",
				description = "Kernel parameters of the ISO (default: ip=dhcp console=tty0 console=ttyS0,115200, plus sis.server from the settings).")
		String isoAppend;

		Build(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			Path packageFile = null;
			String packageUrl = null;
			if (kernelPackage != null) {
				if (kernelPackage.matches("(?i)https?://.*")) {
					packageUrl = kernelPackage;
				} else {
					packageFile = Path.of(kernelPackage);
					if (!Files.isRegularFile(packageFile)) {
						throw new CoreException(Statuses.badInput("No kernel package file " + packageFile));
					}
				}
			}
			Map<String, String> settings = NetbootSettings.readFile(context.home().root().resolve(NetbootSettings.FILE_NAME));
			List<BootBuildRequest.Copy> copies = new ArrayList<>();
			String root = tftpRoot != null ? tftpRoot.toString() : settings.get(NetbootSettings.TFTP_ROOT);
			if (root != null && !root.isBlank()) {
				Path base = Path.of(root);
				copies.add(new BootBuildRequest.Copy(base.resolve(settings.getOrDefault(NetbootSettings.KERNEL, "sis/kernel")),
						base.resolve(settings.getOrDefault(NetbootSettings.INITRD, "sis/initrd.img"))));
			}
			Path directory = BootEnvironment.directory(context.home());
			BootBuildRequest request = new BootBuildRequest(packageFile, packageUrl, kernel, modules, mirror, suite,
					BootEnvironment.kernelCache(context.home()), extraModules, toolsRoot, compression, directory, copies);
			IProgressMonitor monitor = context.terminal() ? new ConsoleProgress(context.err(), true) : new NullProgressMonitor();
			BootManifest manifest = BootEnvironment.build(request, monitor);
			if (iso != null) {
				String append = isoAppend != null ? isoAppend
						: ("ip=dhcp console=tty0 console=ttyS0,115200" + (settings.get(NetbootSettings.SERVER) == null ? ""
								: " sis.server=" + settings.get(NetbootSettings.SERVER)));
				IsoImage.write(directory.resolve(BootEnvironment.KERNEL_FILE), directory.resolve(BootEnvironment.INITRD_FILE),
						append, iso);
			}
			if (output.isJson()) {
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("directory", directory.toString());
				result.put("copies", copies.stream().map(c -> List.of(c.kernel().toString(), c.initrd().toString())).toList());
				result.put("iso", iso == null ? null : iso.toString());
				result.put("manifest", manifest);
				Json.print(context.out(), result);
				return ExitCodes.OK;
			}
			context.out().println("Boot environment in " + directory + ": kernel " + manifest.kernelVersion() + " ("
					+ manifest.kernelSize() + " bytes), initrd.img " + manifest.initrdSize() + " bytes (" + manifest.compression()
					+ ", " + manifest.entries() + " entries, " + manifest.modules().size() + " modules, " + manifest.tools().size()
					+ " tools)");
			for (BootBuildRequest.Copy copy : copies) {
				context.out().println("Copied to " + copy.kernel() + " and " + copy.initrd());
			}
			if (iso != null) {
				context.out().println("ISO: " + iso);
			}
			if (!manifest.absentModules().isEmpty()) {
				context.err().println("note: modules this kernel does not have: " + String.join(", ", manifest.absentModules()));
			}
			return ExitCodes.OK;
		}
	}

	@Command(name = "show", mixinStandardHelpOptions = true,
			description = { "Show the boot environment in $SIS_HOME/" + BootEnvironment.DIRECTORY
					+ ": kernel version, sizes, SHA256, modules, tools and libraries.",
					"With --files: every entry of the initramfs (path, type, mode, size, link target) instead." })
	static final class Show implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		JsonOutput output;
		@Option(names = "--files", description = "List the initramfs's entries instead of the summary.")
		boolean files;

		Show(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			Path directory = BootEnvironment.directory(context.home());
			BootManifest manifest = BootManifest.read(directory);
			if (files) {
				List<InitramfsListing.Entry> entries = InitramfsListing.read(directory.resolve(BootEnvironment.INITRD_FILE));
				if (output.isJson()) {
					Json.print(context.out(), entries);
					return ExitCodes.OK;
				}
				TextTable table = new TextTable("PATH", "TYPE", "MODE", "SIZE");
				for (InitramfsListing.Entry entry : entries) {
					table.row(entry.target() == null ? entry.path() : entry.path() + " -> " + entry.target(), entry.type(),
							entry.mode(), entry.size());
				}
				table.print(context.out());
				return ExitCodes.OK;
			}
			if (output.isJson()) {
				Json.print(context.out(), manifest);
				return ExitCodes.OK;
			}
			TextTable files = new TextTable("FILE", "SIZE", "SHA256");
			files.row(BootEnvironment.KERNEL_FILE + " (" + manifest.kernelVersion() + ")", manifest.kernelSize(),
					manifest.kernelSha256());
			files.row(BootEnvironment.INITRD_FILE + " (" + manifest.compression() + ")", manifest.initrdSize(),
					manifest.initrdSha256());
			files.print(context.out());
			context.out().println("Kernel from: " + manifest.kernelSource());
			context.out().println("Entries: " + manifest.entries());
			context.out().println("Modules (" + manifest.modules().size() + ", in load order): "
					+ String.join(" ", manifest.modules()));
			if (!manifest.builtinModules().isEmpty()) {
				context.out().println("Built into the kernel: " + String.join(" ", manifest.builtinModules()));
			}
			if (!manifest.absentModules().isEmpty()) {
				context.out().println("Not in this kernel: " + String.join(" ", manifest.absentModules()));
			}
			context.out().println("Tools (" + manifest.tools().size() + "): " + String.join(" ", manifest.tools().values()));
			if (!manifest.missingTools().isEmpty()) {
				context.out().println("Optional tools not on the build host: " + String.join(" ", manifest.missingTools()));
			}
			context.out().println("Libraries (" + manifest.libraries().size() + "): " + String.join(" ", manifest.libraries()));
			return ExitCodes.OK;
		}
	}
}
