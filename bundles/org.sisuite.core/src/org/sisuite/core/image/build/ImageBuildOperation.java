package org.sisuite.core.image.build;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Logger;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.sisuite.core.SisHome;
import org.sisuite.core.Statuses;
import org.sisuite.core.pkg.VersionScheme;
import org.sisuite.core.pkg.pool.Pool;
import org.sisuite.core.pkg.pool.PoolReader;
import org.sisuite.core.pkg.pool.PoolSpec;
import org.sisuite.core.pkg.resolve.Request;
import org.sisuite.core.pkg.resolve.Resolution;
import org.sisuite.core.pkg.resolve.Resolution.InstallStep;
import org.sisuite.core.pkg.resolve.Resolution.Problem;
import org.sisuite.core.pkg.resolve.Resolution.ResolvedPackage;
import org.sisuite.core.pkg.resolve.Resolver;
import org.sisuite.core.pkg.resolve.TargetArchitectures;
import org.sisuite.core.store.ImageStore;
import org.sisuite.core.store.ImageStore.Action;
import org.sisuite.core.store.ImageStore.BuildTarget;
import org.sisuite.core.store.StoreRecords.VersionSummary;

/**
 * Builds a new version of an image from packages: reads the pools, resolves the list, installs the
 * packages into a staging directory next to the image's versions ({@code IMAGE_PATH/.staging-TIME}),
 * runs the image's post-install actions in it with {@code chroot}, and only when all of that
 * succeeded renames it to {@code IMAGE_PATH/v<N>} and records version N (parent: the current
 * version) as current, in one transaction. A failed or cancelled build removes its staging
 * directory and leaves the image as it was. The tools' output goes to
 * {@code $SIS_HOME/logs/build-IMAGE-TIME.log}.
 */
public final class ImageBuildOperation {

