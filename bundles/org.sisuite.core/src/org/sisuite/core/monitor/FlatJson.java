package org.sisuite.core.monitor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the one JSON object of an {@code UPD:} or {@code LOG:} line into its top-level members:
 * strings, numbers and booleans become strings, {@code null} is left out, nested objects and
 * arrays are checked and skipped (to a small depth). Anything that is not one well-formed object
 * is refused with the reason and where.
 */
final class FlatJson {

	private static final int MAX_DEPTH = 8;

	/** A line that is not one well-formed JSON object. */
	static final class Malformed extends Exception {
		private static final long serialVersionUID = 1L;

		Malformed(String message) {
			super(message, null, false, false);
		}
	}

	private final String text;
	private int at;

	private FlatJson(String text) {
		this.text = text;
	}

	static Map<String, String> parse(String text) throws Malformed {
		FlatJson json = new FlatJson(text);
		json.skipSpace();
		if (json.peek() != '{') {
			throw json.error("expected a JSON object");
		}
		Map<String, String> members = json.object(0, true);
		json.skipSpace();
		if (json.at < text.length()) {
			throw json.error("text after the JSON object");
		}
		return members;
	}

	private Map<String, String> object(int depth, boolean keep) throws Malformed {
		if (depth >= MAX_DEPTH) {
			throw error("JSON nested deeper than " + MAX_DEPTH);
		}
		Map<String, String> members = new LinkedHashMap<>();
		at++; // {
		skipSpace();
		if (peek() == '}') {
			at++;
			return members;
		}
		while (true) {
			skipSpace();
			if (peek() != '"') {
				throw error("expected a member name");
			}
			String name = string();
			skipSpace();
			if (peek() != ':') {
				throw error("expected ':'");
			}
			at++;
			skipSpace();
			String value = value(depth);
			if (keep && value != null) {
				members.put(name, value);
			}
			skipSpace();
			char next = peek();
			at++;
			if (next == '}') {
				return members;
			}
			if (next != ',') {
				at--;
				throw error("expected ',' or '}'");
			}
		}
	}

	/** A scalar as text, null for null and for nested values (which are checked, then skipped). */
	private String value(int depth) throws Malformed {
		char c = peek();
		switch (c) {
		case '"':
			return string();
		case '{':
			object(depth + 1, false);
			return null;
		case '[':
			array(depth + 1);
			return null;
		default:
			break;
		}
		int start = at;
		while (at < text.length() && "+-.0123456789eEtrufalsn".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		String word = text.substring(start, at);
		if (word.equals("null")) {
			return null;
		}
		if (word.equals("true") || word.equals("false") || word.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
			return word;
		}
		at = start;
		throw error("expected a JSON value");
	}

	private void array(int depth) throws Malformed {
		if (depth >= MAX_DEPTH) {
			throw error("JSON nested deeper than " + MAX_DEPTH);
		}
		at++; // [
		skipSpace();
		if (peek() == ']') {
			at++;
			return;
		}
		while (true) {
			skipSpace();
			value(depth);
			skipSpace();
			char next = peek();
			at++;
			if (next == ']') {
				return;
			}
			if (next != ',') {
				at--;
				throw error("expected ',' or ']'");
			}
		}
	}

	private String string() throws Malformed {
		at++; // "
		StringBuilder out = new StringBuilder();
		while (true) {
			if (at >= text.length()) {
				throw error("unterminated string");
			}
			char c = text.charAt(at++);
			if (c == '"') {
				return out.toString();
			}
			if (c < 0x20) {
				throw error("control character in a string");
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			if (at >= text.length()) {
				throw error("unterminated string");
			}
			char escaped = text.charAt(at++);
			switch (escaped) {
			case '"', '\\', '/' -> out.append(escaped);
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'n' -> out.append('\n');
			case 'r' -> out.append('\r');
			case 't' -> out.append('\t');
			case 'u' -> {
				if (at + 4 > text.length()) {
					throw error("short \\u escape");
				}
				try {
					out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
				} catch (NumberFormatException e) {
					throw error("bad \\u escape");
				}
				at += 4;
			}
			default -> throw error("bad escape \\" + escaped);
			}
		}
	}

	private char peek() throws Malformed {
		if (at >= text.length()) {
			throw error("unexpected end of JSON");
		}
		return text.charAt(at);
	}

	private void skipSpace() {
		while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
	}

	private Malformed error(String what) {
		return new Malformed(what + " at character " + (at + 1));
	}
}
