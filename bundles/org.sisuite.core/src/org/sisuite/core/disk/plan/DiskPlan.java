package org.sisuite.core.disk.plan;

import java.util.List;

/**
 * The exact commands that turn blank disks into a table's layout under a target root, and what they
 * are expected to produce. Plain data (no model objects), so it serializes as JSON as it is; the
 * shell script is rendered from it by {@link ShellScript}. Sizes are in bytes.
 *
 * @param table        the table's name
 * @param target       the directory the file systems are mounted under, e.g. {@code /a}
 * @param warnings     what the validator and the planner warn about
 * @param disks        the disks and their partitions
 * @param raidArrays   the md arrays
 * @param volumeGroups the LVM volume groups and their logical volumes
 * @param filesystems  the file systems to create or keep
 * @param mounts       what is mounted under the target, parents before children
 * @param fstab        the lines of the target's {@code /etc/fstab}, in mount order
 * @param steps        every command, in order, by phase ({@link #PHASES}, then {@link #AFTER_IMAGE_PHASES})
 */
public record DiskPlan(String table, String target, List<String> warnings, List<PlannedDisk> disks,
		List<PlannedRaid> raidArrays, List<PlannedVolumeGroup> volumeGroups, List<PlannedFilesystem> filesystems,
		List<Mount> mounts, List<FstabEntry> fstab, List<Step> steps) {

	/** The phases of a plan, in the order they run. */
	public static final List<String> PHASES = List.of("release", "check", "partition", "raid", "lvm", "mkfs", "mount",
			"fstab");

	/**
	 * The phases that need the image's files in the target, run by name after the image is copied
	 * ({@code sh SCRIPT bootloader}); running the script without phases does not run them.
	 */
	public static final List<String> AFTER_IMAGE_PHASES = List.of("bootloader");

	/**
	 * A disk of the table on a real device.
	 *
	 * @param device       the real device, e.g. {@code /dev/vda}
	 * @param tableDevice  the table's name for it, e.g. {@code /dev/sda} or {@code disk #0}
	 * @param sizeBytes    the size the plan was made for
	 * @param label        {@code gpt} or {@code dos}
	 * @param sfdiskScript the input of {@code sfdisk} that writes the partition table
	 */
	public record PlannedDisk(String device, String tableDevice, long sizeBytes, String label, String sfdiskScript,
			List<PlannedPartition> partitions) {
	}

	/**
	 * @param kind           {@code primary}, {@code extended} or {@code logical}
	 * @param type           the GPT type GUID or MBR type id written
	 * @param typeName       what the type is, e.g. {@code EFI System}
	 * @param name           the GPT partition name, or null
	 * @param bootable       the msdos boot flag
	 * @param legacyBootable the GPT LegacyBIOSBootable attribute
	 */
	public record PlannedPartition(int number, String device, String kind, long startBytes, long sizeBytes, String type,
			String typeName, String name, boolean bootable, boolean legacyBootable) {
	}

	/**
	 * @param sizeBytes the array's size as estimated from its members and mdadm's metadata reserve
	 */
	public record PlannedRaid(String device, String level, List<String> members, List<String> spares, String metadata,
			Integer chunkKiB, Long sizeBytes) {
	}

	/**
	 * @param sizeBytes     the space for logical volumes (an estimate when on RAID)
	 * @param sizeEstimated whether sizeBytes is an estimate
	 */
	public record PlannedVolumeGroup(String name, List<String> physicalVolumes, Long sizeBytes, boolean sizeEstimated,
			List<PlannedLogicalVolume> logicalVolumes) {
	}

	/**
	 * @param sizeBytes the expected size
	 * @param allocate  how lvcreate is told the size: {@code --size 1024m}, {@code --extents 50%VG} or
	 *                  {@code --extents 100%FREE}
	 */
	public record PlannedLogicalVolume(String name, String device, Long sizeBytes, String allocate) {
	}

	/**
	 * @param device     the block device, or null for nfs, tmpfs, proc ...
	 * @param format     whether it is created (false: the existing one is kept)
	 * @param mkfs       the command that creates it, or null
	 */
	public record PlannedFilesystem(String device, String fsType, String label, String mountPoint, boolean format,
			List<String> mkfs) {
	}

	/**
	 * @param directory where it is mounted during the installation: the target plus the mount point
	 */
	public record Mount(String device, String mountPoint, String fsType, String directory) {
	}

	/**
	 * @param identifier how the line names the file system: {@code uuid}, {@code label}, {@code device}
	 *                   or {@code source}
	 * @param device     the block device, or null
	 * @param spec       the first field; null for {@code uuid}, which is read with blkid at installation
	 */
	public record FstabEntry(String identifier, String device, String spec, String mountPoint, String fsType,
			String options, int dump, int pass) {
	}

	/**
	 * @param phase       one of {@link DiskPlan#PHASES} or {@link DiskPlan#AFTER_IMAGE_PHASES}
	 * @param description what the step does, for the log; may be null
	 * @param command     the command and its arguments; a name starting with {@code sis_} is a helper of
	 *                    the script (see {@link ShellScript})
	 * @param input       the command's standard input, or null
	 */
	public record Step(String phase, String description, List<String> command, String input) {
	}
}
