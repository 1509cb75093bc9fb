package org.sisuite.core.disk.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.model.BootLoader;
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
import org.sisuite.model.RaidLevel;
import org.sisuite.model.SisFactory;
import org.sisuite.model.SizeUnit;

/**
 * Reads SystemInstaller's (OSCAR's) disk tables, the input of {@code mksidisk}: one line per
 * partition or fstab entry, {@code device size fstype [mount [options [bootable]]]}, with sizes
 * in the table's units (MB unless {@code units=}), {@code *} to grow, {@code -} for entries on
 * no partition (nfs, tmpfs, proc), {@code raidN /dev/mdX members [spare]} lines before the line
 * of the array, and the {@code _BOOTFS_}/{@code _ROOTFS_} placeholders for the distribution's
 * default file systems. Like {@code mksidisk}, it derives what the format leaves implicit: the
 * partition types (numbers above 4 are logical on msdos, inside an extended partition made in
 * the first free primary slot), the boot/raid/swap flags, and fstab's dump and pass (1 2 for file
 * systems on partitions, 0 0 otherwise). Unlike it, it adds no /proc, /dev/pts or floppy lines
 * of its own, and it refuses what mksidisk would silently turn into garbage.
 */
final class MksidiskReader {

	private static final SisFactory F = SisFactory.eINSTANCE;

	/** The types mksidisk ({@code Partition.pm get_id}) puts on no partition. */
	static final Set<String> NODEV = Set.of("sysfs", "rootfs", "bdev", "proc", "sockfs", "debugfs", "securityfs",
			"pipefs", "futexfs", "tmpfs", "inotifyfs", "eventpollfs", "devpts", "ramfs", "hugetlbfs", "nfs", "nfs4",
			"mqueue", "rpc_pipefs", "subdomainfs", "usbfs", "auto");
	static final String BOOT_DEFAULT = "_BOOTFS_";
	static final String ROOT_DEFAULT = "_ROOTFS_";
	private static final Pattern SETTING = Pattern.compile("([A-Za-z_]+)\\s*=\\s*(\\S+)");
	private static final Pattern RAID = Pattern.compile("raid([0-9]+)");
	private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{1,2}");

	private record Token(String text, int column) {
	}

	private record Setting(String value, int line, int column) {
	}

	private record ArrayLine(RaidArray array, List<Token> members, List<Token> spares, int line) {
	}

	private final SourceText source;
	private final DiskTable table = F.createDiskTable();
	private final Map<String, Setting> settings = new HashMap<>();
	private final Map<String, ArrayLine> arrays = new LinkedHashMap<>();
	private final Map<String, Map<Integer, Partition>> disks = new TreeMap<>(Naturally::compare);
	private final Map<Partition, Integer> partitionLines = new HashMap<>();
	private final Map<String, Integer> growLines = new HashMap<>();
	private final Map<RaidArray, Integer> arraysWithLine = new HashMap<>();

	MksidiskReader(SourceText source) {
		this.source = source;
	}

