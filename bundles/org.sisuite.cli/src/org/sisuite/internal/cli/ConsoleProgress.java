package org.sisuite.internal.cli;

import java.io.PrintWriter;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Shows a long operation's progress on stderr: a bar redrawn in place on a terminal, a plain line
 * every 10 % when stderr is a pipe or a file.
 */
final class ConsoleProgress implements IProgressMonitor {

	private static final int BAR_WIDTH = 30;

	private final PrintWriter err;
	private final boolean terminal;
	private String task = "";
	private double total;
	private double done;
	private int lastShown = -1;
	private volatile boolean canceled;

	ConsoleProgress(PrintWriter err, boolean terminal) {
		this.err = err;
		this.terminal = terminal;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		task = name == null ? "" : name;
		total = totalWork;
		done = 0;
		lastShown = -1;
		show();
	}

	@Override
	public void setTaskName(String name) {
		task = name == null ? "" : name;
	}

	@Override
	public void internalWorked(double work) {
		done += work;
		show();
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public void done() {
		done = total;
		show();
		if (terminal) {
			err.println();
		}
		err.flush();
	}

	@Override
	public boolean isCanceled() {
		return canceled;
	}

	@Override
	public void setCanceled(boolean value) {
		canceled = value;
	}

	@Override
	public void subTask(String name) {
		// the bar shows the task; sub-tasks would make it flicker
	}

	private void show() {
		if (total <= 0) {
			return;
		}
		int percent = (int) Math.min(100, Math.floor(done * 100 / total));
		if (terminal) {
			if (percent == lastShown) {
				return;
			}
			int filled = percent * BAR_WIDTH / 100;
			err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + String.format("%3d%% ", percent)
					+ task);
			err.flush();
		} else if (percent / 10 != lastShown / 10 || lastShown < 0) {
			err.println(task + ": " + percent + "%");
			err.flush();
		}
		lastShown = percent;
	}
}
