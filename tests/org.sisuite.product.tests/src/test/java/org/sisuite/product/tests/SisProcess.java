package org.sisuite.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code ./sis} launcher of this checkout as a separate process. */
final class SisProcess {

	record Result(int exitCode, String out, String err) {
	}

	static Path root() {
		return Path.of(System.getProperty("sis.root", "../..")).toAbsolutePath().normalize();
	}

	static Result run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
		return run(environment, 120, args);
	}

	/** As {@link #run(Map, String...)}, bounded by {@code seconds} (an image build takes minutes). */
	static Result run(Map<String, String> environment, long seconds, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(root().resolve("sis").toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putAll(environment);
		Path out = Files.createTempFile("sis-out", ".txt");
		Path err = Files.createTempFile("sis-err", ".txt");
		builder.redirectOutput(out.toFile()).redirectError(err.toFile());
		Process process = builder.start();
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("sis " + String.join(" ", args) + " did not finish within " + seconds + " s");
		}
		try {
			return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			Files.delete(out);
			Files.delete(err);
		}
	}

	private SisProcess() {
	}
}
