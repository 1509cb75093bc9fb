package org.sisuite.core.disk.layout;

/**
 * Device node names the kernel and udev give: partitions of a disk, RAID arrays, logical volumes.
 */
public final class DeviceNames {

	private DeviceNames() {
	}

	/**
	 * The node of partition {@code number} of {@code disk}: {@code /dev/sda} gives {@code /dev/sda1};
	 * a disk name ending in a digit takes a {@code p} ({@code /dev/nvme0n1p1}, {@code /dev/loop0p1},
	 * {@code /dev/mmcblk0p1}, {@code /dev/md0p1}); udev's persistent links take {@code -part}
	 * ({@code /dev/disk/by-id/ata-X-part1}).
	 */
	public static String partition(String disk, int number) {
		if (disk.startsWith("/dev/disk/by-")) {
			return disk + "-part" + number;
		}
		char last = disk.charAt(disk.length() - 1);
		return disk + (Character.isDigit(last) ? "p" : "") + number;
	}

	/** A RAID device as a path: {@code md0} gives {@code /dev/md0}; {@code /dev/md/root} stays. */
	public static String raid(String device) {
		String trimmed = device.trim();
		return trimmed.startsWith("/") ? trimmed : "/dev/" + trimmed;
	}

	/** The node of a logical volume: {@code /dev/VG/LV}. */
	public static String logicalVolume(String volumeGroup, String logicalVolume) {
		return "/dev/" + volumeGroup + "/" + logicalVolume;
	}
}
