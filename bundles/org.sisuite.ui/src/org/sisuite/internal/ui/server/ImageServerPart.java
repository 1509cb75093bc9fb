package org.sisuite.internal.ui.server;

import java.util.List;

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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.sisuite.core.SisHome;
import org.sisuite.core.server.RsyncDaemon;
import org.sisuite.core.server.ServerLayout;
import org.sisuite.core.server.ServerSettings;
import org.sisuite.core.server.ServerStatus;
import org.sisuite.core.store.SisDatabase;
import org.sisuite.internal.ui.UiStatus;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Image Server view: the state of the local rsync daemon ({@code sis server status}: running,
 * stopped or stale, address, port, pid, modules), read by a system job every
 * {@value #POLL_MILLIS} ms off the UI thread, and Start, Stop and Reload buttons that run the
 * engine's {@link RsyncDaemon} operations as jobs (shown in the Progress view; failures through
 * {@link UiStatus}). The settings are read from {@code $SIS_HOME/server.properties} for every
 * operation, as the command line does. An e4 POJO part.
 */
public final class ImageServerPart {

	public static final String ID = "org.sisuite.ui.server";
	/** The job family of the view's polling and operations, for tests. */
	public static final Object FAMILY = new Object();
	static final long POLL_MILLIS = 3000;
	static final String STALE = "stale";

	private final UISynchronize ui;
	private final SisHome home;
	private SisDatabase database;
	private Label state;
	private Label address;
	private Label pid;
	private Label modules;
	private Label message;
	private Button start;
	private Button stop;
	private Button reload;
	private Job poller;
	private volatile boolean disposed;
	private volatile boolean staleSeen;
	private volatile String shownState;

	@Inject
	public ImageServerPart(UISynchronize ui, @Optional SisHome home) {
		this.ui = ui;
		this.home = home != null ? home : SisHome.fromSystem();
	}

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		state = row(parent, "State:");
		address = row(parent, "Listens on:");
		pid = row(parent, "Process:");
		modules = row(parent, "Modules:");
		message = new Label(parent, SWT.WRAP);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		Composite buttons = new Composite(parent, SWT.NONE);
		buttons.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false, 2, 1));
		buttons.setLayout(new GridLayout(3, true));
		start = button(buttons, "Start", "Starting the image server", (daemon, monitor) -> {
			staleSeen = false;
			return daemon.start(monitor);
		});
		stop = button(buttons, "Stop", "Stopping the image server", RsyncDaemon::stop);
		reload = button(buttons, "Reload", "Reloading the image server configuration", (daemon, monitor) -> daemon.reload());
		poller = new Poller();
		poller.setSystem(true);
		poller.schedule();
	}

	private static Label row(Composite parent, String title) {
		new Label(parent, SWT.NONE).setText(title);
		Label value = new Label(parent, SWT.WRAP);
		value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		value.setText("…");
		return value;
	}

	private Button button(Composite parent, String text, String jobName, Operation operation) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		button.addListener(SWT.Selection, event -> new OperationJob(jobName, operation).schedule());
		return button;
	}

	/** The engine's daemon with the current settings; the database is opened on first use. */
	private synchronized RsyncDaemon daemon() throws CoreException {
		if (database == null) {
			database = SisDatabase.forEnvironment(home, System.getenv()).open();
		}
		return new RsyncDaemon(new ServerLayout(home), database, ServerSettings.read(home, null, null));
	}

	private void show(ServerStatus status) {
		if (state.isDisposed()) {
			return;
		}
		if (status.warnings().stream().anyMatch(w -> w.startsWith(RsyncDaemon.STALE_PID_FILE_REMOVED))) {
			staleSeen = true;
		}
		shownState = !status.isRunning() && staleSeen ? STALE : status.state();
		state.setText(STALE.equals(shownState) ? "stale (the daemon of the pid file was gone; pid file removed)"
				: shownState);
		address.setText(status.address() + ":" + status.port());
		pid.setText(status.pid() == null ? "-" : "rsync, pid " + status.pid());
		modules.setText(status.modules().isEmpty() ? "none (not started or reloaded yet)"
				: String.join(", ", status.modules()));
		List<String> warnings = status.warnings();
		message.setText(String.join("\n", warnings));
		start.setEnabled(!status.isRunning());
		stop.setEnabled(status.isRunning());
		state.getParent().layout(true, true);
	}

	/** The state the view shows now ({@code running}, {@code stopped}, {@code stale}), for tests. */
	public String shownState() {
		return shownState;
	}

	/** The text of the state row, for tests. */
	public String stateText() {
		return state.getText();
	}

	/** The text of the modules row, for tests. */
	public String modulesText() {
		return modules.getText();
	}

	public Button startButton() {
		return start;
	}

	public Button stopButton() {
		return stop;
	}

	public Button reloadButton() {
		return reload;
	}

	@Focus
	public void setFocus() {
		start.setFocus();
	}

	@PreDestroy
	public synchronized void dispose() {
		disposed = true;
		if (poller != null) {
			poller.cancel();
		}
		if (database != null) {
			database.close();
		}
	}

	@FunctionalInterface
	private interface Operation {
		ServerStatus run(RsyncDaemon daemon, IProgressMonitor monitor) throws CoreException;
	}

	/** A start, stop or reload: runs the engine operation, then shows the state it left. */
	private final class OperationJob extends Job {
		private final Operation operation;

		OperationJob(String name, Operation operation) {
			super(name);
			this.operation = operation;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			try {
				ServerStatus status = operation.run(daemon(), monitor);
				if (!disposed) {
					ui.asyncExec(() -> show(status));
				}
			} catch (CoreException e) {
				UiStatus.show(e);
			}
			poller.schedule();
			return Status.OK_STATUS;
		}
	}

	/** Reads the daemon's state every few seconds. */
	private final class Poller extends Job {

		Poller() {
			super("Refreshing the image server state");
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
				ServerStatus status = daemon().status();
				if (!disposed) {
					ui.asyncExec(() -> show(status));
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
