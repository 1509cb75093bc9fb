package org.sisuite.core.pkg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;

/**
 * Debian dependency fields as dpkg reads them: comma-separated clauses of {@code |}-separated
 * alternatives, each {@code name[:archqual] [(op version)] [[arch ...]] [<profile ...>]}.
 * Newlines (continuation lines) count as blanks; empty clauses between commas are dropped, as
 * {@code Dpkg::Deps} does. Strict where dpkg is: names, relations, versions (dpkg's version
 * errors), alternatives only where the field allows them, exact versions only in Provides.
 */
public final class DebianDependencies {

	/** What a field allows. */
	public enum FieldKind {
		/** Depends, Pre-Depends, Recommends, Suggests, Enhances, Build-Depends: everything. */
		DEPENDS(true, true, true),
		/** Conflicts, Breaks, Replaces: no alternatives. */
		CONFLICTS(false, true, true),
		/** Provides: no alternatives, no architecture qualifier, only {@code =} versions. */
		PROVIDES(false, false, false);

		final boolean alternatives;
		final boolean archQualifiers;
		final boolean anyRelation;

		FieldKind(boolean alternatives, boolean archQualifiers, boolean anyRelation) {
			this.alternatives = alternatives;
			this.archQualifiers = archQualifiers;
			this.anyRelation = anyRelation;
		}

		/** The kind of a field by its name (any case); unknown fields parse as {@link #DEPENDS}. */
		public static FieldKind of(String field) {
			return switch (field.toLowerCase(Locale.ROOT)) {
			case "conflicts", "breaks", "replaces", "build-conflicts", "build-conflicts-indep", "build-conflicts-arch" -> CONFLICTS;
			case "provides" -> PROVIDES;
			default -> DEPENDS;
			};
		}
	}

	private static final String ALSO_ALLOWED_IN_NAMES = "-+._";

	private final String field;
	private final FieldKind kind;
	private final String text;
	private int pos;

	private DebianDependencies(String field, String text) {
		this.field = field;
		this.kind = FieldKind.of(field);
		this.text = text;
	}

	/**
	 * Parses the value of the field called {@code field}.
	 *
	 * @throws CoreException (bad input) naming the field, the problem and the column
	 */
	public static List<DependencyClause> parse(String field, String value) throws CoreException {
		return new DebianDependencies(field, value == null ? "" : value).clauses();
	}

	private List<DependencyClause> clauses() throws CoreException {
		List<DependencyClause> clauses = new ArrayList<>();
		while (true) {
			skipBlanks();
			if (atEnd()) {
				return clauses;
			}
			if (peek() == ',') {
				pos++;
				continue;
			}
			List<Dependency> alternatives = new ArrayList<>();
			while (true) {
				alternatives.add(dependency());
				skipBlanks();
				if (!atEnd() && peek() == '|') {
					if (!kind.alternatives) {
						throw error("alternatives ('|') are not allowed");
					}
					pos++;
					continue;
				}
				break;
			}
			if (!atEnd() && peek() != ',') {
				throw error("garbage after '" + alternatives.get(alternatives.size() - 1) + "': '" + rest() + "'");
			}
			clauses.add(new DependencyClause(alternatives));
		}
	}

