package org.sisuite.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** {@code sis image build}: refuses what it cannot build; builds a one-package rpm image for real (as root). */
class ImageBuildCommandTest extends CommandLineTestSupport {

	@Test
	void anUnknownImageOrNoListIsBadInput() throws IOException {
		Path list = Files.writeString(temp.resolve("list.txt"), "hello\n");
		assertEquals(2, sis("image", "build", "compute", "--list", list.toString(), "--pool", temp.toString()));
		assertTrue(err.toString().contains("No image named 'compute'"), err.toString());
		assertEquals(0, sis("image", "add", "compute"));
		assertEquals(2, sis("image", "build", "compute", "--pool", temp.toString()));
		assertTrue(err.toString().contains("--list"), err.toString());
		assertEquals(2, sis("image", "build", "compute", "--package-list", "nope", "--pool", temp.toString()));
	}

	@Test
	void buildsAVersionThatShowLists() throws Exception {
		for (String tool : List.of("/usr/bin/rpm", "/usr/bin/rpmbuild", "/usr/bin/createrepo_c")) {
			assumeTrue(Files.isExecutable(Path.of(tool)), tool + " is not installed");
		}
		assumeTrue(run("id", "-u").strip().equals("0"), "needs root (rpm --root)");
		Path repo = Files.createDirectories(temp.resolve("repo"));
		Path spec = Files.writeString(temp.resolve("hello.spec"), """
				Name: hello
				Version: 1.0
				Release: 1
				Summary: a file
				License: MIT
				BuildArch: noarch
				AutoReqProv: no

				%description
				A test package.

				%install
				mkdir -p %{buildroot}/etc
				echo hello > %{buildroot}/etc/hello

				%files
				/etc/hello
				""");
		run("rpmbuild", "-bb", "--quiet", "--define", "_topdir " + temp.resolve("rpmbuild"), "--define", "_rpmdir " + repo,
				spec.toString());
		run("createrepo_c", "--quiet", repo.toString());
		Path list = Files.writeString(temp.resolve("list.txt"), "hello\n");

		assertEquals(0, sis("image", "add", "compute", "--arch", "x86_64"));
		assertEquals(0, sis("image", "build", "compute", "--list", list.toString(), "--pool", repo.toString(), "--note", "first"), err.toString());
		assertTrue(out.toString().startsWith("Built image compute version 1: 1 packages"), out.toString());
		assertEquals("hello\n", Files.readString(temp.resolve("home/images/compute/v1/etc/hello")));
		assertEquals(0, sis("image", "show", "compute"));
		assertTrue(out.toString().matches("(?s).*current version\\s+1\\b.*"), out.toString());
		assertTrue(out.toString().contains("first"), out.toString());
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed:\n" + output);
		}
		return output;
	}
}
