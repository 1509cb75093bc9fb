package org.sisuite.core;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * The one way the engine builds an {@link IStatus}: every status names this plug-in, so the UI's
 * error funnel and the CLI report them alike.
 */
public final class Statuses {

	/** The plug-in id every engine status carries. */
	public static final String PLUGIN_ID = "org.sisuite.core";

	/**
	 * The status code of an error in what the user asked for (a malformed or conflicting input,
	 * an unknown name): nothing was done, and the user must change the input. The CLI exits 2.
	 */
	public static final int BAD_INPUT = 2;

	private Statuses() {
	}

	/** An error in the user's input; see {@link #BAD_INPUT}. */
	public static IStatus badInput(String message) {
		return new Status(IStatus.ERROR, PLUGIN_ID, BAD_INPUT, message, null);
	}

	/** Whether the status, or any of its children, is an error in the user's input. */
	public static boolean isBadInput(IStatus status) {
		if (status.getCode() == BAD_INPUT && status.getSeverity() == IStatus.ERROR) {
			return true;
		}
		for (IStatus child : status.getChildren()) {
			if (isBadInput(child)) {
				return true;
			}
		}
		return false;
	}

	public static IStatus error(String message) {
		return new Status(IStatus.ERROR, PLUGIN_ID, message);
	}

	public static IStatus error(String message, Throwable cause) {
		return new Status(IStatus.ERROR, PLUGIN_ID, message, cause);
	}

	public static IStatus warning(String message) {
		return new Status(IStatus.WARNING, PLUGIN_ID, message);
	}

	public static IStatus info(String message) {
		return new Status(IStatus.INFO, PLUGIN_ID, message);
	}
}
