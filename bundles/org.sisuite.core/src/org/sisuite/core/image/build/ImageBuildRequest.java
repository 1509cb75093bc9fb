package org.sisuite.core.image.build;

import java.util.List;
import java.util.Objects;

import org.sisuite.core.pkg.pool.PoolSpec;

/**
 * What to build.
 *
 * @param image         the image (it must exist; the build adds a version)
 * @param packages      what to install, in stages
 * @param pools         where the packages come from, searched in order
 * @param architectures target architectures, native first; empty for the image's own (else amd64/x86_64)
 * @param note          the new version's note; null for none
 */
public record ImageBuildRequest(String image, PackageSource packages, List<PoolSpec> pools, List<String> architectures,
		String note) {

	public ImageBuildRequest {
		Objects.requireNonNull(image, "image");
		Objects.requireNonNull(packages, "packages");
		pools = List.copyOf(pools);
		architectures = List.copyOf(architectures);
	}
}
