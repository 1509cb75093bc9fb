package org.sisuite.core.pkg.resolve;

import java.util.List;

/**
 * What resolving a package list found: the field names are those of {@code sis pkg resolve --json}.
 *
 * @param resolved      whether every request and dependency was satisfied without conflicts
 * @param scheme        {@code deb} or {@code rpm}
 * @param architectures the target architectures, native first
 * @param pools         the pools, in the order they were searched
 * @param packages      the packages to install, by name
 * @param installOrder  the order to install them in
 * @param problems      what is missing or conflicting, each with the chain that needed it
 * @param notes         choices worth knowing: virtual packages, broken cycles, unevaluated conditions
 */
public record Resolution(boolean resolved, String scheme, List<String> architectures, List<String> pools,
		List<ResolvedPackage> packages, List<InstallStep> installOrder, List<Problem> problems, List<String> notes) {

	public Resolution {
		architectures = List.copyOf(architectures);
		pools = List.copyOf(pools);
		packages = List.copyOf(packages);
		installOrder = List.copyOf(installOrder);
		problems = List.copyOf(problems);
		notes = List.copyOf(notes);
	}

	/**
	 * A package the image gets.
	 *
	 * @param name      its name
	 * @param version   its version
	 * @param arch      its architecture
	 * @param pool      the pool it comes from
	 * @param location  its file in that pool
	 * @param requested whether the list asked for it (rather than a dependency)
	 * @param neededBy  the chain that brought it in, from the request ({@code [bash, libc6 (>= 2.36)]})
	 */
	public record ResolvedPackage(String name, String version, String arch, String pool, String location, boolean requested,
			List<String> neededBy) {

		public ResolvedPackage {
			neededBy = List.copyOf(neededBy);
		}
	}

	/**
	 * One step of the install order.
	 *
	 * @param position 1 for the first package to install
	 * @param name     the package
	 * @param version  its version
	 * @param arch     its architecture
	 */
	public record InstallStep(int position, String name, String version, String arch) {
	}

	/**
	 * Something that keeps the list from resolving.
	 *
	 * @param kind        {@code missing} (nothing satisfies a dependency), {@code conflict} (what would satisfy it
	 *                    conflicts with, or is another version of, a package already chosen) or {@code cycle}
	 *                    (prerequisites that depend on each other)
	 * @param packageName the package whose dependency fails (the requested name for a request)
	 * @param chain       the chain from the request to the failure, e.g. {@code [bash, libc6 (>= 2.36), missing]}
	 * @param message     the chain joined with {@code ->} and the details
	 */
	public record Problem(String kind, String packageName, List<String> chain, String message) {

		public static final String MISSING = "missing";
		public static final String CONFLICT = "conflict";
		public static final String CYCLE = "cycle";

		public Problem {
			chain = List.copyOf(chain);
		}
	}
}
