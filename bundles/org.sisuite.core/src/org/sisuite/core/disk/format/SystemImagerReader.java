package org.sisuite.core.disk.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.disk.format.XmlTree.Attribute;
import org.sisuite.core.disk.format.XmlTree.Element;
import org.sisuite.model.BlockDevice;
import org.sisuite.model.BootLoader;
import org.sisuite.model.BootLoaderFlavour;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Filesystem;
import org.sisuite.model.FilesystemType;
import org.sisuite.model.FstabIdentifier;
import org.sisuite.model.LogicalVolume;
import org.sisuite.model.Partition;
import org.sisuite.model.PartitionFlag;
import org.sisuite.model.PartitionTableType;
import org.sisuite.model.PartitionType;
import org.sisuite.model.RaidArray;
import org.sisuite.model.RaidLevel;
import org.sisuite.model.SisFactory;
import org.sisuite.model.SizeUnit;
import org.sisuite.model.VolumeGroup;

/**
 * Reads SystemImager's XML disk tables: the v4.x {@code autoinstallscript.conf} and its successor,
 * the disks-layout XML of current SystemImager. Both share one vocabulary ({@code <disk>/<part>},
 * {@code <raid>}, {@code <lvm>}, {@code <fsinfo>}); the dialect decides what is merely warned about.
 * <p>
 * Policy: what makes the table ambiguous or unusable is an error (unknown element, missing or
 * malformed required attribute, a reference to a device the table does not define); what
 * SystemImager itself tolerates and the meaning survives (an unknown attribute, a file system type
 * outside the XSD's list, sections out of the XSD's order) is a warning, so SystemImager's own
 * samples, which break their XSD, import.
 */
final class SystemImagerReader extends XmlElementReader {

	private static final SisFactory F = SisFactory.eINSTANCE;
	private static final Pattern XSD_DISK_DEVICE = Pattern.compile("/dev/([a-z][a-z0-9]*/)?[a-z][a-z0-9]*|[a-zA-Z0-9.]+:/[a-zA-Z0-9.]+.*");
	private static final Pattern XSD_MD_DEVICE = Pattern.compile("/dev/md[0-9][0-9]*");
	private static final Pattern HEX_ID = Pattern.compile("[a-fA-F0-9]{1,2}");
	private static final Pattern LVM_SIZE = Pattern.compile("([0-9]{1,30}(?:\\.[0-9]{1,30})?)([kKmMgGtT]?)");
	private static final Set<String> V4_FLAGS = Set.of("boot", "hidden", "raid", "lvm", "lba");
	private static final Set<String> XSD_FLAGS = Set.of("root", "boot", "hidden", "raid", "lvm", "lba", "swap",
			"legacy_boot", "esp");
	private static final Set<String> XSD_LAYOUTS = Set.of("left-asymmetric", "right-asymmetric", "left-symmetric",
			"right-symmetric");
	private static final List<String> SECTIONS = List.of("disk", "raid", "lvm", "bootloader", "fsinfo", "boel");

	private record PendingReference(BlockDevice device, Attribute attribute) {
	}

	private record PendingArray(RaidArray array, Element element) {
	}

	private record PendingFilesystem(Filesystem filesystem, Attribute realDevice, boolean named, Integer line, int order) {
	}

	private final DiskFormat dialect;
	private final boolean layout;
	private final DiskTable table = F.createDiskTable();
	private final Map<String, Element> disksByDevice = new HashMap<>();
	private final List<PendingReference> raidDevReferences = new ArrayList<>();
	private final List<PendingReference> groupReferences = new ArrayList<>();
	private final List<PendingArray> arrays = new ArrayList<>();
	private final Map<String, VolumeGroup> groups = new LinkedHashMap<>();
	private final List<PendingFilesystem> filesystems = new ArrayList<>();
	private int fstabComments;

	SystemImagerReader(SourceText source, DiskFormat dialect) {
		super(source);
		this.dialect = dialect;
		this.layout = dialect == DiskFormat.DISKS_LAYOUT;
	}

