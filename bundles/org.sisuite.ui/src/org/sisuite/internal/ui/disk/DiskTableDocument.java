package org.sisuite.internal.ui.disk;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sisuite.core.Statuses;
import org.sisuite.core.session.ModelSession;
import org.sisuite.core.session.ModelSession.Change;
import org.sisuite.internal.ui.session.WorkbenchSession;
import org.sisuite.model.DiskTable;
import org.sisuite.model.SisPackage;
import org.sisuite.model.Site;

/**
 * What a disk table editor edits: a working copy of one disk table of the site, with its own
 * editing domain, command stack and dirty state, saved explicitly into the site's session.
 * <ul>
 * <li>Every edit is an EMF command on this document's domain ({@link #execute}), so the editor's
 * undo and redo touch only this table, and the navigator's auto-save does not write half-made
 * tables.</li>
 * <li>{@link #save()} replaces the site's table with a copy of the working one by one
 * {@link ReplaceCommand} on the site session, whose auto-save writes it to the database (a
 * compare-and-set on the site revision). The document is clean only when that write has completed;
 * a refused or failed write leaves it dirty (the session tells the user and reloads).</li>
 * <li>The site's table may change under the editor (a reload after another process wrote, the
 * navigator's rename or undo). A clean document follows it; a dirty one keeps the user's edits and
 * refuses to save over the other change ({@link #conflict()}).</li>
 * </ul>
 * Lives on the UI thread, as the site session does.
 */
public final class DiskTableDocument {

	/** Hears about the working table: edited (a command ran, was undone or redone) or replaced. */
	@FunctionalInterface
	public interface Listener {
		void changed(DiskTableDocument document, boolean replaced);
	}

	private static final Object CLEAN = new Object();

	private final WorkbenchSession session;
	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final AdapterFactoryEditingDomain domain;
	private final Resource resource = new ResourceImpl(URI.createURI("sis-disk-table:/working"));
	private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
	private final CommandStackListener stackListener = event -> fire(false);
	private final ModelSession.ChangeListener siteListener = (source, change) -> siteChanged(change);
	private final ModelSession.DirtyListener siteDirtyListener = (source, dirty) -> siteDirtyChanged(dirty);

	/** The site's table this document was copied from or last saved to. */
	private DiskTable siteTable;
	/** A copy of {@link #siteTable} as it was then: what a save expects to replace. */
	private DiskTable base;
	private Object savedState = CLEAN;
	/** The table a save put into the site, until the site session has written it; else null. */
	private DiskTable saving;
	private Object savingState;
	/** {@link #base} before the save that is writing, which it is again if the write fails. */
	private DiskTable baseBeforeSave;

	/** Opens the site's table {@code table} (an object of the session's current site). */
	public DiskTableDocument(WorkbenchSession session, DiskTable table) {
		this.session = Objects.requireNonNull(session, "session");
		this.domain = new AdapterFactoryEditingDomain(session.model().editingDomain() instanceof AdapterFactoryEditingDomain d
				? d.getAdapterFactory()
				: new org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory(), commandStack);
		domain.getResourceSet().getResources().add(resource);
		commandStack.addCommandStackListener(stackListener);
		session.model().addChangeListener(siteListener);
		session.model().addDirtyListener(siteDirtyListener);
		reset(table);
	}

	/** The table being edited. */
	public DiskTable table() {
		return (DiskTable) resource.getContents().get(0);
	}

	/** The name of the site's table, which the editor shows. */
	public String name() {
		return table().getName();
	}

	public EditingDomain editingDomain() {
		return domain;
	}

	public BasicCommandStack commandStack() {
		return commandStack;
	}

	/** Executes an edit so it can be undone; false (doing nothing) if it cannot execute. */
	public boolean execute(Command command) {
		if (command == null || !command.canExecute()) {
			return false;
		}
		commandStack.execute(command);
		return true;
	}

	/** Whether the working table differs from what the site holds (or a save is still writing). */
	public boolean isDirty() {
		return currentState() != savedState || saving != null;
	}

