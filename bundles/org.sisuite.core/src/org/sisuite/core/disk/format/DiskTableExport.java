package org.sisuite.core.disk.format;

import java.util.List;

/** A disk table written in a format, and what of the table the format could not say. */
public record DiskTableExport(String text, List<String> warnings) {

	public DiskTableExport {
		warnings = List.copyOf(warnings);
	}
}