	DiskTable read() throws CoreException {
		XmlTree.Document document = XmlTree.parse(source);
		Element root = document.root();
		if (!root.name.equals("config")) {
			throw error(root, "root element <" + root.name + ">; expected <config>");
		}
		known(root, Set.of());
		table.setDescription(Comments.description(document.leadingComments()));
		int lastSection = 0;
		boolean orderWarned = false;
		for (Element child : root.children) {
			int section = SECTIONS.indexOf(child.name);
			if (section < 0) {
				throw error(child, "unknown element <" + child.name + "> in <config>; expected <disk>, <raid>, <lvm>, "
						+ (layout ? "<bootloader>, " : "") + "<fsinfo> or <boel>");
			}
			if (section < lastSection && layout && !orderWarned) {
				warn(child, "<" + child.name + "> after <" + SECTIONS.get(lastSection)
						+ ">: the XSD wants the order disk, raid, lvm, bootloader, fsinfo, boel (read anyway)");
				orderWarned = true;
			}
			lastSection = Math.max(lastSection, section);
			switch (child.name) {
			case "disk" -> readDisk(child);
			case "raid" -> readRaidSection(child);
			case "lvm" -> readLvm(child);
			case "bootloader" -> readBootLoader(child);
			case "fsinfo" -> readFilesystem(child);
			default -> readBoel(child);
			}
		}
		if (table.getDisks().isEmpty()) {
			warn(root, "no <disk>: the table partitions nothing");
		}
		if (fstabComments > 0) {
			source.warn(0, 0, fstabComments + " fstab comment line" + (fstabComments == 1 ? " (<fsinfo comment=...>) is"
					: "s (<fsinfo comment=...>) are") + " not kept");
		}
		linkArrays();
		linkGroups();
		linkFilesystems();
		table.setSourceFormat(dialect.id());
		return table;
	}

	// --- disks and partitions

	private void readDisk(Element element) throws CoreException {
		known(element, Set.of("dev", "label_type", "unit_of_measurement"));
		Attribute dev = required(element, "dev", "the disk device, e.g. /dev/sda");
		if (layout && !XSD_DISK_DEVICE.matcher(dev.value()).matches()) {
			warn(dev, "dev=\"" + dev.value() + "\" does not match the XSD's device pattern (read anyway)");
		}
		Element previous = disksByDevice.putIfAbsent(dev.value(), element);
		if (previous != null) {
			throw error(dev, "disk " + dev.value() + " is defined twice (first at line " + previous.line + ")");
		}
		Disk disk = F.createDisk();
		disk.setDevice(dev.value());
		Attribute label = required(element, "label_type", "msdos or gpt");
		disk.setLabel(switch (label.value()) {
		case "msdos" -> PartitionTableType.MSDOS;
		case "gpt" -> PartitionTableType.GPT;
		case "convert", "none" -> throw error(label, "label_type=\"" + label.value()
				+ "\" (convert the label or leave the disk untouched) is not supported; expected msdos or gpt");
		default -> throw error(label, "label_type=" + SourceText.quote(label.value()) + "; expected msdos or gpt");
		});
		Attribute units = required(element, "unit_of_measurement", Units.DISK_UNIT_NAMES);
		SizeUnit unit = Units.diskUnit(units.value());
		if (unit == null) {
			throw error(units, "unit_of_measurement=" + SourceText.quote(units.value()) + "; expected " + Units.DISK_UNIT_NAMES);
		}
		if (!layout && unit != SizeUnit.MB && unit != SizeUnit.PERCENT) {
			warn(units, "unit_of_measurement=\"" + units.value() + "\" is not a v4.x unit (MB or %); read as " + unit.getLiteral());
		}
		disk.setUnits(unit);
		Map<Integer, Integer> numbers = new HashMap<>();
		for (Element part : element.children) {
			if (!part.name.equals("part")) {
				throw error(part, "unknown element <" + part.name + "> in <disk>; expected <part>");
			}
			Partition partition = readPartition(part, unit);
			Integer first = numbers.putIfAbsent(partition.getNumber(), part.line);
			if (first != null) {
				throw error(part.attribute("num"), "partition " + partition.getNumber() + " of " + dev.value()
						+ " is defined twice (first at line " + first + ")");
			}
			disk.getPartitions().add(partition);
		}
		if (disk.getPartitions().isEmpty()) {
			warn(element, "disk " + dev.value() + " has no <part>" + (layout ? " (the XSD wants at least one)" : ""));
		}
		table.getDisks().add(disk);
	}

