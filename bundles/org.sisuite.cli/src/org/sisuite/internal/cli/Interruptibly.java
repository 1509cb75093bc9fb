package org.sisuite.internal.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

/** Runs a long operation so that an interrupt (Ctrl-C, SIGTERM) cancels it and waits for its clean-up. */
final class Interruptibly {

	/** How long an interrupted operation may take to kill its tools and clean up. */
	private static final long CLEANUP_SECONDS = 60;

	/** A long operation. */
	@FunctionalInterface
	interface Operation<T> {
		T execute(IProgressMonitor monitor) throws CoreException;
	}

	private Interruptibly() {
	}

	/** A progress bar on a terminal, else a silent monitor that can still be cancelled. */
	static IProgressMonitor monitor(CliContext context) {
		return context.terminal() ? new ConsoleProgress(context.err(), true) : new NullProgressMonitor() {
			// set by the shutdown hook's thread
			private volatile boolean canceled;

			@Override
			public boolean isCanceled() {
				return canceled;
			}

			@Override
			public void setCanceled(boolean value) {
				canceled = value;
			}
		};
	}

	/** Runs the operation; a shutdown (Ctrl-C) cancels it and waits for it to clean up before the process ends. */
	static <T> T run(String name, Operation<T> operation, IProgressMonitor monitor) throws CoreException {
		CountDownLatch finished = new CountDownLatch(1);
		Thread hook = new Thread(() -> {
			monitor.setCanceled(true);
			try {
				finished.await(CLEANUP_SECONDS, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, name + ": cancel on interrupt");
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			return operation.execute(monitor);
		} finally {
			finished.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			} catch (IllegalStateException e) {
				// the process is shutting down: the hook is running and lets it end now
			}
		}
	}
}
