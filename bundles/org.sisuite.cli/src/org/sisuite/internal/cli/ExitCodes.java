package org.sisuite.internal.cli;

/** The exit codes every {@code sis} command uses. */
public final class ExitCodes {

	/** The command did what was asked. */
	public static final int OK = 0;
	/** The command was understood but failed. */
	public static final int FAILURE = 1;
	/** The command line or its input was wrong; nothing was done. */
	public static final int BAD_INPUT = 2;

	private ExitCodes() {
	}
}
