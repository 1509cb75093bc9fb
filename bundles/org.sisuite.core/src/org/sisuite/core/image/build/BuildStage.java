package org.sisuite.core.image.build;

import java.util.List;

import org.sisuite.core.pkg.resolve.Request;

/**
 * One package manager transaction of a build: the packages its requests need that earlier stages
 * did not install.
 *
 * @param name         the stage's name, for progress and the log
 * @param installFlags the package manager flags of this stage (rpm: {@code --nodeps --noscripts}); null for the
 *                     default of its position (see {@link RpmImageInstaller#defaultFlags(int)})
 * @param requests     what the stage asks for
 */
public record BuildStage(String name, String installFlags, List<Request> requests) {

	public BuildStage {
		requests = List.copyOf(requests);
	}
}