	private Partition readPartition(Element element, SizeUnit unit) throws CoreException {
		known(element, Set.of("num", "size", "p_type", "id", "p_name", "flags", "raid_dev", "lvm_group"));
		Partition partition = F.createPartition();
		Attribute num = required(element, "num", "the partition number");
		partition.setNumber(number(num, 1, 9999, "a partition number 1-9999"));
		Attribute size = required(element, "size", "a size or *");
		if (size.value().equals("*")) {
			partition.setGrow(true);
		} else if (Units.DECIMAL.matcher(size.value()).matches()) {
			partition.setSize(new BigDecimal(size.value()));
		} else {
			throw error(size, "size=" + SourceText.quote(size.value()) + "; expected a number such as 512 or 2.5, or *");
		}
		partition.setUnit(unit);
		Attribute type = required(element, "p_type", "primary, extended or logical");
		partition.setType(switch (type.value()) {
		case "primary" -> PartitionType.PRIMARY;
		case "extended" -> PartitionType.EXTENDED;
		case "logical" -> PartitionType.LOGICAL;
		default -> throw error(type, "p_type=" + SourceText.quote(type.value()) + "; expected primary, extended or logical");
		});
		Attribute id = element.attribute("id");
		if (id != null) {
			if (!id.value().matches("[0-9A-Za-z-]{1,36}")) {
				throw error(id, "id=" + SourceText.quote(id.value()) + "; expected a partition type id such as 83 or fd");
			}
			if (!HEX_ID.matcher(id.value()).matches()) {
				warn(id, "id=\"" + id.value() + "\" is not a 1-2 digit hex MBR type (read anyway)");
			}
			partition.setPartitionId(id.value());
		}
		String name = element.value("p_name");
		if (name != null && !name.isBlank() && !name.strip().equals("-")) {
			partition.setName(name.strip().replaceAll("\\s+", " "));
		}
		Attribute flags = element.attribute("flags");
		if (flags != null) {
			readFlags(flags, partition);
		}
		if (element.attribute("raid_dev") != null) {
			raidDevReferences.add(new PendingReference(partition, element.attribute("raid_dev")));
		}
		if (element.attribute("lvm_group") != null) {
			groupReferences.add(new PendingReference(partition, element.attribute("lvm_group")));
		}
		return partition;
	}

	private void readFlags(Attribute flags, Partition partition) throws CoreException {
		String text = flags.value().strip();
		if (text.isEmpty() || text.equals("-")) {
			return;
		}
		for (String word : text.split(",", -1)) {
			PartitionFlag flag = Vocabulary.flag(word.strip());
			if (flag == null) {
				throw error(flags, "flag " + SourceText.quote(word) + " in flags=\"" + flags.value() + "\"; expected "
						+ Vocabulary.FLAG_NAMES + ", separated by commas");
			}
			if (!(layout ? XSD_FLAGS : V4_FLAGS).contains(flag.getLiteral())) {
				warn(flags, "flag " + flag.getLiteral() + " is not one the " + dialect.title() + " knows (read anyway)");
			}
			if (!partition.getFlags().contains(flag)) {
				partition.getFlags().add(flag);
			}
		}
	}

	// --- RAID

	private void readRaidSection(Element element) throws CoreException {
		if (element.attribute("name") != null) {
			// <raid name=... raid_level=... devices=.../>: the flat form SystemInstaller (OSCAR) writes
			if (layout) {
				warn(element, "<raid name=...> without <raid_disk> is the flat form SystemInstaller writes; the XSD wants "
						+ "<raid><raid_disk .../></raid> (read anyway)");
			}
			readRaidDisk(element);
			return;
		}
		known(element, Set.of());
		for (Element child : element.children) {
			if (!child.name.equals("raid_disk")) {
				throw error(child, "unknown element <" + child.name + "> in <raid>; expected <raid_disk>");
			}
			readRaidDisk(child);
		}
	}

