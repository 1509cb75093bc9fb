package org.sisuite.core.pkg.pool;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.pkg.DebianDependencies;
import org.sisuite.core.pkg.DebianVersion;
import org.sisuite.core.pkg.Dependency;
import org.sisuite.core.pkg.DependencyClause;
import org.sisuite.core.pkg.VersionScheme;
import org.sisuite.core.pkg.pool.ControlFile.Stanza;

/** Turns Debian control stanzas ({@code Packages} indices, a {@code .deb}'s control file) into pool packages. */
final class DebianIndex {

	private static final Set<String> MULTI_ARCH = Set.of("no", "same", "foreign", "allowed");

	private DebianIndex() {
	}

	/** Every package of a (decompressed) {@code Packages} index. */
	static List<PoolPackage> read(String source, InputStream index, String pool) throws CoreException, IOException {
		List<PoolPackage> packages = new ArrayList<>();
		ControlFile.read(source, new InputStreamReader(index, StandardCharsets.UTF_8),
				stanza -> packages.add(toPackage(stanza, stanza.get("Filename"), pool)));
		return packages;
	}

	/**
	 * The package a stanza describes.
	 *
	 * @throws CoreException (bad input) naming the file, line and package of a malformed field
	 */
	static PoolPackage toPackage(Stanza stanza, String location, String pool) throws CoreException {
		String name = stanza.require("Package").strip();
		String version = stanza.require("Version").strip();
		try {
			DebianVersion.parse(version);
		} catch (CoreException e) {
			throw stanza.problem("Version", e.getStatus().getMessage());
		}
		String arch = stanza.require("Architecture").strip();
		if (arch.contains(" ")) {
			throw stanza.problem("Architecture", "a binary package has one architecture, not '" + arch + "'");
		}
		String multiArch = stanza.get("Multi-Arch");
		if (multiArch != null) {
			multiArch = multiArch.strip().toLowerCase(Locale.ROOT);
			if (!MULTI_ARCH.contains(multiArch)) {
				throw stanza.problem("Multi-Arch", "Multi-Arch must be no, same, foreign or allowed, not '" + multiArch + "'");
			}
			if (multiArch.equals("no")) {
				multiArch = null;
			}
		}
		String essential = stanza.get("Essential");
		return new PoolPackage(name, version, arch, VersionScheme.DEB, multiArch,
				essential != null && essential.strip().equalsIgnoreCase("yes"), clauses(stanza, "Pre-Depends"),
				clauses(stanza, "Depends"), singles(stanza, "Conflicts"), singles(stanza, "Breaks"), List.of(),
				singles(stanza, "Provides"), List.of(), List.of(), location == null ? null : location.strip(), pool);
	}

	private static List<DependencyClause> clauses(Stanza stanza, String field) throws CoreException {
		String value = stanza.get(field);
		if (value == null) {
			return List.of();
		}
		try {
			return DebianDependencies.parse(field, value);
		} catch (CoreException e) {
			throw stanza.problem(field, e.getStatus().getMessage());
		}
	}

	private static List<Dependency> singles(Stanza stanza, String field) throws CoreException {
		return clauses(stanza, field).stream().map(DependencyClause::first).toList();
	}
}
