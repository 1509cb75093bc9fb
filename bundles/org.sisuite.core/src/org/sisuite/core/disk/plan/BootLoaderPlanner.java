package org.sisuite.core.disk.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sisuite.core.disk.layout.DeviceNames;
import org.sisuite.core.disk.plan.DiskPlan.Step;
import org.sisuite.core.disk.plan.PlanRequest.TargetDisk;
import org.sisuite.model.BootLoader;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Filesystem;
import org.sisuite.model.FilesystemType;
import org.sisuite.model.Partition;
import org.sisuite.model.PartitionFlag;
import org.sisuite.model.RaidArray;

/**
 * What makes the installed system start: the md arrays in the target's
 * {@code /etc/mdadm/mdadm.conf} (written with fstab) and the boot loader, installed from the image
 * in a chroot of the target ({@link DiskPlan#AFTER_IMAGE_PHASES}: it needs the image's files, so the
 * installer runs it after copying the image).
 * <ul>
 * <li>GRUB 2 for BIOS: {@code grub-install --target=i386-pc DISK} on every target disk (the table's
 * devices mapped to the real ones), so any disk of a mirror boots.</li>
 * <li>GRUB 2 for UEFI: {@code grub-install --target=x86_64-efi --efi-directory=ESP --removable
 * --no-nvram}: the fallback path {@code EFI/BOOT/BOOTX64.EFI}, which firmware boots without a boot
 * entry, so thousands of clones need no NVRAM writes.</li>
 * <li>Then the initramfs is rebuilt when the table has RAID or LVM (it must assemble them), and the
 * GRUB configuration is made ({@code grub-mkconfig}, or {@code grub2-} on Red Hat systems).</li>
 * <li>systemd-boot: {@code bootctl install --esp-path=ESP --no-variables}. GRUB legacy, rEFInd and
 * Clover are not installed (a warning says so); {@code none} installs nothing.</li>
 * </ul>
 */
final class BootLoaderPlanner {

	private final DiskTable table;
	private final PlanRequest request;
	private final Map<Disk, TargetDisk> targets;
	private final List<String> warnings;
	private final List<Step> steps = new ArrayList<>();

	BootLoaderPlanner(DiskTable table, PlanRequest request, Map<Disk, TargetDisk> targets, List<String> warnings) {
		this.table = table;
		this.request = request;
		this.targets = targets;
		this.warnings = warnings;
	}

	/** The step that writes mdadm.conf (phase fstab), if the table has arrays. */
	List<Step> mdadmSteps() {
		if (table.getRaidArrays().isEmpty()) {
			return List.of();
		}
		List<String> command = new ArrayList<>(List.of("sis_mdadm_conf"));
		for (RaidArray array : table.getRaidArrays()) {
			command.add(DeviceNames.raid(array.getDevice()));
		}
		String file = request.target() + "/etc/mdadm/mdadm.conf";
		return List.of(new Step("fstab", "writing " + file, command, null));
	}

	/** The boot loader phase's steps; empty when the table installs none. */
	List<Step> bootSteps() {
		BootLoader loader = table.getBootLoader();
		if (loader == null || loader.getFlavour() == null) {
			return List.of();
		}
		switch (loader.getFlavour()) {
		case NONE -> {
			return List.of();
		}
		case GRUB, REFIND, CLOVER -> {
			warnings.add("The boot loader " + loader.getFlavour().getLiteral()
					+ " is not installed by the plan; install it from the image's own tools");
			return List.of();
		}
		case SYSTEMD_BOOT -> {
			begin();
			steps.add(new Step("bootloader", "installing systemd-boot", List.of("sis_in_target", "bootctl", "install",
					"--esp-path=" + espMountPoint(loader), "--no-variables"), null));
		}
		case GRUB2 -> {
			begin();
			if (loader.isEfi()) {
				steps.add(new Step("bootloader", "installing GRUB for UEFI on " + espMountPoint(loader), List.of(
						"sis_grub", "install", "--target=x86_64-efi", "--efi-directory=" + espMountPoint(loader),
						"--removable", "--no-nvram"), null));
			} else {
				for (String device : biosDisks(loader)) {
					steps.add(new Step("bootloader", "installing GRUB for BIOS on " + device,
							List.of("sis_grub", "install", "--target=i386-pc", device), null));
				}
			}
			if (!table.getRaidArrays().isEmpty() || !table.getVolumeGroups().isEmpty()) {
				steps.add(new Step("bootloader", "rebuilding the initramfs (RAID, LVM)", List.of("sis_initramfs"), null));
			}
			steps.add(new Step("bootloader", "writing the GRUB configuration", List.of("sis_grub", "mkconfig"), null));
		}
		}
		steps.add(new Step("bootloader", null, List.of("sis_chroot_end"), null));
		return List.copyOf(steps);
	}

	private void begin() {
		steps.add(new Step("bootloader", "mounting /dev, /proc and /sys in " + request.target(),
				List.of("sis_chroot_begin"), null));
	}

	/** The real disks GRUB goes on: the targets mapped to the request's disks, else every disk. */
	private List<String> biosDisks(BootLoader loader) {
		List<String> devices = new ArrayList<>();
		for (String target : loader.getTargets()) {
			String real = realDisk(target.trim());
			if (real != null && !devices.contains(real)) {
				devices.add(real);
			}
		}
		if (devices.isEmpty()) {
			targets.values().forEach(disk -> devices.add(disk.device()));
		}
		return devices;
	}

	private String realDisk(String tableDevice) {
		for (Map.Entry<Disk, TargetDisk> entry : targets.entrySet()) {
			String device = entry.getKey().getDevice();
			if (device != null && device.trim().equals(tableDevice)) {
				return entry.getValue().device();
			}
		}
		String mapped = request.deviceMap().get(tableDevice);
		if (mapped != null) {
			return mapped;
		}
		warnings.add("The boot loader target " + tableDevice + " is not a disk of the table; GRUB is not installed there");
		return null;
	}

	/** The ESP's mount point: the loader's first target that is a directory, else the ESP's file system, else /boot/efi. */
	private String espMountPoint(BootLoader loader) {
		for (String target : loader.getTargets()) {
			if (target.startsWith("/") && !target.startsWith("/dev/")) {
				return target.trim();
			}
		}
		for (Filesystem filesystem : table.getFilesystems()) {
			if (filesystem.getDevice() instanceof Partition partition && partition.getFlags().contains(PartitionFlag.ESP)
					&& filesystem.getMountPoint() != null) {
				return filesystem.getMountPoint();
			}
		}
		for (Filesystem filesystem : table.getFilesystems()) {
			if (filesystem.getFsType() == FilesystemType.VFAT && filesystem.getMountPoint() != null
					&& filesystem.getMountPoint().startsWith("/boot")) {
				return filesystem.getMountPoint();
			}
		}
		return "/boot/efi";
	}
}
