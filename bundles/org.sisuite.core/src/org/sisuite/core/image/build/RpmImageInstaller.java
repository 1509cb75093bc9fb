package org.sisuite.core.image.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.sisuite.core.Statuses;
import org.sisuite.core.pkg.pool.RepositoryFiles;
import org.sisuite.core.pkg.resolve.Resolution;
import org.sisuite.core.pkg.resolve.Resolution.ResolvedPackage;

/**
 * Installs rpm packages as SystemInstaller did: {@code rpm --root STAGING --initdb}, then one
 * {@code rpm -i} transaction per stage with the stage's flags, the files listed in the resolver's
 * install order. The database goes to {@code /var/lib/rpm} inside the image whatever the build
 * machine's rpm defaults to (Debian's rpm keeps its own in {@code ~/.rpmdb}). Packages of remote
 * pools are downloaded first into {@code downloads}.
 */
final class RpmImageInstaller implements ImageInstaller {

	/** Where the image's rpm database lives, inside the image. */
	static final String DBPATH = "/var/lib/rpm";

	private final BuildProcesses processes;
	private final Path downloads;

	RpmImageInstaller(BuildProcesses processes, Path downloads) {
		this.processes = processes;
		this.downloads = downloads;
	}

	/**
	 * The flags of a stage that gives none, by its position (1 for the first), as SystemInstaller
	 * staged a base system: the first without dependency checks or scripts (nothing to run them with
	 * yet), the second without dependency checks, the rest plain.
	 */
	static String defaultFlags(int position) {
		return switch (position) {
		case 1 -> "--nodeps --noscripts";
		case 2 -> "--nodeps";
		default -> "";
		};
	}

	@Override
	public void install(Path staging, List<StagePackages> stages, Resolution resolution, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Installing rpm packages", 1 + 10 * stages.size());
		boolean debianRpm = debianRpm();
		List<String> root = List.of("rpm", "--root", staging.toAbsolutePath().toString(), "--dbpath", DBPATH);
		List<String> initdb = new ArrayList<>(root);
		initdb.add("--initdb");
		processes.run(initdb, null, null, progress.split(1));
		Map<String, RepositoryFiles> pools = new HashMap<>();
		int position = 0;
		for (StagePackages stage : stages) {
			position++;
			SubMonitor stageProgress = progress.split(10).setWorkRemaining(stage.packages().size() + 5);
			if (stage.packages().isEmpty()) {
				processes.note("stage " + stage.stage().name() + ": nothing new to install");
				continue;
			}
			String flags = stage.stage().installFlags() != null ? stage.stage().installFlags() : defaultFlags(position);
			stageProgress.setTaskName("Stage " + stage.stage().name() + (flags.isBlank() ? "" : " (" + flags + ")") + ": "
					+ stage.packages().size() + " packages");
			List<String> command = new ArrayList<>(root);
			command.addAll(List.of("-i", "-v"));
			if (debianRpm) {
				command.add("--force-debian");
			}
			Arrays.stream(flags.strip().split("\\s+")).filter(f -> !f.isEmpty()).forEach(command::add);
			for (ResolvedPackage p : stage.packages()) {
				command.add(file(p, pools, stageProgress.split(1)).toString());
			}
			processes.run(command, null, null, stageProgress.split(5));
		}
	}

	/** Debian's rpm refuses to install without {@code --force-debian}, which other rpms do not know. */
	private static boolean debianRpm() throws CoreException {
		try {
			Process help = new ProcessBuilder("rpm", "--help").redirectErrorStream(true).start();
			String text = new String(help.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			help.waitFor();
			return text.contains("--force-debian");
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot run rpm (is it installed?): " + e.getMessage(), e));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new org.eclipse.core.runtime.OperationCanceledException();
		}
	}

	/** The package's file: in a local pool, else downloaded. */
	private Path file(ResolvedPackage p, Map<String, RepositoryFiles> pools, IProgressMonitor monitor) throws CoreException {
		Path location = Path.of(p.location());
		if (location.isAbsolute()) {
			return location;
		}
		RepositoryFiles files = pools.get(p.pool());
		if (files == null) {
			files = RepositoryFiles.at(p.pool());
			pools.put(p.pool(), files);
		}
		Path local = files.localRoot();
		if (local != null) {
			return (Files.isRegularFile(local) ? local.getParent() : local).resolve(p.location());
		}
		SubMonitor.convert(monitor).subTask("Downloading " + p.location());
		Path target = downloads.resolve(String.valueOf(Math.abs((p.pool() + p.location()).hashCode())))
				.resolve(location.getFileName());
		try {
			Files.createDirectories(target.getParent());
			Files.write(target, files.read(p.location()));
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot store " + p.location() + " from " + p.pool() + " in " + target
					+ ": " + e.getMessage(), e));
		}
		return target;
	}
}
