package org.sisuite.core.session;

import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sisuite.core.store.SiteStore;
import org.sisuite.model.Site;

/**
 * The site being edited: the {@link Site} read from a {@link SiteStore}, an EMF editing domain and
 * command stack over it, its dirty state, and save back to the database.
 * <p>
 * Every change goes through {@link #execute(Command)} so it can be undone. {@link #isDirty()} tells
 * whether the model differs from what the database holds; it clears only when a save has
 * completed. A save is a compare-and-set on the database revision: it is refused with a
 * {@link SiteStore#CONFLICT} status when another process wrote to the site since it was loaded (or
 * last saved), so nothing anyone else did is silently overwritten.
 * <p>
 * Threading: the model and the command stack belong to one thread (the UI thread in the workbench).
 * {@link #read(SiteStore, IProgressMonitor)} and {@link PendingSave#write(IProgressMonitor)} touch
 * only the database and copies, so a caller can run them in a background job and hand the result
 * back with {@link #install(Snapshot)} and {@link #completeSave(PendingSave)}.
 * {@link #baseRevision()} may be read from any thread.
 */
public final class ModelSession {

	/** The URI of the resource that holds the site in the editing domain's resource set. */
	public static final URI SITE_URI = URI.createURI("sis-site:/site");

	/** What happened to the site. */
	public enum Change {
		/** a new site object tree replaced the previous one (load or reload): earlier objects are gone */
		LOADED,
		/** a command was executed, undone or redone on the current site */
		EDITED
	}

	/** Hears about changes of the site; called on the model's thread. */
	@FunctionalInterface
	public interface ChangeListener {
		void siteChanged(ModelSession session, Change change);
	}

	/** Hears when {@link #isDirty()} changes; called on the model's thread. */
	@FunctionalInterface
	public interface DirtyListener {
		void dirtyChanged(ModelSession session, boolean dirty);
	}

	/** A site read from the database with the revision it was read at. */
	public record Snapshot(Site site, long revision) {
		public Snapshot {
			Objects.requireNonNull(site, "site");
		}
	}

	/** The state whose content the database holds: no command executed since load. */
	private static final Object LOADED_STATE = new Object();
	/** The state while a save is writing: the database content is not known until it completes. */
	private static final Object WRITING = new Object();

	private final SiteStore store;
	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final AdapterFactoryEditingDomain domain;
	private final Resource resource = new ResourceImpl(SITE_URI);
	private final CopyOnWriteArrayList<ChangeListener> changeListeners = new CopyOnWriteArrayList<>();
	private final CopyOnWriteArrayList<DirtyListener> dirtyListeners = new CopyOnWriteArrayList<>();
	private final CommandStackListener stackListener = event -> edited();

	private volatile long baseRevision = -1;
	/** Counts installs, so a save that was writing while the site was replaced is not taken for the new one. */
	private long generation;
	private Object savedState = LOADED_STATE;
	private boolean lastDirty;

	/**
	 * @param adapterFactory the item providers that create the domain's commands and labels (the
	 *                       workbench passes the SIS item providers; tests may pass a reflective factory)
	 */
	public ModelSession(SiteStore store, AdapterFactory adapterFactory) {
		this.store = Objects.requireNonNull(store, "store");
		this.domain = new AdapterFactoryEditingDomain(Objects.requireNonNull(adapterFactory, "adapterFactory"),
				commandStack);
		domain.getResourceSet().getResources().add(resource);
		commandStack.addCommandStackListener(stackListener);
	}

	public SiteStore store() {
		return store;
	}

	/**
	 * Reads the whole site and the revision it is at. Touches no session state, so it runs on any
	 * thread. The revision is read first: if another process writes in between, the snapshot
	 * looks older than its content, which costs at most one extra reload and never a lost write.
	 */
	public static Snapshot read(SiteStore store, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading the site", 2);
		long revision = store.revision();
		progress.split(1);
		Site site = store.load();
		progress.split(1);
		return new Snapshot(site, revision);
	}

	/** Reads the site and makes it the session's site, in the calling thread. */
	public void load(IProgressMonitor monitor) throws CoreException {
		install(read(store, monitor));
	}

	/**
	 * Makes {@code snapshot} the session's site: the undo history is cleared (its commands refer to
	 * the objects being dropped) and the session is clean at the snapshot's revision.
	 */
	public void install(Snapshot snapshot) {
		commandStack.removeCommandStackListener(stackListener);
		try {
			commandStack.flush();
		} finally {
			commandStack.addCommandStackListener(stackListener);
		}
		resource.getContents().clear();
		resource.getContents().add(snapshot.site());
		baseRevision = snapshot.revision();
		generation++;
		savedState = LOADED_STATE;
		fireChanged(Change.LOADED);
		fireDirtyIfChanged();
	}

	/** The site, or null before the first load. */
	public Site site() {
		return resource.getContents().isEmpty() ? null : (Site) resource.getContents().get(0);
	}

	/** The editing domain: item providers create their commands against it. */
	public EditingDomain editingDomain() {
		return domain;
	}

	public BasicCommandStack commandStack() {
		return commandStack;
	}

