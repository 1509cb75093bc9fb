package org.sisuite.core.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.disk.DiskTableFixtures;
import org.sisuite.core.disk.plan.DiskPlan;
import org.sisuite.core.disk.plan.DiskPlanner;
import org.sisuite.core.disk.plan.PlanRequest;
import org.sisuite.core.disk.plan.PlanRequest.TargetDisk;
import org.sisuite.core.disk.plan.ShellScript;
import org.sisuite.model.DiskTable;

/** The install script with each fixture disk table's plan in it: shellcheck clean, parsed by dash and busybox ash. */
class InstallScriptTextTest {

	@TempDir
	Path temp;

	@Test
	void scriptsWithDiskPlansAreCleanForShellcheckDashAndBusybox() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/shellcheck")), "shellcheck is not installed");
		for (Map.Entry<String, Supplier<DiskTable>> fixture : DiskTableFixtures.all().entrySet()) {
			DiskTable table = fixture.getValue().get();
			List<TargetDisk> disks = table.getDisks().stream()
					.map(d -> new TargetDisk(d.getDevice(), DiskTableFixtures.DISK_BYTES)).toList();
			DiskPlan plan = DiskPlanner.plan(table, new PlanRequest(disks, Map.of(), null, null));
			String text = InstallScriptText.render(new InstallScriptText.Settings("compute", table.getName(),
					ShellScript.render(plan), "reboot", "grub2", 873,
					List.of(new ScriptClient("node001", List.of("aa:bb:cc:dd:ee:01"), List.of("rack1", "gpu"), "static",
							"10.0.0.11", 24, "10.0.0.1", "aa:bb:cc:dd:ee:01"),
							new ScriptClient("node002", List.of(), List.of(), "dhcp", null, null, null, null)),
					"/a"));
			Path script = temp.resolve(fixture.getKey() + ".sh");
			Files.writeString(script, text);
			assertTrue(text.contains("sis_disk_script() {\n\tcat <<'SIS_DISK_PLAN_EOF'\n#!/bin/sh\n"), fixture.getKey());
			assertOk(List.of("shellcheck", "--shell=sh", "--severity=style", script.toString()));
			assertOk(List.of("dash", "-n", script.toString()));
			assertOk(List.of("busybox", "sh", "-n", script.toString()));
			// the embedded plan comes out exactly as the disk planner wrote it
			Path extracted = temp.resolve(fixture.getKey() + "-disks.sh");
			assertOk(List.of("sh", "-c", "eval \"$(sed -n '/^sis_disk_script() {$/,/^SIS_DISK_PLAN_EOF$/p' \"$1\"; echo })\"; sis_disk_script >\"$2\"",
					"sh", script.toString(), extracted.toString()));
			assertEquals(ShellScript.render(plan), Files.readString(extracted), fixture.getKey());
		}
	}

	private static void assertOk(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), command + " did not finish");
		assertEquals(0, process.exitValue(), command + ":\n" + output);
	}
}
