package org.sisuite.core.boot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a real tool for a test and returns its output (stdout and stderr merged). */
final class ToolRuns {

	record Result(int exit, String output) {
	}

	private ToolRuns() {
	}

	static boolean installed(String program) {
		for (String directory : List.of("/usr/bin", "/usr/sbin", "/bin", "/sbin")) {
			if (Files.isExecutable(Path.of(directory, program))) {
				return true;
			}
		}
		return false;
	}

	static Result run(List<String> command, Path directory, byte[] input) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		// listings in a fixed form: English, times in UTC
		builder.environment().put("LC_ALL", "C");
		builder.environment().put("TZ", "UTC");
		if (directory != null) {
			builder.directory(directory.toFile());
		}
		Process process = builder.start();
		Thread feeder = new Thread(() -> {
			try (var in = process.getOutputStream()) {
				if (input != null) {
					in.write(input);
				}
			} catch (IOException e) {
				// the tool stopped reading; its exit code tells
			}
		});
		feeder.start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException(command + " did not finish in 120 s");
		}
		feeder.join();
		return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}
}
