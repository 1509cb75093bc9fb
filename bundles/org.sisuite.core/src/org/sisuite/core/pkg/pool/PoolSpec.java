package org.sisuite.core.pkg.pool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;
import org.sisuite.model.PackagePool;

/**
 * Where a pool is and what of it to read.
 *
 * @param location      a directory, a package file, a {@code file:} or {@code http(s):} URL
 * @param kind          {@code debRepository}, {@code rpmRepository} or {@code directory}; null to detect it
 * @param suite         a Debian archive's suite ({@code bookworm}), or a flat repository's directory
 *                      ending with {@code /}; null for none
 * @param components    the Debian components to read; empty for all
 * @param architectures the architectures to read; empty for those the resolution asks for
 */
public record PoolSpec(String location, String kind, String suite, List<String> components, List<String> architectures) {

	public PoolSpec {
		if (location == null || location.isBlank()) {
			throw new IllegalArgumentException("a pool needs a location");
		}
		components = List.copyOf(components);
		architectures = List.copyOf(architectures);
	}

	/** Just a location: the kind is detected, a Debian archive's suite is found if there is only one. */
	public static PoolSpec at(String location) {
		return new PoolSpec(location, null, null, List.of(), List.of());
	}

	/**
	 * A pool written as a sources.list line is, without the {@code deb}: {@code LOCATION [SUITE [COMPONENT...]]}.
	 *
	 * @throws CoreException (bad input) for an empty text
	 */
	public static PoolSpec parse(String text) throws CoreException {
		List<String> words = new ArrayList<>(Arrays.asList(text.strip().split("\\s+")));
		if (words.isEmpty() || words.get(0).isEmpty()) {
			throw new CoreException(Statuses.badInput("Empty pool: expected LOCATION [SUITE [COMPONENT...]]"));
		}
		if (words.get(0).equals("deb") && words.size() > 1) {
			words.remove(0);
		}
		String suite = words.size() > 1 ? words.get(1) : null;
		return new PoolSpec(words.get(0), suite == null ? null : Pool.DEB_REPOSITORY, suite,
				words.size() > 2 ? words.subList(2, words.size()) : List.of(), List.of());
	}

	/** The pool the model describes. */
	public static PoolSpec of(PackagePool pool) {
		String suite = pool.getSuite() == null || pool.getSuite().isBlank() ? null : pool.getSuite();
		return new PoolSpec(pool.getUrl(), pool.getKind() == null ? null : pool.getKind().getLiteral(), suite,
				pool.getComponents(), pool.getArchitectures());
	}
}