	private Dependency dependency() throws CoreException {
		skipBlanks();
		int start = pos;
		while (!atEnd() && !isBlank(peek()) && ":(,|[<".indexOf(peek()) < 0) {
			pos++;
		}
		String name = text.substring(start, pos);
		if (name.isEmpty()) {
			throw error("missing package name, or garbage where a package name was expected");
		}
		checkName(name, start);
		String archQualifier = null;
		if (!atEnd() && peek() == ':') {
			if (!kind.archQualifiers) {
				throw error("an architecture qualifier is not allowed on '" + name + "'");
			}
			pos++;
			int archStart = pos;
			while (!atEnd() && (isLowerAlnum(peek()) || peek() == '-')) {
				pos++;
			}
			archQualifier = text.substring(archStart, pos);
			if (archQualifier.isEmpty()) {
				throw error("empty architecture qualifier after '" + name + ":'");
			}
		}
		skipBlanks();
		Relation relation = null;
		String version = null;
		if (!atEnd() && peek() == '(') {
			pos++;
			skipBlanks();
			relation = relation(name);
			skipBlanks();
			int versionStart = pos;
			while (!atEnd() && !isBlank(peek()) && peek() != ')' && peek() != ',' && peek() != '|') {
				pos++;
			}
			version = text.substring(versionStart, pos);
			skipBlanks();
			if (atEnd() || peek() != ')') {
				throw error("the version of '" + name + "' does not end with ')'");
			}
			pos++;
			if (version.isEmpty()) {
				throw error("'" + name + "' has a relation but no version");
			}
			try {
				DebianVersion.parse(version);
			} catch (CoreException e) {
				throw error("'" + name + "': " + e.getStatus().getMessage());
			}
			if (!kind.anyRelation && relation != Relation.EQ) {
				throw error("only exact versions (=) may be provided, not '" + name + " (" + relation.debian() + " " + version + ")'");
			}
		}
		skipBlanks();
		List<String> architectures = List.of();
		if (!atEnd() && peek() == '[') {
			architectures = architectures(name);
		}
		skipBlanks();
		List<String> profiles = new ArrayList<>();
		while (!atEnd() && peek() == '<') {
			int close = text.indexOf('>', pos);
			if (close < 0) {
				throw error("build profiles of '" + name + "' do not end with '>'");
			}
			String formula = normalizeBlanks(text.substring(pos + 1, close));
			if (formula.isEmpty()) {
				throw error("empty build-profile list on '" + name + "'");
			}
			profiles.add(formula);
			pos = close + 1;
			skipBlanks();
		}
		return new Dependency(name, archQualifier, relation, version, architectures, profiles);
	}

	private Relation relation(String name) throws CoreException {
		if (atEnd()) {
			throw error("'(' after '" + name + "' without a relation");
		}
		char c = peek();
		char next = pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
		if (c == '<' || c == '>') {
			if (next == c) {
				pos += 2;
				return c == '<' ? Relation.LT : Relation.GT;
			}
			if (next == '=') {
				pos += 2;
				return c == '<' ? Relation.LE : Relation.GE;
			}
			if (next == '<' || next == '>') {
				throw error("bad version relationship '" + c + next + "' for '" + name + "'");
			}
			// dpkg's obsolete forms: '<' means '<=', '>' means '>='
			pos++;
			return c == '<' ? Relation.LE : Relation.GE;
		}
		if (c == '=') {
			pos++;
			return Relation.EQ;
		}
		throw error("'(' after '" + name + "' must start a relation (<< <= = >= >>), found '" + c + "'");
	}

	private List<String> architectures(String name) throws CoreException {
		int close = text.indexOf(']', pos);
		if (close < 0) {
			throw error("architecture list of '" + name + "' does not end with ']'");
		}
		String list = normalizeBlanks(text.substring(pos + 1, close));
		if (list.isEmpty()) {
			throw error("empty architecture list on '" + name + "'");
		}
		List<String> architectures = List.of(list.split(" "));
		long negated = architectures.stream().filter(a -> a.startsWith("!")).count();
		if (negated != 0 && negated != architectures.size()) {
			throw error("architecture list of '" + name + "' mixes negated and plain architectures");
		}
		for (String architecture : architectures) {
			String bare = architecture.startsWith("!") ? architecture.substring(1) : architecture;
			if (bare.isEmpty() || !bare.chars().allMatch(ch -> isLowerAlnum((char) ch) || ch == '-')) {
				throw error("invalid architecture '" + architecture + "' in the list of '" + name + "'");
			}
		}
		pos = close + 1;
		return architectures;
	}

