package org.sisuite.core.disk.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;
import org.sisuite.model.BlockDevice;
import org.sisuite.model.BootLoader;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Filesystem;
import org.sisuite.model.FilesystemType;
import org.sisuite.model.FstabIdentifier;
import org.sisuite.model.LogicalVolume;
import org.sisuite.model.Partition;
import org.sisuite.model.PartitionFlag;
import org.sisuite.model.RaidArray;
import org.sisuite.model.SizeUnit;
import org.sisuite.model.VolumeGroup;

/**
 * Writes a disk table as SystemImager XML: a v4.x {@code autoinstallscript.conf} or a
 * disks-layout file. What reads back through {@link SystemImagerReader} is the same model; what
 * the format cannot say is either refused (a size it cannot express, a distribution-default file
 * system) or left out with a warning (a GPT type GUID, RAID metadata, the boot loader in v4.x).
 */
final class SystemImagerWriter {

	private final DiskFormat dialect;
	private final boolean layout;
	private final List<String> warnings = new ArrayList<>();
	private final StringBuilder out = new StringBuilder();

	SystemImagerWriter(DiskFormat dialect) {
		this.dialect = dialect;
		this.layout = dialect == DiskFormat.DISKS_LAYOUT;
	}

	DiskTableExport write(DiskTable table) throws CoreException {
		header(table.getDescription());
		out.append("<config>\n");
		Map<BlockDevice, RaidArray> raidOf = new java.util.HashMap<>();
		for (RaidArray array : table.getRaidArrays()) {
			array.getMembers().forEach(member -> raidOf.put(member, array));
			array.getSpares().forEach(spare -> raidOf.put(spare, array));
		}
		Map<BlockDevice, VolumeGroup> groupOf = new java.util.HashMap<>();
		for (VolumeGroup group : table.getVolumeGroups()) {
			group.getPhysicalVolumes().forEach(volume -> groupOf.put(volume, group));
		}
		for (Disk disk : table.getDisks()) {
			writeDisk(disk, raidOf, groupOf);
		}
		if (!table.getRaidArrays().isEmpty()) {
			out.append("  <raid>\n");
			for (RaidArray array : table.getRaidArrays()) {
				writeArray(array, groupOf.get(array));
			}
			out.append("  </raid>\n");
		}
		if (!table.getVolumeGroups().isEmpty()) {
			out.append("  <lvm>\n");
			for (VolumeGroup group : table.getVolumeGroups()) {
				writeGroup(group);
			}
			out.append("  </lvm>\n");
		}
		writeBootLoader(table.getBootLoader());
		int line = 0;
		List<String> unnamed = new ArrayList<>();
		for (Filesystem filesystem : table.getFilesystems()) {
			line++;
			writeFilesystem(filesystem, layout ? 99 + line : 10 * line, unnamed);
		}
		if (!unnamed.isEmpty()) {
			warnings.add("fstab will name " + String.join(", ", unnamed) + " by device: the " + dialect.title()
					+ " can only name a file system by a UUID or label it knows in advance");
		}
		out.append("</config>\n");
		return new DiskTableExport(out.toString(), warnings);
	}

	private void header(String description) {
		if (description == null) {
			return;
		}
		String text = Comments.normalize(description);
		if (text == null) {
			return;
		}
		if (!text.equals(description)) {
			warnings.add("the description was normalized (indentation, blank lines)");
		}
		if (text.contains("--")) {
			while (text.contains("--")) {
				text = text.replace("--", "- -");
			}
			warnings.add("the description's \"--\" became \"- -\" (an XML comment cannot contain \"--\")");
		}
		out.append("<!--\n");
		for (String line : text.split("\n", -1)) {
			out.append(line.isEmpty() ? "" : "  " + line).append('\n');
		}
		out.append("-->\n");
	}

