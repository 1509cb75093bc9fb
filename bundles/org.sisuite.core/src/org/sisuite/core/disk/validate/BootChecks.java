package org.sisuite.core.disk.validate;

import static org.sisuite.core.disk.layout.TableLabels.describe;
import static org.sisuite.core.disk.layout.TableLabels.diskName;
import static org.sisuite.core.disk.layout.TableLabels.partitionName;

import java.util.ArrayList;
import java.util.List;

import org.sisuite.model.BootLoader;
import org.sisuite.model.BootLoaderFlavour;
import org.sisuite.model.Disk;
import org.sisuite.model.Filesystem;
import org.sisuite.model.FilesystemType;
import org.sisuite.model.Partition;
import org.sisuite.model.PartitionFlag;
import org.sisuite.model.PartitionTableType;

/** What the boot loader needs: an EFI system partition for UEFI, a bios_grub partition for BIOS boot from GPT. */
final class BootChecks {

	private BootChecks() {
	}

	static void check(ValidationContext context) {
		BootLoader loader = context.table.getBootLoader();
		boolean active = loader != null && loader.getFlavour() != BootLoaderFlavour.NONE;
		List<Partition> esps = new ArrayList<>();
		for (Disk disk : context.table.getDisks()) {
			for (Partition partition : disk.getPartitions()) {
				if (partition.getFlags().contains(PartitionFlag.ESP)) {
					esps.add(partition);
					checkEsp(context, partition, active && loader.isEfi());
				}
				if (partition.getFlags().contains(PartitionFlag.BIOS_GRUB) && disk.getLabel() == PartitionTableType.GPT
						&& !context.usage.users(partition).isEmpty()) {
					context.error("boot.bios-grub", partition, "bios_grub " + partitionName(partition)
							+ " is where GRUB writes its core image; " + describe(context.usage.users(partition).get(0))
							+ " cannot use it");
				}
			}
		}
		if (!active) {
			return;
		}
		if (loader.isEfi()) {
			if (esps.isEmpty()) {
				context.error("boot.esp", loader, "UEFI boot needs an EFI system partition: a partition with the esp flag"
						+ " holding a vfat file system (mounted at /boot/efi)");
				return;
			}
			for (String target : loader.getTargets()) {
				boolean known = esps.stream().map(context.usage::filesystemOn)
						.anyMatch(f -> f != null && target.equals(f.getMountPoint()));
				if (!known) {
					context.warning("boot.target", loader, "Boot loader target " + target
							+ " is not the mount point of an EFI system partition of the table");
				}
			}
			return;
		}
		if (loader.getFlavour() == BootLoaderFlavour.SYSTEMD_BOOT) {
			context.error("boot.flavour", loader, "systemd-boot boots only UEFI machines; set efi, or use grub2 for BIOS");
			return;
		}
		for (Disk disk : biosTargets(context, loader)) {
			if (disk.getLabel() == PartitionTableType.GPT
					&& disk.getPartitions().stream().noneMatch(p -> p.getFlags().contains(PartitionFlag.BIOS_GRUB))) {
				context.error("boot.bios-grub", disk, "BIOS boot from GPT disk " + diskName(disk)
						+ " needs a bios_grub partition (1 MiB, no file system) for GRUB's core image");
			}
		}
	}

	private static void checkEsp(ValidationContext context, Partition partition, boolean efi) {
		Filesystem filesystem = context.usage.filesystemOn(partition);
		String name = partitionName(partition);
		if (filesystem == null) {
			if (efi) {
				context.error("boot.esp", partition, "EFI system partition " + name + " holds no file system; UEFI needs vfat on it");
			} else {
				context.warning("boot.esp", partition, "EFI system partition " + name + " holds no file system");
			}
			return;
		}
		if (filesystem.getFsType() != FilesystemType.VFAT) {
			context.error("boot.esp", filesystem, "EFI system partition " + name + " holds " + filesystem.getFsType()
					+ "; the firmware reads only vfat there");
			return;
		}
		if (efi && ValidationContext.blank(filesystem.getMountPoint())) {
			context.warning("boot.esp", filesystem, "EFI system partition " + name
					+ " is not mounted; the boot loader installs into its mount point (usually /boot/efi)");
		}
	}

	/** The disks BIOS boots from: the targets that are disks of the table, else the table's first disk. */
	private static List<Disk> biosTargets(ValidationContext context, BootLoader loader) {
		List<Disk> disks = new ArrayList<>();
		for (String target : loader.getTargets()) {
			Disk disk = context.table.getDisks().stream().filter(d -> target.equals(d.getDevice())).findFirst().orElse(null);
			if (disk == null) {
				context.warning("boot.target", loader, "Boot loader target " + target + " is not a disk of the table");
			} else {
				disks.add(disk);
			}
		}
		if (loader.getTargets().isEmpty() && !context.table.getDisks().isEmpty()) {
			disks.add(context.table.getDisks().get(0));
		}
		return disks;
	}
}
