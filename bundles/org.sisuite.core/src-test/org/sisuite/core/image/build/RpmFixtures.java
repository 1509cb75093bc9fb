package org.sisuite.core.image.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A tiny rpm repository built for real with rpmbuild and createrepo_c: {@code glibc} (the build
 * machine's libc and dynamic loader), {@code bash} (its dash as {@code /bin/sh}, so post-install
 * actions can run in the image; Requires(pre) glibc), {@code sash} (noarch, a file, Requires bash).
 */
final class RpmFixtures {

	static final String LIBC = "/lib/x86_64-linux-gnu/libc.so.6";
	static final String LOADER = "/lib64/ld-linux-x86-64.so.2";
	static final String SHELL = "/bin/dash";

	private RpmFixtures() {
	}

	/** Whether this machine can build and install the fixture (tools, root, an x86_64 dash). */
	static String missing() throws IOException, InterruptedException {
		for (String tool : List.of("/usr/bin/rpm", "/usr/bin/rpmbuild", "/usr/bin/createrepo_c", "/usr/sbin/chroot")) {
			if (!Files.isExecutable(Path.of(tool))) {
				return tool + " is not installed";
			}
		}
		for (String file : List.of(LIBC, LOADER, SHELL)) {
			if (!Files.exists(Path.of(file))) {
				return file + " is missing (the fixture copies this x86_64 machine's shell into its image)";
			}
		}
		if (!run(List.of("id", "-u"), null).strip().equals("0")) {
			return "needs root (rpm --root, chroot)";
		}
		return null;
	}

	/** Builds the three packages into {@code repository} and indexes it. */
	static Path repository(Path work) throws IOException, InterruptedException {
		Path repository = Files.createDirectories(work.resolve("repo"));
		spec(work, repository, "glibc", "2.36", null, List.of(), """
				mkdir -p %{buildroot}/lib/x86_64-linux-gnu %{buildroot}/lib64
				cp -L LIBC %{buildroot}/lib/x86_64-linux-gnu/libc.so.6
				cp -L LOADER %{buildroot}/lib64/ld-linux-x86-64.so.2
				""".replace("LIBC", LIBC).replace("LOADER", LOADER), List.of("/lib/x86_64-linux-gnu/libc.so.6", "/lib64/ld-linux-x86-64.so.2"));
		spec(work, repository, "bash", "5.2", null, List.of("Requires(pre): glibc"), """
				mkdir -p %{buildroot}/bin
				cp -L SHELL %{buildroot}/bin/sh
				""".replace("SHELL", SHELL), List.of("/bin/sh"));
		spec(work, repository, "sash", "3.8", "noarch", List.of("Requires: bash"), """
				mkdir -p %{buildroot}/etc
				echo 'sash was here' > %{buildroot}/etc/sash.conf
				""", List.of("/etc/sash.conf"));
		run(List.of("createrepo_c", "--quiet", repository.toString()), null);
		return repository;
	}

	private static void spec(Path work, Path repository, String name, String version, String arch, List<String> headers,
			String install, List<String> files) throws IOException, InterruptedException {
		StringBuilder spec = new StringBuilder();
		spec.append("Name: ").append(name).append("\nVersion: ").append(version).append("\nRelease: 1\n")
				.append("Summary: tiny ").append(name).append(" for image build tests\nLicense: MIT\nAutoReqProv: no\n");
		if (arch != null) {
			spec.append("BuildArch: ").append(arch).append('\n');
		}
		headers.forEach(h -> spec.append(h).append('\n'));
		spec.append("\n%description\nA test package.\n\n%install\n").append(install).append("\n%files\n");
		files.forEach(f -> spec.append(f).append('\n'));
		Path file = work.resolve(name + ".spec");
		Files.writeString(file, spec.toString(), StandardCharsets.UTF_8);
		Path top = work.resolve("rpmbuild-" + name);
		run(List.of("rpmbuild", "-bb", "--quiet", "--define", "_topdir " + top, "--define", "_rpmdir " + repository,
				"--define", "debug_package %{nil}", "--define", "__os_install_post %{nil}", "--define",
				"_build_id_links none", file.toString()), null);
	}

	static String run(List<String> command, Path directory) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
		if (directory != null) {
			builder.directory(directory.toFile());
		}
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed:\n" + out);
		}
		return out;
	}
}
