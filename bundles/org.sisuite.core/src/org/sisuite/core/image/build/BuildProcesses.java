package org.sisuite.core.image.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.sisuite.core.Statuses;

/**
 * Runs the external tools of a build: their output (stdout and stderr merged) goes line by line
 * to the build log and onto the monitor as sub-tasks; cancelling the monitor kills the tool and
 * everything it started.
 */
final class BuildProcesses {

	private static final int TAIL_LINES = 15;
	private static final long POLL_MILLIS = 100;
	private static final long KILL_GRACE_SECONDS = 5;
	private static final String END = new String("end of output");

	private final PrintWriter log;
	private final Consumer<String> echo;

	/** @param log the build log; every command and every line of output is written to it */
	BuildProcesses(PrintWriter log) {
		this(log, line -> {
		});
	}

	/**
	 * @param log  the build log; every command and every line of output is written to it
	 * @param echo also gets every line of the tools' output (not the notes)
	 */
	BuildProcesses(PrintWriter log, Consumer<String> echo) {
		this.log = log;
		this.echo = echo;
	}

	/** Writes a line of the build's own to the log. */
	void note(String line) {
		log.println("# " + line);
		log.flush();
	}

	/**
	 * Runs a command to its end.
	 *
	 * @param environment null to inherit this process's environment, else exactly these variables
	 * @throws CoreException              naming the command, its exit code and its last lines of output
	 * @throws OperationCanceledException when the monitor was cancelled (the command is killed)
	 */
	void run(List<String> command, Path directory, Map<String, String> environment, IProgressMonitor monitor)
			throws CoreException {
		String shown = String.join(" ", command);
		note("$ " + shown);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		if (directory != null) {
			builder.directory(directory.toFile());
		}
		builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
		if (environment != null) {
			builder.environment().clear();
			builder.environment().putAll(environment);
		}
		Process process;
		try {
			process = builder.start();
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot run " + command.get(0) + ": " + e.getMessage(), e));
		}
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		Thread reader = Thread.ofVirtual().name("build output of " + command.get(0)).start(() -> {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					lines.add(line);
				}
			} catch (IOException e) {
				lines.add("(output unreadable: " + e.getMessage() + ")");
			} finally {
				lines.add(END);
			}
		});
		Deque<String> tail = new ArrayDeque<>();
		boolean ended = false;
		try {
			while (!ended) {
				if (monitor != null && monitor.isCanceled()) {
					kill(process);
					note("cancelled: killed " + shown);
					throw new OperationCanceledException();
				}
				String line = lines.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
				while (line != null) {
					if (line == END) {
						ended = true;
						break;
					}
					log.println(line);
					echo.accept(line);
					if (tail.size() == TAIL_LINES) {
						tail.removeFirst();
					}
					tail.addLast(line);
					if (monitor != null && !line.isBlank()) {
						monitor.subTask(line.strip());
					}
					line = lines.poll();
				}
				log.flush();
			}
			int exit = process.waitFor();
			note("exit " + exit);
			if (exit != 0 && monitor != null && monitor.isCanceled()) {
				// cancelled while the tool ended on its own: the cancel is what the caller asked for
				throw new OperationCanceledException();
			}
			if (exit != 0) {
				throw new CoreException(Statuses.error(shown + " failed with exit code " + exit
						+ (tail.isEmpty() ? "" : "; its last output:\n  " + String.join("\n  ", tail))));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			kill(process);
			throw new OperationCanceledException();
		} finally {
			reader.interrupt();
		}
	}

	/**
	 * Stops the process: SIGTERM to it alone first, so that a tool like mmdebstrap can unmount
	 * and clean up; after a grace period SIGKILL to it and to whatever it started that is still there.
	 */
	private void kill(Process process) {
		List<ProcessHandle> descendants = process.descendants().toList();
		process.destroy();
		try {
			if (!process.waitFor(KILL_GRACE_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
		descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
	}
}
