package org.sisuite.core.disk.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sisuite.model.BlockDevice;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.LogicalVolume;
import org.sisuite.model.Partition;
import org.sisuite.model.RaidArray;
import org.sisuite.model.RaidLevel;
import org.sisuite.model.SizeUnit;
import org.sisuite.model.VolumeGroup;

/**
 * The size of every block device of a table, as far as the disk sizes tell: partitions exactly
 * (from {@link DiskLayout}), RAID arrays and what is built on them as estimates (mdadm's metadata
 * reserve depends on its version and on the member size), logical volumes from their volume group.
 * <p>
 * LVM is assumed with its defaults: the data of a physical volume starts at 1 MiB, extents are
 * 4 MiB, a fixed logical volume size is rounded up to whole extents and a percentage (of the
 * volume group) down.
 */
public final class DeviceSizes {

	/** LVM's default physical extent. */
	public static final long EXTENT = 4 * Sizes.MIB;
	/** Where LVM's data area starts on a physical volume by default. */
	public static final long PV_DATA_OFFSET = Sizes.MIB;
	/** mdadm's default chunk for striped levels. */
	public static final long DEFAULT_CHUNK = 512 * Sizes.KIB;

	private final Map<Disk, Long> diskBytes = new IdentityHashMap<>();
	private final Map<Disk, DiskLayout> layouts = new IdentityHashMap<>();
	private final Map<BlockDevice, Long> sizes = new IdentityHashMap<>();
	private final Set<BlockDevice> estimates = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Set<Object> computing = Collections.newSetFromMap(new IdentityHashMap<>());

	private DeviceSizes() {
	}

	/**
	 * @param table     the table
	 * @param diskBytes the real sizes of its disks where known; other disks use their {@code sizeBytes}
	 */
	public static DeviceSizes of(DiskTable table, Map<Disk, Long> diskBytes) {
		DeviceSizes sizes = new DeviceSizes();
		for (Disk disk : table.getDisks()) {
			Long bytes = diskBytes.containsKey(disk) ? diskBytes.get(disk) : disk.getSizeBytes();
			if (bytes != null && bytes > 0) {
				sizes.diskBytes.put(disk, bytes);
				sizes.layouts.put(disk, DiskLayout.of(disk, bytes));
			}
		}
		return sizes;
	}

	/** The disk's size, or null when unknown. */
	public Long diskBytes(Disk disk) {
		return diskBytes.get(disk);
	}

	/** The disk's layout, or null when its size is unknown. */
	public DiskLayout layout(Disk disk) {
		return layouts.get(disk);
	}

	/** Whether the size of the device is an estimate (a RAID array or anything on one). */
	public boolean isEstimate(BlockDevice device) {
		bytes(device);
		return estimates.contains(device);
	}

	/** The size of a device in bytes, or null when the known disk sizes do not tell. */
	public Long bytes(BlockDevice device) {
		if (sizes.containsKey(device)) {
			return sizes.get(device);
		}
		if (!computing.add(device)) {
			return null; // a cycle, e.g. a volume group on its own logical volume: reported by the validator
		}
		try {
			Long bytes = switch (device) {
			case Partition partition -> partitionBytes(partition);
			case RaidArray array -> raidBytes(array);
			case LogicalVolume volume -> logicalVolumeBytes(volume);
			default -> null;
			};
			sizes.put(device, bytes);
			return bytes;
		} finally {
			computing.remove(device);
		}
	}

	private Long partitionBytes(Partition partition) {
		Disk disk = partition.getDisk();
		DiskLayout layout = disk == null ? null : layouts.get(disk);
		if (layout != null) {
			DiskLayout.Extent extent = layout.extent(partition);
			return extent == null ? null : extent.size();
		}
		return partition.isGrow() ? null : DiskLayout.requestedBytes(partition, null);
	}

	private Long raidBytes(RaidArray array) {
		List<Long> members = new ArrayList<>();
		for (Partition member : array.getMembers()) {
			Long bytes = bytes(member);
			if (bytes == null) {
				return null;
			}
			members.add(bytes);
		}
		estimates.add(array);
		return raidBytes(array, members);
	}

	/** The estimated size of an array over members of the given sizes. */
	public static Long raidBytes(RaidArray array, List<Long> memberBytes) {
		if (memberBytes.isEmpty()) {
			return null;
		}
		RaidLevel level = array.getLevel();
		long chunk = striped(level) ? chunkBytes(array) : 0;
		long smallest = Long.MAX_VALUE;
		long sum = 0;
		for (long member : memberBytes) {
			long data = memberDataBytes(member, array.getMetadata(), chunk);
			smallest = Math.min(smallest, data);
			sum += data;
		}
		int n = memberBytes.size();
		long bytes = switch (level) {
		case RAID1 -> smallest;
		case RAID0 -> n * smallest;
		case RAID4, RAID5 -> (n - 1) * smallest;
		case RAID6 -> (n - 2) * smallest;
		case RAID10 -> Sizes.alignDown(n * smallest / 2, Math.max(chunk, 1));
		case LINEAR -> sum;
		};
		return Math.max(bytes, 0);
	}