	/** The database revision the site was read at or last saved as. */
	public long baseRevision() {
		return baseRevision;
	}

	/** Whether another process wrote to the site since it was loaded or last saved. */
	public boolean changedElsewhere() throws CoreException {
		return store.revision() != baseRevision;
	}

	/**
	 * Executes {@code command} on the command stack, so it can be undone.
	 *
	 * @return false, doing nothing, when the command cannot execute (or there is no site yet)
	 */
	public boolean execute(Command command) {
		if (site() == null || command == null || !command.canExecute()) {
			return false;
		}
		commandStack.execute(command);
		return true;
	}

	public boolean canUndo() {
		return commandStack.canUndo();
	}

	public void undo() {
		commandStack.undo();
	}

	public boolean canRedo() {
		return commandStack.canRedo();
	}

	public void redo() {
		commandStack.redo();
	}

	/** Whether the site differs from what the database holds (or a save is still writing). */
	public boolean isDirty() {
		return currentState() != savedState;
	}

	/** Saves in the calling thread: {@link #prepareSave()}, write, {@link #completeSave}. */
	public void save(IProgressMonitor monitor) throws CoreException {
		PendingSave save = prepareSave();
		try {
			save.write(monitor);
		} finally {
			completeSave(save);
		}
	}

	/**
	 * Starts a save: copies the site as it is now, so the write can run on another thread while
	 * the user goes on editing. The session stays dirty until {@link #completeSave} has seen the
	 * write succeed.
	 */
	public PendingSave prepareSave() {
		Site site = site();
		if (site == null) {
			throw new IllegalStateException("there is no site to save; load it first");
		}
		PendingSave save = new PendingSave(store, EcoreUtil.copy(site), baseRevision, generation, currentState(),
				savedState);
		savedState = WRITING;
		return save;
	}

	/**
	 * Finishes a save on the model's thread. After a successful write the session is clean if
	 * nothing changed since {@link #prepareSave()}, and its base revision is the one written; after
	 * a failed write the database is as before, and so is the session.
	 */
	public void completeSave(PendingSave save) {
		if (save.generation != generation) {
			return; // the site was replaced meanwhile; the new one is compared with the database on its own
		}
		if (save.writtenRevision() >= 0) {
			baseRevision = save.writtenRevision();
			savedState = save.state;
		} else if (savedState == WRITING) {
			savedState = save.previousSavedState;
		}
		fireDirtyIfChanged();
	}

	public void addChangeListener(ChangeListener listener) {
		changeListeners.add(listener);
	}

	public void removeChangeListener(ChangeListener listener) {
		changeListeners.remove(listener);
	}

	public void addDirtyListener(DirtyListener listener) {
		dirtyListeners.add(listener);
	}

	public void removeDirtyListener(DirtyListener listener) {
		dirtyListeners.remove(listener);
	}

	/** Drops the site, the undo history and the listeners. */
	public void dispose() {
		commandStack.removeCommandStackListener(stackListener);
		commandStack.flush();
		changeListeners.clear();
		dirtyListeners.clear();
		resource.getContents().clear();
	}

	/** The state of the model: the command on top of the undo stack, whose effect is the latest. */
	private Object currentState() {
		Command top = commandStack.getUndoCommand();
		return top == null ? LOADED_STATE : top;
	}

	private void edited() {
		fireChanged(Change.EDITED);
		fireDirtyIfChanged();
	}

	private void fireChanged(Change change) {
		for (ChangeListener listener : changeListeners) {
			listener.siteChanged(this, change);
		}
	}

	private void fireDirtyIfChanged() {
		boolean dirty = isDirty();
		if (dirty != lastDirty) {
			lastDirty = dirty;
			for (DirtyListener listener : dirtyListeners) {
				listener.dirtyChanged(this, dirty);
			}
		}
	}

	/**
	 * A save in progress: a copy of the site and the revision it must replace. {@link #write} runs
	 * on any thread; hand the object back to {@link ModelSession#completeSave} on the model's thread.
	 */
	public static final class PendingSave {
		private final SiteStore store;
		private final Site copy;
		private final long expectedRevision;
		private final long generation;
		private final Object state;
		private final Object previousSavedState;
		private volatile long writtenRevision = -1;

		private PendingSave(SiteStore store, Site copy, long expectedRevision, long generation, Object state,
				Object previousSavedState) {
			this.store = store;
			this.copy = copy;
			this.expectedRevision = expectedRevision;
			this.generation = generation;
			this.state = state;
			this.previousSavedState = previousSavedState;
		}

		/**
		 * Writes the copy in one transaction, if the database is still at the expected revision.
		 *
		 * @throws CoreException with code {@link SiteStore#CONFLICT} when another process changed the
		 *                       site, or the validation or database problem; nothing is written then
		 */
		public void write(IProgressMonitor monitor) throws CoreException {
			writtenRevision = store.replaceAll(copy, expectedRevision, monitor);
		}

		/** The revision the write produced, or -1 if it has not succeeded. */
		public long writtenRevision() {
			return writtenRevision;
		}
	}
}
