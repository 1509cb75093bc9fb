package org.sisuite.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.sisuite.core.Statuses;
import org.sisuite.core.store.DocumentRows.Kind;
import org.sisuite.model.NamedElement;

/**
 * Disk tables, package lists, package pools and footprint sets: stored whole, one document each,
 * found by kind and name. What this store returns is a detached copy; change it and {@link #put} it.
 */
public final class DocumentStore {

	private final SisDatabase database;

	public DocumentStore(SisDatabase database) {
		this.database = database;
	}

	/**
	 * Adds a document, or replaces the one of the same kind and name.
	 *
	 * @param replace whether an existing document of that name may be replaced
	 * @throws CoreException (bad input) when the name is taken and {@code replace} is false
	 */
	public void put(NamedElement document, boolean replace) throws CoreException {
		Kind kind = Kind.of(document);
		ImageStore.requireName(label(kind), document.getName());
		database.inTransaction(connection -> {
			boolean exists = Sql.queryLong(connection, "SELECT id FROM sis_document WHERE kind = ? AND name = ?",
					kind.column, document.getName()) >= 0;
			if (exists && !replace) {
				throw new CoreException(Statuses.badInput("A " + label(kind) + " named '" + document.getName()
						+ "' already exists"));
			}
			Sql.update(connection, "DELETE FROM sis_document WHERE kind = ? AND name = ?", kind.column, document.getName());
			DocumentRows.insertAll(connection, List.of(document));
			SiteStore.bumpRevision(connection);
			return null;
		});
	}

	/** The document of that type and name, with its references to other documents resolved. */
	public <T extends NamedElement> T get(Class<T> type, String name) throws CoreException {
		return database.inTransaction(connection -> {
			for (EObject document : DocumentRows.loadAll(connection)) {
				if (type.isInstance(document) && name.equals(((NamedElement) document).getName())) {
					return type.cast(document);
				}
			}
			List<String> known = names(connection, type);
			throw new CoreException(Statuses.badInput("No " + label(kindOf(type)) + " named '" + name + "'"
					+ (known.isEmpty() ? "" : "; there are: " + ImageStore.abbreviate(known))));
		});
	}

	/** The names of the documents of that type, sorted. */
	public List<String> list(Class<? extends NamedElement> type) throws CoreException {
		return database.inTransaction(connection -> names(connection, type));
	}

	/**
	 * Removes a document. A disk table that images or their install scripts use is refused, naming them.
	 */
	public void remove(Class<? extends NamedElement> type, String name) throws CoreException {
		Kind kind = kindOf(type);
		database.inTransaction(connection -> {
			if (kind == Kind.DISK_TABLE) {
				List<String> users = ImageStore.strings(connection, """
						SELECT i.name FROM image i WHERE i.id IN (
						  SELECT image_id FROM image_disk_table WHERE disk_table = ?
						  UNION SELECT image_id FROM install_script WHERE disk_table = ?) ORDER BY i.name""", name, name);
				if (!users.isEmpty()) {
					throw new CoreException(Statuses.badInput("The disk table '" + name + "' is used by the images "
							+ ImageStore.abbreviate(users)));
				}
			}
			if (Sql.update(connection, "DELETE FROM sis_document WHERE kind = ? AND name = ?", kind.column, name) == 0) {
				throw new CoreException(Statuses.badInput("No " + label(kind) + " named '" + name + "'"));
			}
			SiteStore.bumpRevision(connection);
			return null;
		});
	}

	private static List<String> names(Connection connection, Class<? extends NamedElement> type) throws SQLException {
		return new ArrayList<>(ImageStore.strings(connection, "SELECT name FROM sis_document WHERE kind = ? ORDER BY name",
				kindOf(type).column));
	}

	private static Kind kindOf(Class<? extends NamedElement> type) {
		for (Kind kind : Kind.values()) {
			if (kind.type.isAssignableFrom(type)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("not a document type: " + type.getName());
	}

	private static String label(Kind kind) {
		return switch (kind) {
		case DISK_TABLE -> "disk table";
		case PACKAGE_LIST -> "package list";
		case PACKAGE_POOL -> "package pool";
		case FOOTPRINT_SET -> "footprint set";
		};
	}

}
