package org.sisuite.core.pkg.resolve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sisuite.core.pkg.Dependency;
import org.sisuite.core.pkg.DependencyClause;
import org.sisuite.core.pkg.Relation;
import org.sisuite.core.pkg.VersionScheme;
import org.sisuite.core.pkg.pool.PoolPackage;
import org.sisuite.core.pkg.resolve.Resolution.Problem;

/**
 * One pass of the resolver, as apt's and dnf's first pass works: every request is chosen first
 * (the best candidate that conflicts with nothing chosen), then dependencies breadth first — a
 * clause already satisfied by a chosen package costs nothing, otherwise its alternatives are tried
 * in order and the first installable candidate is taken. No earlier choice is undone, with one
 * exception: when a dependency needs another version of a package already chosen, the pass stops
 * with a {@link Pin} and the resolver starts again with that version required.
 */
final class ResolutionRun {

	/**
	 * A version requirement learnt by a pass, applied to every choice of the package in the next.
	 *
	 * @param neededBy the chain that needs it, for messages
	 */
	record Pin(String name, Dependency requirement, String neededBy) {
	}

	/** A chosen package and the chain that brought it in. */
	record Selected(PoolPackage pkg, List<String> chain, boolean requested, int index) {
	}

	/** A conflict-like relationship of a chosen package. */
	private record Choice(Selected owner, DependencyClause clause) {
	}

	private record Against(Selected owner, Dependency dependency, String field) {
	}

	/** What an edge of the install order came from. */
	record Need(Selected dependent, Selected dependency, boolean hard, String field) {
	}

	private final PackageIndex index;
	private final VersionScheme scheme;
	private final Map<String, List<Pin>> pins;
	private final boolean mayRestart;
	private final Map<String, Selected> selected = new LinkedHashMap<>();
	private final Map<String, List<Selected>> byName = new HashMap<>();
	private final Map<String, List<Selected>> byProvided = new HashMap<>();
	private final Map<String, List<Against>> against = new HashMap<>();
	private final Deque<Selected> queue = new ArrayDeque<>();
	/** Depends with alternatives, decided after the dependencies that leave no choice (as apt postpones or-groups). */
	private final Deque<Choice> choices = new ArrayDeque<>();
	private final List<Need> needs = new ArrayList<>();
	private final List<Problem> problems = new ArrayList<>();
	private final Set<String> problemKeys = new HashSet<>();
	private final Set<String> notes = new LinkedHashSet<>();
	private Pin pin;

	ResolutionRun(PackageIndex index, Map<String, List<Pin>> pins, boolean mayRestart) {
		this.index = index;
		this.scheme = index.scheme();
		this.pins = pins;
		this.mayRestart = mayRestart;
	}

	/** Resolves the requests; returns a pin when the pass must start again, else null. */
	Pin run(List<Request> requests) {
		for (Request request : requests) {
			request(request);
			if (pin != null) {
				return pin;
			}
		}
		while (!queue.isEmpty() || !choices.isEmpty()) {
			if (queue.isEmpty()) {
				// every dependency without a choice is in: a choice now sees what they brought
				Choice choice = choices.poll();
				clause(choice.owner(), choice.clause(), false);
			} else {
				Selected owner = queue.poll();
				for (DependencyClause clause : owner.pkg().preDepends()) {
					clause(owner, clause, true);
				}
				for (DependencyClause clause : owner.pkg().depends()) {
					if (clause.alternatives().size() > 1) {
						choices.add(new Choice(owner, clause));
					} else {
						clause(owner, clause, false);
					}
				}
			}
			if (pin != null) {
				return pin;
			}
		}
		return null;
	}

	List<Selected> selected() {
		return List.copyOf(selected.values());
	}

	List<Need> needs() {
		return needs;
	}

	List<Problem> problems() {
		return problems;
	}

	Set<String> notes() {
		return notes;
	}

