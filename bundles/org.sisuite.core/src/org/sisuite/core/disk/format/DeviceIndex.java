package org.sisuite.core.disk.format;

import java.util.HashMap;
import java.util.Map;

import org.sisuite.model.BlockDevice;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.LogicalVolume;
import org.sisuite.model.Partition;
import org.sisuite.model.RaidArray;
import org.sisuite.model.VolumeGroup;

/**
 * The block devices of a disk table by the device node names files use for them: partitions
 * ({@code /dev/sda1}), RAID arrays ({@code /dev/md0}) and logical volumes ({@code /dev/vg/lv} and
 * {@code /dev/mapper/vg-lv}); and the other way round, the name a writer gives each device.
 */
final class DeviceIndex {

	private final Map<String, BlockDevice> byPath = new HashMap<>();

	DeviceIndex(DiskTable table) {
		for (Disk disk : table.getDisks()) {
			addPartitions(disk);
		}
		for (RaidArray array : table.getRaidArrays()) {
			add(array);
		}
		for (VolumeGroup group : table.getVolumeGroups()) {
			for (LogicalVolume volume : group.getLogicalVolumes()) {
				add(volume);
			}
		}
	}

	void addPartitions(Disk disk) {
		if (disk.getDevice() != null) {
			for (Partition partition : disk.getPartitions()) {
				byPath.putIfAbsent(Devices.pathOf(partition), partition);
			}
		}
	}

	void add(RaidArray array) {
		if (array.getDevice() != null) {
			byPath.putIfAbsent(array.getDevice(), array);
		}
	}

	void add(LogicalVolume volume) {
		byPath.putIfAbsent(Devices.pathOf(volume), volume);
		byPath.putIfAbsent(Devices.mapperPathOf(volume), volume);
	}

	BlockDevice get(String path) {
		return byPath.get(path);
	}

	/** The name files use for a device, or null when it has none (a partition of a disk picked by index). */
	static String pathOf(BlockDevice device) {
		if (device instanceof Partition partition) {
			return Devices.pathOf(partition);
		} else if (device instanceof RaidArray array) {
			return array.getDevice();
		} else if (device instanceof LogicalVolume volume) {
			return volume.getVolumeGroup() == null ? null : Devices.pathOf(volume);
		}
		return null;
	}
}
