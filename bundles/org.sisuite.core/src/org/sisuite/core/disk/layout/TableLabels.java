package org.sisuite.core.disk.layout;

import org.eclipse.emf.ecore.EObject;
import org.sisuite.model.BootLoader;
import org.sisuite.model.Disk;
import org.sisuite.model.Filesystem;
import org.sisuite.model.LogicalVolume;
import org.sisuite.model.Partition;
import org.sisuite.model.RaidArray;
import org.sisuite.model.VolumeGroup;

/** How messages name the parts of a disk table: {@code partition /dev/sda2}, {@code RAID /dev/md0}, ... */
public final class TableLabels {

	private TableLabels() {
	}

	/** The table's name for a disk: its device, or {@code disk #N} when it is chosen by index. */
	public static String diskName(Disk disk) {
		if (disk.getDevice() != null && !disk.getDevice().isBlank()) {
			return disk.getDevice().trim();
		}
		return "disk #" + (disk.getDiskIndex() == null ? "?" : disk.getDiskIndex());
	}

	/** The table's name for a partition: {@code /dev/sda2}, or {@code partition 2 of disk #0}. */
	public static String partitionName(Partition partition) {
		Disk disk = partition.getDisk();
		if (disk != null && disk.getDevice() != null && !disk.getDevice().isBlank()) {
			return DeviceNames.partition(disk.getDevice().trim(), partition.getNumber());
		}
		return "partition " + partition.getNumber() + " of " + (disk == null ? "no disk" : diskName(disk));
	}

	/** The name of any block device as the table knows it. */
	public static String deviceName(EObject device) {
		return switch (device) {
		case Partition partition -> partitionName(partition);
		case RaidArray array -> array.getDevice() == null ? "RAID array" : DeviceNames.raid(array.getDevice());
		case LogicalVolume volume -> (volume.getVolumeGroup() == null ? "?" : volume.getVolumeGroup().getName()) + "/"
				+ volume.getName();
		default -> describe(device);
		};
	}

	/** A short description for messages. */
	public static String describe(EObject object) {
		return switch (object) {
		case null -> "nothing";
		case Disk disk -> "disk " + diskName(disk);
		case Partition partition -> partitionName(partition).startsWith("partition ") ? partitionName(partition)
				: "partition " + partitionName(partition);
		case RaidArray array -> "RAID " + deviceName(array);
		case VolumeGroup group -> "volume group " + group.getName();
		case LogicalVolume volume -> "logical volume " + deviceName(volume);
		case Filesystem filesystem -> describeFilesystem(filesystem);
		case BootLoader loader -> "the boot loader";
		default -> object.eClass().getName();
		};
	}

	private static String describeFilesystem(Filesystem filesystem) {
		String type = filesystem.getFsType() == null ? "file system" : filesystem.getFsType().getLiteral();
		String where = filesystem.getMountPoint() != null && !filesystem.getMountPoint().isBlank()
				? " " + filesystem.getMountPoint()
				: filesystem.getDevice() != null ? " on " + deviceName(filesystem.getDevice())
						: filesystem.getSource() != null ? " from " + filesystem.getSource() : "";
		return type + where;
	}
}
