package org.sisuite.core.disk.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the system tools the disk tests need, with a timeout, capturing what they print. */
final class Processes {

	record Result(int exit, String out, String err) {
		boolean ok() {
			return exit == 0;
		}

		@Override
		public String toString() {
			return "exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
		}
	}

	private Processes() {
	}

	static Result run(List<String> command) throws IOException, InterruptedException {
		return run(command, null, 120);
	}

	static Result run(List<String> command, String input, int timeoutSeconds) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).start();
		CompletableFuture<String> out = read(process.getInputStream());
		CompletableFuture<String> err = read(process.getErrorStream());
		try (OutputStream stdin = process.getOutputStream()) {
			if (input != null) {
				stdin.write(input.getBytes(StandardCharsets.UTF_8));
			}
		}
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
		}
		return new Result(process.exitValue(), out.join(), err.join());
	}

	/** Whether a program is on the PATH (or an absolute executable). */
	static boolean installed(String program) {
		if (program.startsWith("/")) {
			return Files.isExecutable(Path.of(program));
		}
		String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin";
		for (String dir : path.split(":")) {
			if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
				return true;
			}
		}
		return false;
	}

	private static CompletableFuture<String> read(InputStream stream) {
		return CompletableFuture.supplyAsync(() -> {
			try (stream) {
				return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
			} catch (IOException e) {
				return "(unreadable: " + e.getMessage() + ")";
			}
		});
	}
}
