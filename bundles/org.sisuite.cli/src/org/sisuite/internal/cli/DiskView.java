package org.sisuite.internal.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sisuite.model.BlockDevice;
import org.sisuite.model.BootLoader;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Filesystem;
import org.sisuite.model.LogicalVolume;
import org.sisuite.model.Partition;
import org.sisuite.model.PartitionFlag;
import org.sisuite.model.RaidArray;
import org.sisuite.model.SizeUnit;
import org.sisuite.model.VolumeGroup;

/**
 * What {@code sis disk list} and {@code sis disk show} print: records with the stable field names
 * of {@code --json}, and the human text.
 */
final class DiskView {

	record TableSummary(String name, String sourceFormat, int disks, int partitions, int raidArrays, int volumeGroups,
			int filesystems, String description) {
	}

	record TableDetails(String name, String description, String sourceFormat, List<DiskRecord> disks,
			List<RaidRecord> raidArrays, List<GroupRecord> volumeGroups, List<FilesystemRecord> filesystems,
			BootLoaderRecord bootLoader) {
	}

	record DiskRecord(String device, Integer diskIndex, String label, String units, Long sizeBytes,
			List<PartitionRecord> partitions) {
	}

	record PartitionRecord(int number, String device, String type, BigDecimal size, String unit, boolean grow,
			List<String> flags, String name, String partitionId) {
	}

	record RaidRecord(String device, String level, List<String> members, List<String> spares, Integer chunkSizeKiB,
			String layout, String metadata) {
	}

	record GroupRecord(String name, List<String> physicalVolumes, Integer extentSizeKiB, List<VolumeRecord> logicalVolumes) {
	}

	record VolumeRecord(String name, String device, BigDecimal size, String unit, boolean grow, String options) {
	}

	record FilesystemRecord(String device, String source, String mountPoint, String type, String typeName, String mkfsOptions,
			String mountOptions, int dump, int pass, boolean format, String label, String uuid, String fstabIdentifier) {
	}

	record BootLoaderRecord(String flavour, boolean efi, List<String> targets, String defaultEntry, Integer timeout) {
	}

	private DiskView() {
	}

	static TableSummary summary(DiskTable table) {
		int partitions = table.getDisks().stream().mapToInt(disk -> disk.getPartitions().size()).sum();
		String description = table.getDescription() == null ? null : table.getDescription().lines().findFirst().orElse("");
		return new TableSummary(table.getName(), table.getSourceFormat(), table.getDisks().size(), partitions,
				table.getRaidArrays().size(), table.getVolumeGroups().size(), table.getFilesystems().size(), description);
	}

	static TableDetails details(DiskTable table) {
		List<DiskRecord> disks = new ArrayList<>();
		for (Disk disk : table.getDisks()) {
			List<PartitionRecord> partitions = new ArrayList<>();
			for (Partition partition : disk.getPartitions()) {
				partitions.add(new PartitionRecord(partition.getNumber(), path(partition), partition.getType().getLiteral(),
						partition.getSize(), partition.getUnit().getLiteral(), partition.isGrow(),
						partition.getFlags().stream().map(PartitionFlag::getLiteral).toList(), partition.getName(),
						partition.getPartitionId()));
			}
			disks.add(new DiskRecord(disk.getDevice(), disk.getDiskIndex(), disk.getLabel().getLiteral(),
					disk.getUnits().getLiteral(), disk.getSizeBytes(), partitions));
		}
		List<RaidRecord> arrays = new ArrayList<>();
		for (RaidArray array : table.getRaidArrays()) {
			arrays.add(new RaidRecord(array.getDevice(), array.getLevel().getLiteral(),
					array.getMembers().stream().map(DiskView::path).toList(), array.getSpares().stream().map(DiskView::path).toList(),
					array.getChunkSizeKiB(), array.getLayout(), array.getMetadata()));
		}
		List<GroupRecord> groups = new ArrayList<>();
		for (VolumeGroup group : table.getVolumeGroups()) {
			List<VolumeRecord> volumes = new ArrayList<>();
			for (LogicalVolume volume : group.getLogicalVolumes()) {
				volumes.add(new VolumeRecord(volume.getName(), path(volume), volume.getSize(), volume.getUnit().getLiteral(),
						volume.isGrow(), volume.getOptions()));
			}
			groups.add(new GroupRecord(group.getName(), group.getPhysicalVolumes().stream().map(DiskView::path).toList(),
					group.getExtentSizeKiB(), volumes));
		}
		List<FilesystemRecord> filesystems = new ArrayList<>();
		for (Filesystem filesystem : table.getFilesystems()) {
			filesystems.add(new FilesystemRecord(path(filesystem.getDevice()), filesystem.getSource(),
					filesystem.getMountPoint(), filesystem.getFsType().getLiteral(), filesystem.getTypeName(),
					filesystem.getMkfsOptions(), filesystem.getMountOptions(),
					filesystem.getDump(), filesystem.getPass(), filesystem.isFormat(), filesystem.getLabel(),
					filesystem.getUuid(), filesystem.getFstabIdentifier().getLiteral()));
		}
		BootLoader loader = table.getBootLoader();
		BootLoaderRecord bootLoader = loader == null ? null
				: new BootLoaderRecord(loader.getFlavour().getLiteral(), loader.isEfi(), List.copyOf(loader.getTargets()),
						loader.getDefaultEntry(), loader.getTimeout());
		return new TableDetails(table.getName(), table.getDescription(), table.getSourceFormat(), disks, arrays, groups,
				filesystems, bootLoader);
	}

