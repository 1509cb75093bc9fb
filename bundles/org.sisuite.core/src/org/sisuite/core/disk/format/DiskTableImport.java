package org.sisuite.core.disk.format;

import java.util.List;

import org.sisuite.model.DiskTable;

/**
 * A disk table read from a file (or captured from a machine), the format it was read as (null for
 * a capture from several tool outputs), and what the reader accepted but wants the user to know.
 */
public record DiskTableImport(DiskTable table, DiskFormat format, List<FormatProblem> warnings) {

	public DiskTableImport {
		warnings = List.copyOf(warnings);
	}
}
