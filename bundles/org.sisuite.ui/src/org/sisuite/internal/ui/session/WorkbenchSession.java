package org.sisuite.internal.ui.session;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.logging.Logger;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.sisuite.core.SisHome;
import org.sisuite.core.Statuses;
import org.sisuite.core.session.ModelSession;
import org.sisuite.core.session.ModelSession.Change;
import org.sisuite.core.session.ModelSession.PendingSave;
import org.sisuite.core.session.ModelSession.Snapshot;
import org.sisuite.core.store.SisDatabase;
import org.sisuite.core.store.SiteStore;
import org.sisuite.internal.ui.UiStatus;

/**
 * The site as the workbench edits it: a {@link ModelSession} whose model lives on the UI thread,
 * with the database work done in background jobs.
 * <ul>
 * <li>Load and reload read the site in a job (shown in the Progress view) and install it on the UI
 * thread.</li>
 * <li>Auto-save: after every executed, undone or redone command the site is written in a job
 * (a compare-and-set on the database revision). When the write is refused because another
 * process changed the site, or fails, the user is told and the site is reloaded from the
 * database, which stays the truth.</li>
 * <li>Live refresh: a system job polls the database revision every {@value #POLL_MILLIS} ms and
 * reloads when another process moved it while nothing is being saved.</li>
 * </ul>
 * Load and save jobs share one scheduling rule, so they run one at a time in order, and belong to
 * {@link #FAMILY}, which tests can wait on.
 */
public final class WorkbenchSession {

	/** The family of the jobs that load and save the site. */
	public static final Object FAMILY = new Object();

	/** How often the database revision is polled. */
	public static final long POLL_MILLIS = 2000;

	private static final Logger LOG = Logger.getLogger(WorkbenchSession.class.getName());