	/** The table as text: its fields, then one line per device with what is on it. */
	static void print(DiskTable table, PrintWriter out) {
		TableSummary summary = summary(table);
		TextTable fields = new TextTable("FIELD", "VALUE").row("name", table.getName())
				.row("source format", table.getSourceFormat()).row("description", summary.description());
		BootLoader loader = table.getBootLoader();
		if (loader != null) {
			fields.row("boot loader", loader.getFlavour().getLiteral() + (loader.isEfi() ? " (EFI)" : " (legacy BIOS)")
					+ (loader.getTargets().isEmpty() ? "" : " on " + String.join(", ", loader.getTargets())));
		}
		fields.print(out);
		out.println();
		Map<BlockDevice, String> uses = new HashMap<>();
		for (RaidArray array : table.getRaidArrays()) {
			array.getMembers().forEach(member -> uses.put(member, "member of " + array.getDevice()));
			array.getSpares().forEach(spare -> uses.put(spare, "spare of " + array.getDevice()));
		}
		for (VolumeGroup group : table.getVolumeGroups()) {
			group.getPhysicalVolumes().forEach(volume -> uses.put(volume, "LVM volume of " + group.getName()));
		}
		for (Filesystem filesystem : table.getFilesystems()) {
			if (filesystem.getDevice() != null) {
				uses.put(filesystem.getDevice(), use(filesystem));
			}
		}
		TextTable devices = new TextTable("DEVICE", "TYPE", "SIZE", "FLAGS", "USE");
		for (Disk disk : table.getDisks()) {
			devices.row(disk.getDevice() != null ? disk.getDevice() : "disk #" + disk.getDiskIndex(), disk.getLabel().getLiteral(),
					disk.getSizeBytes() == null ? null : disk.getSizeBytes() + " B", null, null);
			for (Partition partition : disk.getPartitions()) {
				devices.row("  " + path(partition), partition.getType().getLiteral(),
						size(partition.getSize(), partition.getUnit(), partition.isGrow()),
						partition.getFlags().isEmpty() ? null
								: String.join(",", partition.getFlags().stream().map(PartitionFlag::getLiteral).toList()),
						uses.get(partition));
			}
		}
		for (RaidArray array : table.getRaidArrays()) {
			devices.row(array.getDevice(), array.getLevel().getLiteral(), null, null, uses.get(array));
		}
		for (VolumeGroup group : table.getVolumeGroups()) {
			for (LogicalVolume volume : group.getLogicalVolumes()) {
				devices.row(path(volume), "lvm", size(volume.getSize(), volume.getUnit(), volume.isGrow()), null,
						uses.get(volume));
			}
		}
		devices.print(out);
		List<Filesystem> elsewhere = table.getFilesystems().stream().filter(f -> f.getDevice() == null).toList();
		if (!elsewhere.isEmpty()) {
			out.println();
			TextTable mounts = new TextTable("SOURCE", "MOUNT POINT", "TYPE", "OPTIONS");
			elsewhere.forEach(f -> mounts.row(f.getSource(), f.getMountPoint(), type(f), f.getMountOptions()));
			mounts.print(out);
		}
	}

	private static String use(Filesystem filesystem) {
		String where = filesystem.getMountPoint() == null ? "" : " " + filesystem.getMountPoint();
		String options = filesystem.getMountOptions() == null || filesystem.getMountOptions().equals("defaults") ? ""
				: " (" + filesystem.getMountOptions() + ")";
		return type(filesystem) + where + options + (filesystem.isFormat() ? "" : ", kept");
	}

	private static String size(BigDecimal size, SizeUnit unit, boolean grow) {
		String text = size == null ? null : size.toPlainString() + " " + unit.getLiteral();
		return grow ? text == null ? "rest" : text + "+" : text;
	}

	static String type(Filesystem filesystem) {
		return switch (filesystem.getFsType()) {
		case OTHER -> filesystem.getTypeName();
		case BOOT_DEFAULT -> "_BOOTFS_";
		case ROOT_DEFAULT -> "_ROOTFS_";
		default -> filesystem.getFsType().getLiteral();
		};
	}

	private static String path(BlockDevice device) {
		if (device instanceof Partition partition) {
			String disk = partition.getDisk() == null ? null : partition.getDisk().getDevice();
			if (disk == null) {
				return "partition " + partition.getNumber();
			}
			return (Character.isDigit(disk.charAt(disk.length() - 1)) ? disk + "p" : disk) + partition.getNumber();
		} else if (device instanceof RaidArray array) {
			return array.getDevice();
		} else if (device instanceof LogicalVolume volume) {
			return "/dev/" + (volume.getVolumeGroup() == null ? "?" : volume.getVolumeGroup().getName()) + "/" + volume.getName();
		}
		return null;
	}
}
