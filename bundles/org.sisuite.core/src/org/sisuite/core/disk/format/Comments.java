package org.sisuite.core.disk.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's description travels as the comment at the top of a file: the header comment of the
 * XML formats, the leading {@code #} block of the SystemInstaller format. Reading normalizes it
 * (common indentation, trailing blanks and blank edge lines removed) so that what a writer puts
 * there reads back equal.
 */
final class Comments {

	private Comments() {
	}

	/** The normalized text of the comments, or null when there is none. */
	static String description(List<String> comments) {
		List<String> lines = new ArrayList<>();
		for (String comment : comments) {
			if (!lines.isEmpty()) {
				lines.add("");
			}
			for (String line : comment.split("\r?\n", -1)) {
				lines.add(line.stripTrailing());
			}
		}
		return normalize(lines);
	}

	static String normalize(List<String> lines) {
		int first = 0;
		int last = lines.size() - 1;
		while (first <= last && lines.get(first).isBlank()) {
			first++;
		}
		while (last >= first && lines.get(last).isBlank()) {
			last--;
		}
		if (first > last) {
			return null;
		}
		List<String> kept = lines.subList(first, last + 1).stream().map(String::stripTrailing).map(Comments::expandIndent)
				.toList();
		int indent = Integer.MAX_VALUE;
		for (String line : kept) {
			if (!line.isEmpty()) {
				int blanks = 0;
				while (blanks < line.length() && (line.charAt(blanks) == ' ' || line.charAt(blanks) == '\t')) {
					blanks++;
				}
				indent = Math.min(indent, blanks);
			}
		}
		int cut = indent;
		String first0 = kept.stream().filter(line -> !line.isEmpty()).findFirst().orElse("");
		String prefix = first0.substring(0, cut);
		StringBuilder text = new StringBuilder();
		for (String line : kept) {
			if (text.length() > 0) {
				text.append('\n');
			}
			text.append(line.startsWith(prefix) ? line.substring(cut) : line.stripLeading());
		}
		return text.toString();
	}

	/** Leading tabs become spaces up to the next multiple of 8, so mixed indentation compares right. */
	private static String expandIndent(String line) {
		StringBuilder expanded = new StringBuilder();
		int i = 0;
		for (; i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t'); i++) {
			if (line.charAt(i) == '\t') {
				expanded.append(" ".repeat(8 - expanded.length() % 8));
			} else {
				expanded.append(' ');
			}
		}
		return expanded.append(line, i, line.length()).toString();
	}

	/** The description normalized as a reader would see it, or null. */
	static String normalize(String description) {
		return description == null ? null : normalize(List.of(description.split("\r?\n", -1)));
	}
}
