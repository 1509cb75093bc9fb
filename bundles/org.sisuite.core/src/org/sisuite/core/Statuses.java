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

	private Statuses() {
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
