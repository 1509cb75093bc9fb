package org.sisuite.core.netboot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.Statuses;

class NetbootSettingsTest {

	@TempDir
	Path temp;

	@Test
	void onlyTheServerIsRequiredAndTheRestHasDefaults() throws CoreException {
		NetbootSettings settings = NetbootSettings.of(Map.of("server", "192.168.7.1"), "f");
		assertEquals("192.168.7.0", settings.subnet());
		assertEquals("255.255.255.0", settings.netmask());
		assertEquals(24, settings.prefixLength());
		assertNull(settings.rangeStart());
		assertEquals(List.of(), settings.dns());
		assertEquals("sis/kernel", settings.kernel());
		assertEquals("sis/initrd.img", settings.initrd());
		assertEquals("pxelinux.0", settings.biosLoader());
		assertEquals("grubx64.efi", settings.uefiLoader());
		assertEquals("grub", settings.grubDir());
		assertEquals("", settings.kernelArgs());
		assertTrue(settings.inSubnet("192.168.7.200"));
		assertTrue(!settings.inSubnet("192.168.8.1"));
	}

	@Test
	void aFileIsReadAndItsValuesChecked() throws CoreException, Exception {
		Path file = temp.resolve("netboot.properties");
		Files.writeString(file, """
				# the cluster network
				server = 10.2.0.1
				netmask = 255.255.0.0
				range = 10.2.100.1 - 10.2.100.250
				dns = 10.2.0.1 10.2.0.2
				kernel = /boot/x86_64/kernel
				""");
		Map<String, String> values = NetbootSettings.readFile(file);
		NetbootSettings settings = NetbootSettings.of(values, file.toString());
		assertEquals("10.2.0.0", settings.subnet());
		assertEquals("10.2.100.1", settings.rangeStart());
		assertEquals("10.2.100.250", settings.rangeEnd());
		assertEquals(List.of("10.2.0.1", "10.2.0.2"), settings.dns());
		assertEquals("boot/x86_64/kernel", settings.kernel());
		assertEquals(Map.of(), NetbootSettings.readFile(temp.resolve("missing.properties")));
	}

	@Test
	void mistakesAreBadInputNamingTheKeyAndTheSource() throws Exception {
		assertBad(Map.of(), "No network boot server address: set server= in f or pass --server IP");
		assertBad(Map.of("server", "10.0.0.300"), "(server in f)");
		assertBad(Map.of("server", "10.0.0.1", "netmask", "255.0.255.0"), "Invalid netmask '255.0.255.0' in f");
		assertBad(Map.of("server", "10.0.0.1", "subnet", "10.0.0.5"), "it has host bits set");
		assertBad(Map.of("server", "10.0.0.1", "range", "10.0.1.1-10.0.1.9"), "inside the subnet 10.0.0.0/24");
		assertBad(Map.of("server", "10.0.0.1", "range", "10.0.0.9-10.0.0.1"), "in order");
		assertBad(Map.of("server", "10.0.0.1", "kernel", "../etc/passwd"), "Invalid kernel '../etc/passwd'");
		assertBad(Map.of("server", "10.0.0.1", "kernel.args", "a; reboot"), "Invalid kernel.args");
		assertBad(Map.of("server", "10.0.0.1", "tftp.root", "srv/tftp"), "expected an absolute directory");

		Path file = temp.resolve("typo.properties");
		Files.writeString(file, "server=10.0.0.1\nrouters=10.0.0.254\n");
		CoreException e = assertThrows(CoreException.class, () -> NetbootSettings.readFile(file));
		assertTrue(Statuses.isBadInput(e.getStatus()));
		assertTrue(e.getMessage().contains("Unknown key(s) routers in " + file), e.getMessage());
	}

	private static void assertBad(Map<String, String> values, String expected) {
		CoreException e = assertThrows(CoreException.class, () -> NetbootSettings.of(values, "f"));
		assertTrue(Statuses.isBadInput(e.getStatus()), e.getMessage());
		assertTrue(e.getMessage().contains(expected), e.getMessage());
	}
}
