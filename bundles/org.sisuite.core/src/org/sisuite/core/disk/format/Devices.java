package org.sisuite.core.disk.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sisuite.model.Disk;
import org.sisuite.model.LogicalVolume;
import org.sisuite.model.Partition;

/** Device node names: of partitions from their disk and number, and of logical volumes. */
final class Devices {

	/** A disk whose name ends in a digit (nvme0n1, mmcblk0, cciss/c0d0, loop0) puts a p before the number. */
	private static final Pattern AFTER_DIGIT = Pattern.compile("(.*[0-9])p([0-9]{1,4})");
	private static final Pattern AFTER_LETTER = Pattern.compile("(.*[^0-9])([0-9]{1,4})");
	/** Whole disks whose names end in a digit without a p: they are not partitions. */
	private static final Pattern NUMBERED_DISK = Pattern.compile(".*/(nvme[0-9]+n[0-9]+|mmcblk[0-9]+|loop[0-9]+|md[0-9]+)");

	/** A partition device split into its disk and number. */
	record PartitionName(String disk, int number) {
	}

	private Devices() {
	}

	/** The device node of partition {@code number} of {@code disk}: /dev/sda1, /dev/nvme0n1p1, /dev/cciss/c0d0p1. */
	static String partitionPath(String disk, int number) {
		return (Character.isDigit(disk.charAt(disk.length() - 1)) ? disk + "p" : disk) + number;
	}

	static String pathOf(Partition partition) {
		Disk disk = partition.getDisk();
		return disk == null || disk.getDevice() == null ? null : partitionPath(disk.getDevice(), partition.getNumber());
	}

	/** {@code /dev/VG/LV}, the name LVM itself creates. */
	static String pathOf(LogicalVolume volume) {
		return "/dev/" + volume.getVolumeGroup().getName() + "/" + volume.getName();
	}

	/** {@code /dev/mapper/VG-LV}: device-mapper doubles the dashes inside each name. */
	static String mapperPathOf(LogicalVolume volume) {
		return "/dev/mapper/" + volume.getVolumeGroup().getName().replace("-", "--") + "-"
				+ volume.getName().replace("-", "--");
	}

	/**
	 * Splits a partition device into disk and number, or returns null when the name does not end in
	 * a partition number (1 to 9999).
	 */
	static PartitionName parsePartition(String device) {
		if (NUMBERED_DISK.matcher(device).matches()) {
			return null;
		}
		Matcher matcher = AFTER_DIGIT.matcher(device);
		if (!matcher.matches()) {
			matcher = AFTER_LETTER.matcher(device);
			if (!matcher.matches()) {
				return null;
			}
		}
		int number = Integer.parseInt(matcher.group(2));
		String disk = matcher.group(1);
		return number < 1 || disk.isEmpty() || disk.endsWith("/") ? null : new PartitionName(disk, number);
	}

	/** Splits a device-mapper name {@code VG-LV} (dashes inside names doubled) into its two names, or null. */
	static String[] splitMapperName(String name) {
		for (int i = 1; i < name.length() - 1; i++) {
			if (name.charAt(i) == '-') {
				if (name.charAt(i + 1) == '-') {
					i++;
					continue;
				}
				return new String[] { name.substring(0, i).replace("--", "-"), name.substring(i + 1).replace("--", "-") };
			}
		}
		return null;
	}
}
