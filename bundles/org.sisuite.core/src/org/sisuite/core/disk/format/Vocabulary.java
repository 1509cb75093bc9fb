package org.sisuite.core.disk.format;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.sisuite.model.FilesystemType;
import org.sisuite.model.PartitionFlag;
import org.sisuite.model.RaidLevel;

/** The words the formats share for file system types, RAID levels and partition flags. */
final class Vocabulary {

	private static final Map<String, FilesystemType> FILESYSTEMS = new LinkedHashMap<>();
	static {
		for (FilesystemType type : new FilesystemType[] { FilesystemType.EXT2, FilesystemType.EXT3, FilesystemType.EXT4,
				FilesystemType.XFS, FilesystemType.BTRFS, FilesystemType.VFAT, FilesystemType.SWAP, FilesystemType.NFS,
				FilesystemType.TMPFS, FilesystemType.PROC, FilesystemType.SYSFS, FilesystemType.DEVPTS,
				FilesystemType.REISERFS, FilesystemType.JFS, FilesystemType.NTFS, FilesystemType.MSDOS }) {
			FILESYSTEMS.put(type.getLiteral(), type);
		}
	}

	/** File systems that live on no block device: an fstab line names their source instead. */
	static final Set<FilesystemType> DEVICELESS = Set.of(FilesystemType.NFS, FilesystemType.TMPFS, FilesystemType.PROC,
			FilesystemType.SYSFS, FilesystemType.DEVPTS);

	/** Types of the disks-layout XSD's fs enumeration that map directly. */
	static final Set<String> XSD_FILESYSTEMS = Set.of("swap", "ext2", "ext3", "ext4", "jfs", "xfs", "btrfs", "reiserfs",
			"ntfs", "msdos", "vfat", "fat", "fat16", "fat32", "nfs");

	private static final Map<String, RaidLevel> RAID_LEVELS = Map.ofEntries(Map.entry("linear", RaidLevel.LINEAR),
			Map.entry("raid0", RaidLevel.RAID0), Map.entry("0", RaidLevel.RAID0), Map.entry("stripe", RaidLevel.RAID0),
			Map.entry("raid1", RaidLevel.RAID1), Map.entry("1", RaidLevel.RAID1), Map.entry("mirror", RaidLevel.RAID1),
			Map.entry("raid4", RaidLevel.RAID4), Map.entry("4", RaidLevel.RAID4), Map.entry("raid5", RaidLevel.RAID5),
			Map.entry("5", RaidLevel.RAID5), Map.entry("raid6", RaidLevel.RAID6), Map.entry("6", RaidLevel.RAID6),
			Map.entry("raid10", RaidLevel.RAID10), Map.entry("10", RaidLevel.RAID10));

	static final String RAID_LEVEL_NAMES = "linear, raid0, 0, stripe, raid1, 1, mirror, raid4, 4, raid5, 5, raid6, 6, raid10 or 10";

	private static final Map<String, PartitionFlag> FLAGS = new LinkedHashMap<>();
	static {
		for (PartitionFlag flag : PartitionFlag.VALUES) {
			FLAGS.put(flag.getLiteral(), flag);
		}
	}

	static final String FLAG_NAMES = String.join(", ", FLAGS.keySet());

	private Vocabulary() {
	}

	/** The model type of a file system name the formats use, or null when the model has no literal for it. */
	static FilesystemType filesystem(String name) {
		return FILESYSTEMS.get(name);
	}

	static String filesystemNames() {
		return String.join(", ", FILESYSTEMS.keySet());
	}

	static RaidLevel raidLevel(String name) {
		return RAID_LEVELS.get(name);
	}

	/** How the SystemImager formats write a level. */
	static String raidLevelName(RaidLevel level) {
		return level == RaidLevel.LINEAR ? "linear" : level.getLiteral();
	}

	static PartitionFlag flag(String name) {
		return FLAGS.get(name);
	}

	/** A name made only of the characters file system types, group names and flags use. */
	static boolean isWord(String text) {
		return text.matches("[A-Za-z0-9_.+-]{1,64}");
	}
}