	private void checkName(String name, int start) throws CoreException {
		if (!isAlnum(name.charAt(0))) {
			pos = start;
			throw error("invalid package name '" + name + "': must start with an alphanumeric character");
		}
		for (int i = 1; i < name.length(); i++) {
			char c = name.charAt(i);
			if (!isAlnum(c) && ALSO_ALLOWED_IN_NAMES.indexOf(c) < 0) {
				pos = start + i;
				throw error("invalid package name '" + name + "': character '" + c + "' not allowed");
			}
		}
	}

	/** Like {@code Dpkg::Deps} with {@code host_arch}: drops what does not apply to {@code host} and the restrictions. */
	public static List<DependencyClause> reduceArchitecture(List<DependencyClause> clauses, String host) {
		List<DependencyClause> reduced = new ArrayList<>();
		for (DependencyClause clause : clauses) {
			List<Dependency> kept = clause.alternatives().stream().filter(d -> appliesTo(d, host))
					.map(Dependency::withoutRestrictions).toList();
			if (!kept.isEmpty()) {
				reduced.add(new DependencyClause(kept));
			}
		}
		return reduced;
	}

	/** Whether a dependency's {@code [arch]} restriction admits {@code host}. */
	public static boolean appliesTo(Dependency dependency, String host) {
		if (dependency.architectures().isEmpty()) {
			return true;
		}
		boolean negated = dependency.architectures().get(0).startsWith("!");
		boolean listed = dependency.architectures().stream()
				.anyMatch(a -> DebianArchitectures.matches(host, negated ? a.substring(1) : a));
		return negated != listed;
	}

	/** {@code Dpkg::Deps}' order: by the simple dependencies in turn (name, relation, version); stable. */
	public static List<DependencyClause> sort(List<DependencyClause> clauses) {
		List<DependencyClause> sorted = new ArrayList<>(clauses);
		sorted.sort(DebianDependencies::compareClauses);
		return sorted;
	}

	private static int compareClauses(DependencyClause a, DependencyClause b) {
		for (int i = 0;; i++) {
			boolean aDone = i >= a.alternatives().size();
			boolean bDone = i >= b.alternatives().size();
			if (aDone || bDone) {
				return aDone && bDone ? 0 : aDone ? -1 : 1;
			}
			Dependency x = a.alternatives().get(i);
			Dependency y = b.alternatives().get(i);
			int result = Comparator.comparing(Dependency::name)
					.thenComparingInt(DebianDependencies::relationOrder)
					.thenComparing(d -> d.version() == null ? "" : d.version()).compare(x, y);
			if (result != 0) {
				return result;
			}
		}
	}

	private static int relationOrder(Dependency dependency) {
		if (dependency.relation() == null) {
			return 0;
		}
		return switch (dependency.relation()) {
		case GE -> 1;
		case GT -> 2;
		case EQ -> 3;
		case LT -> 4;
		case LE -> 5;
		};
	}

	/** The clauses as dpkg writes them: {@code a (>= 1), b | c}. */
	public static String format(List<DependencyClause> clauses) {
		return clauses.stream().map(c -> c.format(VersionScheme.DEB)).collect(Collectors.joining(", "));
	}

	private CoreException error(String why) {
		return new CoreException(Statuses.badInput(field + ": " + why + " (at column " + (pos + 1) + ")"));
	}

	private String rest() {
		String rest = text.substring(pos).strip();
		return rest.length() > 40 ? rest.substring(0, 40) + "..." : rest;
	}

	private boolean atEnd() {
		return pos >= text.length();
	}

	private char peek() {
		return text.charAt(pos);
	}

	private void skipBlanks() {
		while (!atEnd() && isBlank(peek())) {
			pos++;
		}
	}

	private static String normalizeBlanks(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

	private static boolean isBlank(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r';
	}

	private static boolean isAlnum(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	private static boolean isLowerAlnum(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
	}
}
