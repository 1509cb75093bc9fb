package org.sisuite.core.boot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cpio "newc" archive of a tree, read back by GNU cpio. */
class InitramfsTreeTest {

	@TempDir
	Path temp;

	@Test
	void gnuCpioListsAndExtractsTheTreeInPathOrder() throws Exception {
		assumeTrue(ToolRuns.installed("cpio"), "GNU cpio is not installed (Debian package cpio)");
		Path source = temp.resolve("source.bin");
		Files.write(source, new byte[] { 1, 2, 3, 4, 5 });
		InitramfsTree tree = new InitramfsTree();
		tree.file("/init", "#!/bin/sh\necho hi\n".getBytes(StandardCharsets.UTF_8), 0755);
		tree.file("usr/lib/x/blob", source, 0644);
		tree.symlink("bin", "usr/bin");
		tree.directory("usr/bin");
		tree.file("usr/bin/odd", new byte[] { 7 }, 0700);
		ByteArrayOutputStream cpio = new ByteArrayOutputStream();
		tree.writeCpio(cpio);
		assertEquals(0, cpio.size() % 512, "padded to 512 bytes as GNU cpio pads");

		ToolRuns.Result list = ToolRuns.run(List.of("cpio", "-t", "--quiet"), null, cpio.toByteArray());
		assertEquals(0, list.exit(), list.output());
		assertEquals(List.of("bin", "init", "usr", "usr/bin", "usr/bin/odd", "usr/lib", "usr/lib/x", "usr/lib/x/blob"),
				list.output().lines().toList());

		Path out = Files.createDirectory(temp.resolve("out"));
		ToolRuns.Result extract = ToolRuns.run(List.of("cpio", "-i", "-d", "--quiet", "--no-absolute-filenames"), out,
				cpio.toByteArray());
		assertEquals(0, extract.exit(), extract.output());
		assertEquals("#!/bin/sh\necho hi\n", Files.readString(out.resolve("init")));
		assertArrayEquals(new byte[] { 1, 2, 3, 4, 5 }, Files.readAllBytes(out.resolve("usr/lib/x/blob")));
		assertEquals(Path.of("usr/bin"), Files.readSymbolicLink(out.resolve("bin")));
		assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
				Files.getPosixFilePermissions(out.resolve("usr/bin/odd"))));

		ToolRuns.Result verbose = ToolRuns.run(List.of("cpio", "-t", "-v", "--quiet"), null, cpio.toByteArray());
		for (String line : verbose.output().lines().toList()) {
			// owner root root, modification time 0 (the epoch)
			assertEquals(true, line.matches("\\S+\\s+\\d+\\s+root\\s+root\\s+\\d+\\s+Jan\\s+1\\s+1970\\s+.*"), line);
		}
	}

	@Test
	void theListingReadsBackGzipAndXzArchives() throws Exception {
		InitramfsTree tree = new InitramfsTree();
		tree.file("init", new byte[] { 1, 2, 3 }, 0755);
		tree.symlink("bin", "usr/bin");
		ByteArrayOutputStream cpio = new ByteArrayOutputStream();
		tree.writeCpio(cpio);
		List<InitramfsListing.Entry> expected = List.of(new InitramfsListing.Entry("bin", "l", "0777", 7, "usr/bin"),
				new InitramfsListing.Entry("init", "f", "0755", 3, null));
		for (String compression : List.of("gzip", "xz")) {
			Path file = temp.resolve("initrd." + compression);
			Files.write(file, BootEnvironment.compress(cpio.toByteArray(), compression));
			assertEquals(expected, InitramfsListing.read(file), compression);
		}
	}

	@Test
	void refusesAFileWhereADirectoryIsAndPathsWithDotDot() {
		InitramfsTree tree = new InitramfsTree();
		tree.file("usr/bin/tool", new byte[0], 0755);
		assertThrows(IllegalArgumentException.class, () -> tree.file("usr/bin", new byte[0], 0644));
		assertThrows(IllegalArgumentException.class, () -> tree.file("usr/../etc/x", new byte[0], 0644));
	}
}
