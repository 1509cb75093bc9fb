package org.sisuite.core.pkg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;
import org.sisuite.core.pkg.VersionScheme;
import org.sisuite.core.pkg.pool.Pool;
import org.sisuite.core.pkg.resolve.InstallOrder.Edge;
import org.sisuite.core.pkg.resolve.Resolution.InstallStep;
import org.sisuite.core.pkg.resolve.Resolution.Problem;
import org.sisuite.core.pkg.resolve.Resolution.ResolvedPackage;
import org.sisuite.core.pkg.resolve.ResolutionRun.Need;
import org.sisuite.core.pkg.resolve.ResolutionRun.Pin;
import org.sisuite.core.pkg.resolve.ResolutionRun.Selected;

/**
 * Resolves package requests against pools: the best version in a compatible architecture of each
 * request and, transitively, of whatever satisfies its dependencies (versioned, virtual,
 * alternatives, prerequisites), avoiding conflicts; then the install order. What cannot be
 * resolved is reported per package with the chain that needed it, never thrown.
 */
public final class Resolver {

	/** Enough passes for every version pin a realistic list needs; a list needing more reports its problems. */
	private static final int MAX_PASSES = 50;

	private final VersionScheme scheme;
	private final TargetArchitectures architectures;
	private final List<Pool> pools;
	private final PackageIndex index;

	/**
	 * @throws CoreException (bad input) when a pool holds packages of another scheme
	 */
	public Resolver(VersionScheme scheme, TargetArchitectures architectures, List<Pool> pools) throws CoreException {
		for (Pool pool : pools) {
			if (pool.scheme() != scheme) {
				throw new CoreException(Statuses.badInput("The pool " + pool.location() + " holds "
						+ pool.scheme().name().toLowerCase(Locale.ROOT) + " packages, not " + scheme.name().toLowerCase(Locale.ROOT)));
			}
		}
		this.scheme = scheme;
		this.architectures = architectures;
		this.pools = List.copyOf(pools);
		this.index = new PackageIndex(scheme, architectures, pools);
	}

	/** Resolves the requests. */
	public Resolution resolve(List<Request> requests) {
		Map<String, List<Pin>> pins = new HashMap<>();
		for (int pass = 1;; pass++) {
			ResolutionRun run = new ResolutionRun(index, pins, pass < MAX_PASSES);
			Pin pin = run.run(requests);
			if (pin == null) {
				return result(run);
			}
			pins.computeIfAbsent(pin.name(), n -> new ArrayList<>()).add(pin);
		}
	}

	private Resolution result(ResolutionRun run) {
		List<Selected> selected = run.selected();
		List<String> names = selected.stream().map(s -> s.pkg().name() + ":" + s.pkg().arch()).toList();
		List<Edge> edges = new ArrayList<>();
		for (Need need : run.needs()) {
			edges.add(new Edge(need.dependency().index(), need.dependent().index(), need.hard(),
					need.dependent().pkg().name() + " " + need.field() + " " + need.dependency().pkg().name()));
		}
		InstallOrder.Ordered ordered = InstallOrder.order(names, edges);
		List<InstallStep> steps = new ArrayList<>();
		for (int node : ordered.order()) {
			Selected s = selected.get(node);
			steps.add(new InstallStep(steps.size() + 1, s.pkg().name(), s.pkg().version(), s.pkg().arch()));
		}
		List<String> notes = new ArrayList<>(run.notes());
		for (Edge edge : ordered.broken()) {
			notes.add("cycle: " + selected.get(edge.after()).pkg().name() + " is installed before "
					+ selected.get(edge.before()).pkg().name() + " although " + edge.why() + " (a plain dependency, broken as dpkg and rpm do)");
		}
		List<Problem> problems = new ArrayList<>(run.problems());
		for (List<Integer> cycle : ordered.hardCycles()) {
			List<String> members = cycle.stream().map(i -> selected.get(i).pkg().name()).toList();
			List<String> chain = new ArrayList<>(members);
			chain.add(Problem.CYCLE);
			problems.add(new Problem(Problem.CYCLE, members.get(0), chain, "prerequisites form a cycle among "
					+ String.join(", ", members) + ": no install order can honour them"));
		}
		List<ResolvedPackage> packages = selected.stream()
				.sorted(Comparator.comparing((Selected s) -> s.pkg().name()).thenComparing(s -> s.pkg().arch()))
				.map(s -> new ResolvedPackage(s.pkg().name(), s.pkg().version(), s.pkg().arch(), s.pkg().pool(),
						s.pkg().location(), s.requested(), s.chain()))
				.toList();
		return new Resolution(problems.isEmpty(), scheme.name().toLowerCase(Locale.ROOT), architectures.all(),
				pools.stream().map(Pool::location).toList(), packages, steps, problems, notes);
	}
}
