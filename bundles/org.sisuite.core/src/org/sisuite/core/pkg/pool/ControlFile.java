package org.sisuite.core.pkg.pool;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;

/**
 * Debian control data (deb822): stanzas of {@code Field: value} lines separated by blank lines,
 * continuation lines starting with a blank, {@code #} comment lines. Field names are matched
 * without regard to case; a field given twice in one stanza is an error, as for dpkg.
 */
final class ControlFile {

	/**
	 * One stanza.
	 *
	 * @param source the file, for messages
	 * @param line   the line the stanza starts on
	 * @param fields the fields by name (case-insensitive); continuation lines joined with newlines
	 * @param lines  the line each field starts on
	 */
	record Stanza(String source, int line, Map<String, String> fields, Map<String, Integer> lines) {

		String get(String field) {
			return fields.get(field);
		}

		/** The value, or an error naming the stanza when it is missing or empty. */
		String require(String field) throws CoreException {
			String value = fields.get(field);
			if (value == null || value.isBlank()) {
				throw problem("missing field '" + field + "'");
			}
			return value;
		}

		/** An error in this stanza: {@code FILE, line N (package P): why}. */
		CoreException problem(String why) {
			return problemAt(line, why);
		}

		/** An error in one field, naming the line the field starts on. */
		CoreException problem(String field, String why) {
			return problemAt(lines.getOrDefault(field, line), why);
		}

		private CoreException problemAt(int at, String why) {
			String name = fields.get("Package");
			return new CoreException(Statuses.badInput(source + ", line " + at
					+ (name == null ? "" : " (package " + name.strip() + ")") + ": " + why));
		}
	}

	/** Receives the stanzas one by one, so a big index is never held twice. */
	@FunctionalInterface
	interface StanzaHandler {
		void accept(Stanza stanza) throws CoreException;
	}

	private ControlFile() {
	}

	/** Reads every stanza of {@code reader}, passing each to {@code handler}. */
	static void read(String source, Reader reader, StanzaHandler handler) throws CoreException, IOException {
		BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
		Map<String, String> fields = null;
		Map<String, Integer> fieldLines = null;
		String current = null;
		StringBuilder value = new StringBuilder();
		int start = 0;
		int number = 0;
		for (String line = lines.readLine(); ; line = lines.readLine()) {
			number++;
			boolean end = line == null || line.isBlank();
			if (end) {
				if (fields != null) {
					fields.put(current, value.toString());
					handler.accept(new Stanza(source, start, Collections.unmodifiableMap(fields),
							Collections.unmodifiableMap(fieldLines)));
					fields = null;
				}
				if (line == null) {
					return;
				}
				continue;
			}
			if (line.startsWith("#")) {
				continue;
			}
			if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
				if (fields == null) {
					throw error(source, number, "continuation line outside a field");
				}
				value.append('\n').append(line.strip());
				continue;
			}
			int colon = line.indexOf(':');
			if (colon <= 0) {
				throw error(source, number, "expected 'Field: value', found '" + shorten(line) + "'");
			}
			String name = line.substring(0, colon);
			if (!name.chars().allMatch(c -> c > 32 && c < 127 && c != ':')) {
				throw error(source, number, "invalid field name '" + shorten(name) + "'");
			}
			if (fields == null) {
				fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
				fieldLines = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
				start = number;
			} else {
				fields.put(current, value.toString());
			}
			if (fields.containsKey(name)) {
				throw error(source, number, "duplicate field '" + name + "'");
			}
			current = name;
			fieldLines.put(name, number);
			value.setLength(0);
			value.append(line.substring(colon + 1).strip());
		}
	}

	/** Every stanza of a small file, in order. */
	static List<Stanza> readAll(String source, Reader reader) throws CoreException, IOException {
		List<Stanza> stanzas = new ArrayList<>();
		read(source, reader, stanzas::add);
		return stanzas;
	}

	/** The signed text of an OpenPGP clear-signed message ({@code InRelease}), unchanged if it is not one. */
	static String stripClearSignature(String text) {
		if (!text.startsWith("-----BEGIN PGP SIGNED MESSAGE-----")) {
			return text;
		}
		String[] lines = text.split("\n", -1);
		StringBuilder body = new StringBuilder();
		int i = 1;
		while (i < lines.length && !lines[i].isBlank()) {
			i++; // armor headers (Hash: ...)
		}
		for (i++; i < lines.length && !lines[i].startsWith("-----BEGIN PGP SIGNATURE-----"); i++) {
			String line = lines[i].startsWith("- ") ? lines[i].substring(2) : lines[i];
			body.append(line).append('\n');
		}
		return body.toString();
	}

	private static CoreException error(String source, int line, String why) {
		return new CoreException(Statuses.badInput(source + ", line " + line + ": " + why));
	}

	private static String shorten(String text) {
		return text.length() > 60 ? text.substring(0, 60) + "..." : text;
	}
}