	private void readRaidDisk(Element element) throws CoreException {
		known(element, Set.of("name", "raid_level", "raid_devices", "spare_devices", "persistence", "rounding", "layout",
				"chunk_size", "lvm_group", "devices"));
		if (!element.children.isEmpty()) {
			throw error(element.children.get(0), "<" + element.children.get(0).name + "> inside <" + element.name
					+ ">; expected an empty element");
		}
		RaidArray array = F.createRaidArray();
		Attribute name = required(element, "name", "the array device, e.g. /dev/md0");
		if (!name.value().startsWith("/dev/") || name.value().matches(".*\\s.*")) {
			throw error(name, "name=" + SourceText.quote(name.value()) + "; expected an md device such as /dev/md0");
		}
		if (layout && !XSD_MD_DEVICE.matcher(name.value()).matches()) {
			warn(name, "name=\"" + name.value() + "\" does not match the XSD's /dev/mdN (read anyway)");
		}
		for (PendingArray pending : arrays) {
			if (pending.array().getDevice().equals(name.value())) {
				throw error(name, "RAID array " + name.value() + " is defined twice (first at line " + pending.element().line + ")");
			}
		}
		array.setDevice(name.value());
		Attribute level = required(element, "raid_level", Vocabulary.RAID_LEVEL_NAMES);
		RaidLevel raidLevel = Vocabulary.raidLevel(level.value());
		if (raidLevel == null) {
			throw error(level, "raid_level=" + SourceText.quote(level.value()) + "; expected " + Vocabulary.RAID_LEVEL_NAMES);
		}
		if (raidLevel == RaidLevel.RAID10) {
			warn(level, "raid_level=\"" + level.value() + "\" is not in SystemImager's list (read anyway)");
		}
		array.setLevel(raidLevel);
		if (element.attribute("raid_devices") != null) {
			number(element.attribute("raid_devices"), 1, 1024, "a positive number of devices");
		}
		if (element.attribute("spare_devices") != null) {
			number(element.attribute("spare_devices"), 0, 1024, "a number of spare devices, 0 or more");
		}
		Attribute persistence = element.attribute("persistence");
		if (persistence != null) {
			switch (persistence.value()) {
			case "yes" -> {
				// the default: arrays are created with a superblock
			}
			case "no" -> warn(persistence, "persistence=\"no\" (an array without superblock) is not kept: SIS always creates "
					+ "arrays with a superblock");
			default -> throw error(persistence, "persistence=" + SourceText.quote(persistence.value()) + "; expected yes or no");
			}
		}
		if (element.attribute("rounding") != null) {
			number(element.attribute("rounding"), 0, Integer.MAX_VALUE, "a rounding in KiB");
			warn(element.attribute("rounding"), "rounding (of linear arrays) is not kept");
		}
		Attribute layoutAttribute = element.attribute("layout");
		if (layoutAttribute != null) {
			if (!Vocabulary.isWord(layoutAttribute.value())) {
				throw error(layoutAttribute, "layout=" + SourceText.quote(layoutAttribute.value())
						+ "; expected a parity layout such as left-symmetric");
			}
			if (!XSD_LAYOUTS.contains(layoutAttribute.value())) {
				warn(layoutAttribute, "layout=\"" + layoutAttribute.value() + "\" is not in the XSD's list (read anyway)");
			}
			array.setLayout(layoutAttribute.value());
		}
		Attribute chunk = element.attribute("chunk_size");
		if (chunk != null) {
			array.setChunkSizeKiB(kibibytes(chunk, true));
		}
		if (element.attribute("lvm_group") != null) {
			groupReferences.add(new PendingReference(array, element.attribute("lvm_group")));
		}
		arrays.add(new PendingArray(array, element));
		table.getRaidArrays().add(array);
	}

