package org.sisuite.core.pkg.pool;

import java.util.List;
import java.util.Objects;

import org.sisuite.core.pkg.Dependency;
import org.sisuite.core.pkg.DependencyClause;
import org.sisuite.core.pkg.VersionScheme;

/**
 * One binary package a pool holds, with the relationships resolution needs. Debian fields map
 * one to one; for rpm, {@code preDepends} are the {@code Requires(pre)} (createrepo's
 * {@code pre="1"}), {@code depends} the other requirements (rpmlib features left out) and
 * {@code files} the file paths repodata lists (what path requirements match).
 *
 * @param name        the package name
 * @param version     the version ({@code [epoch:]version[-release]})
 * @param arch        the architecture ({@code amd64}, {@code all}, {@code x86_64}, {@code noarch})
 * @param scheme      whose package it is
 * @param multiArch   Debian {@code Multi-Arch} ({@code same}, {@code foreign}, {@code allowed}); null for none
 * @param essential   Debian {@code Essential: yes}
 * @param preDepends  Debian Pre-Depends; rpm Requires(pre)
 * @param depends     Debian Depends; rpm Requires
 * @param conflicts   Conflicts
 * @param breaks      Debian Breaks (empty for rpm)
 * @param obsoletes   rpm Obsoletes (empty for Debian)
 * @param provides    Provides (rpm: including the package's own {@code name = evr})
 * @param files       rpm file paths others may require (empty for Debian)
 * @param unevaluated conditional rich dependencies kept as text, not evaluated
 * @param location    where the package file is: relative to the pool, or a path
 * @param pool        the pool's location as the user gave it
 */
public record PoolPackage(String name, String version, String arch, VersionScheme scheme, String multiArch,
		boolean essential, List<DependencyClause> preDepends, List<DependencyClause> depends, List<Dependency> conflicts,
		List<Dependency> breaks, List<Dependency> obsoletes, List<Dependency> provides, List<String> files,
		List<String> unevaluated, String location, String pool) {

	public PoolPackage {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(arch, "arch");
		Objects.requireNonNull(scheme, "scheme");
		preDepends = List.copyOf(preDepends);
		depends = List.copyOf(depends);
		conflicts = List.copyOf(conflicts);
		breaks = List.copyOf(breaks);
		obsoletes = List.copyOf(obsoletes);
		provides = List.copyOf(provides);
		files = List.copyOf(files);
		unevaluated = List.copyOf(unevaluated);
	}

	/** {@code name version arch}, as the resolver's messages name a package. */
	public String label() {
		return name + " " + version + " (" + arch + ")";
	}
}
