package org.sisuite.core.pkg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;
import org.sisuite.core.pkg.Relation;
import org.sisuite.core.pkg.VersionScheme;
import org.sisuite.model.PackageList;
import org.sisuite.model.PackageRequest;
import org.sisuite.model.Stage;

/**
 * Reads the requests of a package list: a text file with one package a line,
 * {@code name[:arch] [op version]} ({@code op} one of {@code << <= = >= >> < >}, {@code <} and
 * {@code >} strict; the relation may also be written in parentheses, as dpkg does), {@code #}
 * comments and blank lines ignored — which also reads OSCAR's {@code .pkglist} files — or a
 * stored {@link PackageList}, its stages in order.
 */
public final class PackageLists {

	private PackageLists() {
	}

	/**
	 * The requests of a list file.
	 *
	 * @param source the file's name, for messages
	 * @throws CoreException (bad input) naming the line of a malformed request
	 */
	public static List<Request> parse(String source, String text, VersionScheme scheme) throws CoreException {
		List<Request> requests = new ArrayList<>();
		String[] lines = text.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			int hash = line.indexOf('#');
			if (hash >= 0) {
				line = line.substring(0, hash);
			}
			if (line.isBlank()) {
				continue;
			}
			String origin = source + ":" + (i + 1);
			try {
				requests.add(request(line.strip(), origin, scheme));
			} catch (CoreException e) {
				throw new CoreException(Statuses.badInput(origin + ": " + e.getStatus().getMessage()));
			}
		}
		return requests;
	}

	/** The requests of a stored package list, stage by stage in their order. */
	public static List<Request> of(PackageList list, VersionScheme scheme) throws CoreException {
		List<Request> requests = new ArrayList<>();
		List<Stage> stages = new ArrayList<>(list.getStages());
		stages.sort(Comparator.comparingInt(Stage::getOrder));
		for (Stage stage : stages) {
			for (PackageRequest request : stage.getRequests()) {
				String origin = "package list " + list.getName() + ", stage " + stage.getName();
				String constraint = request.getVersionConstraint();
				String text = request.getName() + (request.getArch() == null || request.getArch().isBlank() ? "" : ":" + request.getArch())
						+ (constraint == null || constraint.isBlank() ? "" : " " + constraint);
				try {
					requests.add(request(text, origin, scheme));
				} catch (CoreException e) {
					throw new CoreException(Statuses.badInput(origin + ": " + e.getStatus().getMessage()));
				}
			}
		}
		return requests;
	}

	/** One request: {@code name[:arch] [op version]}, {@code name (op version)}; a bare version means {@code =}. */
	static Request request(String text, String origin, VersionScheme scheme) throws CoreException {
		String rest = text.strip();
		int end = 0;
		while (end < rest.length() && !Character.isWhitespace(rest.charAt(end)) && "<>=".indexOf(rest.charAt(end)) < 0
				&& !(rest.charAt(end) == '(' && startsRelation(rest, end + 1))) {
			end++;
		}
		String name = rest.substring(0, end);
		rest = rest.substring(end).strip();
		String arch = null;
		// rpm capabilities like perl(Foo::Bar) carry colons of their own
		int colon = name.contains("(") ? -1 : name.indexOf(':');
		if (colon >= 0) {
			arch = name.substring(colon + 1);
			name = name.substring(0, colon);
			if (arch.isEmpty()) {
				throw new CoreException(Statuses.badInput("empty architecture after '" + name + ":'"));
			}
		}
		if (name.isEmpty()) {
			throw new CoreException(Statuses.badInput("expected a package name, found '" + text + "'"));
		}
		if (!name.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-+._()/:".indexOf(c) >= 0)) {
			throw new CoreException(Statuses.badInput("invalid package name '" + name + "'"));
		}
		if (rest.startsWith("(")) {
			if (!rest.endsWith(")")) {
				throw new CoreException(Statuses.badInput("the version of '" + name + "' does not end with ')'"));
			}
			rest = rest.substring(1, rest.length() - 1).strip();
		}
		if (rest.isEmpty()) {
			return new Request(name, arch, null, null, origin);
		}
		int opEnd = 0;
		while (opEnd < rest.length() && "<>=!~".indexOf(rest.charAt(opEnd)) >= 0) {
			opEnd++;
		}
		String op = rest.substring(0, opEnd);
		String version = rest.substring(opEnd).strip();
		Relation relation = switch (op) {
		case "" -> Relation.EQ;
		case "<<", "<" -> Relation.LT;
		case "<=", "=<" -> Relation.LE;
		case "=", "==" -> Relation.EQ;
		case ">=", "=>" -> Relation.GE;
		case ">>", ">" -> Relation.GT;
		default -> throw new CoreException(Statuses.badInput("unknown relation '" + op + "' for '" + name + "' (use << <= = >= >>)"));
		};
		if (version.isEmpty() || version.chars().anyMatch(Character::isWhitespace)) {
			throw new CoreException(Statuses.badInput("expected one version after '" + name + " " + op + "', found '" + version + "'"));
		}
		scheme.compare(version, version); // rejects what the scheme cannot parse
		return new Request(name, arch, relation, version, origin);
	}

	private static boolean startsRelation(String text, int from) {
		int i = from;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i < text.length() && "<>=".indexOf(text.charAt(i)) >= 0;
	}
}