	private void linkArrays() throws CoreException {
		DeviceIndex index = new DeviceIndex(table);
		Map<String, List<PendingReference>> byArray = new HashMap<>();
		for (PendingReference reference : raidDevReferences) {
			String device = reference.attribute().value();
			if (arrays.stream().noneMatch(pending -> pending.array().getDevice().equals(device))) {
				throw error(reference.attribute(), "raid_dev=" + SourceText.quote(device)
						+ " names no RAID array of this table; expected one of " + names(arrays.stream()
								.map(pending -> pending.array().getDevice()).toList()));
			}
			byArray.computeIfAbsent(device, key -> new ArrayList<>()).add(reference);
		}
		Map<Partition, String> memberOf = new HashMap<>();
		for (PendingArray pending : arrays) {
			RaidArray array = pending.array();
			Element element = pending.element();
			List<Partition> devices = new ArrayList<>();
			Attribute listed = element.attribute("devices");
			List<PendingReference> marked = byArray.getOrDefault(array.getDevice(), List.of());
			if (listed != null) {
				for (String path : listed.value().strip().split("\\s+")) {
					if (path.isEmpty()) {
						continue;
					}
					if (!(index.get(path) instanceof Partition partition)) {
						throw error(listed, "devices of " + array.getDevice() + " names " + SourceText.quote(path)
								+ ", which is not a partition of this table");
					}
					if (devices.contains(partition)) {
						throw error(listed, "devices of " + array.getDevice() + " lists " + path + " twice");
					}
					devices.add(partition);
				}
				for (PendingReference reference : marked) {
					if (!devices.contains(reference.device())) {
						throw error(reference.attribute(), "raid_dev=\"" + array.getDevice() + "\" but the devices of "
								+ array.getDevice() + " (line " + listed.line() + ") do not list this partition");
					}
				}
			} else {
				marked.forEach(reference -> devices.add((Partition) reference.device()));
			}
			if (devices.isEmpty()) {
				throw error(element, "RAID array " + array.getDevice()
						+ " has no member partitions; expected a devices attribute or partitions with raid_dev=\""
						+ array.getDevice() + "\"");
			}
			for (Partition partition : devices) {
				String other = memberOf.putIfAbsent(partition, array.getDevice());
				if (other != null) {
					throw error(element, "partition " + Devices.pathOf(partition) + " is in both " + other + " and "
							+ array.getDevice());
				}
			}
			int active = devices.size();
			Attribute raidDevices = element.attribute("raid_devices");
			Attribute spareDevices = element.attribute("spare_devices");
			int spares = spareDevices == null ? 0 : Integer.parseInt(spareDevices.value().strip());
			if (raidDevices != null) {
				active = Integer.parseInt(raidDevices.value().strip());
				if (spareDevices != null && active + spares != devices.size() || active > devices.size()) {
					throw error(raidDevices, array.getDevice() + " has " + devices.size() + " partitions but raid_devices=\""
							+ active + "\"" + (spareDevices == null ? "" : " and spare_devices=\"" + spares + "\""));
				}
			} else if (spares >= devices.size()) {
				throw error(spareDevices, array.getDevice() + " has " + devices.size() + " partitions, not more than "
						+ "spare_devices=\"" + spares + "\"");
			} else {
				active = devices.size() - spares;
			}
			array.getMembers().addAll(devices.subList(0, active));
			array.getSpares().addAll(devices.subList(active, devices.size()));
		}
	}

	// --- LVM

	private void readLvm(Element element) throws CoreException {
		known(element, Set.of("version"));
		Attribute version = element.attribute("version");
		if (version != null && !version.value().equals("2")) {
			warn(version, "version=\"" + version.value() + "\": SIS creates LVM2 volume groups");
		}
		for (Element child : element.children) {
			if (!child.name.equals("lvm_group")) {
				throw error(child, "unknown element <" + child.name + "> in <lvm>; expected <lvm_group>");
			}
			readVolumeGroup(child);
		}
	}