	private void writeDisk(Disk disk, Map<BlockDevice, RaidArray> raidOf, Map<BlockDevice, VolumeGroup> groupOf)
			throws CoreException {
		if (disk.getDevice() == null) {
			throw refuse("disk " + disk.getDiskIndex() + " is picked by position; the " + dialect.title()
					+ " names every disk by its device (e.g. /dev/sda)");
		}
		SizeUnit unit = diskUnit(disk);
		if (disk.getSizeBytes() != null) {
			warnings.add("the size of " + disk.getDevice() + " (" + disk.getSizeBytes() + " bytes) is not written");
		}
		out.append("  <disk").append(attribute("dev", disk.getDevice()))
				.append(attribute("label_type", disk.getLabel().getLiteral()))
				.append(attribute("unit_of_measurement", Units.diskUnitName(unit))).append(">\n");
		for (Partition partition : disk.getPartitions()) {
			String device = Devices.pathOf(partition);
			out.append("    <part").append(attribute("num", Integer.toString(partition.getNumber())))
					.append(attribute("size", size(partition, unit, device)))
					.append(attribute("p_type", partition.getType().getLiteral()));
			String id = partition.getPartitionId();
			if (id != null) {
				if (id.matches("[a-fA-F0-9]{1,2}") || !layout && id.matches("[0-9A-Za-z-]{1,36}")) {
					out.append(attribute("id", id));
				} else {
					warnings.add("the partition type " + id + " of " + device + " is not written (the format takes a 1-2 "
							+ "digit MBR type); its flags say what it is for");
				}
			}
			if (partition.getName() != null) {
				out.append(attribute("p_name", partition.getName()));
			}
			if (!partition.getFlags().isEmpty()) {
				out.append(attribute("flags", partition.getFlags().stream().map(PartitionFlag::getLiteral)
						.collect(Collectors.joining(","))));
			}
			RaidArray array = raidOf.get(partition);
			if (array != null) {
				out.append(attribute("raid_dev", array.getDevice()));
			}
			VolumeGroup group = groupOf.get(partition);
			if (group != null) {
				out.append(attribute("lvm_group", group.getName()));
			}
			out.append(" />\n");
		}
		out.append("  </disk>\n");
	}

	/** One unit for the whole disk: the partitions' own when they agree, else bytes (exact). */
	private SizeUnit diskUnit(Disk disk) throws CoreException {
		Set<SizeUnit> units = new LinkedHashSet<>();
		for (Partition partition : disk.getPartitions()) {
			if (partition.getSize() != null) {
				units.add(partition.getUnit());
			}
		}
		SizeUnit unit = units.size() == 1 ? units.iterator().next() : units.isEmpty() ? disk.getUnits() : SizeUnit.B;
		if (units.size() > 1) {
			if (units.contains(SizeUnit.PERCENT) || units.contains(SizeUnit.S)) {
				throw refuse("the partitions of " + disk.getDevice() + " mix units " + units.stream().map(SizeUnit::getLiteral)
						.toList() + "; the format has one unit per disk and percentages or sectors do not convert");
			}
			warnings.add("the partition sizes of " + disk.getDevice() + " mix units; written in bytes");
		}
		if (!layout && unit != SizeUnit.MB && unit != SizeUnit.PERCENT) {
			if (unit == SizeUnit.S) {
				throw refuse("the partitions of " + disk.getDevice() + " are sized in sectors, which v4.x "
						+ "autoinstallscript.conf cannot express (MB or % only)");
			}
			warnings.add("the partition sizes of " + disk.getDevice() + " are converted from " + unit.getLiteral()
					+ " to MB, the unit of v4.x autoinstallscript.conf");
			unit = SizeUnit.MB;
		}
		return unit;
	}

	private String size(Partition partition, SizeUnit unit, String device) throws CoreException {
		if (partition.isGrow()) {
			if (partition.getSize() != null) {
				warnings.add("the minimum size of " + device + " is not written: the format grows it (size=\"*\")");
			}
			return "*";
		}
		if (partition.getSize() == null) {
			throw refuse("partition " + device + " has neither a size nor grow");
		}
		BigDecimal size = Units.convert(partition.getSize(), partition.getUnit(), unit);
		if (size == null) {
			throw refuse("the size of " + device + " (" + partition.getSize().toPlainString() + " "
					+ partition.getUnit().getLiteral() + ") cannot be written in " + unit.getLiteral());
		}
		if (size.signum() < 0) {
			throw refuse("the size of " + device + " is negative");
		}
		return Units.plain(size);
	}

	private void writeArray(RaidArray array, VolumeGroup group) throws CoreException {
		out.append("    <raid_disk").append(attribute("name", array.getDevice()))
				.append(attribute("raid_level", Vocabulary.raidLevelName(array.getLevel())));
		List<Partition> devices = new ArrayList<>(array.getMembers());
		devices.addAll(array.getSpares());
		List<String> paths = new ArrayList<>();
		for (Partition partition : devices) {
			String path = Devices.pathOf(partition);
			if (path == null || partition.getDisk() == null || partition.getDisk().eContainer() != array.eContainer()) {
				throw refuse("a device of RAID array " + array.getDevice() + " is not a partition of a disk of this table");
			}
			paths.add(path);
		}
		if (!array.getSpares().isEmpty() || !inDocumentOrder(devices)) {
			out.append(attribute("raid_devices", Integer.toString(array.getMembers().size())))
					.append(attribute("spare_devices", Integer.toString(array.getSpares().size())));
			out.append(attribute("devices", String.join(" ", paths)));
		}
		if (array.getLayout() != null) {
			out.append(attribute("layout", array.getLayout()));
		}
		if (array.getChunkSizeKiB() != null) {
			out.append(attribute("chunk_size", array.getChunkSizeKiB() + "K"));
		}
		if (group != null) {
			out.append(attribute("lvm_group", group.getName()));
		}
		if (array.getMetadata() != null) {
			warnings.add("the md metadata version " + array.getMetadata() + " of " + array.getDevice() + " is not written");
		}
		out.append(" />\n");
	}

