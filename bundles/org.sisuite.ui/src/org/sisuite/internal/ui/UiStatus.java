package org.sisuite.internal.ui;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * The one error funnel of the workbench: every problem is logged here, and the ones the user must
 * see are shown through the platform's {@link StatusManager} (which also keeps them in the log).
 */
public final class UiStatus {

	private UiStatus() {
	}

	/** Logs a problem the user need not act on. */
	public static void log(IStatus status) {
		StatusManager.getManager().handle(status, StatusManager.LOG);
	}

	/** Logs and shows a problem the user must know about. */
	public static void show(IStatus status) {
		StatusManager.getManager().handle(status, StatusManager.LOG | StatusManager.SHOW);
	}

	/** Logs and shows the status of a failed engine operation. */
	public static void show(CoreException failure) {
		show(failure.getStatus());
	}
}