	private void readVolumeGroup(Element element) throws CoreException {
		known(element, Set.of("name", "max_log_vols", "max_phys_vols", "phys_extent_size", "phys_exent_size"));
		VolumeGroup group = F.createVolumeGroup();
		Attribute name = required(element, "name", "the volume group name");
		if (!Vocabulary.isWord(name.value())) {
			throw error(name, "name=" + SourceText.quote(name.value()) + "; expected a volume group name of letters, digits and _.+-");
		}
		if (groups.containsKey(name.value())) {
			throw error(name, "volume group " + name.value() + " is defined twice");
		}
		group.setName(name.value());
		group.setMaxLogicalVolumes(volumeLimit(element, "max_log_vols"));
		group.setMaxPhysicalVolumes(volumeLimit(element, "max_phys_vols"));
		Attribute extent = element.attribute("phys_extent_size");
		Attribute misspelt = element.attribute("phys_exent_size");
		if (extent == null && misspelt != null) {
			warn(misspelt, "phys_exent_size is a misspelling of phys_extent_size; read as phys_extent_size");
			extent = misspelt;
		}
		if (extent != null) {
			group.setExtentSizeKiB(kibibytes(extent, false));
		} else if (layout) {
			warn(element, "<lvm_group> without phys_extent_size (required by the XSD): LVM's default applies");
		}
		for (Element child : element.children) {
			if (!child.name.equals("lv")) {
				throw error(child, "unknown element <" + child.name + "> in <lvm_group>; expected <lv>");
			}
			known(child, Set.of("name", "size", "lv_options"));
			LogicalVolume volume = F.createLogicalVolume();
			Attribute volumeName = required(child, "name", "the logical volume name");
			if (!Vocabulary.isWord(volumeName.value())) {
				throw error(volumeName, "name=" + SourceText.quote(volumeName.value())
						+ "; expected a logical volume name of letters, digits and _.+-");
			}
			if (group.getLogicalVolumes().stream().anyMatch(other -> other.getName().equals(volumeName.value()))) {
				throw error(volumeName, "logical volume " + volumeName.value() + " is defined twice in " + group.getName());
			}
			volume.setName(volumeName.value());
			readVolumeSize(required(child, "size", "a size such as 2048M or *"), volume);
			volume.setOptions(child.value("lv_options"));
			group.getLogicalVolumes().add(volume);
		}
		if (group.getLogicalVolumes().isEmpty()) {
			warn(element, "volume group " + group.getName() + " has no <lv>");
		}
		groups.put(group.getName(), group);
		table.getVolumeGroups().add(group);
	}

	private Integer volumeLimit(Element element, String attributeName) throws CoreException {
		Attribute limit = element.attribute(attributeName);
		if (limit == null) {
			if (layout) {
				warn(element, "<lvm_group> without " + attributeName + " (required by the XSD): no limit");
			}
			return null;
		}
		int value = number(limit, 0, 1_000_000, "a number, 0 for no limit");
		return value == 0 ? null : value;
	}

	private void readVolumeSize(Attribute size, LogicalVolume volume) throws CoreException {
		if (size.value().equals("*")) {
			volume.setGrow(true);
			return;
		}
		Matcher matcher = LVM_SIZE.matcher(size.value());
		if (!matcher.matches()) {
			throw error(size, "size=" + SourceText.quote(size.value())
					+ "; expected a number with an optional k, m, g or t suffix (MiB without), or *");
		}
		volume.setSize(new BigDecimal(matcher.group(1)));
		volume.setUnit(switch (matcher.group(2).toLowerCase()) {
		case "k" -> SizeUnit.KIB;
		case "g" -> SizeUnit.GIB;
		case "t" -> SizeUnit.TIB;
		default -> SizeUnit.MIB;
		});
	}

	private void linkGroups() throws CoreException {
		for (PendingReference reference : groupReferences) {
			VolumeGroup group = groups.get(reference.attribute().value());
			if (group == null) {
				throw error(reference.attribute(), "lvm_group=" + SourceText.quote(reference.attribute().value())
						+ " names no volume group of the <lvm> section; expected one of " + names(List.copyOf(groups.keySet())));
			}
			if (reference.device() instanceof Partition partition && !partition.getFlags().contains(PartitionFlag.LVM)
					&& layout) {
				warn(reference.attribute(), "lvm_group on a partition without the lvm flag (read anyway)");
			}
			group.getPhysicalVolumes().add(reference.device());
		}
		for (VolumeGroup group : table.getVolumeGroups()) {
			if (group.getPhysicalVolumes().isEmpty()) {
				source.warn(0, 0, "volume group " + group.getName()
						+ " has no physical volume (no partition or RAID array names it in lvm_group)");
			}
		}
	}

