package org.sisuite.core.netboot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.netboot.NetbootGenerator.DhcpServer;

/**
 * The generated configurations pass the real servers' own checks: {@code dhcpd -t} (Debian
 * isc-dhcp-server), {@code dnsmasq --test} (dnsmasq-base), {@code kea-dhcp4 -t} (kea-dhcp4-server)
 * and {@code grub-script-check} (grub-common). Each test first shows that the tool rejects a broken
 * copy, so a pass means something. Skipped, saying why, where a tool is not installed ({@code .ci/run}
 * installs them all).
 */
class RealToolsTest {

	@TempDir
	Path temp;

	private Path output;

	@BeforeEach
	void generate() throws Exception {
		output = temp.resolve("out");
		new NetbootGenerator(NetbootFixtures.settings(), output, EnumSet.allOf(DhcpServer.class))
				.generate(NetbootFixtures.site(), new NullProgressMonitor());
	}

	@Test
	void iscDhcpdAcceptsItsConfiguration() throws Exception {
		Path dhcpd = tool("/usr/sbin/dhcpd", "isc-dhcp-server");
		Path config = output.resolve("dhcpd.conf");
		Path broken = brokenCopy(config, "host node001 {", "host node001 { hardware ethernet zz;");
		assertNotEquals(0, run(dhcpd.toString(), "-t", "-cf", broken.toString()).exitCode());
		Result result = run(dhcpd.toString(), "-t", "-cf", config.toString());
		assertEquals(0, result.exitCode(), result.output());
	}

	@Test
	void dnsmasqAcceptsItsConfiguration() throws Exception {
		Path dnsmasq = tool("/usr/sbin/dnsmasq", "dnsmasq-base");
		Path config = output.resolve("dnsmasq.conf");
		Path broken = brokenCopy(config, "enable-tftp", "enable-tftp\ndhcp-host=zz:zz,node001,10.0.0.300");
		assertNotEquals(0, run(dnsmasq.toString(), "--test", "--conf-file=" + broken).exitCode());
		Result result = run(dnsmasq.toString(), "--test", "--conf-file=" + config);
		assertEquals(0, result.exitCode(), result.output());
		assertTrue(result.output().contains("syntax check OK"), result.output());
	}

	@Test
	void keaAcceptsItsConfigurationIncludingMacsThatShareAnAddress() throws Exception {
		Path kea = tool("/usr/sbin/kea-dhcp4", "kea-dhcp4-server");
		Path config = output.resolve("kea-dhcp4.conf");
		// without this setting Kea refuses node001's two MACs with one address
		Path broken = brokenCopy(config, "\"ip-reservations-unique\": false,", "");
		Result refused = run(kea.toString(), "-t", broken.toString());
		assertNotEquals(0, refused.exitCode(), refused.output());
		assertTrue(refused.output().contains("already a reservation for this address"), refused.output());
		Result result = run(kea.toString(), "-t", config.toString());
		assertEquals(0, result.exitCode(), result.output());
	}

	@Test
	void grubAcceptsEveryGeneratedFile() throws Exception {
		Path check = tool("/usr/bin/grub-script-check", "grub-common");
		List<Path> files;
		try (Stream<Path> list = Files.list(output.resolve("tftp/grub"))) {
			files = list.sorted().toList();
		}
		assertEquals(9, files.size(), files.toString());
		Path broken = brokenCopy(files.get(1), "\tinitrd", "\tinitrd {");
		assertNotEquals(0, run(check.toString(), broken.toString()).exitCode());
		for (Path file : files) {
			Result result = run(check.toString(), file.toString());
			assertEquals(0, result.exitCode(), file + ": " + result.output());
		}
	}

	private static Path tool(String path, String debianPackage) {
		Path tool = Path.of(path);
		assumeTrue(Files.isExecutable(tool), path + " is not installed (Debian package " + debianPackage + ")");
		return tool;
	}

	private Path brokenCopy(Path file, String find, String replace) throws IOException {
		String content = Files.readString(file);
		assertTrue(content.contains(find), "cannot break " + file + ": no '" + find + "'");
		Path broken = temp.resolve("broken-" + file.getFileName());
		Files.writeString(broken, content.replace(find, replace));
		return broken;
	}

	private record Result(int exitCode, String output) {
	}

	private Result run(String... command) throws IOException, InterruptedException {
		List<String> arguments = new ArrayList<>(List.of(command));
		Process process = new ProcessBuilder(arguments).redirectErrorStream(true).directory(temp.toFile()).start();
		process.getOutputStream().close();
		byte[] output = process.getInputStream().readAllBytes();
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
		return new Result(process.exitValue(), String.join(" ", command) + "\n" + new String(output, StandardCharsets.UTF_8));
	}
}
