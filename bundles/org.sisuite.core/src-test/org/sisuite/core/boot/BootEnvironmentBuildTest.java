package org.sisuite.core.boot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds boot environments from a real Debian kernel package and this host's tools, and reads them
 * back with GNU cpio: reproducible to the byte, with /init, busybox, every tool and library, and
 * the modules each after its dependencies.
 */
class BootEnvironmentBuildTest {

	@TempDir
	Path temp;

	@Test
	void twoBuildsAreByteIdenticalAndCpioReadsEverythingInIt() throws Exception {
		assumeTrue(ToolRuns.installed("cpio"), "GNU cpio is not installed (Debian package cpio)");
		BootManifest first = TestKernel.sharedManifest();
		Path one = TestKernel.sharedBuild();
		// the second build from the same kernel, unpacked by hand: --kernel FILE --modules DIR
		Path kernelDir = Files.createDirectory(temp.resolve("kernel"));
		KernelPackage.Kernel kernel = TestKernel.unpacked(kernelDir);
		BootManifest second = BootEnvironment.build(new BootBuildRequest(null, null, kernel.kernel(), kernel.modules(), null,
				null, null, List.of(), null, "gzip", temp.resolve("two"), List.of()), new NullProgressMonitor());
		byte[] initrd = Files.readAllBytes(one.resolve("initrd.img"));
		assertArrayEquals(initrd, Files.readAllBytes(temp.resolve("two/initrd.img")), "same inputs, same initramfs");
		assertEquals(first.initrdSha256(), second.initrdSha256());
		assertEquals(first.modules(), second.modules());
		assertArrayEquals(Files.readAllBytes(one.resolve("kernel")), Files.readAllBytes(temp.resolve("two/kernel")));
		assertEquals(first, BootManifest.read(one), "the manifest reads back");
		assertEquals(initrd.length, first.initrdSize());

		byte[] cpio;
		try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(initrd))) {
			cpio = gzip.readAllBytes();
		}
		ToolRuns.Result list = ToolRuns.run(List.of("cpio", "-t", "--quiet"), null, cpio);
		assertEquals(0, list.exit(), list.output());
		List<String> names = list.output().lines().toList();
		assertEquals(first.entries(), names.size());
		assertTrue(names.contains("init"));
		assertTrue(names.contains("usr/bin/busybox"));
		assertTrue(names.contains("usr/share/udhcpc/default.script"));
		assertTrue(names.contains("usr/lib64/ld-linux-x86-64.so.2"), "the dynamic loader");
		for (String tool : BootEnvironment.REQUIRED_TOOLS) {
			String path = first.tools().get(tool);
			assertTrue(path != null && names.contains(path.substring(1)), tool + " at " + path);
		}
		assertTrue(first.libraries().contains("usr/lib/x86_64-linux-gnu/libc.so.6"), first.libraries().toString());
		assertTrue(first.libraries().stream().anyMatch(l -> l.contains("libblkid.so.1")), "sfdisk's and blkid's library");
		for (String library : first.libraries()) {
			assertTrue(names.contains(library), library);
		}
		ToolRuns.Result verbose = ToolRuns.run(List.of("cpio", "-t", "-v", "--quiet"), null, cpio);
		assertTrue(verbose.output().lines().anyMatch(l -> l.startsWith("l") && l.endsWith("usr/sbin/mkfs.ext4 -> /usr/sbin/mke2fs")),
				"tool links stay links");
		assertTrue(verbose.output().lines().anyMatch(l -> l.startsWith("l") && l.endsWith("usr/sbin/pvcreate -> /usr/sbin/lvm")));
		assertTrue(verbose.output().lines().anyMatch(l -> l.startsWith("l") && l.endsWith("usr/bin/udhcpc -> /usr/bin/busybox")
				|| l.endsWith("usr/sbin/udhcpc -> /usr/bin/busybox")), "busybox applets are links");
		assertFalse(names.stream().anyMatch(n -> n.endsWith(".ko.xz") || n.endsWith(".ko.zst")), "modules are stored plain");

		// the modules in load order: each after everything it depends on
		String order = new String(ToolRuns.run(List.of("cpio", "-i", "--quiet", "--to-stdout", "etc/sis/modules"), null, cpio)
				.output());
		List<String> loaded = new ArrayList<>();
		for (String line : order.lines().toList()) {
			assertTrue(names.contains("usr" + line), line + " is in the initramfs");
			loaded.add(KernelModules.moduleName(line.substring(line.lastIndexOf('/') + 1)));
		}
		assertEquals(first.modules(), loaded);
		for (String needed : List.of("virtio_blk", "virtio_net", "virtio_scsi", "ahci", "nvme", "e1000", "e1000e", "ext4",
				"xfs", "vfat", "nls_ascii", "raid1", "raid456", "dm_mod")) {
			assertTrue(loaded.contains(needed), needed + " in " + loaded);
		}
		KernelModules modules = KernelModules.at(kernel.modules());
		for (KernelModules.Module module : modules.select(first.modules()).modules()) {
			for (String dependency : module.depends()) {
				if (loaded.contains(dependency)) {
					assertTrue(loaded.indexOf(dependency) < loaded.indexOf(module.name()),
							dependency + " loads before " + module.name());
				}
			}
		}
		assertTrue(loaded.indexOf("jbd2") >= 0 && loaded.indexOf("jbd2") < loaded.indexOf("ext4"), "ext4 needs jbd2");
		assertTrue(loaded.indexOf("md_mod") < loaded.indexOf("raid1"), "raid1 needs md_mod");
	}

	@Test
	void xzCompressionIsReproducibleUsesCrc32AndXzReadsIt() throws Exception {
		assumeTrue(ToolRuns.installed("xz"), "xz is not installed");
		InitramfsTree tree = new InitramfsTree();
		tree.file("init", BootEnvironment.initScript().getBytes(java.nio.charset.StandardCharsets.UTF_8), 0755);
		tree.file("etc/sis/modules", new byte[0], 0644);
		java.io.ByteArrayOutputStream cpio = new java.io.ByteArrayOutputStream();
		tree.writeCpio(cpio);
		byte[] one = BootEnvironment.compress(cpio.toByteArray(), "xz");
		assertArrayEquals(one, BootEnvironment.compress(cpio.toByteArray(), "xz"));
		assertEquals(1, one[7], "stream flags: CRC32 check, the one the kernel's xz decoder supports");
		Path file = temp.resolve("initrd.xz");
		Files.write(file, one);
		ToolRuns.Result check = ToolRuns.run(List.of("xz", "--robot", "--list", file.toString()), null, null);
		assertEquals(0, check.exit(), check.output());
		assertTrue(check.output().contains("CRC32"), check.output());
		ToolRuns.Result decompressed = ToolRuns.run(List.of("xz", "-d", "-c", file.toString()), null, null);
		assertEquals(0, decompressed.exit());
		assertTrue(decompressed.output().contains("sis_parse_cmdline"));
	}
}