	/** Whether the partitions appear in this order in the disks (the order raid_dev attributes give). */
	private static boolean inDocumentOrder(List<Partition> devices) {
		DiskTable table = (DiskTable) devices.get(0).getDisk().eContainer();
		List<Partition> all = new ArrayList<>();
		table.getDisks().forEach(disk -> all.addAll(disk.getPartitions()));
		int last = -1;
		for (Partition partition : devices) {
			int at = all.indexOf(partition);
			if (at < last) {
				return false;
			}
			last = at;
		}
		return true;
	}

	private void writeGroup(VolumeGroup group) throws CoreException {
		Integer extent = group.getExtentSizeKiB();
		out.append("    <lvm_group").append(attribute("name", group.getName()))
				.append(attribute("max_log_vols", Integer.toString(limit(group.getMaxLogicalVolumes()))))
				.append(attribute("max_phys_vols", Integer.toString(limit(group.getMaxPhysicalVolumes()))))
				.append(attribute("phys_extent_size", (extent == null ? 4096 : extent) + "K")).append(">\n");
		if (extent == null) {
			warnings.add("volume group " + group.getName() + " gets LVM's default extent size written out (4096K)");
		}
		for (LogicalVolume volume : group.getLogicalVolumes()) {
			out.append("      <lv").append(attribute("name", volume.getName())).append(attribute("size", volumeSize(volume)));
			if (volume.getOptions() != null) {
				out.append(attribute("lv_options", volume.getOptions()));
			}
			out.append(" />\n");
		}
		out.append("    </lvm_group>\n");
	}

	private static int limit(Integer value) {
		return value == null ? 0 : value;
	}

	private String volumeSize(LogicalVolume volume) throws CoreException {
		String path = "/dev/" + volume.getVolumeGroup().getName() + "/" + volume.getName();
		if (volume.isGrow()) {
			if (volume.getSize() != null) {
				warnings.add("the minimum size of " + path + " is not written: the format grows it (size=\"*\")");
			}
			return "*";
		}
		if (volume.getSize() == null) {
			throw refuse("logical volume " + path + " has neither a size nor grow");
		}
		SizeUnit unit = volume.getUnit();
		String suffix = switch (unit) {
		case KIB -> "K";
		case MIB -> "M";
		case GIB -> "G";
		case TIB -> "T";
		default -> null;
		};
		BigDecimal size = volume.getSize();
		if (suffix == null) {
			size = Units.convert(size, unit, SizeUnit.KIB);
			suffix = "K";
			if (size == null) {
				throw refuse("the size of logical volume " + path + " (" + volume.getSize().toPlainString() + " "
						+ unit.getLiteral() + ") cannot be written: the format takes sizes with k, m, g or t suffixes");
			}
		}
		return Units.plain(size) + suffix;
	}

	private void writeBootLoader(BootLoader loader) throws CoreException {
		if (loader == null) {
			return;
		}
		if (!layout) {
			warnings.add("the boot loader is not written: v4.x autoinstallscript.conf has no boot loader section");
			return;
		}
		String flavor = switch (loader.getFlavour()) {
		case GRUB2 -> "grub2";
		case GRUB -> "grub";
		case SYSTEMD_BOOT -> "systemd";
		case REFIND -> "rEFInd";
		case CLOVER -> "clover";
		case NONE -> null;
		};
		if (flavor == null) {
			warnings.add("the boot loader \"none\" is not written: the format says no boot loader by having no <bootloader>");
			return;
		}
		out.append("  <bootloader").append(attribute("flavor", flavor))
				.append(attribute("install_type", loader.isEfi() ? "efi" : "legacy"));
		if (loader.getDefaultEntry() != null) {
			out.append(attribute("default_entry", loader.getDefaultEntry()));
		}
		if (loader.getTimeout() != null) {
			out.append(attribute("timeout", loader.getTimeout().toString()));
		}
		out.append(">\n");
		for (String target : loader.getTargets()) {
			out.append("    <target").append(attribute("dev", target)).append(" />\n");
		}
		out.append("  </bootloader>\n");
	}

