package org.sisuite.internal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.sisuite.core.Statuses;
import org.sisuite.core.image.build.ImageBuildOperation;
import org.sisuite.core.image.build.ImageBuildRequest;
import org.sisuite.core.image.build.ImageBuildResult;
import org.sisuite.core.image.build.PackageSource;
import org.sisuite.core.pkg.pool.PoolSpec;
import org.sisuite.core.store.DocumentStore;
import org.sisuite.model.PackageList;
import org.sisuite.model.PackagePool;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sis image build IMAGE --list FILE|--package-list NAME --pool POOL...}: a new version of an image from packages. */
@Command(name = "build", mixinStandardHelpOptions = true, description = {
		"Build a new version of an image from packages: resolve the list against the pools, install the packages",
		"into a staging directory (rpm: rpm --root in the list's stages; Debian: mmdebstrap), run the image's",
		"post-install actions in it with chroot, then make it version N (IMAGE_PATH/vN), the image's current one.",
		"A failed or interrupted build (Ctrl-C) leaves the image as it was. The tools' output goes to",
		"$SIS_HOME/logs/build-IMAGE-TIME.log. Needs root. Add the image first (sis image add)." })
final class ImageBuildCommand implements Callable<Integer> {

	private final CliContext context;
	@Mixin
	JsonOutput output;
	@Parameters(paramLabel = "IMAGE", description = "The image (see sis image add).")
	String image;
	@ArgGroup(exclusive = true, multiplicity = "1")
	Packages packages;
	@Option(names = "--pool", paramLabel = "POOL", description = {
			"A pool: directory, package file, file: or http(s): URL, 'URL SUITE [COMPONENT...]' for a Debian archive,",
			"or a stored pool's name. Repeatable; searched in order. Default: the stored list's pools." })
	List<String> pools = new ArrayList<>();
	@Option(names = "--arch", paramLabel = "ARCH[,ARCH...]", description = "Target architectures, native first (default: the image's).")
	List<String> architectures = new ArrayList<>();
	@Option(names = "--note", paramLabel = "TEXT", description = "A note for the new version.")
	String note;

	static final class Packages {
		@Option(names = "--list", paramLabel = "FILE", description = "A list file: one package a line, 'name[:arch] [op version]'.")
		Path list;
		@Option(names = "--package-list", paramLabel = "NAME", description = "A stored package list (its stages and flags).")
		String packageList;
	}

	ImageBuildCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() throws CoreException, IOException {
		PackageSource source;
		List<PoolSpec> specs = new ArrayList<>();
		for (String pool : pools) {
			specs.add(PkgPools.spec(context, pool));
		}
		if (packages.list != null) {
			if (!Files.isRegularFile(packages.list)) {
				throw new CoreException(Statuses.badInput("No list file " + packages.list));
			}
			source = PackageSource.text(packages.list.toString(), Files.readString(packages.list, StandardCharsets.UTF_8));
		} else {
			PackageList stored = new DocumentStore(context.database()).get(PackageList.class, packages.packageList);
			source = PackageSource.of(stored);
			if (specs.isEmpty()) {
				for (PackagePool pool : stored.getPools()) {
					specs.add(PoolSpec.of(pool));
				}
			}
		}
		if (specs.isEmpty()) {
			throw new CoreException(Statuses.badInput("No pool to build from: give --pool POOL"));
		}
		ImageBuildOperation operation = new ImageBuildOperation(ImageCommand.store(context), context.home(),
				new ImageBuildRequest(image, source, specs, PkgPools.architectures(architectures), note));
		IProgressMonitor monitor = Interruptibly.monitor(context);
		ImageBuildResult result;
		try {
			result = Interruptibly.run("sis image build", operation::execute, monitor);
		} catch (OperationCanceledException e) {
			context.err().println("sis image build: cancelled; image " + image + " is unchanged");
			return ExitCodes.FAILURE;
		}
		ServerCommand.refresh(context);
		if (output.isJson()) {
			Json.print(context.out(), result);
		} else {
			context.out().println("Built image " + result.image() + " version " + result.version().number()
					+ (result.version().parent() == null ? "" : " (parent " + result.version().parent() + ")") + ": "
					+ result.packages() + " packages, " + result.version().sizeBytes() + " bytes in " + result.path());
			context.out().println("Log: " + result.log());
		}
		return ExitCodes.OK;
	}
}
