package org.sisuite.core.disk.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;
import org.sisuite.model.BlockDevice;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Filesystem;
import org.sisuite.model.FilesystemType;
import org.sisuite.model.FstabIdentifier;
import org.sisuite.model.Partition;
import org.sisuite.model.PartitionFlag;
import org.sisuite.model.PartitionTableType;
import org.sisuite.model.PartitionType;
import org.sisuite.model.RaidArray;
import org.sisuite.model.SizeUnit;

/**
 * Writes a disk table as a SystemInstaller (OSCAR) disk table that {@link MksidiskReader} reads
 * back to the same model. The format has no LVM, one label type and one unit for all disks, and
 * derives partition types, flags and fstab's dump and pass; a table that needs more is refused
 * or, where only a detail is lost, written with a warning.
 */
final class MksidiskWriter {

	private static final String FORMAT = "SystemInstaller disk table";

	private final List<String> warnings = new ArrayList<>();
	private final StringBuilder out = new StringBuilder();
	private final Map<Partition, RaidArray> raidOf = new HashMap<>();
	private SizeUnit unit;

	DiskTableExport write(DiskTable table) throws CoreException {
		if (!table.getVolumeGroups().isEmpty()) {
			throw refuse("the table has LVM volume groups (" + table.getVolumeGroups().get(0).getName()
					+ "); the format has no LVM");
		}
		for (RaidArray array : table.getRaidArrays()) {
			array.getMembers().forEach(member -> raidOf.put(member, array));
			array.getSpares().forEach(spare -> raidOf.put(spare, array));
		}
		String description = Comments.normalize(table.getDescription());
		if (description != null) {
			if (!description.equals(table.getDescription())) {
				warnings.add("the description was normalized (indentation, blank lines)");
			}
			for (String line : description.split("\n", -1)) {
				out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
			}
			out.append('\n');
		}
		writeSettings(table);
		for (RaidArray array : table.getRaidArrays()) {
			writeArrayLine(array);
		}
		Set<Partition> written = new LinkedHashSet<>();
		for (Filesystem filesystem : table.getFilesystems()) {
			writeFilesystem(filesystem, written);
		}
		for (RaidArray array : table.getRaidArrays()) {
			if (table.getFilesystems().stream().noneMatch(filesystem -> filesystem.getDevice() == array)) {
				throw refuse("RAID array " + array.getDevice() + " holds no file system; the format sizes an array's "
						+ "partitions on the array's own line, which names its file system");
			}
		}
		for (Disk disk : table.getDisks()) {
			for (Partition partition : disk.getPartitions()) {
				if (!written.contains(partition) && !isImplicitExtended(partition)) {
					writeBarePartition(partition);
				}
			}
		}
		return new DiskTableExport(out.toString(), warnings);
	}

