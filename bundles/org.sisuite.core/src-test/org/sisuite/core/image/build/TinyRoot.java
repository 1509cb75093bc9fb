package org.sisuite.core.image.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny root file system made from this machine's busybox and the libraries {@code ldd} names:
 * enough for {@code chroot ROOT /bin/busybox sh -c ...}.
 */
final class TinyRoot {

	static final String BUSYBOX = "/usr/bin/busybox";
	private static final Pattern LIBRARY = Pattern.compile("(/\\S+)");

	private TinyRoot() {
	}

	/** Why this machine cannot make or enter one; null when it can. */
	static String missing() throws IOException, InterruptedException {
		for (String tool : new String[] { BUSYBOX, "/usr/bin/ldd", "/usr/sbin/chroot", "/usr/bin/mount" }) {
			if (!Files.isExecutable(Path.of(tool))) {
				return tool + " is not installed";
			}
		}
		if (!run("id", "-u").strip().equals("0")) {
			return "needs root (chroot, mount)";
		}
		return null;
	}

	/** Makes the tree at {@code root}: /bin/busybox, /bin/sh, its libraries, /etc, /tmp (no /proc, /sys, /dev). */
	static Path make(Path root) throws IOException, InterruptedException {
		Files.createDirectories(root.resolve("bin"));
		Files.createDirectories(root.resolve("etc"));
		Files.createDirectories(root.resolve("tmp"));
		Files.copy(Path.of(BUSYBOX), root.resolve("bin/busybox"), StandardCopyOption.COPY_ATTRIBUTES);
		Files.createSymbolicLink(root.resolve("bin/sh"), Path.of("busybox"));
		Matcher libraries = LIBRARY.matcher(run("ldd", BUSYBOX));
		while (libraries.find()) {
			Path library = Path.of(libraries.group(1));
			Path copy = root.resolve(library.toString().substring(1));
			Files.createDirectories(copy.getParent());
			Files.copy(library.toRealPath(), copy, StandardCopyOption.REPLACE_EXISTING);
		}
		Files.writeString(root.resolve("etc/motd"), "tiny\n");
		return root;
	}

	static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed:\n" + output);
		}
		return output;
	}
}
