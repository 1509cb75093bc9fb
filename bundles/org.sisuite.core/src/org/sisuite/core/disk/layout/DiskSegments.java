package org.sisuite.core.disk.layout;

import java.util.ArrayList;
import java.util.List;

import org.sisuite.model.Disk;
import org.sisuite.model.Filesystem;
import org.sisuite.model.Partition;

/**
 * A disk as a bar of segments: its partitions to scale, each with the role that colours it, and the
 * free space between and after them. What the workbench's disk table editor draws; headless, so it
 * is tested without a display.
 * <p>
 * Percentages and the growing partition need the disk's size. When the table records it
 * ({@code Disk.sizeBytes}) the bar is of that size; otherwise it is of a nominal size
 * ({@link #NOMINAL_BYTES}, or the smallest power-of-two GiB the fixed sizes fit, so a table of
 * 2 TiB partitions is not squeezed onto 100 GiB), and {@link #nominal()} says so.
 */
public final class DiskSegments {

	/** The disk size a bar is drawn for when the table does not record one: 100 GiB. */
	public static final long NOMINAL_BYTES = 100 * Sizes.GIB;

	/** What a segment is for, which decides its colour. */
	public enum Role {
		ESP, BOOT, ROOT, SWAP, RAID, LVM, OTHER, FREE
	}

	/**
	 * One segment of the bar. {@code partition} is null for free space; start and size in bytes.
	 *
	 * @param grow     whether this is the partition that takes the space left
	 * @param logical  whether it is a logical partition (inside the extended one)
	 * @param overflow whether it ends beyond the disk (the table does not fit)
	 */
	public record Segment(Partition partition, Role role, long start, long size, boolean grow, boolean logical,
			boolean overflow) {
		public long end() {
			return start + size;
		}
	}

	private final Disk disk;
	private final long diskBytes;
	private final boolean nominal;
	private final List<Segment> segments;
	private final long scaleBytes;

	private DiskSegments(Disk disk, long diskBytes, boolean nominal, List<Segment> segments, long scaleBytes) {
		this.disk = disk;
		this.diskBytes = diskBytes;
		this.nominal = nominal;
		this.segments = segments;
		this.scaleBytes = scaleBytes;
	}

	/** The bar of a disk of its table, with the roles the table gives its partitions. */
	public static DiskSegments of(Disk disk, TableUsage usage) {
		Long recorded = disk.getSizeBytes();
		boolean nominal = recorded == null || recorded <= 0;
		long bytes = nominal ? NOMINAL_BYTES : recorded;
		DiskLayout layout = DiskLayout.of(disk, bytes);
		// a nominal disk grows until the fixed sizes fit, so the bar shows proportions, not an overflow
		while (nominal && !layout.fits() && bytes < (1L << 60)) {
			bytes *= 2;
			layout = DiskLayout.of(disk, bytes);
		}
		List<Segment> segments = new ArrayList<>();
		Partition growing = DiskLayout.growing(disk);
		long cursor = 0;
		long end = bytes;
		for (DiskLayout.Extent extent : layout.extents()) {
			if (extent.kind() == DiskLayout.Kind.EXTENDED) {
				continue; // drawn through its logical partitions
			}
			if (extent.start() > cursor + DiskLayout.ALIGNMENT) {
				segments.add(new Segment(null, Role.FREE, cursor, extent.start() - cursor, false, false, false));
			}
			Partition partition = extent.partition();
			segments.add(new Segment(partition, roleOf(partition, usage), extent.start(), extent.size(),
					partition == growing, extent.kind() == DiskLayout.Kind.LOGICAL, extent.end() > bytes));
			cursor = Math.max(cursor, extent.end());
		}
		if (cursor + DiskLayout.ALIGNMENT < bytes) {
			segments.add(new Segment(null, Role.FREE, cursor, bytes - cursor, false, false, false));
		}
		return new DiskSegments(disk, bytes, nominal, List.copyOf(segments), Math.max(end, cursor));
	}

	/** The colour role of a partition: ESP, /boot (or BIOS boot), /, swap, RAID member, LVM PV, else other. */
	public static Role roleOf(Partition partition, TableUsage usage) {
		PartitionRole role = PartitionRole.of(partition, usage);
		return switch (role) {
		case ESP -> Role.ESP;
		case BIOS_BOOT -> Role.BOOT;
		case RAID -> Role.RAID;
		case LVM -> Role.LVM;
		case SWAP -> Role.SWAP;
		case EXTENDED -> Role.OTHER;
		case LINUX -> {
			Filesystem filesystem = usage.filesystemOn(partition);
			String mountPoint = filesystem == null ? null : filesystem.getMountPoint();
			yield "/".equals(mountPoint) ? Role.ROOT : "/boot".equals(mountPoint) ? Role.BOOT : Role.OTHER;
		}
		};
	}

	public Disk disk() {
		return disk;
	}

	/** The disk size the bar is drawn for: the recorded one, or a nominal one. */
	public long diskBytes() {
		return diskBytes;
	}

	/** Whether {@link #diskBytes()} is nominal because the table does not record the disk's size. */
	public boolean nominal() {
		return nominal;
	}

	/** The segments from the start of the disk, partitions and free space. */
	public List<Segment> segments() {
		return segments;
	}

	/** The bytes the bar spans: the disk, or more when the partitions do not fit on it. */
	public long scaleBytes() {
		return scaleBytes;
	}

	/** The segment of a partition, or null. */
	public Segment segment(Partition partition) {
		return segments.stream().filter(s -> s.partition() == partition).findFirst().orElse(null);
	}

	/** The share of the disk a segment takes, 0..100. */
	public double percent(Segment segment) {
		return 100.0 * segment.size() / diskBytes;
	}
}
