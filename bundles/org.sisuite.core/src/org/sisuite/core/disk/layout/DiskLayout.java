package org.sisuite.core.disk.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.sisuite.model.Disk;
import org.sisuite.model.Partition;
import org.sisuite.model.PartitionTableType;
import org.sisuite.model.PartitionType;
import org.sisuite.model.SizeUnit;

/**
 * Where each partition of a disk goes on a disk of a given size.
 * <p>
 * Every partition starts and ends on a 1 MiB boundary; the first starts at 1 MiB. Partitions are
 * laid out in the order of their numbers; on an msdos disk the logical partitions (5, 6, ...) go
 * inside the extended partition, each after a 1 MiB gap that holds its extended boot record. A fixed
 * size is rounded up to whole MiB (a partition is never smaller than asked), a percentage (of the
 * whole disk) down. The growing partition gets its size (its minimum, when it has one) plus all the
 * space the others leave, wherever it is. A GPT disk keeps at least 64 KiB at its end for the backup
 * table, which covers 512-byte and 4 KiB sectors.
 */
public final class DiskLayout {

	/** The alignment of every partition start and size. */
	public static final long ALIGNMENT = Sizes.MIB;
	/** What a GPT disk keeps free at its end for the backup header and entries. */
	public static final long GPT_END_RESERVE = 64 * Sizes.KIB;

	/** How a partition sits in the table. */
	public enum Kind {
		PRIMARY, EXTENDED, LOGICAL
	}

	/** One placed partition; start and size in bytes, both multiples of {@link #ALIGNMENT}. */
	public record Extent(Partition partition, int number, Kind kind, long start, long size) {
		public long end() {
			return start + size;
		}
	}

	private final Disk disk;
	private final long diskBytes;
	private final long usableEnd;
	private final Partition growing;
	private List<Extent> extents;
	private long requiredBytes;

	private DiskLayout(Disk disk, long diskBytes) {
		this.disk = disk;
		this.diskBytes = diskBytes;
		this.usableEnd = isGpt(disk) ? Sizes.alignDown(diskBytes - GPT_END_RESERVE, ALIGNMENT)
				: Sizes.alignDown(diskBytes, ALIGNMENT);
		this.growing = growing(disk);
	}

	/** Lays out the disk's partitions on a disk of {@code diskBytes}. */
	public static DiskLayout of(Disk disk, long diskBytes) {
		DiskLayout layout = new DiskLayout(disk, diskBytes);
		layout.place();
		return layout;
	}

	private void place() {
		long end = pass(0);
		long minimumGrowth = growing != null && requested(growing) == 0 ? ALIGNMENT : 0;
		requiredBytes = end + minimumGrowth + (isGpt(disk) ? GPT_END_RESERVE : 0);
		long free = usableEnd - end;
		if (growing != null && free >= minimumGrowth) {
			pass(free);
		}
	}

	/** Places every partition, the growing one with {@code extra} bytes more; returns the end. */
	private long pass(long extra) {
		extents = new ArrayList<>();
		List<Partition> ordered = new ArrayList<>(disk.getPartitions());
		ordered.sort(Comparator.comparingInt(Partition::getNumber));
		boolean msdos = !isGpt(disk);
		Partition extended = msdos ? ordered.stream().filter(p -> p.getType() == PartitionType.EXTENDED).findFirst()
				.orElse(null) : null;
		List<Partition> logicals = extended == null ? List.of()
				: ordered.stream().filter(p -> p.getType() == PartitionType.LOGICAL).toList();
		long cursor = ALIGNMENT;
		for (Partition partition : ordered) {
			if (logicals.contains(partition)) {
				continue;
			}
			long start = cursor;
			if (partition == extended) {
				long inner = start;
				long contentEnd = start + ALIGNMENT;
				List<Extent> inside = new ArrayList<>();
				for (Partition logical : logicals) {
					long logicalStart = inner + ALIGNMENT;
					long size = requested(logical) + (logical == growing ? extra : 0);
					inside.add(new Extent(logical, logical.getNumber(), Kind.LOGICAL, logicalStart, size));
					contentEnd = logicalStart + size;
					inner = contentEnd;
				}
				long size = Math.max(contentEnd - start,
						requested(extended) + (extended == growing ? extra : 0));
				extents.add(new Extent(extended, extended.getNumber(), Kind.EXTENDED, start, size));
				extents.addAll(inside);
				cursor = start + size;
			} else {
				long size = requested(partition) + (partition == growing ? extra : 0);
				extents.add(new Extent(partition, partition.getNumber(), Kind.PRIMARY, start, size));
				cursor = start + size;
			}
		}
		return cursor;
	}

	private long requested(Partition partition) {
		Long bytes = requestedBytes(partition, diskBytes);
		return bytes == null ? 0 : bytes;
	}

	/**
	 * The bytes a partition asks for before any growing, rounded as the layout rounds them: a fixed
	 * size up, a percentage of the disk down, to whole MiB.
	 *
	 * @param diskBytes the disk size, or null when unknown
	 * @return null when the partition has no size, or a percentage of an unknown disk
	 */
	public static Long requestedBytes(Partition partition, Long diskBytes) {
		Long bytes = Sizes.toBytes(partition.getSize(), partition.getUnit(), diskBytes);
		if (bytes == null) {
			return null;
		}
		return partition.getUnit() == SizeUnit.PERCENT ? Sizes.alignDown(bytes, ALIGNMENT)
				: Sizes.alignUp(bytes, ALIGNMENT);
	}

	/**
	 * The partition that takes the space left: a growing logical partition, else the first growing
	 * partition (which may be the extended one); null when none grows.
	 */
	public static Partition growing(Disk disk) {
		List<Partition> ordered = new ArrayList<>(disk.getPartitions());
		ordered.sort(Comparator.comparingInt(Partition::getNumber));
		if (!isGpt(disk)) {
			for (Partition partition : ordered) {
				if (partition.isGrow() && partition.getType() == PartitionType.LOGICAL) {
					return partition;
				}
			}
		}
		return ordered.stream().filter(Partition::isGrow).findFirst().orElse(null);
	}

	public static boolean isGpt(Disk disk) {
		return disk.getLabel() == PartitionTableType.GPT;
	}

	/** The placed partitions, in table order (an extended partition before its logical ones). */
	public List<Extent> extents() {
		return extents;
	}

	/** The extent of a partition of this disk, or null. */
	public Extent extent(Partition partition) {
		return extents.stream().filter(e -> e.partition() == partition).findFirst().orElse(null);
	}

	public long diskBytes() {
		return diskBytes;
	}

	/** The end of the space partitions may use. */
	public long usableEnd() {
		return usableEnd;
	}

	/** The disk size the partitions need, with 1 MiB for a growing partition that has no minimum. */
	public long requiredBytes() {
		return requiredBytes;
	}

	/** Whether the partitions fit on the disk. */
	public boolean fits() {
		return requiredBytes <= diskBytes;
	}
}
