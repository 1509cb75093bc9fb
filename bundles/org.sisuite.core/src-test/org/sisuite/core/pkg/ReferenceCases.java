package org.sisuite.core.pkg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/** Reads the upstream test cases kept in ../shared/reference (read as data, never copied). */
final class ReferenceCases {

	private ReferenceCases() {
	}

	/** The reference folder next to the checkout, found from the working directory upwards. */
	static Path folder(String name) {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared/reference").resolve(name);
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
			Path sibling = dir.resolveSibling("shared").resolve("reference").resolve(name);
			if (Files.isDirectory(sibling)) {
				return sibling;
			}
		}
		Assumptions.abort("the reference data ../shared/reference/" + name + " is not next to this checkout");
		return null;
	}

	/** The non-comment, non-empty lines of a reference file, split at tabs. */
	static Stream<String[]> rows(String folder, String file) throws IOException {
		List<String> lines = Files.readAllLines(folder(folder).resolve(file), StandardCharsets.UTF_8);
		return lines.stream().filter(line -> !line.startsWith("#") && !line.isEmpty()).map(line -> line.split("\t", -1));
	}
}
