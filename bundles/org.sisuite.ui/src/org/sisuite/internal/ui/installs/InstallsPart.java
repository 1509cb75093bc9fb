package org.sisuite.internal.ui.installs;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.sisuite.core.SisHome;
import org.sisuite.core.monitor.InstallOverview;
import org.sisuite.core.monitor.InstallOverview.Install;
import org.sisuite.core.monitor.InstallOverview.Overview;
import org.sisuite.core.store.InstallStore;
import org.sisuite.core.store.SisDatabase;
import org.sisuite.internal.ui.UiStatus;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Installs view: a live table of the install monitor's clients (progress bar, state, status,
 * speed, elapsed, last seen; stale installs greyed and marked), a state filter, the counts per
 * state, and a client's log on double-click. A system job polls the monitor's revision every
 * {@value #POLL_MILLIS} ms (one single-row query) and reads the installs when it moved, and at
 * least every few seconds so elapsed times and stale marks stay current. An e4 POJO part.
 */
public final class InstallsPart {

	public static final String ID = "org.sisuite.ui.installs";
	/** The job family of the view's polling, for tests. */
	public static final Object FAMILY = new Object();
	static final long POLL_MILLIS = 1000;
	private static final int REFRESH_EVERY = 5;
	static final String ALL = "all states";

	private final UISynchronize ui;
	private final SisHome home;
	private SisDatabase database;
	private InstallsTable table;
	private Combo filter;
	private Label counts;
	private Job poller;
	private volatile String stateFilter;
	private volatile boolean disposed;
	private Overview shown;

	@Inject
	public InstallsPart(UISynchronize ui, @Optional SisHome home) {
		this.ui = ui;
		this.home = home != null ? home : SisHome.fromSystem();
	}

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new GridLayout(3, false));
		new Label(parent, SWT.NONE).setText("Show:");
		filter = new Combo(parent, SWT.READ_ONLY);
		List<String> items = new ArrayList<>(List.of(ALL));
		items.addAll(List.of("running", "pending", "imaged", "finalizing", "rebooted", "failed", "stale"));
		filter.setItems(items.toArray(String[]::new));
		filter.select(0);
		filter.addListener(SWT.Selection, event -> {
			stateFilter = filter.getSelectionIndex() <= 0 ? null : filter.getText();
			poller.schedule();
		});
		counts = new Label(parent, SWT.NONE);
		counts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table = new InstallsTable(parent, this::openLog);
		table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		poller = new Poller();
		poller.setSystem(true);
		poller.schedule();
	}

	private void openLog(Install install) {
		if (database == null) {
			return;
		}
		try {
			InstallStore store = new InstallStore(database);
			new InstallLogDialog(table.control().getShell(), install, store.events(install.session()),
					store.log(install.session())).open();
		} catch (CoreException e) {
			UiStatus.show(e);
		}
	}

	private void show(Overview overview) {
		if (table.control().isDisposed()) {
			return;
		}
		shown = overview;
		table.show(overview.installs());
		counts.setText(countsText(overview.counts()));
		counts.getParent().layout(new org.eclipse.swt.widgets.Control[] { counts });
	}

	static String countsText(Map<String, Integer> counts) {
		List<String> parts = new ArrayList<>();
		counts.forEach((state, count) -> {
			if (count > 0) {
				parts.add(count + " " + state);
			}
		});
		return parts.isEmpty() ? "No installs recorded yet (sis monitor run)" : String.join(" · ", parts);
	}

	/** What the view shows now, for tests. */
	public Overview shown() {
		return shown;
	}

	/** The table, for tests. */
	public org.eclipse.swt.widgets.Table getTable() {
		return table.control();
	}

	@Focus
	public void setFocus() {
		table.control().setFocus();
	}

	@PreDestroy
	public void dispose() {
		disposed = true;
		if (poller != null) {
			poller.cancel();
		}
		if (database != null) {
			database.close();
		}
	}

	/** Reads the installs when the monitor wrote something, or every few polls. */
	private final class Poller extends Job {
		private long revision = -1;
		private String filtered;
		private int polls;

		Poller() {
			super("Refreshing installs");
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			if (disposed) {
				return Status.OK_STATUS;
			}
			try {
				if (database == null) {
					database = SisDatabase.forEnvironment(home, System.getenv()).open();
				}
				InstallStore store = new InstallStore(database);
				long now = store.revision();
				String wanted = stateFilter;
				if (now != revision || !java.util.Objects.equals(wanted, filtered) || ++polls % REFRESH_EVERY == 0) {
					Overview overview = InstallOverview.read(store, wanted, new Date());
					revision = now;
					filtered = wanted;
					ui.asyncExec(() -> show(overview));
				}
			} catch (CoreException e) {
				UiStatus.log(e.getStatus());
			}
			if (!disposed) {
				schedule(POLL_MILLIS);
			}
			return Status.OK_STATUS;
		}
	}
}
