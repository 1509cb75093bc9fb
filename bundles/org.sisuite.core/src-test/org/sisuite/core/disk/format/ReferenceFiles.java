package org.sisuite.core.disk.format;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;

/**
 * The real SIS files in the shared reference folder ({@code <repo>/../shared/reference}), read as
 * test inputs where they are and never copied into the project (they are GPL data). Tests that
 * need them are skipped, saying why, when the folder is absent.
 */
final class ReferenceFiles {

	private ReferenceFiles() {
	}

	/** The repository root: the first directory upwards from the working directory that holds mvnw. */
	static Path repository() {
		Path directory = Path.of("").toAbsolutePath();
		while (directory != null && !Files.isRegularFile(directory.resolve("mvnw"))) {
			directory = directory.getParent();
		}
		if (directory == null) {
			throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
		}
		return directory;
	}

	/** The reference folder; skips the calling test when it is absent. */
	static Path root() {
		Path reference = repository().resolveSibling("shared").resolve("reference");
		assumeTrue(Files.isDirectory(reference), "the reference files are not at " + reference
				+ " (a checkout without the shared folder next to it): skipping the tests that read them");
		return reference;
	}

	static Path file(String relative) {
		Path file = root().resolve(relative);
		assumeTrue(Files.isRegularFile(file), "reference file " + file + " is absent: skipping");
		return file;
	}

	/** The files of a reference folder, sorted. */
	static List<Path> files(String folder, String suffix) throws IOException {
		try (Stream<Path> files = Files.list(root().resolve(folder))) {
			return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
	}

	/** The capture fixtures of this project (not reference data): {@code src-test/.../capture}. */
	static Path capture(String name) {
		return repository().resolve("bundles/org.sisuite.core/src-test/org/sisuite/core/disk/format/capture").resolve(name);
	}

	static DiskTableImport read(Path file) throws CoreException {
		return DiskTableFormats.read(DiskTableFormats.Input.of(file), null, null);
	}
}