	private void request(Request request) {
		Dependency dependency = request.toDependency();
		String nativeArch = index.architectures().nativeArch();
		String display = request.format(scheme);
		if (satisfiedBy(dependency, nativeArch) != null) {
			return;
		}
		List<String> reasons = new ArrayList<>();
		List<PoolPackage> candidates = pinned(index.candidates(dependency, nativeArch), reasons);
		if (candidates.isEmpty() && reasons.isEmpty() && scheme == VersionScheme.DEB && request.arch() == null) {
			// like apt: a package that exists only in a foreign architecture is taken from there
			for (String foreign : index.architectures().all().subList(2, index.architectures().all().size())) {
				Dependency qualified = new Request(request.name(), foreign, request.relation(), request.version(), request.origin())
						.toDependency();
				candidates = pinned(index.candidates(qualified, foreign), reasons);
				if (!candidates.isEmpty()) {
					notes.add("selecting " + request.name() + ":" + foreign + " instead of " + request.name());
					dependency = qualified;
					break;
				}
			}
		}
		if (candidates.isEmpty()) {
			if (reasons.isEmpty()) {
				problem(Problem.MISSING, request.name(), List.of(display), missingDetail(List.of(dependency)));
			} else {
				problem(Problem.CONFLICT, request.name(), List.of(display), String.join("; ", reasons));
			}
			return;
		}
		Selected chosen = choose(candidates, dependency, List.of(), true, reasons);
		if (chosen == null) {
			if (!restart(List.of(dependency), candidates, display)) {
				problem(Problem.CONFLICT, request.name(), List.of(display), String.join("; ", reasons));
			}
			return;
		}
		Set<String> providers = new LinkedHashSet<>();
		candidates.forEach(c -> providers.add(c.name()));
		if (!chosen.pkg().name().equals(request.name()) && providers.size() > 1) {
			notes.add(request.name() + " is a virtual package: chose " + chosen.pkg().name() + " of "
					+ String.join(", ", providers));
		}
	}

	private void clause(Selected owner, DependencyClause clause, boolean hard) {
		String ownerArch = owner.pkg().arch();
		String field = scheme == VersionScheme.DEB ? (hard ? "Pre-Depends" : "Depends") : (hard ? "Requires(pre)" : "Requires");
		for (Dependency alternative : clause.alternatives()) {
			Selected existing = satisfiedBy(alternative, ownerArch);
			if (existing != null) {
				needs.add(new Need(owner, existing, hard, field));
				return;
			}
		}
		List<String> reasons = new ArrayList<>();
		List<PoolPackage> tried = new ArrayList<>();
		for (Dependency alternative : clause.alternatives()) {
			List<PoolPackage> candidates = pinned(index.candidates(alternative, ownerArch), reasons);
			tried.addAll(candidates);
			Selected chosen = choose(candidates, alternative, owner.chain(), false, reasons);
			if (chosen != null) {
				needs.add(new Need(owner, chosen, hard, field));
				return;
			}
		}
		List<String> chain = new ArrayList<>(owner.chain());
		chain.add(clause.format(scheme));
		if (restart(clause.alternatives(), tried, String.join(" -> ", chain))) {
			return;
		}
		if (tried.isEmpty() && reasons.isEmpty()) {
			problem(Problem.MISSING, owner.pkg().name(), chain, missingDetail(clause.alternatives()));
		} else {
			problem(Problem.CONFLICT, owner.pkg().name(), chain, String.join("; ", reasons));
		}
	}

	/** The first candidate that neither clashes with another chosen version nor conflicts; null if none. */
	private Selected choose(List<PoolPackage> candidates, Dependency dependency, List<String> chain, boolean requested,
			List<String> reasons) {
		for (PoolPackage candidate : candidates) {
			String clash = clash(candidate);
			if (clash == null) {
				clash = conflict(candidate);
			}
			if (clash != null) {
				reasons.add(clash);
				continue;
			}
			List<String> link = new ArrayList<>(chain);
			link.add(dependency.format(scheme) + (candidate.name().equals(dependency.name()) ? "" : " via " + candidate.name()));
			return select(candidate, link, requested);
		}
		return null;
	}

