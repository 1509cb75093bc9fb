package org.sisuite.core.disk.validate;

import static org.sisuite.core.disk.layout.TableLabels.describe;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sisuite.core.disk.layout.Sizes;
import org.sisuite.model.Filesystem;
import org.sisuite.model.FilesystemType;
import org.sisuite.model.FstabIdentifier;
import org.sisuite.model.SisPackage;

/** File systems: one root, clean and unique mount points in a good order, types, swap, labels, fstab fields. */
final class FilesystemChecks {

	/** Types made with mkfs on a device of the table. */
	static final Set<FilesystemType> ON_DEVICE = EnumSet.of(FilesystemType.EXT2, FilesystemType.EXT3, FilesystemType.EXT4,
			FilesystemType.XFS, FilesystemType.BTRFS, FilesystemType.VFAT, FilesystemType.SWAP);

	/** Types SIS mounts from a device but never makes (imported from older tables, or unknown ones). */
	static final Set<FilesystemType> KEPT_ONLY = EnumSet.of(FilesystemType.REISERFS, FilesystemType.JFS, FilesystemType.NTFS,
			FilesystemType.MSDOS, FilesystemType.OTHER);

	private FilesystemChecks() {
	}

	static void check(ValidationContext context) {
		List<Filesystem> filesystems = context.table.getFilesystems();
		Map<String, Filesystem> mountPoints = new HashMap<>();
		Map<String, Filesystem> labels = new HashMap<>();
		int roots = 0;
		for (Filesystem filesystem : filesystems) {
			checkType(context, filesystem);
			String mountPoint = mountPoint(filesystem);
			if (mountPoint != null && checkMountPoint(context, filesystem, mountPoint)) {
				Filesystem other = mountPoints.putIfAbsent(mountPoint, filesystem);
				if (mountPoint.equals("/")) {
					roots++;
				}
				if (other != null) {
					context.error(mountPoint.equals("/") ? "fs.root" : "fs.mount-point", filesystem, "Two file systems are"
							+ " mounted at " + mountPoint + ": " + describe(other) + " and " + describe(filesystem));
				}
			}
			checkLabel(context, filesystem, labels);
			checkFstabFields(context, filesystem);
			checkSize(context, filesystem);
		}
		if (roots == 0) {
			context.error("fs.root", context.table, "No file system of the table is mounted at /; exactly one must be");
		}
		checkMountOrder(context, List.copyOf(mountPoints.values()), filesystems);
	}

	/** The mount point of a file system that is mounted (not swap), or null. */
	static String mountPoint(Filesystem filesystem) {
		String mountPoint = filesystem.getMountPoint();
		if (filesystem.getFsType() == FilesystemType.SWAP || ValidationContext.blank(mountPoint)) {
			return null;
		}
		return mountPoint.trim();
	}

	private static String typeName(Filesystem filesystem) {
		return filesystem.getFsType() == FilesystemType.OTHER && filesystem.getTypeName() != null ? filesystem.getTypeName()
				: filesystem.getFsType().getLiteral();
	}

