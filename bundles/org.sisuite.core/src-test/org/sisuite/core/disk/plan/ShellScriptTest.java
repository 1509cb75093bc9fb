package org.sisuite.core.disk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.disk.DiskTableFixtures;
import org.sisuite.core.disk.plan.PlanRequest.TargetDisk;
import org.sisuite.model.DiskTable;

class ShellScriptTest {

	private static final long GIB = 1L << 30;

	@TempDir
	Path temp;

	@Test
	void wordsAreQuotedOnlyWhenNeeded() {
		assertEquals("mkfs.ext4 -F -L root /dev/sda2", ShellScript.command(List.of("mkfs.ext4", "-F", "-L", "root", "/dev/sda2")));
		assertEquals("sis_fstab_line 'LABEL=my data' /srv xfs defaults 0 2",
				ShellScript.command(List.of("sis_fstab_line", "LABEL=my data", "/srv", "xfs", "defaults", "0", "2")));
		assertEquals("'it'\\''s' '' '$HOME' 'a;b'", ShellScript.command(List.of("it's", "", "$HOME", "a;b")));
	}

	@Test
	void theScriptHasOneFunctionPerPhaseAndFeedsSfdiskFromAHereDocument() throws Exception {
		String script = ShellScript.render(plan(DiskTableFixtures.biosMsdos()));
		assertTrue(script.startsWith("#!/bin/sh\n# Disk plan of table 'bios-msdos', made by SIS Workbench.\n"), script);
		assertTrue(script.contains("# DESTROYS ALL DATA on /dev/sda (1 GiB).\n"), script);
		assertTrue(script.contains("\nset -eu\n\nTARGET=/a\nTABLE=bios-msdos\n"), script);
		for (String phase : DiskPlan.PHASES) {
			assertTrue(script.contains("\nsis_phase_" + phase + "() {\n"), phase);
		}
		assertTrue(script.contains("""
					sis_log 'partitioning /dev/sda (msdos, 5 partitions)'
					sfdisk --quiet --wipe always --wipe-partitions always /dev/sda <<'SIS_EOF'
				label: dos
				unit: sectors

				/dev/sda1 : start=1MiB, size=256MiB, type=83, bootable
				"""), script);
		assertTrue(script.contains("\tsis_fstab_line LABEL=boot /boot ext4 defaults 0 2\n"), script);
		assertTrue(script.contains("\tsis_fstab_uuid /dev/sda6 / ext4 defaults 0 1\n"), script);
		assertTrue(script.contains("\tsis_mount /dev/sda7 /var xfs\n"), script);
	}

	@Test
	void theScriptsAreValidPosixShell() throws Exception {
		List<List<String>> shells = List.of(List.of("dash", "-n"), List.of("busybox", "sh", "-n"), List.of("sh", "-n"));
		int checked = 0;
		for (Map.Entry<String, Supplier<DiskTable>> fixture : DiskTableFixtures.all().entrySet()) {
			Path file = write(fixture.getKey(), fixture.getValue().get());
			for (List<String> shell : shells) {
				if (!Processes.installed(shell.get(0))) {
					continue;
				}
				Processes.Result result = Processes.run(concat(shell, file.toString()));
				assertTrue(result.ok(), String.join(" ", shell) + " " + fixture.getKey() + ": " + result);
				checked++;
			}
		}
		assertTrue(checked >= DiskTableFixtures.all().size(), "at least sh checked every script");
	}

	@Test
	void theScriptsAreShellcheckClean() throws Exception {
		Assumptions.assumeTrue(Processes.installed("shellcheck"), "shellcheck is not installed (apt-get install shellcheck)");
		for (Map.Entry<String, Supplier<DiskTable>> fixture : DiskTableFixtures.all().entrySet()) {
			Path file = write(fixture.getKey(), fixture.getValue().get());
			Processes.Result result = Processes.run(List.of("shellcheck", "--shell=sh", "--severity=style", file.toString()));
			assertTrue(result.ok(), fixture.getKey() + ": " + result);
		}
	}

	@Test
	void anUnknownPhaseStopsTheScriptBeforeAnythingRuns() throws Exception {
		Path file = write("uefi", DiskTableFixtures.uefiGpt());
		Processes.Result result = Processes.run(List.of("sh", file.toString(), "mkfs", "format"));
		assertEquals(1, result.exit(), result.toString());
		assertEquals("sis disk plan: error: unknown phase 'format'; the phases are: release check partition raid lvm mkfs mount"
				+ " fstab bootloader\n", result.err());
	}

	private Path write(String name, DiskTable table) throws Exception {
		Path file = temp.resolve(name + ".sh");
		Files.writeString(file, ShellScript.render(plan(table)));
		return file;
	}

	private static DiskPlan plan(DiskTable table) throws Exception {
		List<TargetDisk> disks = table.getDisks().stream().map(d -> new TargetDisk(d.getDevice(), GIB)).toList();
		return DiskPlanner.plan(table, new PlanRequest(disks, Map.of(), null, null));
	}

	private static List<String> concat(List<String> list, String last) {
		List<String> all = new java.util.ArrayList<>(list);
		all.add(last);
		return all;
	}
}