	/** Whether a save has been handed to the site session and not yet written. */
	public boolean isSaving() {
		return saving != null;
	}

	/**
	 * Why a save would be refused: the site's table was changed or removed by someone else since this
	 * document copied it; null when a save can go ahead.
	 */
	public String conflict() {
		DiskTable current = findSiteTable();
		if (current == null) {
			return "The disk table '" + base.getName() + "' is no longer in the site (deleted or renamed elsewhere).";
		}
		if (!EcoreUtil.equals(current, base)) {
			return "The disk table '" + base.getName()
					+ "' was changed elsewhere since this editor opened it; close the editor without saving and open it again.";
		}
		return null;
	}

	/**
	 * Puts the working table into the site, replacing the one it was copied from, as one command on
	 * the site session; the session's auto-save then writes it. The document stays dirty until that
	 * write has completed.
	 *
	 * @return an error status when the save is refused ({@link #conflict()}), else OK
	 */
	public IStatus save() {
		if (saving != null) {
			return Statuses.error("The disk table '" + name() + "' is still being saved.");
		}
		String conflict = conflict();
		if (conflict != null) {
			return Statuses.error(conflict);
		}
		Site site = session.model().site();
		DiskTable current = findSiteTable();
		DiskTable copy = EcoreUtil.copy(table());
		Command replace = ReplaceCommand.create(session.model().editingDomain(), site,
				SisPackage.Literals.SITE__DISK_TABLES, current, List.of(copy));
		saving = copy;
		savingState = currentState();
		baseBeforeSave = base;
		siteTable = copy;
		base = EcoreUtil.copy(copy);
		if (!session.model().execute(new CommandWrapper("Save Disk Table " + copy.getName(), null, replace))) {
			saving = null;
			siteTable = current;
			base = baseBeforeSave;
			return Statuses.error("The disk table '" + name() + "' could not be put into the site.");
		}
		fire(false);
		return Status.OK_STATUS;
	}

	/** Stops listening to the site. */
	public void dispose() {
		session.model().removeChangeListener(siteListener);
		session.model().removeDirtyListener(siteDirtyListener);
		commandStack.removeCommandStackListener(stackListener);
		commandStack.flush();
		listeners.clear();
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	private void siteDirtyChanged(boolean dirty) {
		if (!dirty && saving != null && findSiteTable() == saving) {
			// the site session wrote the site with our table in it
			savedState = savingState;
			saving = null;
			fire(false);
		}
	}

	private void siteChanged(Change change) {
		if (change == Change.LOADED && saving != null) {
			// the write was refused or failed: the session told the user and reloaded the database's site
			saving = null;
			base = baseBeforeSave;
		}
		DiskTable current = findSiteTable();
		if (current == null || saving != null) {
			fire(false);
			return;
		}
		siteTable = current;
		if (!EcoreUtil.equals(current, base) && !isDirty()) {
			reset(current);
			fire(true);
		} else {
			fire(false);
		}
	}

	/** The site's table: the same object while the site is, else the one of the same name. */
	private DiskTable findSiteTable() {
		Site site = session.model().site();
		if (site == null) {
			return null;
		}
		if (siteTable != null && site.getDiskTables().contains(siteTable)) {
			return siteTable;
		}
		String name = base != null ? base.getName() : siteTable == null ? null : siteTable.getName();
		return site.getDiskTables().stream().filter(t -> Objects.equals(name, t.getName())).findFirst().orElse(null);
	}

	private void reset(DiskTable table) {
		siteTable = table;
		base = EcoreUtil.copy(table);
		commandStack.removeCommandStackListener(stackListener);
		try {
			commandStack.flush();
		} finally {
			commandStack.addCommandStackListener(stackListener);
		}
		resource.getContents().clear();
		resource.getContents().add(EcoreUtil.copy(table));
		savedState = CLEAN;
	}

	private Object currentState() {
		Command top = commandStack.getUndoCommand();
		return top == null ? CLEAN : top;
	}

	private void fire(boolean replaced) {
		for (Listener listener : listeners) {
			listener.changed(this, replaced);
		}
	}
}