	private static void checkType(ValidationContext context, Filesystem filesystem) {
		FilesystemType type = filesystem.getFsType();
		if (type == null) {
			context.error("fs.type", filesystem, "A file system has no type");
			return;
		}
		if (type == FilesystemType.BOOT_DEFAULT || type == FilesystemType.ROOT_DEFAULT) {
			context.error("fs.placeholder", filesystem, capitalize(describe(filesystem)) + " still has the OSCAR placeholder "
					+ (type == FilesystemType.BOOT_DEFAULT ? "_BOOTFS_" : "_ROOTFS_")
					+ "; choose its type (sis disk import --bootfs/--rootfs TYPE, or edit the table)");
			return;
		}
		if (KEPT_ONLY.contains(type) && filesystem.getDevice() != null) {
			if (filesystem.isFormat()) {
				context.error("fs.mkfs", filesystem, "SIS cannot make " + typeName(filesystem) + " file systems ("
						+ describe(filesystem) + "); keep it unformatted (format=no) or choose ext4, xfs, btrfs or vfat");
			}
			return;
		}
		if (ON_DEVICE.contains(type)) {
			if (filesystem.getDevice() == null) {
				context.error("fs.device", filesystem, capitalize(describe(filesystem)) + " has no device; " + type.getLiteral()
						+ " needs a partition, RAID array or logical volume of the table");
			}
			if (!ValidationContext.blank(filesystem.getSource())) {
				context.warning("fs.source", filesystem, "The source '" + filesystem.getSource() + "' of "
						+ describe(filesystem) + " is ignored: it is on a device of the table");
			}
		} else {
			if (filesystem.getDevice() != null) {
				context.error("fs.device", filesystem, capitalize(describe(filesystem)) + " is " + type.getLiteral()
						+ ", which is not made on a device; give a source instead");
			}
			if (type == FilesystemType.NFS && (ValidationContext.blank(filesystem.getSource())
					|| !filesystem.getSource().contains(":"))) {
				context.error("fs.source", filesystem, capitalize(describe(filesystem))
						+ " needs a source such as server:/export");
			}
			if (!ValidationContext.blank(filesystem.getSource()) && filesystem.getSource().chars().anyMatch(Character::isWhitespace)) {
				context.error("fs.source", filesystem, "The source of " + describe(filesystem) + " contains white space");
			}
			return;
		}
		if (type == FilesystemType.SWAP && !ValidationContext.blank(filesystem.getMountPoint())
				&& !filesystem.getMountPoint().trim().equals("none") && !filesystem.getMountPoint().trim().equals("swap")) {
			context.error("fs.swap", filesystem, "Swap on " + describeDevice(filesystem) + " has mount point "
					+ filesystem.getMountPoint().trim() + "; swap is not mounted, leave the mount point empty");
		}
	}

	private static boolean checkMountPoint(ValidationContext context, Filesystem filesystem, String mountPoint) {
		String problem = null;
		if (!mountPoint.startsWith("/")) {
			problem = "is not an absolute path";
		} else if (mountPoint.chars().anyMatch(c -> Character.isWhitespace(c) || c == '\\')) {
			problem = "contains white space or a backslash, which fstab cannot hold";
		} else if (mountPoint.length() > 1 && mountPoint.endsWith("/")) {
			problem = "ends with /";
		} else if (mountPoint.contains("//") || mountPoint.equals("/.") || mountPoint.contains("/./")
				|| mountPoint.endsWith("/.") || mountPoint.contains("/..")) {
			problem = "is not a clean path (// . ..)";
		}
		if (problem != null) {
			context.error("fs.mount-point", filesystem, "Mount point '" + mountPoint + "' of " + describeDevice(filesystem) + " "
					+ problem);
			return false;
		}
		return true;
	}

	/** A file system listed before the one it is mounted on works with systemd, but not with mount -a. */
	private static void checkMountOrder(ValidationContext context, List<Filesystem> firsts, List<Filesystem> filesystems) {
		for (int i = 0; i < filesystems.size(); i++) {
			String child = mountPoint(filesystems.get(i));
			if (child == null || child.equals("/")) {
				continue;
			}
			for (int j = i + 1; j < filesystems.size(); j++) {
				String parent = firsts.contains(filesystems.get(j)) ? mountPoint(filesystems.get(j)) : null;
				if (parent != null && isBelow(child, parent)) {
					context.warning("fs.mount-order", filesystems.get(i), child + " is listed before " + parent
							+ ", which it is mounted on; the plan and the fstab mount " + parent + " first");
					break;
				}
			}
		}
	}

	/** Whether {@code path} is strictly below {@code parent}. */
	static boolean isBelow(String path, String parent) {
		if (parent.equals("/")) {
			return !path.equals("/");
		}
		return path.startsWith(parent + "/");
	}

