package org.sisuite.core.disk.plan;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.sisuite.core.Statuses;
import org.sisuite.core.store.SiteFiles;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Site;

/**
 * A disk table in an XMI file: a {@code <sis:DiskTable>} document of its own, or one of the tables of
 * a site export ({@code sis db export}).
 */
public final class DiskTableFiles {

	private DiskTableFiles() {
	}

	/**
	 * Reads a table.
	 *
	 * @param name the table to take from a site file; may be null for a file holding one table
	 * @throws CoreException (bad input) naming the file, line and column of what is wrong, or the
	 *                       tables the file has
	 */
	public static DiskTable read(Path file, String name) throws CoreException {
		EObject root = SiteFiles.readDocument(file);
		List<DiskTable> tables = switch (root) {
		case DiskTable table -> List.of(table);
		case Site site -> site.getDiskTables();
		case null -> List.of();
		default -> throw new CoreException(Statuses.badInput(file + ": expected a <sis:DiskTable> or a <sis:Site>, found "
				+ root.eClass().getName()));
		};
		if (name == null) {
			if (tables.size() == 1) {
				return tables.get(0);
			}
			throw new CoreException(Statuses.badInput(file + " has " + tables.size() + " disk tables; name one of them"
					+ names(tables)));
		}
		return tables.stream().filter(t -> name.equals(t.getName())).findFirst().orElseThrow(() -> new CoreException(
				Statuses.badInput(file + " has no disk table named '" + name + "'" + names(tables))));
	}

	/** Writes a table as a document of its own (a copy: the table stays where it is). */
	public static void write(DiskTable table, Path file) throws CoreException {
		SiteFiles.writeDocument(table, file);
	}

	private static String names(List<DiskTable> tables) {
		return tables.isEmpty() ? "" : ": " + String.join(", ", tables.stream().map(DiskTable::getName).toList());
	}
}
