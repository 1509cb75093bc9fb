package org.sisuite.core.image.build;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.sisuite.core.pkg.resolve.Resolution;

/** Installs resolved packages into an empty staging tree with a distribution's own tools. */
interface ImageInstaller {

	/**
	 * @param staging    the empty directory that becomes the image's root
	 * @param stages     the packages by stage, each in install order
	 * @param resolution the whole resolution (for the pools and architectures)
	 */
	void install(Path staging, List<StagePackages> stages, Resolution resolution, IProgressMonitor monitor)
			throws CoreException;
}
