package org.sisuite.core.pkg.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;
import org.sisuite.core.pkg.Dependency;
import org.sisuite.core.pkg.DependencyClause;
import org.sisuite.core.pkg.Relation;
import org.sisuite.core.pkg.RpmDependencies;
import org.sisuite.core.pkg.RpmVersion;
import org.sisuite.core.pkg.VersionScheme;

/** Collects an rpm package's metadata, from repodata or a header, into a {@link PoolPackage}. */
final class RpmPackageBuilder {

	/** The kinds of dependency rpm metadata lists. */
	enum Kind {
		REQUIRES, PROVIDES, CONFLICTS, OBSOLETES
	}

	private final String source;
	private String name;
	private String arch;
	private String epoch;
	private String version;
	private String release;
	private String location;
	private final List<DependencyClause> preDepends = new ArrayList<>();
	private final List<DependencyClause> depends = new ArrayList<>();
	private final List<Dependency> conflicts = new ArrayList<>();
	private final List<Dependency> obsoletes = new ArrayList<>();
	private final List<Dependency> provides = new ArrayList<>();
	private final List<String> files = new ArrayList<>();
	private final List<String> unevaluated = new ArrayList<>();

	/** @param source where the package is described, for messages */
	RpmPackageBuilder(String source) {
		this.source = source;
	}

	RpmPackageBuilder name(String value) {
		name = value;
		return this;
	}

	RpmPackageBuilder arch(String value) {
		arch = value;
		return this;
	}

	RpmPackageBuilder version(String epochValue, String versionValue, String releaseValue) {
		epoch = epochValue;
		version = versionValue;
		release = releaseValue;
		return this;
	}

	RpmPackageBuilder location(String value) {
		location = value;
		return this;
	}

	/** Whether files under this path are ones others may require (createrepo's "primary" files). */
	static boolean isPrimaryFile(String path) {
		return path.startsWith("/etc/") || path.contains("bin/") || path.equals("/usr/lib/sendmail");
	}

	void file(String path) {
		files.add(path);
	}

	/**
	 * Adds one dependency entry.
	 *
	 * @param pre whether it is a prerequisite ({@code Requires(pre)} and the like)
	 */
	void dependency(Kind kind, String depName, Relation relation, String evr, boolean pre) throws CoreException {
		if (kind == Kind.REQUIRES && depName.startsWith("rpmlib(")) {
			return; // features of rpm itself, not packages
		}
		RpmDependencies.Parsed parsed;
		try {
			parsed = RpmDependencies.entry(depName, relation, evr);
		} catch (CoreException e) {
			throw problem(kind.name().toLowerCase(Locale.ROOT) + ": " + e.getStatus().getMessage());
		}
		if (parsed.conditional()) {
			unevaluated.add(kind.name().toLowerCase(Locale.ROOT) + " " + depName);
			return;
		}
		if (evr != null && relation != null) {
			try {
				RpmVersion.parse(evr);
			} catch (CoreException e) {
				throw problem(kind.name().toLowerCase(Locale.ROOT) + " " + depName + ": " + e.getStatus().getMessage());
			}
		}
		switch (kind) {
		case REQUIRES -> (pre ? preDepends : depends).addAll(parsed.clauses());
		case PROVIDES -> parsed.clauses().forEach(c -> provides.add(c.first()));
		case CONFLICTS -> parsed.clauses().forEach(c -> conflicts.addAll(c.alternatives()));
		case OBSOLETES -> parsed.clauses().forEach(c -> obsoletes.addAll(c.alternatives()));
		}
	}

	/**
	 * The package.
	 *
	 * @throws CoreException (bad input) when the name, version or architecture is missing
	 */
	PoolPackage build(String pool) throws CoreException {
		if (name == null || name.isBlank()) {
			throw problem("a package without a name");
		}
		if (version == null || version.isBlank() || arch == null || arch.isBlank()) {
			throw problem("package " + name + " has no " + (arch == null || arch.isBlank() ? "architecture" : "version"));
		}
		String evr = RpmDependencies.evr(epoch, version, release);
		RpmVersion.parse(evr);
		if (provides.stream().noneMatch(p -> p.name().equals(name))) {
			provides.add(Dependency.on(name, Relation.EQ, evr));
		}
		return new PoolPackage(name, evr, arch, VersionScheme.RPM, null, false, preDepends, depends, conflicts, List.of(),
				obsoletes, provides, files, unevaluated, location, pool);
	}

	private CoreException problem(String why) {
		return new CoreException(Statuses.badInput(source + (name == null ? "" : " (package " + name + ")") + ": " + why));
	}
}
