package org.sisuite.core.disk.format;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;

/** The disk table formats SIS reads, and writes where the format can hold a whole table. */
public enum DiskFormat {

	/** SystemImager v4.x {@code autoinstallscript.conf}: {@code <disk>/<part>}, {@code <raid>}, {@code <lvm>}, {@code <fsinfo>}, {@code <boel>}. */
	AUTOINSTALLSCRIPT("autoinstallscript", "SystemImager v4.x autoinstallscript.conf", true),
	/** The disks-layout XML of current SystemImager (disks-layout.xsd), with units B to TiB and {@code <bootloader>}. */
	DISKS_LAYOUT("disks-layout", "SystemImager disks-layout XML", true),
	/** SystemInstaller's (OSCAR's) {@code mksidisk} disk table: {@code device size fstype mount options [bootable]}. */
	MKSIDISK("mksidisk", "SystemInstaller (OSCAR) disk table", true),
	/** {@code sfdisk -J DEVICE}: one disk's partition table. */
	SFDISK_JSON("sfdisk-json", "sfdisk -J output", false),
	/** {@code sfdisk -d DEVICE}: one disk's partition table as a script. */
	SFDISK_DUMP("sfdisk-dump", "sfdisk -d output", false),
	/** {@code lsblk -J -b -o ...}: the block device tree (disks, partitions, RAID, LVM, file systems). */
	LSBLK_JSON("lsblk-json", "lsblk -J -b output", false),
	/** {@code findmnt -J} or {@code findmnt -J -s}: mounts, or the fstab. */
	FINDMNT_JSON("findmnt-json", "findmnt -J output", false);

	private final String id;
	private final String title;
	private final boolean writable;

	DiskFormat(String id, String title, boolean writable) {
		this.id = id;
		this.title = title;
		this.writable = writable;
	}

	/** The name users give on the command line and that {@code DiskTable.sourceFormat} records. */
	public String id() {
		return id;
	}

	/** What the format is, for messages. */
	public String title() {
		return title;
	}

	/** Whether a disk table can be written in this format (the others describe a machine, not a table). */
	public boolean writable() {
		return writable;
	}

	/** Whether the format is one part of a machine capture ({@code sfdisk}, {@code lsblk}, {@code findmnt}). */
	public boolean capture() {
		return !writable;
	}

	/** The format of that id. */
	public static DiskFormat byId(String id) throws CoreException {
		for (DiskFormat format : values()) {
			if (format.id.equals(id)) {
				return format;
			}
		}
		throw new CoreException(Statuses.badInput("Unknown disk table format '" + id + "'; expected one of " + ids()));
	}

	/** All ids, comma separated. */
	public static String ids() {
		return Arrays.stream(values()).map(DiskFormat::id).collect(Collectors.joining(", "));
	}
}