	static boolean striped(RaidLevel level) {
		return level == RaidLevel.RAID0 || level == RaidLevel.RAID4 || level == RaidLevel.RAID5
				|| level == RaidLevel.RAID6 || level == RaidLevel.RAID10;
	}

	private static long chunkBytes(RaidArray array) {
		Integer kib = array.getChunkSizeKiB();
		return kib == null || kib <= 0 ? DEFAULT_CHUNK : kib * Sizes.KIB;
	}

	/**
	 * The data a member holds after mdadm's metadata. Versions 0.90 and 1.0 keep the superblock at
	 * the end; 1.1 and 1.2 (the default) put the data after a headroom of about 0.1 % of the member
	 * (at most 128 MiB) plus room for the bitmap, rounded up to 1 MiB.
	 */
	static long memberDataBytes(long member, String metadata, long chunk) {
		String version = metadata == null ? "1.2" : metadata.trim();
		long data;
		if (version.equals("0.90") || version.equals("0.9") || version.equals("0")) {
			data = Sizes.alignDown(member, 64 * Sizes.KIB) - 64 * Sizes.KIB;
		} else if (version.equals("1.0")) {
			data = Sizes.alignDown(member, 4 * Sizes.KIB) - 12 * Sizes.KIB - bitmapSpace(member);
		} else {
			long headroom = 128 * Sizes.MIB;
			while (headroom * 1024 > member && (chunk == 0 || headroom / 2 >= 2 * chunk) && headroom > 512) {
				headroom /= 2;
			}
			long offset = Sizes.alignUp(12 * Sizes.KIB + bitmapSpace(member) + headroom, Sizes.MIB);
			data = member - offset;
		}
		return chunk > 0 ? Sizes.alignDown(data, chunk) : data;
	}

	private static long bitmapSpace(long member) {
		if (member < 64 * Sizes.KIB) {
			return 0;
		}
		if (member - 64 * Sizes.KIB >= 200 * Sizes.GIB) {
			return 128 * Sizes.KIB;
		}
		if (member - 4 * Sizes.KIB > 8 * Sizes.GIB) {
			return 64 * Sizes.KIB;
		}
		return 4 * Sizes.KIB;
	}

	/** The space of a volume group for logical volumes, or null when a physical volume's size is unknown. */
	public Long volumeGroupBytes(VolumeGroup group) {
		if (!computing.add(group)) {
			return null;
		}
		try {
			long total = 0;
			for (BlockDevice pv : group.getPhysicalVolumes()) {
				Long bytes = bytes(pv);
				if (bytes == null) {
					return null;
				}
				total += Sizes.alignDown(Math.max(bytes - PV_DATA_OFFSET, 0), EXTENT);
			}
			return total;
		} finally {
			computing.remove(group);
		}
	}

	/** Whether a volume group's size is an estimate (it is on a RAID array). */
	public boolean isEstimate(VolumeGroup group) {
		return group.getPhysicalVolumes().stream().anyMatch(this::isEstimate);
	}

	/**
	 * What the logical volumes of a group need, in bytes: fixed sizes rounded up to extents,
	 * percentages of {@code groupBytes}, one extent for a growing volume without a minimum.
	 *
	 * @param groupBytes the group's size, or null when unknown (percentages then count as nothing)
	 */
	public static long volumeGroupRequired(VolumeGroup group, Long groupBytes) {
		long needed = 0;
		for (LogicalVolume volume : group.getLogicalVolumes()) {
			Long bytes = requestedBytes(volume, groupBytes);
			needed += bytes == null || bytes == 0 ? (volume.isGrow() ? EXTENT : 0) : bytes;
		}
		return needed;
	}

	/** What a logical volume asks for before growing, rounded to extents; null when unknown. */
	public static Long requestedBytes(LogicalVolume volume, Long groupBytes) {
		Long bytes = Sizes.toBytes(volume.getSize(), volume.getUnit(), groupBytes);
		if (bytes == null) {
			return null;
		}
		return volume.getUnit() == SizeUnit.PERCENT ? Sizes.alignDown(bytes, EXTENT) : Sizes.alignUp(bytes, EXTENT);
	}

	private Long logicalVolumeBytes(LogicalVolume volume) {
		VolumeGroup group = volume.getVolumeGroup();
		if (group == null) {
			return null;
		}
		Long groupBytes = volumeGroupBytes(group);
		if (isEstimate(group)) {
			estimates.add(volume);
		}
		if (!volume.isGrow()) {
			return requestedBytes(volume, groupBytes);
		}
		if (groupBytes == null) {
			return null;
		}
		long others = 0;
		for (LogicalVolume other : group.getLogicalVolumes()) {
			if (other != volume && !other.isGrow()) {
				Long bytes = requestedBytes(other, groupBytes);
				others += bytes == null ? 0 : bytes;
			}
		}
		return Math.max(groupBytes - others, 0);
	}
}
