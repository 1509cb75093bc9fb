package org.sisuite.core.disk.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;

/**
 * A strict JSON parser (RFC 8259) that remembers the line and column of every value, so the
 * readers of {@code sfdisk -J}, {@code lsblk -J} and {@code findmnt -J} output can say where a
 * value is wrong. Nesting is limited; duplicate keys are refused.
 */
final class JsonTree {

	private static final int MAX_DEPTH = 64;

	/** A JSON value and where it starts. */
	abstract static sealed class Value permits JsonObject, JsonArray, Scalar {
		final int line;
		final int column;

		Value(int line, int column) {
			this.line = line;
			this.column = column;
		}

		abstract String describe();
	}

	static final class JsonObject extends Value {
		final Map<String, Value> members = new LinkedHashMap<>();

		JsonObject(int line, int column) {
			super(line, column);
		}

		Value get(String key) {
			return members.get(key);
		}

		@Override
		String describe() {
			return "an object";
		}
	}

	static final class JsonArray extends Value {
		final List<Value> elements = new ArrayList<>();

		JsonArray(int line, int column) {
			super(line, column);
		}

		@Override
		String describe() {
			return "an array";
		}
	}

	/** A string, number ({@link BigDecimal}), boolean or null ({@code value == null}). */
	static final class Scalar extends Value {
		final Object value;

		Scalar(Object value, int line, int column) {
			super(line, column);
			this.value = value;
		}

		@Override
		String describe() {
			if (value == null) {
				return "null";
			} else if (value instanceof String text) {
				return "the string " + SourceText.quote(text);
			} else if (value instanceof BigDecimal number) {
				return "the number " + number.toPlainString();
			}
			return value.toString();
		}
	}

	private final SourceText source;
	private final String text;
	private int at;

	private JsonTree(SourceText source) {
		this.source = source;
		this.text = source.text();
	}

	static Value parse(SourceText source) throws CoreException {
		JsonTree parser = new JsonTree(source);
		parser.blanks();
		Value value = parser.value(0);
		parser.blanks();
		if (parser.at < parser.text.length()) {
			throw parser.error("unexpected " + parser.found() + " after the JSON document");
		}
		return value;
	}

	private Value value(int depth) throws CoreException {
		if (depth > MAX_DEPTH) {
			throw error("JSON nested more than " + MAX_DEPTH + " levels deep");
		}
		if (at >= text.length()) {
			throw error("the JSON ends here; expected a value");
		}
		int line = source.lineOf(at);
		int column = source.columnOf(at);
		char c = text.charAt(at);
		switch (c) {
		case '{' -> {
			at++;
			JsonObject object = new JsonObject(line, column);
			blanks();
			if (peek() == '}') {
				at++;
				return object;
			}
			while (true) {
				blanks();
				if (peek() != '"') {
					throw error("expected a \"key\" in the object, found " + found());
				}
				int keyAt = at;
				String key = string();
				blanks();
				expect(':');
				blanks();
				Value member = value(depth + 1);
				if (object.members.putIfAbsent(key, member) != null) {
					throw source.errorAt(keyAt, "key \"" + key + "\" appears twice in this object");
				}
				blanks();
				if (peek() == ',') {
					at++;
				} else if (peek() == '}') {
					at++;
					return object;
				} else {
					throw error("expected , or } in the object, found " + found());
				}
			}
		}
		case '[' -> {
			at++;
			JsonArray array = new JsonArray(line, column);
			blanks();
			if (peek() == ']') {
				at++;
				return array;
			}
			while (true) {
				blanks();
				array.elements.add(value(depth + 1));
				blanks();
				if (peek() == ',') {
					at++;
				} else if (peek() == ']') {
					at++;
					return array;
				} else {
					throw error("expected , or ] in the array, found " + found());
				}
			}
		}
		case '"' -> {
			return new Scalar(string(), line, column);
		}
		case 't' -> {
			word("true");
			return new Scalar(Boolean.TRUE, line, column);
		}
		case 'f' -> {
			word("false");
			return new Scalar(Boolean.FALSE, line, column);
		}
		case 'n' -> {
			word("null");
			return new Scalar(null, line, column);
		}
		default -> {
			if (c == '-' || c >= '0' && c <= '9') {
				return new Scalar(number(), line, column);
			}
			throw error("expected a JSON value, found " + found());
		}
		}
	}