	/**
	 * When what failed was only another version of a chosen package, asks for a new pass with the
	 * needed version pinned (once per requirement, so passes end).
	 */
	private boolean restart(List<Dependency> alternatives, List<PoolPackage> tried, String neededBy) {
		if (!mayRestart) {
			return false;
		}
		for (PoolPackage candidate : tried) {
			if (clash(candidate) == null) {
				continue;
			}
			Dependency requirement = alternatives.stream().filter(a -> a.name().equals(candidate.name())).findFirst()
					.map(a -> Dependency.on(a.name(), a.relation(), a.version()))
					.orElse(Dependency.on(candidate.name(), Relation.EQ, candidate.version()));
			boolean known = pins.getOrDefault(candidate.name(), List.of()).stream().anyMatch(p -> p.requirement().equals(requirement));
			if (!known) {
				pin = new Pin(candidate.name(), requirement, neededBy);
				return true;
			}
		}
		return false;
	}

	private Selected select(PoolPackage pkg, List<String> chain, boolean requested) {
		Selected chosen = new Selected(pkg, chain, requested, selected.size());
		selected.put(key(pkg), chosen);
		byName.computeIfAbsent(pkg.name(), n -> new ArrayList<>()).add(chosen);
		Set<String> provided = new HashSet<>();
		pkg.provides().forEach(p -> provided.add(p.name()));
		provided.addAll(pkg.files());
		provided.remove(pkg.name());
		provided.forEach(name -> byProvided.computeIfAbsent(name, n -> new ArrayList<>()).add(chosen));
		pkg.conflicts().forEach(d -> against.computeIfAbsent(d.name(), n -> new ArrayList<>()).add(new Against(chosen, d, "conflicts with")));
		pkg.breaks().forEach(d -> against.computeIfAbsent(d.name(), n -> new ArrayList<>()).add(new Against(chosen, d, "breaks")));
		pkg.obsoletes().forEach(d -> against.computeIfAbsent(d.name(), n -> new ArrayList<>()).add(new Against(chosen, d, "obsoletes")));
		pkg.unevaluated().forEach(u -> notes.add(pkg.name() + ": " + u + " is conditional and was not evaluated"));
		queue.add(chosen);
		return chosen;
	}

	/** Another version of the same package already chosen (rpm multilib and Debian Multi-Arch: same may differ in architecture). */
	private String clash(PoolPackage candidate) {
		for (Selected other : byName.getOrDefault(candidate.name(), List.of())) {
			PoolPackage chosen = other.pkg();
			boolean sameVersion = chosen.version().equals(candidate.version());
			boolean coinstallable = scheme == VersionScheme.RPM || ("same".equals(chosen.multiArch()) && "same".equals(candidate.multiArch()));
			if (chosen != candidate && (!sameVersion || !coinstallable)) {
				return candidate.label() + " is wanted but " + chosen.label() + " was chosen (for " + String.join(" -> ", other.chain()) + ")";
			}
		}
		return null;
	}

	/** What a candidate conflicts with among the chosen packages, or what of them conflicts with it; null if nothing. */
	private String conflict(PoolPackage candidate) {
		for (Dependency d : candidate.conflicts()) {
			String hit = hit(candidate, d, "conflicts with");
			if (hit != null) {
				return hit;
			}
		}
		for (Dependency d : candidate.breaks()) {
			String hit = hit(candidate, d, "breaks");
			if (hit != null) {
				return hit;
			}
		}
		for (Dependency d : candidate.obsoletes()) {
			for (Selected other : byName.getOrDefault(d.name(), List.of())) {
				if (!other.pkg().name().equals(candidate.name()) && index.versionMatches(d, other.pkg().version())) {
					return candidate.label() + " obsoletes " + chosenLabel(other);
				}
			}
		}
		Set<String> names = new LinkedHashSet<>();
		names.add(candidate.name());
		candidate.provides().forEach(p -> names.add(p.name()));
		for (String name : names) {
			for (Against a : against.getOrDefault(name, List.of())) {
				if (a.owner().pkg().name().equals(candidate.name())) {
					continue;
				}
				boolean hits = a.field().equals("obsoletes")
						? name.equals(candidate.name()) && index.versionMatches(a.dependency(), candidate.version())
						: index.matches(a.dependency(), a.owner().pkg().arch(), candidate, true);
				if (hits) {
					return chosenLabel(a.owner()) + " " + a.field() + " " + candidate.label() + " ("
							+ a.dependency().format(scheme) + ")";
				}
			}
		}
		return null;
	}

