package org.sisuite.core.pkg.pool;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.sisuite.core.pkg.VersionScheme;

/**
 * What one pool holds.
 *
 * @param location the pool as the user gave it (directory, URL, file)
 * @param kind     {@code debRepository}, {@code rpmRepository} or {@code directory} (the model's
 *                 {@code PackagePoolKind} literals)
 * @param scheme   whose packages they are
 * @param packages the packages, in the order the indices list them
 * @param notes    what the reader could not check or skipped (no Release file, an index missing)
 */
public record Pool(String location, String kind, VersionScheme scheme, List<PoolPackage> packages, List<String> notes) {

	public static final String DEB_REPOSITORY = "debRepository";
	public static final String RPM_REPOSITORY = "rpmRepository";
	public static final String DIRECTORY = "directory";

	public Pool {
		packages = List.copyOf(packages);
		notes = List.copyOf(notes);
	}

	/** Counts and architectures, for {@code sis pkg show-pool}. */
	public Summary summary() {
		Map<String, Integer> architectures = new TreeMap<>();
		packages.forEach(p -> architectures.merge(p.arch(), 1, Integer::sum));
		Set<String> names = new HashSet<>();
		packages.forEach(p -> names.add(p.name()));
		Set<String> virtuals = new HashSet<>();
		packages.forEach(p -> p.provides().forEach(d -> virtuals.add(d.name())));
		virtuals.removeAll(names);
		return new Summary(location, kind, scheme.name().toLowerCase(Locale.ROOT), packages.size(), names.size(),
				virtuals.size(), architectures, notes);
	}

	/**
	 * What {@code sis pkg show-pool} prints.
	 *
	 * @param location      the pool
	 * @param kind          its kind (model literal)
	 * @param scheme        {@code deb} or {@code rpm}
	 * @param packages      how many packages (name, version, architecture) it holds
	 * @param names         how many distinct package names
	 * @param virtualNames  how many provided names no real package has
	 * @param architectures packages per architecture
	 * @param notes         the reader's notes
	 */
	public record Summary(String location, String kind, String scheme, int packages, int names, int virtualNames,
			Map<String, Integer> architectures, List<String> notes) {
	}
}