	/** Database jobs run one at a time. */
	private static final ISchedulingRule DATABASE_RULE = new ISchedulingRule() {
		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}
	};

	/** A unit of database work run by a {@link SiteJob}. */
	@FunctionalInterface
	private interface Work {
		void run(IProgressMonitor monitor) throws CoreException;
	}

	private final SisDatabase database;
	private final SiteStore store;
	private final ModelSession session;
	private final Executor ui;
	private final RevisionWatcher watcher = new RevisionWatcher();

	private Connection keepAlive;
	private volatile boolean loading;
	private volatile boolean saving;
	private volatile boolean disposed;
	private boolean pollFailureLogged;

	/**
	 * @param adapterFactory the item providers behind the editing domain
	 * @param ui             runs a task on the UI thread, asynchronously
	 */
	public WorkbenchSession(SisDatabase database, AdapterFactory adapterFactory, Executor ui) {
		this.database = Objects.requireNonNull(database, "database");
		this.store = new SiteStore(database);
		this.session = new ModelSession(store, adapterFactory);
		this.ui = Objects.requireNonNull(ui, "ui");
		session.addChangeListener((source, change) -> {
			if (change == Change.EDITED) {
				saveIfDirty();
			}
		});
	}

	/** The session of the database {@code SIS_DB_URL} names, else the embedded one under {@code home}. */
	public static WorkbenchSession forHome(SisHome home, AdapterFactory adapterFactory, Executor ui) {
		return new WorkbenchSession(SisDatabase.forEnvironment(home, System.getenv()), adapterFactory, ui);
	}

	public ModelSession model() {
		return session;
	}

	public SiteStore store() {
		return store;
	}

	/** Whether a load or save is scheduled or running. */
	public boolean isBusy() {
		return loading || saving;
	}

	/** Opens the database and loads the site in the background, then watches for changes. */
	public void start() {
		scheduleLoad("Loading the SIS site");
	}

	/** Reads the site again in the background; the current one stays until the new one is there. */
	public void reload() {
		scheduleLoad("Refreshing the SIS site");
	}

	private void scheduleLoad(String name) {
		if (disposed || loading) {
			return;
		}
		loading = true;
		new SiteJob(name, false, monitor -> {
			try {
				openDatabase();
				Snapshot snapshot = ModelSession.read(store, monitor);
				ui.execute(() -> install(snapshot));
			} catch (CoreException | RuntimeException e) {
				loading = false;
				throw e;
			}
		}).schedule();
	}

	private void install(Snapshot snapshot) {
		loading = false;
		if (disposed) {
			return;
		}
		session.install(snapshot);
		watcher.start();
	}

	private synchronized void openDatabase() throws CoreException {
		if (keepAlive != null) {
			return;
		}
		database.open();
		// keeps the embedded database open in this process: polling and loads stay cheap
		keepAlive = database.connect();
	}

	/** Writes the site if it has unsaved changes and no save is running; call on the UI thread. */
	public void saveIfDirty() {
		if (disposed || saving || session.site() == null || !session.isDirty()) {
			return;
		}
		saving = true;
		PendingSave save = session.prepareSave();
		new SiteJob("Saving the SIS site", true, monitor -> {
			try {
				save.write(new Uncancelable(monitor));
				ui.execute(() -> saved(save, null));
			} catch (CoreException e) {
				ui.execute(() -> saved(save, e));
			} catch (RuntimeException e) {
				ui.execute(() -> saved(save, new CoreException(Statuses.error("Saving the site failed: " + e, e))));
			}
		}).schedule();
	}

	private void saved(PendingSave save, CoreException failure) {
		saving = false;
		session.completeSave(save);
		if (disposed) {
			return;
		}
		if (failure != null) {
			UiStatus.show(notSaved(failure.getStatus()));
			reload();
			return;
		}
		saveIfDirty();
	}

	private static IStatus notSaved(IStatus cause) {
		String what = cause.getCode() == SiteStore.CONFLICT
				? "The site was changed by another process (a sis command or another workbench), so your last change was not saved."
				: "Your last change could not be saved.";
		MultiStatus status = new MultiStatus(Statuses.PLUGIN_ID, cause.getCode(),
				what + " The navigator now shows the site as the database has it.", null);
		status.add(cause);
		return status;
	}

	/**
	 * Stops watching and loading, and waits (at most ten seconds each) for saves to reach the
	 * database. The keep-alive connection and the database are closed and the session disposed.
	 */
	public void dispose() {
		disposed = true;
		watcher.cancel();
		for (Job job : Job.getJobManager().find(FAMILY)) {
			if (!(job instanceof SiteJob siteJob) || !siteJob.save) {
				job.cancel();
				continue;
			}
			try {
				job.join(10_000, null);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			} catch (OperationCanceledException e) {
				LOG.fine("waiting for " + job.getName() + " was canceled");
			}
		}
		closeDatabase();
		session.dispose();
	}

	private synchronized void closeDatabase() {
		if (keepAlive == null) {
			return;
		}
		try {
			keepAlive.close();
		} catch (SQLException e) {
			UiStatus.log(Statuses.warning("Closing the SIS database connection failed: " + e.getMessage()));
		}
		keepAlive = null;
		// hands the database over to the other processes at once, if this one serves it
		database.close();
	}

	/** A load or save: one at a time, in the session's family, visible in the Progress view. */
	private final class SiteJob extends Job {
		private final boolean save;
		private final Work work;

		SiteJob(String name, boolean save, Work work) {
			super(name);
			this.save = save;
			this.work = work;
			setRule(DATABASE_RULE);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			try {
				work.run(monitor);
			} catch (CoreException e) {
				UiStatus.show(e);
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			}
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	}

	/**
	 * Polls the revision every {@value WorkbenchSession#POLL_MILLIS} ms (one indexed single-row
	 * query) and reloads when another process moved it. It stays out of the way of loads and saves:
	 * while one runs the revision is expected to move.
	 */
	private final class RevisionWatcher extends Job {
		RevisionWatcher() {
			super("Watching the SIS database for changes");
			setSystem(true);
		}

		void start() {
			if (getState() == Job.NONE && !disposed) {
				schedule(POLL_MILLIS);
			}
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			if (disposed || monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			if (!isBusy()) {
				try {
					if (store.revision() != session.baseRevision()) {
						ui.execute(WorkbenchSession.this::reloadIfIdle);
					}
				} catch (CoreException e) {
					if (!pollFailureLogged) {
						pollFailureLogged = true;
						UiStatus.log(e.getStatus());
					}
				}
			}
			schedule(POLL_MILLIS);
			return Status.OK_STATUS;
		}
	}

	private void reloadIfIdle() {
		if (!disposed && !isBusy() && !session.isDirty()) {
			reload();
		}
	}

	/** Saves must reach the database once started: a cancel would only lose the user's change. */
	private static final class Uncancelable extends ProgressMonitorWrapper {
		Uncancelable(IProgressMonitor monitor) {
			super(monitor);
		}

		@Override
		public boolean isCanceled() {
			return false;
		}
	}
}