	private void writeFilesystem(Filesystem filesystem, int line, List<String> unnamed) throws CoreException {
		String where = filesystem.getMountPoint() != null ? filesystem.getMountPoint()
				: filesystem.getFsType() == FilesystemType.SWAP ? "swap" : "none";
		String device;
		if (filesystem.getDevice() != null) {
			device = DeviceIndex.pathOf(filesystem.getDevice());
			if (device == null) {
				throw refuse("the device of " + where + " has no name the format can write (a disk picked by position)");
			}
		} else if (filesystem.getSource() != null) {
			device = filesystem.getSource();
		} else {
			throw refuse("the file system of " + where + " has neither a device nor a source");
		}
		String type = switch (filesystem.getFsType()) {
		case BOOT_DEFAULT, ROOT_DEFAULT -> throw refuse("the file system of " + where + " is the distribution's default ("
				+ (filesystem.getFsType() == FilesystemType.BOOT_DEFAULT ? "_BOOTFS_" : "_ROOTFS_")
				+ "); the " + dialect.title() + " needs a type: set one before exporting");
		case OTHER -> {
			if (filesystem.getTypeName() == null) {
				throw refuse("the file system of " + where + " is of type other without a type name");
			}
			yield filesystem.getTypeName();
		}
		default -> filesystem.getFsType().getLiteral();
		};
		if (layout && !Vocabulary.XSD_FILESYSTEMS.contains(type)) {
			warnings.add("fs=\"" + type + "\" of " + where + " is outside the disks-layout XSD's list: SystemImager's own "
					+ "samples do this, but the file does not validate against the XSD");
		}
		out.append("  <fsinfo").append(attribute("line", Integer.toString(line))).append(attribute("real_dev", device));
		String mountDevice = mountDevice(filesystem, where, unnamed);
		if (mountDevice != null) {
			out.append(attribute("mount_dev", mountDevice));
		}
		out.append(attribute("mp", where)).append(attribute("fs", type));
		if (filesystem.getMkfsOptions() != null) {
			out.append(attribute("mkfs_opts", filesystem.getMkfsOptions()));
		}
		out.append(attribute("options", filesystem.getMountOptions() == null ? "defaults" : filesystem.getMountOptions()))
				.append(attribute("dump", Integer.toString(filesystem.getDump())))
				.append(attribute("pass", Integer.toString(filesystem.getPass())));
		if (!filesystem.isFormat()) {
			out.append(attribute("format", "no"));
		}
		out.append(" />\n");
	}

	private String mountDevice(Filesystem filesystem, String where, List<String> unnamed) {
		FstabIdentifier identifier = filesystem.getFstabIdentifier();
		String label = filesystem.getLabel();
		String uuid = filesystem.getUuid();
		String mountDevice = null;
		if (identifier == FstabIdentifier.LABEL && label != null) {
			mountDevice = "LABEL=" + label;
			label = null;
		} else if (identifier == FstabIdentifier.UUID && uuid != null) {
			mountDevice = "UUID=" + uuid;
			uuid = null;
		} else if (identifier != FstabIdentifier.DEVICE && filesystem.getDevice() != null) {
			unnamed.add(where);
		}
		if (label != null) {
			warnings.add("the label " + label + " of " + where + " is not written (the format names labels only as fstab's LABEL=)");
		}
		if (uuid != null) {
			warnings.add("the UUID " + uuid + " of " + where + " is not written (the format names UUIDs only as fstab's UUID=)");
		}
		return mountDevice;
	}

	private CoreException refuse(String message) {
		return new CoreException(Statuses.badInput("Cannot write the " + dialect.title() + ": " + message));
	}

	/** {@code  name="value"} with XML escaping; characters XML cannot carry are refused. */
	static String attribute(String name, String value) throws CoreException {
		StringBuilder text = new StringBuilder(" ").append(name).append("=\"");
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '&' -> text.append("&amp;");
			case '<' -> text.append("&lt;");
			case '>' -> text.append("&gt;");
			case '"' -> text.append("&quot;");
			case '\n' -> text.append("&#10;");
			case '\r' -> text.append("&#13;");
			case '\t' -> text.append("&#9;");
			default -> {
				if (c < 0x20 || c == 0xfffe || c == 0xffff) {
					throw new CoreException(Statuses.badInput("Cannot write " + name + "=" + SourceText.quote(value)
							+ ": XML cannot carry the control character " + String.format("\\x%02x", (int) c)));
				}
				text.append(c);
			}
			}
		}
		return text.append('"').toString();
	}
}
