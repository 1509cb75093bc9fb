package org.sisuite.core.disk.format;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.sisuite.model.BlockDevice;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Filesystem;
import org.sisuite.model.FilesystemType;
import org.sisuite.model.LogicalVolume;
import org.sisuite.model.Partition;
import org.sisuite.model.PartitionFlag;
import org.sisuite.model.PartitionType;
import org.sisuite.model.RaidArray;
import org.sisuite.model.VolumeGroup;

/**
 * A disk table as short lines a test can compare with what the file says: one per disk,
 * partition, array, volume group and fstab line. Only what the formats carry is shown.
 */
final class Fingerprint {

	private Fingerprint() {
	}

	static List<String> of(DiskTable table) {
		List<String> lines = new ArrayList<>();
		for (Disk disk : table.getDisks()) {
			lines.add(disk.getDevice() + " " + disk.getLabel().getLiteral());
			for (Partition partition : disk.getPartitions()) {
				StringBuilder line = new StringBuilder("  ").append(partition.getNumber()).append(' ');
				line.append(partition.getSize() == null ? "" : partition.getSize().toPlainString() + partition.getUnit().getLiteral());
				line.append(partition.isGrow() ? "*" : "");
				if (partition.getType() != PartitionType.PRIMARY) {
					line.append(' ').append(partition.getType().getLiteral());
				}
				if (!partition.getFlags().isEmpty()) {
					line.append(' ').append(partition.getFlags().stream().map(PartitionFlag::getLiteral).collect(Collectors.joining(",")));
				}
				lines.add(line.toString());
			}
		}
		for (RaidArray array : table.getRaidArrays()) {
			lines.add(array.getDevice() + " " + array.getLevel().getLiteral() + " "
					+ array.getMembers().stream().map(Fingerprint::path).collect(Collectors.joining("+"))
					+ (array.getSpares().isEmpty() ? "" : " spares " + array.getSpares().stream().map(Fingerprint::path)
							.collect(Collectors.joining("+"))));
		}
		for (VolumeGroup group : table.getVolumeGroups()) {
			lines.add("vg " + group.getName() + " on " + group.getPhysicalVolumes().stream().map(Fingerprint::path)
					.collect(Collectors.joining("+")) + ": " + group.getLogicalVolumes().stream()
							.map(volume -> volume.getName() + " " + (volume.isGrow() ? "*" : volume.getSize().toPlainString()
									+ volume.getUnit().getLiteral()))
							.collect(Collectors.joining(", ")));
		}
		for (Filesystem filesystem : table.getFilesystems()) {
			String type = filesystem.getFsType() == FilesystemType.OTHER ? filesystem.getTypeName()
					: filesystem.getFsType().getLiteral();
			lines.add("fs " + (filesystem.getDevice() != null ? path(filesystem.getDevice()) : filesystem.getSource()) + " "
					+ filesystem.getMountPoint() + " " + type + " " + filesystem.getMountOptions() + " " + filesystem.getDump()
					+ " " + filesystem.getPass() + (filesystem.isFormat() ? "" : " keep"));
		}
		return lines;
	}

	static String path(BlockDevice device) {
		if (device instanceof LogicalVolume volume) {
			return Devices.pathOf(volume);
		}
		return DeviceIndex.pathOf(device);
	}
}