	// --- boot loader, BOEL

	private void readBootLoader(Element element) throws CoreException {
		known(element, Set.of("flavor", "install_type", "default_entry", "timeout"));
		if (table.getBootLoader() != null) {
			throw error(element, "a second <bootloader>; SIS installs one boot loader per table");
		}
		if (!layout) {
			warn(element, "<bootloader> belongs to the disks-layout format, not to v4.x autoinstallscript.conf (read anyway)");
		}
		BootLoader loader = F.createBootLoader();
		Attribute flavor = required(element, "flavor", "grub, grub2, systemd, rEFInd or clover");
		loader.setFlavour(switch (flavor.value()) {
		case "grub2" -> BootLoaderFlavour.GRUB2;
		case "grub" -> BootLoaderFlavour.GRUB;
		case "systemd" -> BootLoaderFlavour.SYSTEMD_BOOT;
		case "rEFInd" -> BootLoaderFlavour.REFIND;
		case "clover" -> BootLoaderFlavour.CLOVER;
		default -> throw error(flavor, "flavor=" + SourceText.quote(flavor.value())
				+ "; expected grub, grub2, systemd, rEFInd or clover");
		});
		Attribute installType = required(element, "install_type", "legacy or efi");
		loader.setEfi(switch (installType.value()) {
		case "efi" -> true;
		case "legacy" -> false;
		default -> throw error(installType, "install_type=" + SourceText.quote(installType.value()) + "; expected legacy or efi");
		});
		loader.setDefaultEntry(element.value("default_entry"));
		if (element.attribute("timeout") != null) {
			loader.setTimeout(number(element.attribute("timeout"), 0, 1_000_000, "a number of seconds"));
		}
		for (Element target : element.children) {
			if (!target.name.equals("target")) {
				throw error(target, "unknown element <" + target.name + "> in <bootloader>; expected <target>");
			}
			known(target, Set.of("dev", "path"));
			loader.getTargets().add(required(target, "dev", "the disk or partition to install to").value());
			if (target.attribute("path") != null) {
				warn(target.attribute("path"), "the EFI path of a boot loader target is not kept");
			}
		}
		if (loader.getTargets().isEmpty()) {
			warn(element, "<bootloader> without <target>");
		}
		table.setBootLoader(loader);
	}

	private void readBoel(Element element) throws CoreException {
		known(element, Set.of("devstyle"));
		Attribute style = element.attribute("devstyle");
		if (style != null && !Set.of("static", "udev", "devfs").contains(style.value())) {
			throw error(style, "devstyle=" + SourceText.quote(style.value()) + "; expected static, udev or devfs");
		}
		warn(element, "<boel> (the BOEL installer's device style) is obsolete and not kept");
	}

	// --- file systems

	private void readFilesystem(Element element) throws CoreException {
		known(element, Set.of("line", "comment", "real_dev", "mount_dev", "mp", "fs", "mkfs_opts", "options", "dump",
				"pass", "format"));
		Integer line = element.attribute("line") == null ? null
				: number(element.attribute("line"), 1, Integer.MAX_VALUE, "a positive line number");
		if (element.attribute("real_dev") == null && element.attribute("comment") != null) {
			fstabComments++;
			return;
		}
		Filesystem filesystem = F.createFilesystem();
		Attribute realDevice = required(element, "real_dev", "the device or source of the fstab line");
		Attribute mountPoint = required(element, "mp", "the mount point");
		Attribute type = required(element, "fs", "the file system type");
		String format = element.value("format");
		filesystem.setFormat(format == null || !format.equals("no"));
		readType(type, filesystem);
		String mkfs = element.value("mkfs_opts");
		if (mkfs != null && !mkfs.isBlank()) {
			filesystem.setMkfsOptions(filesystem.getMkfsOptions() == null ? mkfs : filesystem.getMkfsOptions() + " " + mkfs);
		}
		boolean swap = filesystem.getFsType() == FilesystemType.SWAP;
		if (!(swap && (mountPoint.value().equals("swap") || mountPoint.value().equals("none")))) {
			filesystem.setMountPoint(mountPoint.value());
		}
		String options = element.value("options");
		if (options != null) {
			filesystem.setMountOptions(options);
		}
		if (element.attribute("dump") != null) {
			filesystem.setDump(number(element.attribute("dump"), 0, 1_000_000, "a number, usually 0 or 1"));
		}
		if (element.attribute("pass") != null) {
			filesystem.setPass(number(element.attribute("pass"), 0, 1_000_000, "a number, usually 0, 1 or 2"));
		}
		boolean named = readMountDevice(element.attribute("mount_dev"), realDevice, filesystem);
		filesystems.add(new PendingFilesystem(filesystem, realDevice, named, line, filesystems.size()));
	}