	private static final Logger LOG = Logger.getLogger(ImageBuildOperation.class.getName());
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);

	private final ImageStore store;
	private final SisHome home;
	private final ImageBuildRequest request;
	private final Consumer<String> output;

	public ImageBuildOperation(ImageStore store, SisHome home, ImageBuildRequest request) {
		this(store, home, request, line -> {
		});
	}

	/** @param output gets every line of the tools' output as it comes (the log gets them too) */
	public ImageBuildOperation(ImageStore store, SisHome home, ImageBuildRequest request, Consumer<String> output) {
		this.store = store;
		this.home = home;
		this.request = request;
		this.output = output;
	}

	/** The directory of version {@code number} of an image at {@code imagePath}. */
	public static Path versionDirectory(Path imagePath, int number) {
		return imagePath.resolve("v" + number);
	}

	/**
	 * Runs the build.
	 *
	 * @throws CoreException              (bad input) for an unknown image, a list that does not resolve, a
	 *                                    family the pools do not hold; (failure) when a tool fails
	 * @throws OperationCanceledException when the monitor was cancelled; the image is unchanged
	 */
	public ImageBuildResult execute(IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Building image " + request.image(), 100);
		BuildTarget target = store.buildTarget(request.image());
		String stamp = LocalDateTime.now().format(STAMP);
		Path logFile = home.logsDirectory().resolve("build-" + request.image() + "-" + stamp + ".log");
		Path staging = target.path().resolve(".staging-" + stamp);
		Path downloads = target.path().resolve(".downloads-" + stamp);
		boolean placed = false;
		try {
			Files.createDirectories(home.logsDirectory());
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot create " + home.logsDirectory() + ": " + e.getMessage(), e));
		}
		try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8))) {
			BuildProcesses processes = new BuildProcesses(log, output);
			processes.note("build of image " + request.image() + " into " + staging + " from " + request.packages().describe());
			try {
				List<String> given = request.architectures().isEmpty() && target.architecture() != null
						? List.of(target.architecture()) : request.architectures();
				List<Pool> pools = readPools(given, progress.split(15));
				VersionScheme scheme = pools.get(0).scheme();
				String family = scheme.name().toLowerCase(Locale.ROOT);
				if (request.packages().family() != null && !request.packages().family().equals(family)) {
					throw new CoreException(Statuses.badInput(request.packages().describe() + " is for " + request.packages().family()
							+ " but the pools hold " + family + " packages"));
				}
				List<BuildStage> stages = request.packages().stages(scheme);
				TargetArchitectures architectures = TargetArchitectures.of(scheme, translate(given, scheme));
				Resolver resolver = new Resolver(scheme, architectures, pools);
				progress.subTask("Resolving " + request.packages().describe());
				Resolution resolution = resolve(resolver, stages, processes);
				List<StagePackages> staged = assignStages(resolver, resolution, stages, processes);
				progress.worked(5);
				ImageInstaller installer = scheme == VersionScheme.RPM ? new RpmImageInstaller(processes, downloads)
						: new DebianImageInstaller(processes, request.pools());
				Files.createDirectories(staging);
				installer.install(staging, staged, resolution, progress.split(60));
				runActions(target, staging, processes, progress.split(10));
				progress.subTask("Measuring the image");
				long size = size(staging);
				progress.worked(5);
				Path version = target.path();
				VersionSummary recorded = store.recordVersion(request.image(), request.note(), size, number -> {
					Path destination = versionDirectory(version, number);
					try {
						if (Files.exists(destination, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
							throw new CoreException(Statuses.error(destination + " already exists (left by an earlier build?); move it away and build again"));
						}
						Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
					} catch (IOException e) {
						throw new CoreException(Statuses.error("Cannot move " + staging + " to " + destination + ": " + e.getMessage(), e));
					}
				});
				placed = true;
				progress.worked(5);
				Path built = versionDirectory(target.path(), recorded.number());
				processes.note("recorded version " + recorded.number() + " (parent " + recorded.parent() + ", " + size + " bytes) at " + built);
				return new ImageBuildResult(request.image(), recorded, built.toString(), resolution.packages().size(), logFile.toString());
			} catch (CoreException | RuntimeException e) {
				processes.note((e instanceof OperationCanceledException ? "cancelled" : "failed: " + message(e))
						+ "; removing " + staging);
				throw e;
			} catch (IOException e) {
				processes.note("failed: " + e.getMessage() + "; removing " + staging);
				throw new CoreException(Statuses.error("Cannot build image " + request.image() + ": " + e.getMessage(), e));
			} finally {
				if (!placed) {
					deleteTree(staging, processes);
				}
				deleteTree(downloads, processes);
			}
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot write the build log " + logFile + ": " + e.getMessage(), e));
		}
	}

	private List<Pool> readPools(List<String> given, IProgressMonitor monitor) throws CoreException {
		if (request.pools().isEmpty()) {
			throw new CoreException(Statuses.badInput("No pool to build image " + request.image() + " from"));
		}
		SubMonitor progress = SubMonitor.convert(monitor, request.pools().size());
		List<String> debianArchitectures = translate(given, VersionScheme.DEB);
		List<Pool> pools = new ArrayList<>();
		for (PoolSpec spec : request.pools()) {
			Pool pool = PoolReader.read(spec, debianArchitectures.isEmpty() ? List.of("amd64") : debianArchitectures, progress.split(1));
			if (!pools.isEmpty() && pools.get(0).scheme() != pool.scheme()) {
				throw new CoreException(Statuses.badInput("The pools mix " + pools.get(0).location() + " and " + pool.location()
						+ ", which hold packages of different families"));
			}
			pools.add(pool);
		}
		return pools;
	}

	/** An image's architecture in the scheme's own words (x86_64 is amd64 to Debian). */
	private static List<String> translate(List<String> architectures, VersionScheme scheme) {
		Map<String, String> names = scheme == VersionScheme.DEB ? Map.of("x86_64", "amd64", "aarch64", "arm64", "noarch", "all")
				: Map.of("amd64", "x86_64", "arm64", "aarch64", "all", "noarch");
		return architectures.stream().map(a -> names.getOrDefault(a, a)).toList();
	}

	private static List<Request> allRequests(List<BuildStage> stages) {
		return stages.stream().flatMap(s -> s.requests().stream()).toList();
	}

	/**
	 * Resolves the whole list.
	 *
	 * @throws CoreException (bad input) listing the problems when the list does not resolve
	 */
	static Resolution resolve(Resolver resolver, List<BuildStage> stages, BuildProcesses processes) throws CoreException {
		List<Request> all = allRequests(stages);
		if (all.isEmpty()) {
			throw new CoreException(Statuses.badInput("The build asks for no package"));
		}
		Resolution resolution = resolver.resolve(all);
		resolution.notes().forEach(n -> processes.note("resolution: " + n));
		if (!resolution.resolved()) {
			throw new CoreException(Statuses.badInput("The packages do not resolve: "
					+ String.join("; ", resolution.problems().stream().map(Problem::message).toList())));
		}
		return resolution;
	}

	/**
	 * Assigns each package of the resolution to the first stage whose requests, with those of the
	 * stages before it, need it; within a stage the packages keep the install order.
	 */
	static List<StagePackages> assignStages(Resolver resolver, Resolution resolution, List<BuildStage> stages,
			BuildProcesses processes) {
		Map<String, ResolvedPackage> byKey = new LinkedHashMap<>();
		resolution.packages().forEach(p -> byKey.put(p.name() + ":" + p.arch(), p));
		Set<String> done = new HashSet<>();
		List<StagePackages> result = new ArrayList<>();
		List<Request> sofar = new ArrayList<>();
		for (int i = 0; i < stages.size(); i++) {
			BuildStage stage = stages.get(i);
			sofar.addAll(stage.requests());
			Set<String> needed = new HashSet<>();
			if (i == stages.size() - 1) {
				needed.addAll(byKey.keySet());
			} else {
				resolver.resolve(sofar).packages().forEach(p -> needed.add(p.name() + ":" + p.arch()));
			}
			List<ResolvedPackage> packages = new ArrayList<>();
			for (InstallStep step : resolution.installOrder()) {
				String key = step.name() + ":" + step.arch();
				if (needed.contains(key) && byKey.containsKey(key) && done.add(key)) {
					packages.add(byKey.get(key));
				}
			}
			processes.note("stage " + stage.name() + ": " + String.join(" ", packages.stream().map(ResolvedPackage::name).toList()));
			result.add(new StagePackages(stage, packages));
		}
		return result;
	}

	/** Runs the post-install actions by their order, each as {@code chroot STAGING /bin/sh SCRIPT}. */
	private static void runActions(BuildTarget target, Path staging, BuildProcesses processes, IProgressMonitor monitor)
			throws CoreException, IOException {
		List<Action> actions = target.postInstallActions();
		SubMonitor progress = SubMonitor.convert(monitor, "Running post-install actions", actions.size());
		if (actions.isEmpty()) {
			return;
		}
		if (!Files.exists(staging.resolve("bin/sh"))) {
			throw new CoreException(Statuses.badInput("Image " + target.name() + " has post-install actions but the build installed no /bin/sh to run them"));
		}
		Path directory = staging.resolve("tmp");
		Files.createDirectories(directory);
		Map<String, String> environment = Map.of("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
				"LANG", "C", "HOME", "/root", "SIS_IMAGE", target.name());
		int index = 0;
		for (Action action : actions) {
			index++;
			progress.setTaskName("Post-install action " + action.name());
			String name = "sis-post-install-" + index;
			Path script = directory.resolve(name);
			Files.writeString(script, action.script() == null ? "" : action.script(), StandardCharsets.UTF_8);
			Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
			try {
				processes.run(List.of("chroot", staging.toAbsolutePath().toString(), "/bin/sh", "/tmp/" + name), null, environment,
						progress.split(1));
			} catch (CoreException e) {
				throw new CoreException(Statuses.error("Post-install action '" + action.name() + "' failed: " + e.getStatus().getMessage(), e));
			} finally {
				Files.deleteIfExists(script);
			}
		}
	}

	/** The bytes of the regular files in the tree (links not followed, each file counted once per link). */
	static long size(Path tree) throws IOException {
		AtomicLong total = new AtomicLong();
		Files.walkFileTree(tree, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (attributes.isRegularFile()) {
					total.addAndGet(attributes.size());
				}
				return FileVisitResult.CONTINUE;
			}
		});
		return total.get();
	}

	/**
	 * Removes a staging tree, links not followed. What a killed tool left mounted below it
	 * (mmdebstrap's {@code /proc}, {@code /dev/pts}) is unmounted first, deepest first; if anything
	 * stays mounted the tree is left alone, since a recursive delete would go into the mount.
	 */
	static void deleteTree(Path tree, BuildProcesses processes) {
		if (!Files.exists(tree, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		List<String> mounts = mountsBelow(tree);
		for (String mount : mounts) {
			try {
				processes.run(List.of("umount", mount), null, null, null);
			} catch (CoreException e) {
				processes.note("cannot unmount " + mount + ": " + e.getStatus().getMessage());
			}
		}
		mounts = mountsBelow(tree);
		if (!mounts.isEmpty()) {
			processes.note("not removing " + tree + ": " + mounts.get(0) + " is mounted in it");
			LOG.warning("not removing " + tree + ": " + mounts.get(0) + " is mounted in it");
			return;
		}
		try {
			Files.walkFileTree(tree, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
					Files.delete(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
					if (e != null) {
						throw e;
					}
					Files.delete(directory);
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			processes.note("cannot remove " + tree + ": " + e.getMessage());
			LOG.warning("cannot remove " + tree + ": " + e.getMessage());
		}
	}

	/** The mount points at or below {@code tree}, deepest first ({@code /proc/self/mountinfo}, octal escapes decoded). */
	static List<String> mountsBelow(Path tree) {
		List<String> mounts = new ArrayList<>();
		try {
			String prefix = tree.toRealPath().toString() + "/";
			for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"), StandardCharsets.UTF_8)) {
				String[] fields = line.split(" ");
				if (fields.length > 4) {
					String mount = unescape(fields[4]);
					if ((mount + "/").startsWith(prefix)) {
						mounts.add(mount);
					}
				}
			}
		} catch (IOException e) {
			LOG.fine("no mount table to check: " + e.getMessage());
		}
		mounts.sort(Comparator.comparingInt(String::length).reversed());
		return mounts;
	}

	/** A mountinfo field with its octal escapes ({@code \040} for a blank) decoded. */
	static String unescape(String field) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < field.length(); i++) {
			char c = field.charAt(i);
			if (c == '\\' && i + 3 < field.length()) {
				text.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
				i += 3;
			} else {
				text.append(c);
			}
		}
		return text.toString();
	}

	private static String message(Exception e) {
		return e instanceof CoreException core ? core.getStatus().getMessage() : String.valueOf(e.getMessage());
	}
}
