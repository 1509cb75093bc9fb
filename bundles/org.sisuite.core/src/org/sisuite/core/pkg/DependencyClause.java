package org.sisuite.core.pkg;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One comma-separated element of a dependency field: alternatives of which the first satisfiable
 * one is taken ({@code a | b}, rpm's {@code (a or b)}); usually just one.
 */
public record DependencyClause(List<Dependency> alternatives) {

	public DependencyClause {
		if (alternatives.isEmpty()) {
			throw new IllegalArgumentException("a dependency clause needs at least one alternative");
		}
		alternatives = List.copyOf(alternatives);
	}

	public static DependencyClause of(Dependency... alternatives) {
		return new DependencyClause(List.of(alternatives));
	}

	/** The first alternative (the only one, in most clauses). */
	public Dependency first() {
		return alternatives.get(0);
	}

	/** {@code a | b (>= 1)} for dpkg, {@code (a or b >= 1)} for rpm (a single one without parentheses). */
	public String format(VersionScheme scheme) {
		if (scheme == VersionScheme.DEB) {
			return alternatives.stream().map(d -> d.format(scheme)).collect(Collectors.joining(" | "));
		}
		if (alternatives.size() == 1) {
			return first().format(scheme);
		}
		return alternatives.stream().map(d -> d.format(scheme)).collect(Collectors.joining(" or ", "(", ")"));
	}

	@Override
	public String toString() {
		return format(VersionScheme.DEB);
	}
}
