package org.sisuite.core.pkg;

import java.util.List;
import java.util.Objects;

/**
 * One package relationship: a name, optionally an architecture qualifier, a version relation and
 * (Debian source fields) architecture and build-profile restrictions. The same record serves dpkg
 * and rpm; which comparison applies is the {@link VersionScheme} of the package it belongs to.
 *
 * @param name          the package or virtual name (for rpm also a file path or {@code lib.so()(64bit)})
 * @param archQualifier Debian {@code :any}, {@code :native} or {@code :ARCH}; null when absent
 * @param relation      the version relation, null when unversioned
 * @param version       the version bound, null when unversioned
 * @param architectures Debian {@code [amd64 !i386]} restrictions, empty when absent
 * @param profiles      Debian build-profile formulas {@code <!nocheck stage1>} without the brackets
 */
public record Dependency(String name, String archQualifier, Relation relation, String version, List<String> architectures,
		List<String> profiles) {

	public Dependency {
		Objects.requireNonNull(name, "name");
		if ((relation == null) != (version == null)) {
			throw new IllegalArgumentException("relation and version go together: " + relation + " " + version);
		}
		architectures = List.copyOf(architectures);
		profiles = List.copyOf(profiles);
	}

	/** An unversioned, unqualified dependency on {@code name}. */
	public static Dependency on(String name) {
		return new Dependency(name, null, null, null, List.of(), List.of());
	}

	/** A dependency on {@code name} with a version relation (both may be null). */
	public static Dependency on(String name, Relation relation, String version) {
		return new Dependency(name, null, relation, version, List.of(), List.of());
	}

	public boolean isVersioned() {
		return relation != null;
	}

	/** The same dependency without architecture restrictions (after they were evaluated). */
	public Dependency withoutRestrictions() {
		return new Dependency(name, archQualifier, relation, version, List.of(), profiles);
	}

	/** As the scheme writes it: {@code libc6:any (>= 2.36) [amd64]} or {@code glibc >= 2.34}. */
	public String format(VersionScheme scheme) {
		StringBuilder text = new StringBuilder(name);
		if (archQualifier != null) {
			text.append(':').append(archQualifier);
		}
		if (relation != null) {
			if (scheme == VersionScheme.DEB) {
				text.append(" (").append(relation.debian()).append(' ').append(version).append(')');
			} else {
				text.append(' ').append(relation.rpm()).append(' ').append(version);
			}
		}
		if (!architectures.isEmpty()) {
			text.append(" [").append(String.join(" ", architectures)).append(']');
		}
		for (String profile : profiles) {
			text.append(" <").append(profile).append('>');
		}
		return text.toString();
	}

	@Override
	public String toString() {
		return format(VersionScheme.DEB);
	}
}