	private void writeSettings(DiskTable table) throws CoreException {
		Set<PartitionTableType> labels = new LinkedHashSet<>();
		Set<SizeUnit> units = new LinkedHashSet<>();
		for (Disk disk : table.getDisks()) {
			if (disk.getDevice() == null) {
				throw refuse("disk " + disk.getDiskIndex() + " is picked by position; the format names partitions by device");
			}
			labels.add(disk.getLabel());
			for (Partition partition : disk.getPartitions()) {
				if (partition.getSize() != null) {
					units.add(partition.getUnit());
				}
			}
			if (disk.getSizeBytes() != null) {
				warnings.add("the size of " + disk.getDevice() + " is not written");
			}
			checkExtended(disk);
		}
		if (labels.size() > 1) {
			throw refuse("the disks have different label types " + labels + "; the format has one label_type for all disks");
		}
		if (units.size() > 1) {
			if (units.contains(SizeUnit.PERCENT) || units.contains(SizeUnit.S)) {
				throw refuse("the partitions mix units " + units + "; the format has one unit for all partitions");
			}
			warnings.add("the partition sizes mix units " + units + "; written in MB");
			unit = SizeUnit.MB;
		} else {
			unit = units.isEmpty() ? table.getDisks().isEmpty() ? SizeUnit.MB : table.getDisks().get(0).getUnits()
					: units.iterator().next();
		}
		if (labels.contains(PartitionTableType.GPT)) {
			out.append("label_type=gpt\n");
		}
		if (unit != SizeUnit.MB) {
			out.append("units=").append(Units.diskUnitName(unit)).append('\n');
		}
		if (table.getBootLoader() != null) {
			out.append("boot_type=").append(table.getBootLoader().isEfi() ? "efi" : "legacy").append('\n');
			if (!table.getBootLoader().getTargets().isEmpty() || table.getBootLoader().getTimeout() != null
					|| table.getBootLoader().getDefaultEntry() != null
					|| table.getBootLoader().eIsSet(table.getBootLoader().eClass().getEStructuralFeature("flavour"))) {
				warnings.add("of the boot loader only its firmware type (boot_type) is written");
			}
		}
		if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
			out.append('\n');
		}
	}

	/** Extended partitions are implicit: the reader makes one, growing, in the first primary slot no line uses. */
	private void checkExtended(Disk disk) throws CoreException {
		boolean logicals = disk.getPartitions().stream().anyMatch(p -> p.getType() == PartitionType.LOGICAL);
		for (Partition partition : disk.getPartitions()) {
			if (partition.getType() == PartitionType.EXTENDED && !isImplicitExtended(partition)) {
				throw refuse("the extended partition " + Devices.pathOf(partition) + " is not the one the format implies "
						+ "(in the first free primary slot, growing, without flags or name)");
			}
			if (partition.getType() == PartitionType.LOGICAL && partition.getNumber() <= 4
					|| partition.getType() == PartitionType.PRIMARY && partition.getNumber() > 4
							&& disk.getLabel() == PartitionTableType.MSDOS) {
				throw refuse("partition " + Devices.pathOf(partition) + " is " + partition.getType().getLiteral()
						+ "; the format makes partitions 1-4 primary and 5 and up logical");
			}
		}
		if (logicals && disk.getPartitions().stream().noneMatch(p -> p.getType() == PartitionType.EXTENDED)) {
			throw refuse(disk.getDevice() + " has logical partitions but no extended partition");
		}
	}

	private static boolean isImplicitExtended(Partition partition) {
		if (partition.getType() != PartitionType.EXTENDED || !partition.isGrow() || partition.getSize() != null
				|| !partition.getFlags().isEmpty() || partition.getName() != null || partition.getPartitionId() != null
				|| partition.getDisk().getPartitions().stream().noneMatch(p -> p.getType() == PartitionType.LOGICAL)) {
			return false;
		}
		for (int slot = 1; slot < partition.getNumber(); slot++) {
			int taken = slot;
			if (partition.getDisk().getPartitions().stream().noneMatch(p -> p.getNumber() == taken)) {
				return false;
			}
		}
		return true;
	}

	private void writeArrayLine(RaidArray array) throws CoreException {
		String level = switch (array.getLevel()) {
		case LINEAR -> throw refuse("RAID array " + array.getDevice() + " is linear; the format knows raid0, 1, 4, 5, 6, 10");
		default -> array.getLevel().getLiteral();
		};
		out.append(level).append(' ').append(word(array.getDevice(), "RAID device"));
		for (Partition member : array.getMembers()) {
			out.append(' ').append(word(path(member), "RAID member"));
		}
		for (Partition spare : array.getSpares()) {
			out.append(" [").append(word(path(spare), "RAID spare")).append(']');
		}
		out.append('\n');
		if (array.getChunkSizeKiB() != null || array.getLayout() != null || array.getMetadata() != null) {
			warnings.add("the chunk size, layout and metadata of " + array.getDevice() + " are not written");
		}
	}

	private void writeFilesystem(Filesystem filesystem, Set<Partition> written) throws CoreException {
		String where = filesystem.getMountPoint() == null ? filesystem.getFsType().getLiteral() : filesystem.getMountPoint();
		BlockDevice device = filesystem.getDevice();
		String type = type(filesystem, where);
		String mount = filesystem.getMountPoint();
		String options = filesystem.getMountOptions() == null ? "defaults" : filesystem.getMountOptions();
		boolean swap = filesystem.getFsType() == FilesystemType.SWAP;
		checkDetails(filesystem, where, device != null && !swap);
		List<String> columns = new ArrayList<>();
		boolean bootable;
		if (device == null) {
			if (filesystem.getSource() == null) {
				throw refuse("the file system of " + where + " has neither a device nor a source");
			}
			if (!Vocabulary.DEVICELESS.contains(filesystem.getFsType()) && filesystem.getFsType() != FilesystemType.OTHER) {
				throw refuse("the " + type + " file system on " + filesystem.getSource() + " is not a device of this table; "
						+ "the format would partition it");
			}
			if (mount == null) {
				throw refuse("the " + type + " entry " + filesystem.getSource() + " has no mount point");
			}
			columns.add(word(filesystem.getSource(), "source"));
			columns.add("-");
			bootable = false;
		} else if (device instanceof Partition partition) {
			if (raidOf.containsKey(partition)) {
				throw refuse("partition " + path(partition) + " is in RAID array " + raidOf.get(partition).getDevice()
						+ " and holds a file system of its own");
			}
			if (!written.add(partition)) {
				throw refuse("partition " + path(partition) + " holds two file systems");
			}
			columns.add(word(path(partition), "partition"));
			columns.add(size(partition));
			bootable = partition.getFlags().contains(PartitionFlag.BOOT);
			checkFlags(partition, swap, false);
		} else if (device instanceof RaidArray array) {
			List<Partition> parts = new ArrayList<>(array.getMembers());
			parts.addAll(array.getSpares());
			Partition first = parts.get(0);
			for (Partition part : parts) {
				if (!written.add(part)) {
					throw refuse("partition " + path(part) + " is used twice");
				}
				if (part.isGrow() != first.isGrow() || !Objects.equals(part.getSize(), first.getSize())
						|| part.getUnit() != first.getUnit()) {
					throw refuse("the partitions of " + array.getDevice() + " differ in size; the format gives one size for all");
				}
				if (part.getFlags().contains(PartitionFlag.BOOT) != first.getFlags().contains(PartitionFlag.BOOT)) {
					throw refuse("some partitions of " + array.getDevice() + " are bootable, others not");
				}
				checkFlags(part, swap, true);
			}
			columns.add(word(array.getDevice(), "RAID device"));
			columns.add(size(first));
			bootable = first.getFlags().contains(PartitionFlag.BOOT);
		} else {
			throw refuse("the file system of " + where + " is on a logical volume; the format has no LVM");
		}
		columns.add(type);
		boolean needOptions = !options.equals("defaults") || bootable || !swap;
		if (mount != null || needOptions) {
			columns.add(mount == null ? swap ? "swap" : "-" : word(mount, "mount point"));
		}
		if (needOptions) {
			columns.add(word(options, "mount options"));
		}
		if (bootable) {
			columns.add("bootable");
		}
		if (mount == null && !swap) {
			warnings.add("the " + type + " file system without mount point is written with mount point -");
		}
		out.append(String.join(" ", columns)).append('\n');
	}

	private String type(Filesystem filesystem, String where) throws CoreException {
		return switch (filesystem.getFsType()) {
		case BOOT_DEFAULT -> MksidiskReader.BOOT_DEFAULT;
		case ROOT_DEFAULT -> MksidiskReader.ROOT_DEFAULT;
		case OTHER -> {
			String name = filesystem.getTypeName();
			if (name == null || !MksidiskReader.NODEV.contains(name) || filesystem.getDevice() != null) {
				throw refuse("the file system of " + where + " is of type " + name
						+ ", which SystemInstaller does not know as a file system on no partition");
			}
			yield name;
		}
		default -> filesystem.getFsType().getLiteral();
		};
	}

	/** What the format derives (dump, pass, fstab by device, always formatting) and cannot carry. */
	private void checkDetails(Filesystem filesystem, String where, boolean onPartition) {
		int dump = onPartition ? 1 : 0;
		int pass = onPartition ? 2 : 0;
		List<String> lost = new ArrayList<>();
		if (filesystem.getDump() != dump || filesystem.getPass() != pass) {
			lost.add("dump and pass (" + filesystem.getDump() + " " + filesystem.getPass() + "; the format implies " + dump
					+ " " + pass + ")");
		}
		if (filesystem.getDevice() != null && filesystem.getFstabIdentifier() != FstabIdentifier.DEVICE) {
			lost.add("fstab naming it by " + filesystem.getFstabIdentifier().getLiteral() + " (the format names devices)");
		}
		if (filesystem.getMkfsOptions() != null) {
			lost.add("mkfs options " + filesystem.getMkfsOptions());
		}
		if (filesystem.getLabel() != null || filesystem.getUuid() != null) {
			lost.add("its label and UUID");
		}
		if (!filesystem.isFormat()) {
			lost.add("keeping its data (the format always creates file systems)");
		}
		if (!lost.isEmpty()) {
			warnings.add("for " + where + " the format cannot say: " + String.join("; ", lost));
		}
	}

	private void checkFlags(Partition partition, boolean swap, boolean raid) {
		Set<PartitionFlag> implied = EnumSet.noneOf(PartitionFlag.class);
		if (partition.getFlags().contains(PartitionFlag.BOOT)) {
			implied.add(PartitionFlag.BOOT);
		}
		if (raid) {
			implied.add(PartitionFlag.RAID);
		}
		if (swap) {
			implied.add(PartitionFlag.SWAP);
		}
		Set<PartitionFlag> actual = EnumSet.noneOf(PartitionFlag.class);
		actual.addAll(partition.getFlags());
		if (!actual.equals(implied)) {
			warnings.add("partition " + path(partition) + " gets the flags the format implies " + implied + " instead of "
					+ actual);
		}
		if (partition.getName() != null) {
			warnings.add("the name " + partition.getName() + " of partition " + path(partition) + " is not written");
		}
		if (partition.getPartitionId() != null) {
			warnings.add("the type id " + partition.getPartitionId() + " of partition " + path(partition)
					+ " is not written; the format derives it from the file system");
		}
	}

	private void writeBarePartition(Partition partition) throws CoreException {
		String id = partition.getPartitionId();
		if (raidOf.containsKey(partition)) {
			return; // written with its array
		}
		if (id == null || !id.matches("[0-9a-fA-F]{1,2}")) {
			throw refuse("partition " + path(partition) + " holds no file system and has no 1-2 digit type id; "
					+ "the format cannot describe it");
		}
		boolean bootable = partition.getFlags().contains(PartitionFlag.BOOT);
		out.append(word(path(partition), "partition")).append(' ').append(size(partition)).append(' ').append(id);
		if (bootable) {
			out.append(" - defaults bootable");
		}
		out.append('\n');
		Set<PartitionFlag> implied = EnumSet.noneOf(PartitionFlag.class);
		if (bootable) {
			implied.add(PartitionFlag.BOOT);
		}
		if (id.equals("82")) {
			implied.add(PartitionFlag.SWAP);
		}
		Set<PartitionFlag> actual = EnumSet.noneOf(PartitionFlag.class);
		actual.addAll(partition.getFlags());
		if (!actual.equals(implied)) {
			warnings.add("partition " + path(partition) + " gets the flags the format implies " + implied + " instead of "
					+ actual);
		}
	}

	private String size(Partition partition) throws CoreException {
		if (partition.isGrow()) {
			if (partition.getSize() != null) {
				warnings.add("the minimum size of " + path(partition) + " is not written: the format grows it (*)");
			}
			return "*";
		}
		if (partition.getSize() == null) {
			throw refuse("partition " + path(partition) + " has neither a size nor grow");
		}
		BigDecimal size = Units.convert(partition.getSize(), partition.getUnit(), unit);
		if (size == null || size.signum() < 0) {
			throw refuse("the size of " + path(partition) + " (" + partition.getSize().toPlainString() + " "
					+ partition.getUnit().getLiteral() + ") cannot be written in " + unit.getLiteral());
		}
		return Units.plain(size);
	}

	private String path(Partition partition) {
		return Devices.pathOf(partition);
	}

	/** A column value: the format splits on blanks, so a value cannot contain any. */
	private String word(String value, String what) throws CoreException {
		if (value == null || value.isEmpty() || value.chars().anyMatch(c -> Character.isWhitespace(c) || c < 0x20)
				|| value.startsWith("#")) {
			throw refuse("the " + what + " " + (value == null ? "(none)" : SourceText.quote(value))
					+ " cannot be a column of the format (empty, blanks, control characters or a leading #)");
		}
		return value;
	}

	private CoreException refuse(String message) {
		return new CoreException(Statuses.badInput("Cannot write the " + FORMAT + ": " + message));
	}
}
