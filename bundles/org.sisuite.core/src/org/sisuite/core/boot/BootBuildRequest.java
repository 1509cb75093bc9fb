package org.sisuite.core.boot;

import java.nio.file.Path;
import java.util.List;

/**
 * What to build a boot environment from and where to put it. The kernel comes from exactly one of:
 * a kernel package file ({@code kernelPackage}), a kernel package URL ({@code kernelPackageUrl},
 * downloaded into {@code cache}), a kernel file with its modules directory ({@code kernel} and
 * {@code modules}), or, when none is given, the current {@code linux-image-amd64} of
 * {@code suite} on {@code mirror} (downloaded into {@code cache} once).
 *
 * @param kernelPackage    a {@code linux-image-*.deb}, or null
 * @param kernelPackageUrl an http(s) URL of one, or null
 * @param kernel           a kernel image ({@code vmlinuz}), or null
 * @param modules          its modules directory ({@code lib/modules/VERSION}), with {@code kernel}
 * @param mirror           the Debian archive for the default kernel
 * @param suite            the suite for the default kernel
 * @param cache            where downloaded kernel packages are kept
 * @param extraModules     modules wanted besides {@link BootEnvironment#DEFAULT_MODULES}
 * @param toolsRoot        the Debian system whose programs go into the initramfs ({@code /}: this host)
 * @param compression      {@code gzip} or {@code xz}
 * @param output           the boot directory: {@code kernel}, {@code initrd.img}, the manifest
 * @param copies           more places for the kernel and the initrd (the TFTP tree): pairs of paths
 */
public record BootBuildRequest(Path kernelPackage, String kernelPackageUrl, Path kernel, Path modules, String mirror,
		String suite, Path cache, List<String> extraModules, Path toolsRoot, String compression, Path output,
		List<Copy> copies) {

	/** A further copy of the kernel and the initrd, e.g. below the TFTP root. */
	public record Copy(Path kernel, Path initrd) {
	}

	public BootBuildRequest {
		extraModules = List.copyOf(extraModules);
		copies = List.copyOf(copies);
		mirror = mirror == null ? KernelPackage.DEFAULT_MIRROR : mirror;
		suite = suite == null ? KernelPackage.DEFAULT_SUITE : suite;
		toolsRoot = toolsRoot == null ? Path.of("/") : toolsRoot;
		compression = compression == null ? "gzip" : compression;
	}
}
