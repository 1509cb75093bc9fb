package org.sisuite.core.monitor;

/**
 * SystemImager's install status codes, as its clients report them: 0 init, 1-99 percent imaged,
 * 100 imaged, 101 finalizing, 102 rebooted, 103 beeping, 104 rebooting, 105 shutdown, 106 shell,
 * 107 extracting, 108 pre-install scripts, 109 post-install scripts, negative an error.
 */
public final class StatusCodes {

	public static final int INIT = 0;
	public static final int IMAGED = 100;
	public static final int FINALIZING = 101;
	public static final int REBOOTED = 102;
	public static final int BEEPING = 103;
	public static final int REBOOTING = 104;
	public static final int SHUTDOWN = 105;
	public static final int SHELL = 106;
	/** The lowest and highest code a line may carry; anything else is refused. */
	public static final int MIN = -999;
	public static final int MAX = 999;

	private StatusCodes() {
	}

	/**
	 * The session state a code puts a session in: the literals of the model's {@code SessionState}
	 * (running, imaged, finalizing, rebooted, failed).
	 */
	public static String state(int code) {
		if (code < 0) {
			return "failed";
		}
		return switch (code) {
		case IMAGED, BEEPING, SHUTDOWN, SHELL -> "imaged";
		case FINALIZING -> "finalizing";
		case REBOOTED, REBOOTING -> "rebooted";
		default -> "running";
		};
	}

	/**
	 * Whether the install is done: the client's network boot entry may turn to local boot. Not 101
	 * (finalizing): the install script reports it before the overrides, fstab and the boot loader,
	 * any of which may still fail; it reports 100 when they are done.
	 */
	public static boolean isSuccess(int code) {
		return code >= IMAGED && code <= SHUTDOWN && code != FINALIZING;
	}

	/** Whether the session is over, well or badly: a later 0..99 starts a new session. Not 101 (finalizing). */
	public static boolean isFinal(int code) {
		return code < 0 || (code >= IMAGED && code <= SHELL && code != FINALIZING);
	}

	/** The percent a code shows in a progress bar. */
	public static int percent(int code, int previous) {
		if (code >= 1 && code <= 99) {
			return code;
		}
		if (code == INIT) {
			return 0;
		}
		return code >= IMAGED && code <= SHELL ? 100 : previous;
	}

	/** A short description of a code for people. */
	public static String describe(int code) {
		if (code < 0) {
			return "error " + code;
		}
		return switch (code) {
		case INIT -> "init";
		case IMAGED -> "imaged";
		case FINALIZING -> "finalizing";
		case REBOOTED -> "rebooted";
		case BEEPING -> "beeping";
		case REBOOTING -> "rebooting";
		case SHUTDOWN -> "shutdown";
		case SHELL -> "shell";
		case 107 -> "extracting";
		case 108 -> "pre-install";
		case 109 -> "post-install";
		default -> code < IMAGED ? code + "%" : "status " + code;
		};
	}
}
