package org.sisuite.core.pkg;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;

/**
 * rpm dependencies: a name with an optional relation and EVR ({@code glibc >= 2.34}), or a rich
 * dependency ({@code (a or b)}, {@code (a and b)}, {@code (a if b else c)}, {@code with},
 * {@code without}, {@code unless}). Boolean {@code and}/{@code or} (and {@code with}, taken as
 * {@code and}) become clauses the resolver evaluates; conditional forms ({@code if},
 * {@code unless}, {@code without}, {@code else}) are recognized and reported as not evaluated.
 */
public final class RpmDependencies {

	/** rpm's sense bits that make a requirement a prerequisite in createrepo's {@code pre="1"}. */
	public static final int PRE_MASK = (1 << 5) | (1 << 6) | (1 << 7) | (1 << 9) | (1 << 10);
	/** rpm's RPMSENSE_RPMLIB: a requirement on a feature of rpm itself. */
	public static final int RPMLIB = 1 << 24;

	private static final Set<String> BOOLEAN_OPERATORS = Set.of("and", "or", "with");
	private static final Set<String> CONDITIONAL_OPERATORS = Set.of("if", "unless", "without", "else");

	/**
	 * What a requirement means to the resolver.
	 *
	 * @param clauses     the clauses that must all hold (empty when {@code conditional})
	 * @param conditional whether the requirement is a conditional rich dependency, kept unevaluated
	 */
	public record Parsed(List<DependencyClause> clauses, boolean conditional) {
	}

	private final String text;
	private int pos;

	private RpmDependencies(String text) {
		this.text = text;
	}

	/** Whether {@code name} is a rich dependency (starts with a parenthesis). */
	public static boolean isRich(String name) {
		return name.startsWith("(");
	}

	/**
	 * Parses a requirement as rpm writes it: {@code name [op evr]} or a rich dependency.
	 *
	 * @throws CoreException (bad input) with the column of the problem
	 */
	public static Parsed parse(String text) throws CoreException {
		RpmDependencies parser = new RpmDependencies(text.strip());
		Node node = parser.term();
		parser.skipBlanks();
		if (!parser.atEnd()) {
			throw parser.error("unexpected '" + parser.text.substring(parser.pos) + "'");
		}
		if (node.conditional) {
			return new Parsed(List.of(), true);
		}
		return new Parsed(node.clauses, false);
	}

	/** A repodata entry or header triple: name, sense and EVR (null when unversioned). */
	public static Parsed entry(String name, Relation relation, String evr) throws CoreException {
		if (isRich(name)) {
			return parse(name);
		}
		if (name.isBlank()) {
			throw new CoreException(Statuses.badInput("empty dependency name"));
		}
		return new Parsed(List.of(DependencyClause.of(Dependency.on(name, evr == null ? null : relation,
				relation == null ? null : evr))), false);
	}

	/** An EVR as rpm prints it: {@code epoch:version-release}, a zero or missing epoch left out. */
	public static String evr(String epoch, String version, String release) {
		if (version == null || version.isEmpty()) {
			return null;
		}
		StringBuilder evr = new StringBuilder();
		if (epoch != null && !epoch.isEmpty() && !epoch.equals("0")) {
			evr.append(epoch).append(':');
		}
		evr.append(version);
		if (release != null && !release.isEmpty()) {
			evr.append('-').append(release);
		}
		return evr.toString();
	}

	/** A parsed term: clauses in conjunctive form, or conditional. */
	private record Node(List<DependencyClause> clauses, boolean conditional) {
	}

	private Node term() throws CoreException {
		skipBlanks();
		if (atEnd()) {
			throw error("missing dependency");
		}
		if (peek() == '(') {
			return group();
		}
		return new Node(List.of(DependencyClause.of(simple())), false);
	}

	private Node group() throws CoreException {
		int open = pos;
		pos++;
		List<Node> terms = new ArrayList<>();
		terms.add(term());
		String operator = null;
		boolean conditional = false;
		while (true) {
			skipBlanks();
			if (atEnd()) {
				pos = open;
				throw error("rich dependency does not end with ')'");
			}
			if (peek() == ')') {
				pos++;
				break;
			}
			String word = word();
			if (!BOOLEAN_OPERATORS.contains(word) && !CONDITIONAL_OPERATORS.contains(word)) {
				throw error("expected and, or, if, else, with, without or unless, found '" + word + "'");
			}
			if (word.equals("else")) {
				if (!"if".equals(operator) && !"unless".equals(operator)) {
					throw error("'else' without 'if' or 'unless'");
				}
			} else if (operator != null && !operator.equals(word)) {
				throw error("mixed operators '" + operator + "' and '" + word + "' need parentheses");
			} else {
				operator = word;
			}
			conditional |= CONDITIONAL_OPERATORS.contains(word);
			terms.add(term());
		}
		if (operator == null) {
			return terms.get(0);
		}
		conditional |= terms.stream().anyMatch(Node::conditional);
		if (conditional) {
			return new Node(List.of(), true);
		}
		if (operator.equals("or")) {
			List<Dependency> alternatives = new ArrayList<>();
			for (Node term : terms) {
				if (term.clauses.size() != 1) {
					// (a or (b and c)) has no single clause: keep it, unevaluated
					return new Node(List.of(), true);
				}
				alternatives.addAll(term.clauses.get(0).alternatives());
			}
			return new Node(List.of(new DependencyClause(alternatives)), false);
		}
		List<DependencyClause> all = new ArrayList<>();
		terms.forEach(term -> all.addAll(term.clauses));
		return new Node(all, false);
	}

	private Dependency simple() throws CoreException {
		String name = word();
		if (name.isEmpty()) {
			throw error("missing dependency name");
		}
		int afterName = pos;
		skipBlanks();
		int opStart = pos;
		while (!atEnd() && "<=>".indexOf(peek()) >= 0) {
			pos++;
		}
		String op = text.substring(opStart, pos);
		if (op.isEmpty()) {
			pos = afterName;
			return Dependency.on(name);
		}
		Relation relation = switch (op) {
		case "<" -> Relation.LT;
		case "<=", "=<" -> Relation.LE;
		case "=", "==" -> Relation.EQ;
		case ">=", "=>" -> Relation.GE;
		case ">" -> Relation.GT;
		default -> throw error("unknown relation '" + op + "' after '" + name + "'");
		};
		skipBlanks();
		String evr = word();
		if (evr.isEmpty()) {
			throw error("'" + name + " " + op + "' without a version");
		}
		RpmVersion.parse(evr);
		return Dependency.on(name, relation, evr);
	}

	private String word() {
		skipBlanks();
		int start = pos;
		int depth = 0;
		while (!atEnd()) {
			char c = peek();
			if (Character.isWhitespace(c) || (c == ')' && depth == 0) || (c == '(' && pos == start)
					|| ("<=>".indexOf(c) >= 0 && depth == 0)) {
				break;
			}
			// names like libc.so.6()(64bit) carry parentheses of their own
			depth += c == '(' ? 1 : c == ')' ? -1 : 0;
			pos++;
		}
		return text.substring(start, pos);
	}

	private CoreException error(String why) {
		return new CoreException(Statuses.badInput("Invalid rpm dependency '" + text + "': " + why + " (at column " + (pos + 1) + ")"));
	}

	private boolean atEnd() {
		return pos >= text.length();
	}

	private char peek() {
		return text.charAt(pos);
	}

	private void skipBlanks() {
		while (!atEnd() && Character.isWhitespace(peek())) {
			pos++;
		}
	}
}
