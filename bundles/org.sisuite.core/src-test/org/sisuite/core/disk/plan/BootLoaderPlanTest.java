package org.sisuite.core.disk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.sisuite.core.disk.DiskTableFixtures;
import org.sisuite.core.disk.plan.DiskPlan.Step;
import org.sisuite.core.disk.plan.PlanRequest.TargetDisk;
import org.sisuite.model.BootLoaderFlavour;
import org.sisuite.model.DiskTable;

class BootLoaderPlanTest {

	private static final long GIB = 1L << 30;

	@Test
	void biosGrubGoesOnEveryMirroredDiskAndTheArraysIntoMdadmConf() throws CoreException {
		DiskPlan plan = DiskPlanner.plan(DiskTableFixtures.raid1(), new PlanRequest(
				List.of(new TargetDisk("/dev/vda", GIB), new TargetDisk("/dev/vdb", GIB)),
				Map.of("/dev/sda", "/dev/vda", "/dev/sdb", "/dev/vdb"), null, null));
		assertEquals(List.of(List.of("sis_chroot_begin"), List.of("sis_grub", "install", "--target=i386-pc", "/dev/vda"),
				List.of("sis_grub", "install", "--target=i386-pc", "/dev/vdb"), List.of("sis_initramfs"),
				List.of("sis_grub", "mkconfig"), List.of("sis_chroot_end")), commands(plan, "bootloader"));
		List<Step> fstab = steps(plan, "fstab");
		assertEquals(List.of("sis_mdadm_conf", "/dev/md0", "/dev/md1"), fstab.get(fstab.size() - 1).command());
		assertEquals("writing /a/etc/mdadm/mdadm.conf", fstab.get(fstab.size() - 1).description());
	}

	@Test
	void uefiGrubGoesToTheRemovablePathOfTheEspWithoutNvram() throws CoreException {
		DiskPlan plan = DiskPlanner.plan(DiskTableFixtures.uefiGpt(), PlanRequest.of(new TargetDisk("/dev/sda", 20 * GIB)));
		assertEquals(List.of(List.of("sis_chroot_begin"),
				List.of("sis_grub", "install", "--target=x86_64-efi", "--efi-directory=/boot/efi", "--removable", "--no-nvram"),
				List.of("sis_grub", "mkconfig"), List.of("sis_chroot_end")), commands(plan, "bootloader"));
		assertFalse(commands(plan, "fstab").stream().anyMatch(c -> c.get(0).equals("sis_mdadm_conf")), "no arrays, no mdadm.conf");
	}

	@Test
	void systemdBootIsInstalledWithBootctlAndGrubLegacyOnlyWarned() throws CoreException {
		DiskTable table = DiskTableFixtures.uefiGpt();
		table.getBootLoader().setFlavour(BootLoaderFlavour.SYSTEMD_BOOT);
		DiskPlan plan = DiskPlanner.plan(table, PlanRequest.of(new TargetDisk("/dev/sda", 20 * GIB)));
		assertEquals(List.of("sis_in_target", "bootctl", "install", "--esp-path=/boot/efi", "--no-variables"),
				commands(plan, "bootloader").get(1));

		DiskTable legacy = DiskTableFixtures.biosMsdos();
		legacy.getBootLoader().setFlavour(BootLoaderFlavour.GRUB);
		DiskPlan legacyPlan = DiskPlanner.plan(legacy, PlanRequest.of(new TargetDisk("/dev/sda", GIB)));
		assertEquals(List.of(), commands(legacyPlan, "bootloader"));
		assertTrue(legacyPlan.warnings().stream().anyMatch(w -> w.startsWith("The boot loader grub is not installed")),
				legacyPlan.warnings().toString());
	}

	@Test
	void theScriptRunsTheBootLoaderPhaseOnlyWhenNamed() throws CoreException {
		String script = ShellScript.render(DiskPlanner.plan(DiskTableFixtures.biosMsdos(),
				PlanRequest.of(new TargetDisk("/dev/sda", GIB))));
		assertTrue(script.contains("\nsis_phase_bootloader() {\n\tsis_log 'mounting /dev, /proc and /sys in /a'\n"), script);
		assertTrue(script.contains("\tset -- release check partition raid lvm mkfs mount fstab\n"), script);
		assertTrue(script.contains("release | check | partition | raid | lvm | mkfs | mount | fstab | bootloader) ;;"), script);
	}

	private static List<Step> steps(DiskPlan plan, String phase) {
		return plan.steps().stream().filter(s -> s.phase().equals(phase)).toList();
	}

	private static List<List<String>> commands(DiskPlan plan, String phase) {
		return steps(plan, phase).stream().map(Step::command).toList();
	}
}
