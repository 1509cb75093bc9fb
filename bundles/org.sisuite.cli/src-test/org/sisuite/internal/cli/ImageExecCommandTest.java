package org.sisuite.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.sisuite.core.Statuses;
import org.sisuite.core.store.ImageStore;

/** {@code sis image exec}: a real chroot into a busybox tree; success adds a version, failure exits 1 and adds none. */
class ImageExecCommandTest extends CommandLineTestSupport {

	@Test
	void aCommandThatSucceedsMakesANewVersionAndOneThatFailsDoesNot() throws Exception {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/busybox")), "needs busybox");
		assumeTrue(run("id", "-u").strip().equals("0"), "needs root (chroot, mount)");
		ok("image", "add", "tiny", "--arch", "x86_64");
		Path images = temp.resolve("home/images/tiny");
		ImageStore store = ImageCommand.store(TestContexts.context(temp.resolve("home"), new StringWriter(), new StringWriter()));
		store.recordVersion("tiny", "by the test", 0, number -> {
			try {
				busyboxRoot(images.resolve("v" + number));
			} catch (IOException | InterruptedException e) {
				throw new CoreException(Statuses.error(e.getMessage(), e));
			}
		});

		ok("image", "exec", "tiny", "--message", "add a user", "--", "/bin/busybox", "sh", "-c",
				"echo 'alice:x:1000:1000::/home/alice:/bin/sh' >> /etc/passwd; /bin/busybox grep -c ^ /proc/mounts >/dev/null && echo in-the-image");
		assertTrue(out.toString().contains("in-the-image"), out.toString());
		assertTrue(out.toString().contains("Image tiny version 2 (parent 1)"), out.toString());
		assertTrue(Files.readString(images.resolve("v2/etc/passwd")).contains("alice"));
		assertFalse(Files.readString(images.resolve("v1/etc/passwd")).contains("alice"));
		ok("image", "show", "tiny");
		assertTrue(out.toString().contains("add a user"), out.toString());

		assertEquals(1, sis("image", "exec", "tiny", "--", "/bin/busybox", "sh", "-c", "echo no such thing >&2; exit 7"));
		assertTrue(err.toString().contains("exit code 7") && err.toString().contains("no such thing"), err.toString());
		assertFalse(Files.exists(images.resolve("v3")));
		ok("image", "show", "tiny", "--json");
		assertTrue(out.toString().matches("(?s).*\"currentVersion\"\\s*:\\s*2\\b.*"), out.toString());

		assertEquals(2, sis("image", "exec", "tiny"), "no command");
		assertEquals(2, sis("image", "exec", "nope", "--", "/bin/true"));
		String mounts = Files.readString(Path.of("/proc/self/mountinfo"));
		assertFalse(mounts.contains(images.toRealPath().toString()), mounts);
	}

	/** /bin/busybox with the libraries ldd names, /etc/passwd. */
	private static void busyboxRoot(Path root) throws IOException, InterruptedException {
		Files.createDirectories(root.resolve("bin"));
		Files.createDirectories(root.resolve("etc"));
		Files.copy(Path.of("/usr/bin/busybox"), root.resolve("bin/busybox"), StandardCopyOption.COPY_ATTRIBUTES);
		Matcher libraries = Pattern.compile("(/\\S+)").matcher(run("ldd", "/usr/bin/busybox"));
		while (libraries.find()) {
			Path library = Path.of(libraries.group(1));
			Path copy = root.resolve(library.toString().substring(1));
			Files.createDirectories(copy.getParent());
			Files.copy(library.toRealPath(), copy, StandardCopyOption.REPLACE_EXISTING);
		}
		Files.writeString(root.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\n");
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed:\n" + output);
		}
		return output;
	}
}
