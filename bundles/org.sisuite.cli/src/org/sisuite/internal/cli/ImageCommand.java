package org.sisuite.internal.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.store.ImageStore;
import org.sisuite.core.store.ImageStore.ImageSpec;
import org.sisuite.core.store.ImageStore.InUse;
import org.sisuite.core.store.StoreRecords.ImageDetails;
import org.sisuite.core.store.StoreRecords.ImageSummary;
import org.sisuite.core.store.StoreRecords.VersionSummary;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sis image ...}: the images the site installs. */
@Command(name = "image", mixinStandardHelpOptions = true, description = "List, show, add, build, change (exec), rename and remove images.",
		subcommands = { ImageCommand.ListImages.class, ImageCommand.Show.class, ImageCommand.Add.class,
				ImageBuildCommand.class, ImageExecCommand.class, ImageCommand.Rename.class, ImageCommand.Remove.class })
final class ImageCommand extends NounCommand {

	static ImageStore store(CliContext context) throws CoreException {
		return new ImageStore(context.database(), context.home().imagesDirectory());
	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "List the images with their server, version and clients.")
	static final class ListImages implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		JsonOutput output;

		ListImages(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			List<ImageSummary> images = store(context).list();
			if (output.isJson()) {
				Json.print(context.out(), images);
				return ExitCodes.OK;
			}
			TextTable table = new TextTable("NAME", "SERVER", "ARCH", "DISTRIBUTION", "VERSION", "CLIENTS", "PATH");
			images.forEach(i -> table.row(i.name(), i.server(), i.architecture(), i.distribution(), i.currentVersion(),
					i.clients(), i.path()));
			table.print(context.out());
			return ExitCodes.OK;
		}
	}

	@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one image with its versions, disk tables and scripts.")
	static final class Show implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		JsonOutput output;
		@Parameters(paramLabel = "NAME", description = "The image.")
		String name;

		Show(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			ImageDetails image = store(context).show(name);
			if (output.isJson()) {
				Json.print(context.out(), image);
				return ExitCodes.OK;
			}
			ImageSummary summary = image.summary();
			TextTable fields = new TextTable("FIELD", "VALUE").row("name", summary.name()).row("server", summary.server())
					.row("architecture", summary.architecture())
					.row("distribution", summary.distribution() + (image.distributionDetected() ? " (detected)" : ""))
					.row("path", summary.path()).row("description", image.description())
					.row("current version", summary.currentVersion()).row("clients", summary.clients())
					.row("ranges", String.join(", ", image.ranges())).row("package list", image.packageList())
					.row("disk tables", String.join(", ", image.diskTables()))
					.row("install scripts", String.join(", ", image.installScripts()))
					.row("footprint set", image.footprintSet());
			fields.print(context.out());
			if (!image.versionHistory().isEmpty()) {
				context.out().println();
				TextTable versions = new TextTable("VERSION", "CREATED", "PARENT", "SIZE", "NOTE");
				for (VersionSummary v : image.versionHistory()) {
					versions.row(v.number(), v.created() == null ? null : v.created().toInstant(), v.parent(), v.sizeBytes(),
							v.note());
				}
				versions.print(context.out());
			}
			return ExitCodes.OK;
		}
	}

	@Command(name = "add", mixinStandardHelpOptions = true, description = {
			"Register an image on an image server (default: the local server, created on first use).",
			"The image's files come from a build or a capture." })
	static final class Add implements Callable<Integer> {
		private final CliContext context;
		@Parameters(paramLabel = "NAME", description = "A name unique among all images.")
		String name;
		@Option(names = "--server", paramLabel = "SERVER", description = "The image server (default: local).")
		String server;
		@Option(names = "--arch", paramLabel = "ARCH", description = "Architecture, e.g. x86_64.")
		String architecture;
		@Option(names = "--distribution", paramLabel = "DIST", description = "Distribution, e.g. debian-12.")
		String distribution;
		@Option(names = "--path", paramLabel = "DIR", description = "Image directory (default: IMAGE_ROOT/NAME).")
		String path;
		@Option(names = "--description", paramLabel = "TEXT", description = "Free text.")
		String description;

		Add(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			store(context).add(new ImageSpec(name, server, architecture, distribution, path, description));
			context.out().println("Added image " + name);
			return ExitCodes.OK;
		}
	}

	@Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename an image; its clients keep it.")
	static final class Rename implements Callable<Integer> {
		private final CliContext context;
		@Parameters(index = "0", paramLabel = "NAME", description = "The image.")
		String name;
		@Parameters(index = "1", paramLabel = "NEW_NAME", description = "Its new name.")
		String newName;

		Rename(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			store(context).rename(name, newName);
			ServerCommand.refresh(context);
			context.out().println("Renamed image " + name + " to " + newName);
			return ExitCodes.OK;
		}
	}

	@Command(name = "rm", mixinStandardHelpOptions = true, description = {
			"Remove an image from the database (its files stay on the server).",
			"Refused while clients or ranges use it, unless --force or --reassign." })
	static final class Remove implements Callable<Integer> {
		private final CliContext context;
		@Parameters(paramLabel = "NAME", description = "The image.")
		String name;
		@ArgGroup(exclusive = true)
		InUseChoice inUse;

		static final class InUseChoice {
			@Option(names = "--force", description = "Detach the clients and ranges that use the image.")
			boolean force;
			@Option(names = "--reassign", paramLabel = "IMAGE", description = "Give the clients and ranges this image instead.")
			String reassignTo;
		}

		Remove(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			InUse mode = inUse == null ? InUse.REFUSE : inUse.force ? InUse.DETACH : InUse.REASSIGN;
			List<String> moved = store(context).remove(name, mode, inUse == null ? null : inUse.reassignTo);
			ServerCommand.refresh(context);
			context.out().println("Removed image " + name + (moved.isEmpty() ? ""
					: mode == InUse.DETACH ? "; detached " + moved.size() + " clients"
							: "; " + moved.size() + " clients now use " + inUse.reassignTo));
			return ExitCodes.OK;
		}
	}
}
