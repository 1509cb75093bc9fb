package org.sisuite.core.image.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.SisHome;
import org.sisuite.core.Statuses;
import org.sisuite.core.store.ImageStore;
import org.sisuite.core.store.ImageStore.ImageSpec;
import org.sisuite.core.store.SisDatabase;

/**
 * Runs commands in a real tiny root (busybox) as chroot: what they see, what the new version
 * holds, what the old one keeps, that no mount is left, and that failure and cancellation change
 * nothing.
 */
@Timeout(120)
class ImageExecOperationTest {

	@TempDir
	Path temp;

	private SisHome home;
	private SisDatabase database;
	private ImageStore store;
	private Path imagePath;

	@BeforeEach
	void image() throws Exception {
		String missing = TinyRoot.missing();
		assumeTrue(missing == null, missing);
		home = SisHome.at(temp.resolve("home")).ensureDirectories();
		database = SisDatabase.embedded(home.databaseDirectory()).open();
		store = new ImageStore(database, home.imagesDirectory());
		store.add(new ImageSpec("tiny", null, "x86_64", null, null, null));
		imagePath = store.buildTarget("tiny").path();
		Files.createDirectories(imagePath);
		store.recordVersion("tiny", "made by the test", 0, number -> {
			try {
				TinyRoot.make(ImageBuildOperation.versionDirectory(imagePath, number));
			} catch (IOException | InterruptedException e) {
				throw new CoreException(Statuses.error(e.getMessage(), e));
			}
		});
	}

	@AfterEach
	void closeDatabase() {
		if (database != null) {
			// before @TempDir removes the directory: an open H2 may still write its files
			database.close();
		}
	}

	private ImageExecResult exec(List<String> output, NullProgressMonitor monitor, String script) throws CoreException {
		return new ImageExecOperation(store, home, new ImageExecRequest("tiny", List.of("/bin/busybox", "sh", "-c", script), null,
				output::add)).execute(monitor);
	}

	@Test
	void theCommandRunsInTheChrootAndItsChangesBecomeANewVersion() throws Exception {
		List<String> output = new CopyOnWriteArrayList<>();
		ImageExecResult result = exec(output, new NullProgressMonitor(), """
				echo changed > /etc/motd
				/bin/busybox cat /proc/version > /etc/kernel-seen
				/bin/busybox test -c /dev/null && echo has-dev-null
				/bin/busybox test -d /sys/kernel && echo has-sys
				/bin/busybox test -c /dev/pts/ptmx && echo has-dev-pts
				/bin/busybox ls /
				""");
		assertEquals(1, result.from());
		assertEquals(2, result.version().number());
		assertEquals(1, result.version().parent());
		assertEquals(Integer.valueOf(2), store.buildTarget("tiny").currentVersion());
		Path v1 = imagePath.resolve("v1");
		Path v2 = imagePath.resolve("v2");
		assertEquals(v2.toString(), result.path());
		assertEquals("changed\n", Files.readString(v2.resolve("etc/motd")));
		assertEquals(Files.readString(Path.of("/proc/version")), Files.readString(v2.resolve("etc/kernel-seen")),
				"the command read the kernel's /proc inside the chroot");
		assertEquals("tiny\n", Files.readString(v1.resolve("etc/motd")), "the old version is untouched");
		assertFalse(Files.exists(v1.resolve("etc/kernel-seen")));
		assertTrue(output.containsAll(List.of("has-dev-null", "has-sys", "has-dev-pts")), output.toString());
		assertTrue(output.contains("bin") && output.contains("etc") && !output.contains("home"),
				"ls / lists the image's root, not the host's: " + output);
		assertNoMountsBelow(imagePath);
		assertFalse(Files.exists(v2.resolve("proc")), "the mount points the run had to create are gone");
		assertEquals(List.of("v1", "v2"), entries(imagePath));
		assertTrue(Files.readString(Path.of(result.log())).contains("has-sys"), "the log keeps the output");
	}

	@Test
	void aFailingCommandLeavesTheImageAsItWasAndKeepsItsLog() throws Exception {
		List<String> output = new CopyOnWriteArrayList<>();
		CoreException failure = assertThrows(CoreException.class, () -> exec(output, new NullProgressMonitor(),
				"echo broken > /etc/motd; echo something went wrong; exit 3"));
		String message = failure.getStatus().getMessage();
		assertFalse(Statuses.isBadInput(failure.getStatus()));
		assertTrue(message.contains("exit code 3"), message);
		assertTrue(message.contains("something went wrong"), message);
		assertTrue(message.contains("version 1, which is unchanged"), message);
		assertEquals(Integer.valueOf(1), store.buildTarget("tiny").currentVersion());
		assertEquals("tiny\n", Files.readString(imagePath.resolve("v1/etc/motd")));
		assertEquals(List.of("v1"), entries(imagePath), "no new version, no copy left behind");
		assertNoMountsBelow(imagePath);
		try (Stream<Path> logs = Files.list(home.logsDirectory())) {
			Path log = logs.filter(p -> p.getFileName().toString().startsWith("exec-tiny-")).findFirst().orElseThrow();
			assertTrue(Files.readString(log).contains("something went wrong"));
			assertTrue(message.contains(log.toString()), message);
		}
	}

	@Test
	void cancellingKillsTheCommandUnmountsAndRecordsNothing() throws Exception {
		NullProgressMonitor monitor = new NullProgressMonitor();
		List<String> output = new CopyOnWriteArrayList<>() {
			private static final long serialVersionUID = 1L;

			@Override
			public boolean add(String line) {
				if (line.equals("started")) {
					monitor.setCanceled(true);
				}
				return super.add(line);
			}
		};
		assertThrows(OperationCanceledException.class, () -> exec(output, monitor, "echo started; exec /bin/busybox sleep 60"));
		assertNoMountsBelow(imagePath);
		assertEquals(Integer.valueOf(1), store.buildTarget("tiny").currentVersion());
		assertEquals(List.of("v1"), entries(imagePath));
	}

	@Test
	void anImageWithoutAVersionOrAnEmptyCommandIsBadInput() throws Exception {
		store.add(new ImageSpec("empty", null, "x86_64", null, null, null));
		CoreException none = assertThrows(CoreException.class, () -> new ImageExecOperation(store, home,
				new ImageExecRequest("empty", List.of("/bin/true"), null, null)).execute(new NullProgressMonitor()));
		assertTrue(Statuses.isBadInput(none.getStatus()));
		assertTrue(none.getStatus().getMessage().contains("no version yet"), none.getStatus().getMessage());
		CoreException empty = assertThrows(CoreException.class, () -> new ImageExecOperation(store, home,
				new ImageExecRequest("tiny", List.of(), null, null)).execute(new NullProgressMonitor()));
		assertTrue(Statuses.isBadInput(empty.getStatus()));
	}

	private static void assertNoMountsBelow(Path tree) throws IOException {
		String prefix = tree.toRealPath().toString();
		for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"), StandardCharsets.UTF_8)) {
			assertFalse(line.split(" ")[4].startsWith(prefix), "still mounted: " + line);
		}
	}

	private static List<String> entries(Path directory) throws IOException {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
