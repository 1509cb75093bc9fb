package org.sisuite.core.disk.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;

/**
 * The text of one input file with its name, for readers that must say where a problem is: offsets
 * become 1-based lines and columns, and every error is a bad-input {@link CoreException} whose
 * message starts with {@code file:line:column:}. Warnings are collected here too.
 */
final class SourceText {

	/** Inputs are disk tables and tool outputs, a few kilobytes; anything this big is not one. */
	static final int MAX_BYTES = 16 * 1024 * 1024;

	private final String name;
	private final String text;
	private final int[] lineStarts;
	private final List<FormatProblem> warnings = new ArrayList<>();

	private SourceText(String name, String text) {
		this.name = name;
		this.text = text;
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
	}

	static SourceText of(String name, String text) {
		return new SourceText(name, text);
	}

	/**
	 * Decodes UTF-8 strictly (a byte order mark is skipped): a byte sequence that is not UTF-8 is
	 * bad input naming its line, rather than a replacement character that surfaces later.
	 */
	static SourceText decode(String name, byte[] bytes) throws CoreException {
		if (bytes.length > MAX_BYTES) {
			throw new CoreException(Statuses.badInput(name + ": " + bytes.length + " bytes is too large for a disk table (at most "
					+ MAX_BYTES + ")"));
		}
		int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
				? 3 : 0;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int bad = in.position();
			int line = 1;
			int lineStart = start;
			for (int i = start; i < bad; i++) {
				if (bytes[i] == '\n') {
					line++;
					lineStart = i + 1;
				}
			}
			String column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
			throw new CoreException(Statuses.badInput(new FormatProblem(name, line, column.length() + 1,
					String.format("byte 0x%02x is not UTF-8 text; expected a text file in UTF-8", bytes[bad] & 0xff))
					.toString()));
		}
		try {
			decoder.flush(out);
		} catch (IllegalStateException e) {
			throw new CoreException(Statuses.error("cannot decode " + name, e));
		}
		out.flip();
		return new SourceText(name, out.toString());
	}

	/** Decodes with a charset an XML declaration named. */
	static SourceText decode(String name, byte[] bytes, java.nio.charset.Charset charset) throws CoreException {
		if (charset.equals(StandardCharsets.UTF_8)) {
			return decode(name, bytes);
		}
		try {
			CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
			return new SourceText(name, chars.toString());
		} catch (CharacterCodingException e) {
			throw new CoreException(Statuses.badInput(name + ":1: not valid " + charset.name() + " text as its XML declaration says"));
		}
	}

	String name() {
		return name;
	}

	String text() {
		return text;
	}

	/** The lines without their line terminators ({@code \r\n} too). */
	List<String> lines() {
		List<String> lines = new ArrayList<>(lineStarts.length);
		for (int i = 0; i < lineStarts.length; i++) {
			int end = i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : text.length();
			String line = text.substring(lineStarts[i], end);
			lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
		}
		if (text.endsWith("\n")) {
			lines.remove(lines.size() - 1);
		}
		return lines;
	}

	int lineOf(int offset) {
		int low = 0;
		int high = lineStarts.length - 1;
		while (low < high) {
			int middle = (low + high + 1) >>> 1;
			if (lineStarts[middle] <= offset) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}
		return low + 1;
	}

	int columnOf(int offset) {
		return offset - lineStarts[lineOf(offset) - 1] + 1;
	}

	FormatProblem problem(int line, int column, String message) {
		return new FormatProblem(name, line, column, message);
	}

	/** A bad-input exception for the given place. */
	CoreException error(int line, int column, String message) {
		return new CoreException(Statuses.badInput(problem(line, column, message).toString()));
	}

	CoreException errorAt(int offset, String message) {
		int clamped = Math.max(0, Math.min(offset, text.length()));
		return error(lineOf(clamped), columnOf(clamped), message);
	}

	void warn(int line, int column, String message) {
		warnings.add(problem(line, column, message));
	}

	List<FormatProblem> warnings() {
		return List.copyOf(warnings);
	}

	/** A token for messages: quoted, shortened, control characters shown as escapes. */
	static String quote(String value) {
		StringBuilder quoted = new StringBuilder("'");
		int shown = Math.min(value.length(), 60);
		for (int i = 0; i < shown; i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c == 0x7f) {
				quoted.append(String.format("\\x%02x", (int) c));
			} else {
				quoted.append(c);
			}
		}
		if (shown < value.length()) {
			quoted.append("...");
		}
		return quoted.append('\'').toString();
	}
}
