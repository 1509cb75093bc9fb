package org.sisuite.core.image.build;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.sisuite.core.Statuses;
import org.sisuite.core.pkg.pool.PoolSpec;
import org.sisuite.core.pkg.resolve.Resolution;
import org.sisuite.core.pkg.resolve.Resolution.ResolvedPackage;

/**
 * Installs a Debian image with {@code mmdebstrap}: the {@code essential} variant (the Essential
 * packages, which resolution does not add by itself) plus every resolved package by name and
 * version ({@code --include=name=version}), from the build's Debian archives as apt sources.
 * mmdebstrap and apt do the unpacking and configuring in dpkg's order; the stages of a stored
 * list are not separate transactions here (apt installs everything in one).
 */
final class DebianImageInstaller implements ImageInstaller {

	private final BuildProcesses processes;
	private final List<PoolSpec> pools;

	DebianImageInstaller(BuildProcesses processes, List<PoolSpec> pools) {
		this.processes = processes;
		this.pools = List.copyOf(pools);
	}

	@Override
	public void install(java.nio.file.Path staging, List<StagePackages> stages, Resolution resolution, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Running mmdebstrap", 1);
		List<String> command = new ArrayList<>(List.of("mmdebstrap", "--variant=essential", "--mode=root",
				"--architectures=" + String.join(",", resolution.architectures().stream().filter(a -> !a.equals("all")).toList())));
		Set<String> include = new LinkedHashSet<>();
		for (StagePackages stage : stages) {
			for (ResolvedPackage p : stage.packages()) {
				include.add(p.name() + (p.arch().equals("all") || p.arch().equals(resolution.architectures().get(0)) ? "" : ":" + p.arch())
						+ "=" + p.version());
			}
		}
		if (!include.isEmpty()) {
			command.add("--include=" + String.join(",", include));
		}
		String suite = null;
		List<String> sources = new ArrayList<>();
		for (PoolSpec pool : pools) {
			if (pool.suite() == null || pool.suite().endsWith("/")) {
				throw new CoreException(Statuses.badInput("A Debian image is built from archives with a suite ('URL SUITE [COMPONENT...]'); "
						+ pool.location() + " has none"));
			}
			if (suite == null) {
				suite = pool.suite();
			}
			sources.add("deb " + pool.location() + " " + pool.suite() + " "
					+ (pool.components().isEmpty() ? "main" : String.join(" ", pool.components())));
		}
		if (suite == null) {
			throw new CoreException(Statuses.badInput("A Debian build needs at least one archive pool"));
		}
		command.add(suite);
		command.add(staging.toAbsolutePath().toString());
		command.addAll(sources);
		processes.run(command, null, null, progress.split(1));
	}
}