	private String string() throws CoreException {
		expect('"');
		StringBuilder value = new StringBuilder();
		while (true) {
			if (at >= text.length()) {
				throw error("the string is not closed; expected \"");
			}
			char c = text.charAt(at++);
			if (c == '"') {
				return value.toString();
			} else if (c == '\\') {
				if (at >= text.length()) {
					throw error("the string ends inside an escape");
				}
				char escaped = text.charAt(at++);
				switch (escaped) {
				case '"', '\\', '/' -> value.append(escaped);
				case 'b' -> value.append('\b');
				case 'f' -> value.append('\f');
				case 'n' -> value.append('\n');
				case 'r' -> value.append('\r');
				case 't' -> value.append('\t');
				case 'u' -> {
					if (at + 4 > text.length() || !text.substring(at, at + 4).matches("[0-9a-fA-F]{4}")) {
						throw error("expected 4 hex digits after \\u");
					}
					value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
					at += 4;
				}
				default -> {
					at--;
					throw error("unknown escape \\" + escaped + " in a string");
				}
				}
			} else if (c < 0x20) {
				at--;
				throw error(String.format("control character \\x%02x in a string; expected it escaped", (int) c));
			} else {
				value.append(c);
			}
		}
	}

	private BigDecimal number() throws CoreException {
		int start = at;
		if (peek() == '-') {
			at++;
		}
		if (peek() == '0') {
			at++;
		} else if (Character.isDigit(peek())) {
			digits();
		} else {
			throw error("expected a digit in the number, found " + found());
		}
		if (peek() == '.') {
			at++;
			if (!Character.isDigit(peek())) {
				throw error("expected a digit after the decimal point, found " + found());
			}
			digits();
		}
		if (peek() == 'e' || peek() == 'E') {
			at++;
			if (peek() == '+' || peek() == '-') {
				at++;
			}
			if (!Character.isDigit(peek())) {
				throw error("expected a digit in the exponent, found " + found());
			}
			int exponentStart = at;
			digits();
			if (at - exponentStart > 4) {
				throw source.errorAt(start, "the number's exponent is out of range");
			}
		}
		if (at - start > 100) {
			throw source.errorAt(start, "a number of " + (at - start) + " characters; expected at most 100");
		}
		return new BigDecimal(text.substring(start, at));
	}

	private void digits() {
		while (at < text.length() && Character.isDigit(text.charAt(at)) && text.charAt(at) < 128) {
			at++;
		}
	}

	private void word(String word) throws CoreException {
		if (!text.startsWith(word, at)) {
			throw error("expected a JSON value, found " + found());
		}
		at += word.length();
	}

	private void expect(char c) throws CoreException {
		if (peek() != c) {
			throw error("expected " + c + ", found " + found());
		}
		at++;
	}

	private char peek() {
		return at < text.length() ? text.charAt(at) : '\0';
	}

	private void blanks() {
		while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
	}

	private String found() {
		if (at >= text.length()) {
			return "the end of the file";
		}
		int end = at;
		while (end < text.length() && end - at < 20 && !Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		return SourceText.quote(text.substring(at, Math.max(end, at + 1)));
	}

	private CoreException error(String message) {
		return source.errorAt(at, message);
	}

	/** The elements of an array, or nothing for a missing or null value. */
	static List<Value> elements(Value value) {
		return value instanceof JsonArray array ? array.elements : Collections.emptyList();
	}
}