	private void readType(Attribute type, Filesystem filesystem) throws CoreException {
		String name = type.value();
		switch (name) {
		case "fat", "fat16", "fat32" -> {
			filesystem.setFsType(FilesystemType.VFAT);
			if (!name.equals("fat")) {
				filesystem.setMkfsOptions("-F " + name.substring(3));
			}
			return;
		}
		default -> {
			// below
		}
		}
		if (!Vocabulary.isWord(name)) {
			throw error(type, "fs=" + SourceText.quote(name) + "; expected a file system type such as ext4, xfs or swap");
		}
		FilesystemType known = Vocabulary.filesystem(name);
		filesystem.setFsType(known == null ? FilesystemType.OTHER : known);
		if (known == null) {
			filesystem.setTypeName(name);
		}
		if (known == null && filesystem.isFormat()) {
			warn(type, "fs=\"" + name + "\" is not a type SIS creates; kept as an fstab entry SIS mounts but never formats");
		} else if (layout && !Vocabulary.XSD_FILESYSTEMS.contains(name)) {
			warn(type, "fs=\"" + name + "\" is not in the disks-layout XSD's list (read anyway)");
		}
	}

	/** Reads mount_dev (LABEL= or UUID=), returning whether it named the file system that way. */
	private boolean readMountDevice(Attribute mountDevice, Attribute realDevice, Filesystem filesystem) throws CoreException {
		if (mountDevice == null || mountDevice.value().equals(realDevice.value())) {
			return false;
		}
		String value = mountDevice.value();
		if (value.startsWith("LABEL=") && value.length() > "LABEL=".length()) {
			filesystem.setFstabIdentifier(FstabIdentifier.LABEL);
			filesystem.setLabel(value.substring("LABEL=".length()));
		} else if (value.startsWith("UUID=") && value.length() > "UUID=".length()) {
			filesystem.setFstabIdentifier(FstabIdentifier.UUID);
			filesystem.setUuid(value.substring("UUID=".length()));
		} else {
			throw error(mountDevice, "mount_dev=" + SourceText.quote(value) + "; expected LABEL=... or UUID=...");
		}
		return true;
	}

	private void linkFilesystems() {
		DeviceIndex index = new DeviceIndex(table);
		List<PendingFilesystem> ordered = new ArrayList<>(filesystems);
		if (ordered.stream().allMatch(pending -> pending.line() != null)) {
			ordered.sort(Comparator.comparing(PendingFilesystem::line).thenComparing(PendingFilesystem::order));
		}
		for (PendingFilesystem pending : ordered) {
			Filesystem filesystem = pending.filesystem();
			String device = pending.realDevice().value();
			BlockDevice blockDevice = index.get(device);
			if (blockDevice != null) {
				filesystem.setDevice(blockDevice);
				if (!pending.named()) {
					filesystem.setFstabIdentifier(FstabIdentifier.DEVICE);
				}
			} else {
				filesystem.setSource(device);
				if (device.startsWith("/dev/") && filesystem.isFormat()
						&& !Vocabulary.DEVICELESS.contains(filesystem.getFsType())
						&& filesystem.getFsType() != FilesystemType.OTHER) {
					warn(pending.realDevice(), "real_dev=\"" + device + "\" is not a partition, RAID array or logical volume "
							+ "of this table: kept as an fstab line, never formatted");
				}
			}
			table.getFilesystems().add(filesystem);
		}
	}
}
