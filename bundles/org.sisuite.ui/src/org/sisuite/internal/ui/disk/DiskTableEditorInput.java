package org.sisuite.internal.ui.disk;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.sisuite.internal.ui.session.WorkbenchSession;
import org.sisuite.model.DiskTable;

/**
 * A disk table of the workbench's site, by name: opening a table that already has an editor
 * activates that editor. Not persisted (the editor is not restored at the next start).
 */
public final class DiskTableEditorInput implements IEditorInput {

	private final WorkbenchSession session;
	private final DiskTable table;

	public DiskTableEditorInput(WorkbenchSession session, DiskTable table) {
		this.session = Objects.requireNonNull(session, "session");
		this.table = Objects.requireNonNull(table, "table");
	}

	public WorkbenchSession session() {
		return session;
	}

	/** The site's table when the editor was opened. */
	public DiskTable table() {
		return table;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.createFromURLSupplier(true, () -> {
			try {
				return new java.net.URI("platform:/plugin/org.sisuite.model.edit/icons/full/obj16/DiskTable.gif").toURL();
			} catch (java.net.URISyntaxException | java.net.MalformedURLException e) {
				return null;
			}
		});
	}

	@Override
	public String getName() {
		return table.getName();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return "Disk table " + table.getName();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter.isInstance(table) ? adapter.cast(table) : null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DiskTableEditorInput input && input.session == session
				&& Objects.equals(input.table.getName(), table.getName());
	}

	@Override
	public int hashCode() {
		return Objects.hash(System.identityHashCode(session), table.getName());
	}
}
