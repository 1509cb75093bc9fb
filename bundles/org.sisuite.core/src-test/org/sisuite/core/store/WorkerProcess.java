package org.sisuite.core.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@link StoreWorker} in its own JVM, with the same classpath as the test. Its stdout is read
 * line by line in the background; its stderr goes to a file that failure messages quote.
 */
final class WorkerProcess implements AutoCloseable {

	/** How long any step of a worker may take before the test gives up on it (2 slow cores). */
	static final Duration PATIENCE = Duration.ofMinutes(2);

	private static final String END = "\u0000end";

	private final String name;
	private final Process process;
	private final Path stderr;
	private final Writer stdin;
	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
	private final List<String> seen = new ArrayList<>();

	private WorkerProcess(String name, Process process, Path stderr) {
		this.name = name;
		this.process = process;
		this.stderr = stderr;
		this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
		Thread reader = new Thread(this::readStdout, "stdout of worker " + name);
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Starts {@code java StoreWorker ARGS}. Under maven-surefire {@code java.class.path} is the test
	 * classpath (surefire sets it even when it boots from a manifest-only jar, and also publishes
	 * it as {@code surefire.test.class.path}, which is preferred when present).
	 */
	static WorkerProcess start(String name, Path logDirectory, String maxHeap, String... args) throws IOException {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + maxHeap, "-XX:+UseSerialGC", "-cp", classpath, StoreWorker.class.getName()));
		command.addAll(List.of(args));
		Files.createDirectories(logDirectory);
		Path stderr = logDirectory.resolve(name + ".stderr.txt");
		Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
		return new WorkerProcess(name, process, stderr);
	}

	private void readStdout() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lines.add(line);
			}
		} catch (IOException e) {
			lines.add("stdout unreadable: " + e);
		} finally {
			lines.add(END);
		}
	}

	/**
	 * Waits for the first line that matches, skipping (and remembering) the others.
	 *
	 * @throws AssertionError if the worker ends or {@link #PATIENCE} runs out first
	 */
	String awaitLine(Predicate<String> wanted, String description) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (true) {
			String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			if (line == null || END.equals(line)) {
				if (END.equals(line)) {
					lines.add(END);
				}
				throw new AssertionError("worker " + name + " did not print " + description
						+ (line == null ? " within " + PATIENCE : " before its output ended") + "; " + diagnostics());
			}
			seen.add(line);
			if (wanted.test(line)) {
				return line;
			}
		}
	}

	String awaitLine(String exact) throws InterruptedException {
		return awaitLine(exact::equals, "'" + exact + "'");
	}

	void send(String line) throws IOException {
		stdin.write(line + "\n");
		stdin.flush();
	}

	boolean isAlive() {
		return process.isAlive();
	}

	/** SIGKILL on Linux: no shutdown hooks, no finally blocks, no H2 close. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS);
	}

	/** Waits for the worker to end and returns its exit code. */
	int exitCode() throws InterruptedException {
		if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
			throw new AssertionError("worker " + name + " did not end within " + PATIENCE + "; " + diagnostics());
		}
		return process.exitValue();
	}

	/** Every stdout line read so far, including those not yet awaited. */
	List<String> output() {
		List<String> all = new ArrayList<>(seen);
		lines.forEach(line -> {
			if (!END.equals(line)) {
				all.add(line);
			}
		});
		return all;
	}

	/** What the worker printed, for failure messages. */
	String diagnostics() {
		String errors;
		try {
			errors = Files.readString(stderr);
		} catch (IOException e) {
			errors = "(unreadable: " + e + ")";
		}
		List<String> out = output();
		return "stdout (last lines): " + out.subList(Math.max(0, out.size() - 5), out.size()) + "; stderr: " + errors;
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}
}
