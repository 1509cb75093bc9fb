package org.sisuite.internal.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Left-aligned columns for human output, sized to their widest cell. */
final class TextTable {

	private final List<String[]> rows = new ArrayList<>();
	private final int columns;

	TextTable(String... headings) {
		columns = headings.length;
		rows.add(headings);
	}

	TextTable row(Object... cells) {
		String[] texts = new String[columns];
		for (int i = 0; i < columns; i++) {
			Object cell = i < cells.length ? cells[i] : null;
			texts[i] = cell == null ? "-" : cell.toString();
		}
		rows.add(texts);
		return this;
	}

	void print(PrintWriter out) {
		int[] widths = new int[columns];
		for (String[] row : rows) {
			for (int i = 0; i < columns; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		StringBuilder line = new StringBuilder();
		for (String[] row : rows) {
			line.setLength(0);
			for (int i = 0; i < columns; i++) {
				line.append(row[i]);
				if (i < columns - 1) {
					line.append(" ".repeat(widths[i] - row[i].length() + 2));
				}
			}
			out.println(line.toString().stripTrailing());
		}
	}
}