	private static void checkLabel(ValidationContext context, Filesystem filesystem, Map<String, Filesystem> labels) {
		String label = filesystem.getLabel();
		boolean byLabel = filesystem.getFstabIdentifier() == FstabIdentifier.LABEL
				&& filesystem.eIsSet(SisPackage.Literals.FILESYSTEM__FSTAB_IDENTIFIER);
		if (ValidationContext.blank(label)) {
			if (byLabel && ON_DEVICE.contains(filesystem.getFsType())) {
				context.error("fs.label", filesystem, capitalize(describe(filesystem))
						+ " is to be found by LABEL in fstab but has no label");
			}
			return;
		}
		int limit = labelLimit(filesystem.getFsType());
		if (limit > 0 && label.length() > limit) {
			context.error("fs.label", filesystem, "Label '" + label + "' of " + describe(filesystem) + " has " + label.length()
					+ " characters; " + filesystem.getFsType().getLiteral() + " allows " + limit);
		}
		if (label.chars().anyMatch(c -> Character.isWhitespace(c) || c == '\'' || c == '"' || c == '\\')) {
			context.error("fs.label", filesystem, "Label '" + label + "' of " + describe(filesystem)
					+ " contains white space, a quote or a backslash, which fstab cannot hold");
		}
		Filesystem other = labels.putIfAbsent(label, filesystem);
		if (other != null) {
			String message = "Label '" + label + "' is given to " + describe(other) + " and " + describe(filesystem);
			if (byLabel) {
				context.error("fs.label", filesystem, message + "; LABEL= in fstab would be ambiguous");
			} else {
				context.warning("fs.label", filesystem, message);
			}
		}
	}

	/** The longest label mkfs accepts for the type; 0 for no label. */
	static int labelLimit(FilesystemType type) {
		return switch (type) {
		case EXT2, EXT3, EXT4, SWAP -> 16;
		case XFS -> 12;
		case VFAT -> 11;
		case BTRFS -> 255;
		default -> 0;
		};
	}

	private static void checkFstabFields(ValidationContext context, Filesystem filesystem) {
		String options = filesystem.getMountOptions();
		if (options != null && options.chars().anyMatch(Character::isWhitespace)) {
			context.error("fs.options", filesystem, "The mount options of " + describe(filesystem) + " ('" + options
					+ "') contain white space; separate options with commas");
		}
		if (filesystem.getDump() < 0 || filesystem.getPass() < 0) {
			context.error("fs.fstab", filesystem, "The dump and pass fields of " + describe(filesystem)
					+ " must not be negative");
		}
		if (filesystem.getFsType() == FilesystemType.SWAP && filesystem.getPass() != 0) {
			context.warning("fs.fstab", filesystem, "Swap on " + describeDevice(filesystem) + " has fsck pass "
					+ filesystem.getPass() + "; swap is never checked, the plan writes 0");
		}
		if (ON_DEVICE.contains(filesystem.getFsType()) && filesystem.getFsType() != FilesystemType.SWAP
				&& mountPoint(filesystem) == null) {
			context.warning("fs.mount-point", filesystem, capitalize(describe(filesystem))
					+ " has no mount point: it is created but neither mounted nor listed in fstab");
		}
	}

	/** Sizes below what mkfs accepts: xfs needs 300 MiB (xfsprogs 5.19 and later), FAT32 32 MiB. */
	private static void checkSize(ValidationContext context, Filesystem filesystem) {
		if (filesystem.getDevice() == null || !filesystem.isFormat()) {
			return;
		}
		Long bytes = context.sizes.bytes(filesystem.getDevice());
		if (bytes == null || bytes == 0) {
			return; // unknown, or nothing left: reported as a size error of the partition or volume group
		}
		if (filesystem.getFsType() == FilesystemType.XFS && bytes < 300 * Sizes.MIB) {
			context.warning("fs.size", filesystem, capitalize(describe(filesystem)) + " would have " + Sizes.human(bytes)
					+ "; mkfs.xfs of xfsprogs 5.19 and later refuses less than 300 MiB");
		}
		if (filesystem.getFsType() == FilesystemType.VFAT && bytes < 32 * Sizes.MIB) {
			context.warning("fs.size", filesystem, capitalize(describe(filesystem)) + " would have " + Sizes.human(bytes)
					+ "; FAT32, which EFI system partitions use, needs 32 MiB");
		}
	}

	private static String describeDevice(Filesystem filesystem) {
		return filesystem.getDevice() == null ? "no device"
				: org.sisuite.core.disk.layout.TableLabels.deviceName(filesystem.getDevice());
	}

	private static String capitalize(String text) {
		return PartitionChecks.capitalize(text);
	}
}