	DiskTable read() throws CoreException {
		List<String> lines = source.lines();
		table.setDescription(leadingComment(lines));
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			String stripped = line.strip();
			if (stripped.isEmpty() || stripped.startsWith("#")) {
				continue;
			}
			List<Token> tokens = tokens(line);
			Matcher setting = SETTING.matcher(stripped);
			if (setting.matches()) {
				readSetting(setting.group(1), setting.group(2), i + 1, tokens.get(0).column());
			} else if (RAID.matcher(tokens.get(0).text()).matches()) {
				readArray(tokens, i + 1);
			} else {
				readEntry(tokens, i + 1);
			}
		}
		for (ArrayLine array : arrays.values()) {
			if (!arraysWithLine.containsKey(array.array())) {
				throw source.error(array.line(), 1, "RAID array " + array.array().getDevice()
						+ " has no line of its own giving its size and file system (e.g. " + array.array().getDevice()
						+ " 1024 ext4 /data defaults)");
			}
		}
		buildDisks();
		table.setSourceFormat(DiskFormat.MKSIDISK.id());
		return table;
	}

	private static String leadingComment(List<String> lines) {
		List<String> comment = new ArrayList<>();
		for (String line : lines) {
			String stripped = line.strip();
			if (!stripped.startsWith("#")) {
				break;
			}
			comment.add(stripped.substring(1));
		}
		return Comments.normalize(comment);
	}

	private static List<Token> tokens(String line) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < line.length()) {
			while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
				i++;
			}
			if (i > start) {
				tokens.add(new Token(line.substring(start, i), start + 1));
			}
		}
		return tokens;
	}

	private void readSetting(String key, String value, int line, int column) throws CoreException {
		String name = key.toLowerCase();
		switch (name) {
		case "units" -> {
			if (Units.diskUnit(value) == null) {
				throw source.error(line, column, "units=" + SourceText.quote(value) + "; expected " + Units.DISK_UNIT_NAMES);
			}
		}
		case "label_type" -> {
			if (!value.equals("msdos") && !value.equals("gpt")) {
				throw source.error(line, column, "label_type=" + SourceText.quote(value) + "; expected msdos or gpt");
			}
		}
		case "boot_type" -> {
			if (!Set.of("legacy", "bios", "efi", "uefi").contains(value)) {
				throw source.error(line, column, "boot_type=" + SourceText.quote(value) + "; expected legacy or efi");
			}
		}
		default -> {
			source.warn(line, column, "unknown setting " + key + " ignored; the settings are units, label_type and boot_type");
			return;
		}
		}
		Setting previous = settings.put(name, new Setting(value, line, column));
		if (previous != null) {
			source.warn(line, column, name + " is set again (first at line " + previous.line() + "); this value applies");
		}
	}

	private void readArray(List<Token> tokens, int line) throws CoreException {
		Token word = tokens.get(0);
		String levelText = word.text().substring("raid".length());
		RaidLevel level = Vocabulary.raidLevel(levelText);
		if (level == null || level == RaidLevel.LINEAR) {
			throw source.error(line, word.column(), SourceText.quote(word.text())
					+ " is no RAID level; expected raid0, raid1, raid4, raid5, raid6 or raid10");
		}
		if (level == RaidLevel.RAID4 || level == RaidLevel.RAID10) {
			source.warn(line, word.column(), word.text() + " is not a level mksidisk knows (raid0, raid1, raid5, raid6); read anyway");
		}
		if (tokens.size() < 3) {
			throw source.error(line, word.column(), "expected " + word.text()
					+ " /dev/mdN followed by its member partitions and [spare] partitions");
		}
		Token device = tokens.get(1);
		if (!device.text().startsWith("/dev/")) {
			throw source.error(line, device.column(), SourceText.quote(device.text()) + "; expected an md device such as /dev/md0");
		}
		if (arrays.containsKey(device.text())) {
			throw source.error(line, device.column(), "RAID array " + device.text() + " is defined twice (first at line "
					+ arrays.get(device.text()).line() + ")");
		}
		List<Token> members = new ArrayList<>();
		List<Token> spares = new ArrayList<>();
		for (Token token : tokens.subList(2, tokens.size())) {
			boolean spare = token.text().startsWith("[") && token.text().endsWith("]") && token.text().length() > 2;
			String path = spare ? token.text().substring(1, token.text().length() - 1) : token.text();
			if (Devices.parsePartition(path) == null || !path.startsWith("/dev/")) {
				throw source.error(line, token.column(), SourceText.quote(token.text())
						+ "; expected a member partition such as /dev/sda1, or a spare such as [/dev/sdc1]");
			}
			Token member = new Token(path, token.column());
			for (ArrayLine other : arrays.values()) {
				if (other.members().stream().anyMatch(t -> t.text().equals(path))
						|| other.spares().stream().anyMatch(t -> t.text().equals(path))) {
					throw source.error(line, token.column(), path + " is already in " + other.array().getDevice());
				}
			}
			if (members.stream().anyMatch(t -> t.text().equals(path)) || spares.stream().anyMatch(t -> t.text().equals(path))) {
				throw source.error(line, token.column(), path + " is listed twice");
			}
			(spare ? spares : members).add(member);
		}
		if (members.isEmpty()) {
			throw source.error(line, device.column(), "RAID array " + device.text() + " has only spares; expected at least one member");
		}
		RaidArray array = F.createRaidArray();
		array.setDevice(device.text());
		array.setLevel(level);
		table.getRaidArrays().add(array);
		arrays.put(device.text(), new ArrayLine(array, members, spares, line));
	}

	private void readEntry(List<Token> tokens, int line) throws CoreException {
		Token device = tokens.get(0);
		if (tokens.size() < 3) {
			throw source.error(line, device.column(), "expected device size type [mount [options [bootable]]], found "
					+ tokens.size() + " field" + (tokens.size() == 1 ? "" : "s"));
		}
		if (tokens.size() > 6) {
			throw source.error(line, tokens.get(6).column(), "unexpected " + SourceText.quote(tokens.get(6).text())
					+ " after the bootable column");
		}
		Token size = tokens.get(1);
		Token type = tokens.get(2);
		Token mount = tokens.size() > 3 ? tokens.get(3) : null;
		Token options = tokens.size() > 4 ? tokens.get(4) : null;
		Token bootable = tokens.size() > 5 ? tokens.get(5) : null;
		if (bootable != null && !bootable.text().equals("bootable")) {
			throw source.error(line, bootable.column(), SourceText.quote(bootable.text()) + "; expected bootable or nothing");
		}
		Filesystem filesystem = F.createFilesystem();
		String typeName = type.text();
		FilesystemType known = Vocabulary.filesystem(typeName);
		if (typeName.equals(BOOT_DEFAULT) || typeName.equals(ROOT_DEFAULT)) {
			filesystem.setFsType(typeName.equals(BOOT_DEFAULT) ? FilesystemType.BOOT_DEFAULT : FilesystemType.ROOT_DEFAULT);
		} else if (known != null) {
			filesystem.setFsType(known);
		} else if (NODEV.contains(typeName)) {
			filesystem.setFsType(FilesystemType.OTHER);
			filesystem.setTypeName(typeName);
		} else if (HEX.matcher(typeName).matches() || typeName.equalsIgnoreCase("prep")) {
			readBarePartition(device, size, typeName.equalsIgnoreCase("prep") ? "41" : typeName, tokens, bootable, line);
			return;
		} else {
			throw source.error(line, type.column(), "type " + SourceText.quote(typeName) + "; expected a file system ("
					+ Vocabulary.filesystemNames() + ", " + BOOT_DEFAULT + ", " + ROOT_DEFAULT
					+ "), one on no partition (such as auto or nfs4) or a hex partition id");
		}
		boolean deviceless = filesystem.getFsType() == FilesystemType.OTHER
				|| known != null && Vocabulary.DEVICELESS.contains(known);
		boolean swap = filesystem.getFsType() == FilesystemType.SWAP;
		if (mount != null && !(swap && (mount.text().equals("swap") || mount.text().equals("none")))
				&& !(mount.text().equals("-") && !deviceless)) {
			filesystem.setMountPoint(mount.text());
		}
		if (options != null) {
			filesystem.setMountOptions(options.text());
		}
		if (deviceless) {
			if (!size.text().equals("-")) {
				source.warn(line, size.column(), "size " + SourceText.quote(size.text()) + " of a " + typeName
						+ " entry, which is on no partition, is ignored (write -)");
			}
			if (mount == null) {
				throw source.error(line, type.column() + typeName.length(), "a " + typeName + " entry needs a mount point");
			}
			if (bootable != null) {
				throw source.error(line, bootable.column(), "bootable on a " + typeName + " entry, which is on no partition");
			}
			filesystem.setSource(device.text());
		} else {
			filesystem.setFstabIdentifier(FstabIdentifier.DEVICE);
			if (!swap) {
				filesystem.setDump(1);
				filesystem.setPass(2);
			}
			ArrayLine array = arrays.get(device.text());
			if (array != null) {
				Integer first = arraysWithLine.putIfAbsent(array.array(), line);
				if (first != null) {
					throw source.error(line, device.column(), device.text() + " has a second line (first at line " + first + ")");
				}
				List<Partition> members = new ArrayList<>();
				for (Token member : array.members()) {
					members.add(partition(member, size, bootable != null, swap, true, line));
				}
				List<Partition> spares = new ArrayList<>();
				for (Token spare : array.spares()) {
					spares.add(partition(spare, size, bootable != null, swap, true, line));
				}
				array.array().getMembers().addAll(members);
				array.array().getSpares().addAll(spares);
				filesystem.setDevice(array.array());
			} else {
				if (device.text().matches("/dev/md[0-9]+|/dev/md/.*")) {
					throw source.error(line, device.column(), device.text()
							+ " is not defined by a raidN line above; expected e.g. raid1 " + device.text() + " /dev/sda1 /dev/sdb1");
				}
				filesystem.setDevice(partition(device, size, bootable != null, swap, false, line));
			}
		}
		table.getFilesystems().add(filesystem);
	}

	/** A partition that only has a type id (a PReP boot partition, say): no file system, no fstab line. */
	private void readBarePartition(Token device, Token size, String id, List<Token> tokens, Token bootable, int line)
			throws CoreException {
		if (tokens.size() > 3 && bootable == null) {
			source.warn(line, tokens.get(3).column(), "a partition with only a type id (" + id
					+ ") is not mounted: mount point and options ignored");
		}
		Partition partition = partition(device, size, bootable != null, id.equals("82"), false, line);
		partition.setPartitionId(id);
	}

	private Partition partition(Token device, Token size, boolean bootable, boolean swap, boolean raid, int line)
			throws CoreException {
		Devices.PartitionName name = device.text().startsWith("/dev/") ? Devices.parsePartition(device.text()) : null;
		if (name == null) {
			throw source.error(line, device.column(), SourceText.quote(device.text())
					+ " is not a partition device; expected e.g. /dev/sda1, /dev/cciss/c0d0p1 or /dev/nvme0n1p2");
		}
		Map<Integer, Partition> partitions = disks.computeIfAbsent(name.disk(), disk -> new TreeMap<>());
		Partition existing = partitions.get(name.number());
		if (existing != null) {
			throw source.error(line, device.column(), "partition " + device.text() + " is defined twice (first at line "
					+ partitionLines.get(existing) + ")");
		}
		Partition partition = F.createPartition();
		partition.setNumber(name.number());
		if (size.text().equals("*")) {
			partition.setGrow(true);
			Integer other = growLines.put(name.disk(), line);
			if (other != null) {
				throw source.error(line, size.column(), "a second partition of " + name.disk()
						+ " grows to fill the disk (the first at line " + other + "); only one may be *");
			}
		} else if (Units.DECIMAL.matcher(size.text()).matches()) {
			partition.setSize(new BigDecimal(size.text()));
		} else {
			throw source.error(line, size.column(), "size " + SourceText.quote(size.text())
					+ "; expected a number (in the table's units, MB unless units= says otherwise) or *");
		}
		if (bootable) {
			partition.getFlags().add(PartitionFlag.BOOT);
		}
		if (raid) {
			partition.getFlags().add(PartitionFlag.RAID);
		}
		if (swap) {
			partition.getFlags().add(PartitionFlag.SWAP);
		}
		partitions.put(name.number(), partition);
		partitionLines.put(partition, line);
		return partition;
	}

	private void buildDisks() throws CoreException {
		Setting labelSetting = settings.get("label_type");
		PartitionTableType label = labelSetting != null && labelSetting.value().equals("gpt") ? PartitionTableType.GPT
				: PartitionTableType.MSDOS;
		Setting unitSetting = settings.get("units");
		SizeUnit unit = unitSetting == null ? SizeUnit.MB : Units.diskUnit(unitSetting.value());
		for (Map.Entry<String, Map<Integer, Partition>> entry : disks.entrySet()) {
			Disk disk = F.createDisk();
			disk.setDevice(entry.getKey());
			disk.setLabel(label);
			disk.setUnits(unit);
			Map<Integer, Partition> partitions = entry.getValue();
			if (label == PartitionTableType.MSDOS) {
				addExtended(entry.getKey(), partitions);
			}
			for (Partition partition : partitions.values()) {
				if (partition.getType() != PartitionType.EXTENDED) {
					partition.setType(label == PartitionTableType.MSDOS && partition.getNumber() > 4 ? PartitionType.LOGICAL
							: PartitionType.PRIMARY);
				}
				partition.setUnit(unit);
				disk.getPartitions().add(partition);
			}
			table.getDisks().add(disk);
		}
		Setting bootType = settings.get("boot_type");
		if (bootType != null) {
			BootLoader loader = F.createBootLoader();
			loader.setEfi(bootType.value().endsWith("efi"));
			table.setBootLoader(loader);
		}
	}

	/**
	 * As mksidisk does: logical partitions (numbered 5 and up, without gaps) live in an extended
	 * partition made in the first primary slot no line uses, growing to the end of the disk.
	 */
	private void addExtended(String disk, Map<Integer, Partition> partitions) throws CoreException {
		int logicals = 0;
		int highest = 0;
		for (int number : partitions.keySet()) {
			if (number > 4) {
				logicals++;
				highest = Math.max(highest, number);
			}
		}
		if (logicals == 0) {
			return;
		}
		if (highest != 4 + logicals) {
			Partition last = partitions.get(highest);
			throw source.error(partitionLines.get(last), 1, "the logical partitions of " + disk
					+ " must be numbered 5, 6, ... without gaps (msdos labels); found " + logicals + " up to " + highest);
		}
		for (int slot = 1; slot <= 4; slot++) {
			if (!partitions.containsKey(slot)) {
				Partition extended = F.createPartition();
				extended.setNumber(slot);
				extended.setType(PartitionType.EXTENDED);
				extended.setGrow(true);
				partitions.put(slot, extended);
				return;
			}
		}
		Partition fifth = partitions.get(5);
		throw source.error(partitionLines.get(fifth), 1, disk + " has 4 primary partitions and logical ones: no slot is "
				+ "left for the extended partition; use label_type=gpt or fewer primary partitions");
	}
}
