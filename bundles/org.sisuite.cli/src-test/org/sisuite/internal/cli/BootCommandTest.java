package org.sisuite.internal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code sis boot build} and {@code sis boot show} on a real Debian kernel package: the one the
 * engine's tests cache in {@code ~/.cache/sis-test/kernel} (skipped, saying so, when there is none).
 */
class BootCommandTest extends CommandLineTestSupport {

	private static final Path KERNEL_CACHE = Path.of(System.getProperty("user.home"), ".cache", "sis-test", "kernel");

	@Test
	void buildsIntoTheBootDirectoryTheTftpTreeAndAnIsoThenShowsIt() throws Exception {
		Path deb = cachedKernelPackage();
		Path tftp = temp.resolve("tftp");
		Files.createDirectories(temp.resolve("home"));
		Files.writeString(temp.resolve("home/netboot.properties"), "server=10.0.0.1\ninitrd=sis/boot/initrd\n");
		boolean iso = Files.isExecutable(Path.of("/usr/bin/xorriso")) && Files.isRegularFile(Path.of("/usr/lib/ISOLINUX/isolinux.bin"));
		List<String> args = new java.util.ArrayList<>(List.of("boot", "build", "--kernel-package", deb.toString(),
				"--tftp-root", tftp.toString(), "--json"));
		if (iso) {
			args.addAll(List.of("--iso", temp.resolve("boot.iso").toString()));
		}
		ok(args.toArray(String[]::new));
		JsonObject built = JsonParser.parseString(out.toString()).getAsJsonObject();
		JsonObject manifest = built.getAsJsonObject("manifest");
		Path boot = temp.resolve("home/boot");
		assertEquals(boot.toString(), built.get("directory").getAsString());
		byte[] initrd = Files.readAllBytes(boot.resolve("initrd.img"));
		assertEquals(initrd.length, manifest.get("initrdSize").getAsLong());
		assertArrayEquals(initrd, Files.readAllBytes(tftp.resolve("sis/boot/initrd")), "initrd path from the settings");
		assertArrayEquals(Files.readAllBytes(boot.resolve("kernel")), Files.readAllBytes(tftp.resolve("sis/kernel")));
		assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
				Files.getPosixFilePermissions(boot.resolve("initrd.img"))), "readable by the TFTP and rsync daemons");
		if (iso) {
			byte[] image = Files.readAllBytes(temp.resolve("boot.iso"));
			assertEquals("CD001", new String(Arrays.copyOfRange(image, 0x8001, 0x8006), StandardCharsets.US_ASCII));
			assertEquals((byte) 0x55, image[510], "isohybrid: an MBR boot signature");
			assertEquals((byte) 0xaa, image[511]);
		}

		ok("boot", "show", "--json");
		JsonObject shown = JsonParser.parseString(out.toString()).getAsJsonObject();
		assertEquals(manifest, shown, "show reads what build wrote");
		assertTrue(shown.get("kernelVersion").getAsString().endsWith("-amd64"));
		assertTrue(shown.getAsJsonArray("modules").toString().contains("\"virtio_net\""));
		assertEquals("/usr/sbin/sfdisk", shown.getAsJsonObject("tools").get("sfdisk").getAsString());

		ok("boot", "show", "--files", "--json");
		com.google.gson.JsonArray entries = JsonParser.parseString(out.toString()).getAsJsonArray();
		assertEquals(manifest.get("entries").getAsInt(), entries.size());
		boolean init = false;
		for (var element : entries) {
			JsonObject entry = element.getAsJsonObject();
			init |= entry.get("path").getAsString().equals("init") && entry.get("mode").getAsString().equals("0755")
					&& entry.get("type").getAsString().equals("f");
		}
		assertTrue(init, "/init, executable");
		ok("boot", "show", "--files");
		assertTrue(out.toString().contains("usr/sbin/mkfs.ext4 -> /usr/sbin/mke2fs"), out.toString());

		ok("boot", "show");
		assertTrue(out.toString().contains("initrd.img (gzip)"), out.toString());
		assertTrue(out.toString().contains(shown.get("initrdSha256").getAsString()));
		assertTrue(out.toString().contains("Modules ("), out.toString());
	}

	@Test
	void badInput() throws Exception {
		assertEquals(2, sis("boot", "show"), "nothing built yet");
		assertTrue(err.toString().contains("sis boot build"), err.toString());
		assertEquals(2, sis("boot", "build", "--kernel", temp.resolve("vmlinuz").toString()));
		assertTrue(err.toString().contains("modules"), err.toString());
		assertEquals(2, sis("boot", "build", "--kernel-package", temp.resolve("missing.deb").toString()));
		assertEquals(2, sis("boot", "build", "--compression", "lz4", "--kernel", "k", "--modules", "m"));
		assertEquals(2, sis("boot"), "a noun alone");
	}

	private static Path cachedKernelPackage() throws IOException {
		assumeTrue(Files.isDirectory(KERNEL_CACHE), "no kernel package cached in " + KERNEL_CACHE
				+ " (org.sisuite.core's boot tests download one)");
		try (Stream<Path> files = Files.list(KERNEL_CACHE)) {
			List<Path> debs = files.filter(f -> f.getFileName().toString().matches("linux-image-.*\\.deb")).sorted().toList();
			assumeTrue(!debs.isEmpty(), "no kernel package cached in " + KERNEL_CACHE);
			return debs.get(debs.size() - 1);
		}
	}
}
