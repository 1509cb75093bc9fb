package org.sisuite.core.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The boot environment's {@code /init} and udhcpc script: clean for {@code shellcheck -s sh}, and
 * the kernel command line contract (sis.* over si.*, ip=, BOOTIF) as busybox ash parses it.
 */
class InitScriptTest {

	@TempDir
	Path temp;

	@Test
	void scriptsPassShellcheckAsPosixSh() throws Exception {
		assumeTrue(ToolRuns.installed("shellcheck"), "shellcheck is not installed");
		Path init = temp.resolve("init");
		Path udhcpc = temp.resolve("default.script");
		Files.writeString(init, BootEnvironment.initScript());
		Files.writeString(udhcpc, BootEnvironment.udhcpcScript());
		ToolRuns.Result result = ToolRuns.run(List.of("shellcheck", "-s", "sh", init.toString(), udhcpc.toString()), null,
				null);
		assertEquals(0, result.exit(), result.output());
	}

	@Test
	void systemImagerNamesWithDhcp() throws Exception {
		Map<String, String> settings = parse("BOOT_IMAGE=/sis/kernel console=ttyS0 si.image-server=10.0.0.1 "
				+ "si.image-name=compute si.monitor-server=10.0.0.2 si.monitor-port=9000 si.script-name=special.sh "
				+ "rd.neednet=1 ip=dhcp BOOTIF=01-AA-BB-cc-dd-ee-0F");
		assertEquals("10.0.0.1", settings.get("SIS_SERVER"));
		assertEquals("compute", settings.get("SIS_IMAGE"));
		assertEquals("special.sh", settings.get("SIS_SCRIPT"));
		assertEquals("10.0.0.2", settings.get("SIS_MONITOR_HOST"));
		assertEquals("9000", settings.get("SIS_MONITOR_PORT"));
		assertEquals("873", settings.get("SIS_RSYNC_PORT"));
		assertEquals("dhcp", settings.get("SIS_BOOT_MODE"));
		assertEquals("aa:bb:cc:dd:ee:0f", settings.get("SIS_BOOT_MAC"));
		assertEquals("reboot", settings.get("SIS_BOOT_DONE"));
	}

	@Test
	void sisNamesWinAndStaticAddressing() throws Exception {
		Map<String, String> settings = parse("si.image-server=10.0.0.1 sis.server=10.9.9.9 si.image-name=old sis.image=new "
				+ "sis.monitor=mon.example:7000 si.monitor-server=10.0.0.2 si.monitor-port=9000 sis.rsync-port=8873 "
				+ "sis.hostname=node007 ip=10.0.0.5:10.0.0.1:10.0.0.254:255.255.254.0:ignored:eth1:none sis.done=poweroff *");
		assertEquals("10.9.9.9", settings.get("SIS_SERVER"));
		assertEquals("new", settings.get("SIS_IMAGE"));
		assertEquals("mon.example", settings.get("SIS_MONITOR_HOST"));
		assertEquals("7000", settings.get("SIS_MONITOR_PORT"));
		assertEquals("8873", settings.get("SIS_RSYNC_PORT"));
		assertEquals("node007", settings.get("SIS_HOSTNAME"), "sis.hostname wins over ip='s host name");
		assertEquals("static", settings.get("SIS_BOOT_MODE"));
		assertEquals("10.0.0.5", settings.get("SIS_BOOT_ADDRESS"));
		assertEquals("10.0.0.254", settings.get("SIS_BOOT_GATEWAY"));
		assertEquals("23", settings.get("SIS_BOOT_PREFIX"));
		assertEquals("eth1", settings.get("SIS_BOOT_DEVICE"));
		assertEquals("poweroff", settings.get("SIS_BOOT_DONE"));
	}

	@Test
	void staticAddressGivesServerAndHostNameWhenNotSetOtherwise() throws Exception {
		Map<String, String> settings = parse("ip=192.168.7.20:192.168.7.1::24:node020::off sis.monitor=192.168.7.1");
		assertEquals("192.168.7.1", settings.get("SIS_SERVER"));
		assertEquals("node020", settings.get("SIS_HOSTNAME"));
		assertEquals("24", settings.get("SIS_BOOT_PREFIX"));
		assertEquals("", settings.get("SIS_BOOT_GATEWAY"));
		assertEquals("192.168.7.1", settings.get("SIS_MONITOR_HOST"));
		assertEquals("8181", settings.get("SIS_MONITOR_PORT"), "the default monitor port");
		assertEquals("", settings.get("SIS_IMAGE"));
	}

	/** Runs {@code /init --parse-only} under busybox ash and reads its NAME=value lines. */
	private Map<String, String> parse(String cmdline) throws Exception {
		assumeTrue(ToolRuns.installed("busybox"), "busybox is not installed");
		Path init = temp.resolve("init");
		Path file = temp.resolve("cmdline");
		Files.writeString(init, BootEnvironment.initScript());
		Files.writeString(file, cmdline + "\n");
		ToolRuns.Result result = ToolRuns.run(List.of("busybox", "ash", init.toString(), "--parse-only", file.toString()),
				temp, null);
		assertEquals(0, result.exit(), result.output());
		Map<String, String> settings = new LinkedHashMap<>();
		for (String line : result.output().lines().toList()) {
			int equals = line.indexOf('=');
			settings.put(line.substring(0, equals), line.substring(equals + 1));
		}
		return settings;
	}
}
