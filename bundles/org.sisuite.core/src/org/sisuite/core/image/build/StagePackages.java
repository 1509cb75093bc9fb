package org.sisuite.core.image.build;

import java.util.List;

import org.sisuite.core.pkg.resolve.Resolution.ResolvedPackage;

/**
 * The packages one stage installs, in the resolver's install order.
 *
 * @param stage    the stage
 * @param packages what it installs that no earlier stage did
 */
public record StagePackages(BuildStage stage, List<ResolvedPackage> packages) {

	public StagePackages {
		packages = List.copyOf(packages);
	}
}
