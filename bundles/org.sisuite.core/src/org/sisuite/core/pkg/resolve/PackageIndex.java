package org.sisuite.core.pkg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.pkg.DebianVersion;
import org.sisuite.core.pkg.Dependency;
import org.sisuite.core.pkg.Relation;
import org.sisuite.core.pkg.RpmVersion;
import org.sisuite.core.pkg.VersionScheme;
import org.sisuite.core.pkg.pool.Pool;
import org.sisuite.core.pkg.pool.PoolPackage;

/**
 * The packages of several pools, looked up by name, by what they provide and (rpm) by file.
 * A package found in several pools (same name, version and architecture) is taken from the first.
 * Answers which packages satisfy a dependency, and orders them as the package managers prefer:
 * real packages before providers, then the first-listed name, the best architecture, the highest version.
 */
final class PackageIndex {

	private record Provision(PoolPackage provider, Dependency provide) {
	}

	private final VersionScheme scheme;
	private final TargetArchitectures architectures;
	private final Map<String, List<PoolPackage>> byName = new HashMap<>();
	private final Map<String, List<Provision>> byProvide = new HashMap<>();
	private final Map<String, Integer> firstSeen = new HashMap<>();
	private final Map<PoolPackage, Comparable<?>> parsedVersions = new HashMap<>();

	PackageIndex(VersionScheme scheme, TargetArchitectures architectures, List<Pool> pools) throws CoreException {
		this.scheme = scheme;
		this.architectures = architectures;
		Map<String, PoolPackage> unique = new LinkedHashMap<>();
		for (Pool pool : pools) {
			for (PoolPackage p : pool.packages()) {
				unique.putIfAbsent(p.name() + " " + p.version() + " " + p.arch(), p);
			}
		}
		for (PoolPackage p : unique.values()) {
			byName.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(p);
			firstSeen.putIfAbsent(p.name(), firstSeen.size());
			Set<String> provided = new HashSet<>();
			for (Dependency provide : p.provides()) {
				if (!(scheme == VersionScheme.RPM && provide.name().equals(p.name()) && provided.contains(p.name()))) {
					byProvide.computeIfAbsent(provide.name(), n -> new ArrayList<>()).add(new Provision(p, provide));
					provided.add(provide.name());
				}
			}
			for (String file : p.files()) {
				byProvide.computeIfAbsent(file, n -> new ArrayList<>()).add(new Provision(p, Dependency.on(file)));
			}
			parsedVersions.put(p, parse(p.version()));
		}
	}

	VersionScheme scheme() {
		return scheme;
	}

	TargetArchitectures architectures() {
		return architectures;
	}

	/** Every package called or providing {@code name}, installable or not, for messages. */
	List<PoolPackage> anyWithName(String name) {
		Set<PoolPackage> all = new LinkedHashSet<>(byName.getOrDefault(name, List.of()));
		byProvide.getOrDefault(name, List.of()).forEach(p -> all.add(p.provider));
		return new ArrayList<>(all);
	}

	/**
	 * The packages that satisfy {@code dependency} of a package of architecture {@code dependentArch},
	 * best first.
	 */
	List<PoolPackage> candidates(Dependency dependency, String dependentArch) {
		Set<PoolPackage> found = new LinkedHashSet<>();
		if (scheme == VersionScheme.DEB) {
			for (PoolPackage p : byName.getOrDefault(dependency.name(), List.of())) {
				if (versionMatches(dependency, p.version()) && architectures.satisfies(dependency, dependentArch, p, false)) {
					found.add(p);
				}
			}
		}
		for (Provision provision : byProvide.getOrDefault(dependency.name(), List.of())) {
			if (providesMatch(dependency, provision.provide)
					&& architectures.satisfies(dependency, dependentArch, provision.provider, false)) {
				found.add(provision.provider);
			}
		}
		List<PoolPackage> sorted = new ArrayList<>(found);
		sorted.sort(Comparator.comparingInt((PoolPackage p) -> p.name().equals(dependency.name()) ? 0 : 1)
				.thenComparing(preference()));
		return sorted;
	}

	/** Whether {@code candidate} satisfies (or, for a conflict, is hit by) {@code dependency}. */
	boolean matches(Dependency dependency, String dependentArch, PoolPackage candidate, boolean conflict) {
		if (!architectures.satisfies(dependency, dependentArch, candidate, conflict)) {
			return false;
		}
		if (scheme == VersionScheme.DEB && candidate.name().equals(dependency.name())
				&& versionMatches(dependency, candidate.version())) {
			return true;
		}
		for (Dependency provide : candidate.provides()) {
			if (provide.name().equals(dependency.name()) && providesMatch(dependency, provide)) {
				return true;
			}
		}
		return scheme == VersionScheme.RPM && dependency.name().startsWith("/") && candidate.files().contains(dependency.name());
	}

	/** Whether a package's own version satisfies a relation (a pin, an rpm obsoletes). */
	boolean versionMatches(Dependency dependency, String version) {
		if (!dependency.isVersioned()) {
			return true;
		}
		return dependency.relation().holds(compare(version, dependency.version()));
	}

	private boolean providesMatch(Dependency wanted, Dependency provide) {
		if (scheme == VersionScheme.DEB) {
			// dpkg: an unversioned provide satisfies only unversioned dependencies
			if (!wanted.isVersioned()) {
				return true;
			}
			return provide.isVersioned() && wanted.relation().holds(compare(provide.version(), wanted.version()));
		}
		return rangesOverlap(provide, wanted);
	}

	/** rpm's rpmdsCompare: do the version ranges of a provide and a requirement intersect? */
	private boolean rangesOverlap(Dependency provide, Dependency wanted) {
		if (!provide.isVersioned() || !wanted.isVersioned()) {
			return true;
		}
		Relation a = provide.relation();
		Relation b = wanted.relation();
		int sense = compare(provide.version(), wanted.version());
		if (sense < 0) {
			return a.greater() || b.less();
		}
		if (sense > 0) {
			return a.less() || b.greater();
		}
		return (a.equal() && b.equal()) || (a.less() && b.less()) || (a.greater() && b.greater());
	}

	/** Best first: architecture score, then the highest version, then the pool order of names. */
	Comparator<PoolPackage> preference() {
		return Comparator.comparingInt((PoolPackage p) -> firstSeen.getOrDefault(p.name(), Integer.MAX_VALUE))
				.thenComparingInt(p -> architectures.score(p.arch()))
				.thenComparing((x, y) -> compareParsed(y, x));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private int compareParsed(PoolPackage x, PoolPackage y) {
		Comparable a = parsedVersions.get(x);
		Comparable b = parsedVersions.get(y);
		return a == null || b == null ? compare(x.version(), y.version()) : a.compareTo(b);
	}

	/** Compares a version with the version of a relation (rpm: a side without release matches every release). */
	int compare(String left, String right) {
		return scheme == VersionScheme.DEB ? parseDeb(left).compareTo(parseDeb(right))
				: parseRpm(left).compareForDependency(parseRpm(right));
	}

	private Comparable<?> parse(String version) {
		return scheme == VersionScheme.DEB ? parseDeb(version) : parseRpm(version);
	}

	/** Versions were checked when the pools were read; an unparsable one here sorts as dpkg's "unknown". */
	private static DebianVersion parseDeb(String version) {
		try {
			return DebianVersion.parse(version);
		} catch (CoreException e) {
			return DebianVersion.UNKNOWN;
		}
	}

	private static RpmVersion parseRpm(String version) {
		try {
			return RpmVersion.parse(version);
		} catch (CoreException e) {
			return new RpmVersion(null, "", null);
		}
	}
}
