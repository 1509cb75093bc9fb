package org.sisuite.core.pkg.resolve;

import java.util.List;

import org.sisuite.core.pkg.Dependency;
import org.sisuite.core.pkg.Relation;
import org.sisuite.core.pkg.VersionScheme;

/**
 * A package the list asks for.
 *
 * @param name     the package (or virtual package) name
 * @param arch     the architecture wanted; null for the native one (and, rpm, its companions)
 * @param relation the version relation; null for any version
 * @param version  the version bound; null for any version
 * @param origin   where the request comes from, for messages ({@code list.txt:12}, {@code stage base})
 */
public record Request(String name, String arch, Relation relation, String version, String origin) {

	/** The request as a dependency of the image on the package. */
	public Dependency toDependency() {
		return new Dependency(name, arch, relation, version, List.of(), List.of());
	}

	/** How the scheme writes it: {@code bash:i386 (>= 5.0)}, {@code bash >= 5.0}. */
	public String format(VersionScheme scheme) {
		return toDependency().format(scheme);
	}
}
