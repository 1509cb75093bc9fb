package org.sisuite.core.boot;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * The real Debian kernel package the boot environment tests use: bookworm's current
 * {@code linux-image-amd64} dependency, downloaded once (70 MB) into {@code ~/.cache/sis-test/kernel}
 * and kept there across runs. Tests are skipped, saying why, when it is neither cached nor
 * downloadable ({@code -Dsis.skipNetworkTests=true} uses only the cache).
 */
final class TestKernel {

	static final Path CACHE = Path.of(System.getProperty("user.home"), ".cache", "sis-test", "kernel");

	private static Path deb;
	private static Path built;
	private static BootManifest builtManifest;

	private TestKernel() {
	}

	/** The kernel package file, or the test is skipped. */
	static synchronized Path debOrSkip() {
		if (deb != null) {
			return deb;
		}
		if (!Boolean.getBoolean("sis.skipNetworkTests")) {
			try {
				deb = KernelPackage.fetch(KernelPackage.DEFAULT_MIRROR, KernelPackage.DEFAULT_SUITE, CACHE,
						new NullProgressMonitor());
				return deb;
			} catch (CoreException e) {
				// fall back to what an earlier run cached
			}
		}
		deb = cached();
		assumeTrue(deb != null, "no Debian kernel package: " + KernelPackage.DEFAULT_MIRROR
				+ " unreachable (or -Dsis.skipNetworkTests=true) and none cached in " + CACHE);
		return deb;
	}

	/** The newest cached package, or null. */
	private static Path cached() {
		if (!Files.isDirectory(CACHE)) {
			return null;
		}
		try (Stream<Path> files = Files.list(CACHE)) {
			List<Path> debs = files.filter(f -> f.getFileName().toString().matches("linux-image-.*\\.deb")).sorted().toList();
			return debs.isEmpty() ? null : debs.get(debs.size() - 1);
		} catch (IOException e) {
			return null;
		}
	}

	/**
	 * A boot environment built from the package with the default request (gzip, this host's
	 * tools), once per test run: building takes a minute on a busy machine. Removed when the JVM ends.
	 */
	static synchronized Path sharedBuild() throws CoreException, IOException {
		if (built == null) {
			Path directory = Files.createTempDirectory("sis-boot-test-");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					deleteTree(directory);
				} catch (IOException e) {
					// a temporary directory: the system cleans it
				}
			}));
			builtManifest = BootEnvironment.build(new BootBuildRequest(debOrSkip(), null, null, null, null, null, null,
					List.of(), null, "gzip", directory, List.of()), new NullProgressMonitor());
			built = directory;
		}
		return built;
	}

	/** The manifest of {@link #sharedBuild()}. */
	static synchronized BootManifest sharedManifest() throws CoreException, IOException {
		sharedBuild();
		return builtManifest;
	}

	/** The package unpacked below {@code directory}. */
	static KernelPackage.Kernel unpacked(Path directory) throws CoreException {
		return KernelPackage.unpack(debOrSkip(), directory);
	}

	static void deleteTree(Path directory) throws IOException {
		try (Stream<Path> walk = Files.walk(directory)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