	private String hit(PoolPackage candidate, Dependency dependency, String verb) {
		for (Selected other : chosenMatching(dependency, candidate.arch(), true)) {
			if (!other.pkg().name().equals(candidate.name())) {
				return candidate.label() + " " + verb + " " + chosenLabel(other) + " (" + dependency.format(scheme) + ")";
			}
		}
		return null;
	}

	private static String chosenLabel(Selected selected) {
		return selected.pkg().label() + ", chosen for " + String.join(" -> ", selected.chain());
	}

	private Selected satisfiedBy(Dependency dependency, String dependentArch) {
		List<Selected> matching = chosenMatching(dependency, dependentArch, false);
		return matching.isEmpty() ? null : matching.get(0);
	}

	private List<Selected> chosenMatching(Dependency dependency, String dependentArch, boolean conflict) {
		List<Selected> matching = new ArrayList<>();
		for (Selected s : byName.getOrDefault(dependency.name(), List.of())) {
			if (index.matches(dependency, dependentArch, s.pkg(), conflict)) {
				matching.add(s);
			}
		}
		for (Selected s : byProvided.getOrDefault(dependency.name(), List.of())) {
			if (!matching.contains(s) && index.matches(dependency, dependentArch, s.pkg(), conflict)) {
				matching.add(s);
			}
		}
		return matching;
	}

	/** The candidates every pin on their name admits; why the others are ruled out goes to {@code reasons}. */
	private List<PoolPackage> pinned(List<PoolPackage> candidates, List<String> reasons) {
		if (pins.isEmpty()) {
			return candidates;
		}
		List<PoolPackage> admitted = new ArrayList<>();
		for (PoolPackage candidate : candidates) {
			Pin against = pins.getOrDefault(candidate.name(), List.of()).stream()
					.filter(p -> !index.versionMatches(p.requirement(), candidate.version())).findFirst().orElse(null);
			if (against == null) {
				admitted.add(candidate);
			} else {
				reasons.add(candidate.label() + " is ruled out by " + against.requirement().format(scheme) + ", needed for "
						+ against.neededBy());
			}
		}
		return admitted;
	}

	private String missingDetail(List<Dependency> alternatives) {
		List<String> details = new ArrayList<>();
		for (Dependency alternative : alternatives) {
			List<PoolPackage> known = index.anyWithName(alternative.name());
			if (known.isEmpty()) {
				details.add("no package is or provides " + alternative.name());
			} else {
				List<String> labels = known.stream().limit(5).map(PoolPackage::label).toList();
				details.add("none of " + String.join(", ", labels) + (known.size() > 5 ? " (and " + (known.size() - 5) + " more)" : "")
						+ " satisfies " + alternative.format(scheme) + " for the target architectures");
			}
		}
		return String.join("; ", details);
	}

	private void problem(String kind, String packageName, List<String> chain, String detail) {
		String key = kind + " " + packageName + " " + chain.get(chain.size() - 1);
		if (!problemKeys.add(key)) {
			return;
		}
		List<String> full = new ArrayList<>(chain);
		full.add(kind);
		problems.add(new Problem(kind, packageName, full, String.join(" -> ", full) + ": " + detail));
	}

	private String key(PoolPackage pkg) {
		return pkg.name() + (scheme == VersionScheme.DEB ? ":" : ".") + pkg.arch();
	}
}
