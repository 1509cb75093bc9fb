package org.sisuite.core.disk.format;

/**
 * Something a reader noticed in an input it accepted anyway, or the reason it refused it: where
 * (file, 1-based line, 1-based column or 0 when unknown) and what.
 *
 * @param source  the file name as the user gave it
 * @param line    the 1-based line, or 0 when the problem is about the whole file
 * @param column  the 1-based column, or 0 when unknown
 * @param message what was found and what was expected
 */
public record FormatProblem(String source, int line, int column, String message) {

	/** {@code source:line:column: message}, the form compilers use, so editors can jump to it. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(source);
		if (line > 0) {
			text.append(':').append(line);
			if (column > 0) {
				text.append(':').append(column);
			}
		}
		return text.append(": ").append(message).toString();
	}
}
