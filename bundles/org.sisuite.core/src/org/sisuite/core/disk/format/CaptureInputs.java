package org.sisuite.core.disk.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.disk.format.JsonTree.JsonArray;
import org.sisuite.core.disk.format.JsonTree.JsonObject;
import org.sisuite.core.disk.format.JsonTree.Scalar;
import org.sisuite.core.disk.format.JsonTree.Value;

/**
 * Reads what the tools of util-linux say about a machine's storage: a partition table from
 * {@code sfdisk -J} or {@code sfdisk -d}, the block device tree from {@code lsblk -J -b}, and the
 * mounts from {@code findmnt -J} (live) or {@code findmnt -J -s} (fstab). The results are plain
 * records; {@link MachineCapture} turns them into a disk table.
 */
final class CaptureInputs {

	/** A partition table as sfdisk dumps it; sizes and starts in sectors. */
	record PartitionTable(String device, String label, long sectorSize, Long lastLba, List<TablePartition> partitions,
			SourceText source) {
	}

	record TablePartition(String node, int number, long start, long size, String type, boolean bootable, String name,
			String uuid, String attributes, int line) {
	}

	/** A node of lsblk's tree. Sizes in bytes; start in 512-byte sectors, null when not given. */
	record BlockNode(String name, String path, String type, Long size, Long start, String fstype, List<String> mountpoints,
			String label, String uuid, String parttype, String partlabel, String partflags, String pttype,
			List<BlockNode> children, SourceText source, int line) {

		/** Notes something about this device, at its line of lsblk's output. */
		void warn(String message) {
			source.warn(line, 0, message);
		}
	}

	/** One mount of findmnt: live (what is mounted now) or from fstab. */
	record Mount(String target, String source, String fstype, String options, Integer freq, Integer passno, boolean fstab,
			SourceText file, int line) {
	}

	private static final Pattern DUMP_HEADER = Pattern.compile("([a-z-]+):\\s*(.*)");
	private static final Pattern DUMP_PARTITION = Pattern.compile("(\\S+)\\s*:\\s*(.*)");

	private CaptureInputs() {
	}

	// --- sfdisk -J

	static PartitionTable sfdiskJson(SourceText source) throws CoreException {
		JsonObject root = object(source, JsonTree.parse(source), "the output of sfdisk -J");
		JsonObject table = object(source, require(source, root, "partitiontable"), "\"partitiontable\"");
		String device = string(source, table, "device", true);
		String label = string(source, table, "label", true);
		String unit = string(source, table, "unit", false);
		if (unit != null && !unit.equals("sectors")) {
			throw at(source, table.get("unit"), "\"unit\" is " + SourceText.quote(unit) + "; expected sectors");
		}
		long sectorSize = table.get("sectorsize") == null ? 512 : number(source, table, "sectorsize", 1, 65536);
		Long lastLba = table.get("lastlba") == null ? null : number(source, table, "lastlba", 0, Long.MAX_VALUE / 65536);
		List<TablePartition> partitions = new ArrayList<>();
		Value list = table.get("partitions");
		if (list != null && !(list instanceof JsonArray)) {
			throw at(source, list, "\"partitions\" is " + list.describe() + "; expected an array");
		}
		for (Value element : JsonTree.elements(list)) {
			JsonObject partition = object(source, element, "a partition");
			String node = string(source, partition, "node", true);
			int number = partitionNumber(source, partition.get("node"), device, node);
			Value bootable = partition.get("bootable");
			if (bootable != null && !(bootable instanceof Scalar scalar && scalar.value instanceof Boolean)) {
				throw at(source, bootable, "\"bootable\" is " + bootable.describe() + "; expected true or false");
			}
			partitions.add(new TablePartition(node, number, number(source, partition, "start", 0, Long.MAX_VALUE / 65536),
					number(source, partition, "size", 1, Long.MAX_VALUE / 65536), string(source, partition, "type", true),
					bootable != null && Boolean.TRUE.equals(((Scalar) bootable).value), string(source, partition, "name", false),
					string(source, partition, "uuid", false), string(source, partition, "attrs", false), partition.line));
		}
		return new PartitionTable(device, label(source, table.get("label"), label), sectorSize, lastLba, partitions, source);
	}

	// --- sfdisk -d

	static PartitionTable sfdiskDump(SourceText source) throws CoreException {
		Map<String, String> header = new LinkedHashMap<>();
		Map<String, Integer> headerLines = new LinkedHashMap<>();
		List<TablePartition> partitions = new ArrayList<>();
		List<String> lines = source.lines();
		boolean body = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty()) {
				body = !header.isEmpty();
				continue;
			}
			if (line.startsWith("#")) {
				continue;
			}
			Matcher headerLine = DUMP_HEADER.matcher(line);
			if (!body && headerLine.matches() && !line.contains("=")) {
				header.put(headerLine.group(1), headerLine.group(2).strip());
				headerLines.put(headerLine.group(1), i + 1);
				continue;
			}
			Matcher partitionLine = DUMP_PARTITION.matcher(line);
			if (!partitionLine.matches() || !partitionLine.group(2).contains("=")) {
				throw source.error(i + 1, 1, "expected a sfdisk -d line (\"label: dos\" or \"/dev/sda1 : start=2048, size=...\"), found "
						+ SourceText.quote(line));
			}
			body = true;
			partitions.add(dumpPartition(source, header.get("device"), partitionLine.group(1), partitionLine.group(2), i + 1,
					lines.get(i).indexOf(partitionLine.group(2)) + 1));
		}
		String label = header.get("label");
		if (label == null) {
			throw source.error(1, 1, "no \"label:\" line; expected the output of sfdisk -d");
		}
		String unit = header.get("unit");
		if (unit != null && !unit.equals("sectors")) {
			throw source.error(headerLines.get("unit"), 1, "unit: " + SourceText.quote(unit) + "; expected sectors");
		}
		long sectorSize = header.containsKey("sector-size")
				? headerNumber(source, header, headerLines, "sector-size", 1, 65536) : 512;
		Long lastLba = header.containsKey("last-lba") ? headerNumber(source, header, headerLines, "last-lba", 0, Long.MAX_VALUE / 65536)
				: null;
		String device = header.get("device");
		if (device == null) {
			throw source.error(1, 1, "no \"device:\" line; expected the output of sfdisk -d DEVICE");
		}
		return new PartitionTable(device, dumpLabel(source, headerLines.get("label"), label), sectorSize, lastLba, partitions,
				source);
	}

	private static TablePartition dumpPartition(SourceText source, String device, String node, String fields, int line,
			int column) throws CoreException {
		Map<String, String> values = new LinkedHashMap<>();
		boolean bootable = false;
		int i = 0;
		while (i < fields.length()) {
			int end = i;
			boolean quoted = false;
			while (end < fields.length() && (quoted || fields.charAt(end) != ',')) {
				if (fields.charAt(end) == '"') {
					quoted = !quoted;
				}
				end++;
			}
			if (quoted) {
				throw source.error(line, column + i, "a quoted value is not closed; expected \"");
			}
			String field = fields.substring(i, end).strip();
			int equals = field.indexOf('=');
			if (field.equals("bootable")) {
				bootable = true;
			} else if (equals > 0) {
				String value = field.substring(equals + 1).strip();
				if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
					value = value.substring(1, value.length() - 1);
				}
				values.put(field.substring(0, equals).strip(), value);
			} else if (!field.isEmpty()) {
				throw source.error(line, column + i, "field " + SourceText.quote(field) + "; expected name=value or bootable");
			}
			i = end + 1;
		}
		if (device == null) {
			throw source.error(line, 1, "a partition before the \"device:\" line");
		}
		Devices.PartitionName name = Devices.parsePartition(node);
		if (name == null || !name.disk().equals(device) && !Devices.partitionPath(device, name.number()).equals(node)) {
			throw source.error(line, 1, SourceText.quote(node) + " is not a partition of " + device);
		}
		for (String required : new String[] { "start", "size", "type" }) {
			if (!values.containsKey(required)) {
				throw source.error(line, column, "no " + required + "= for " + node);
			}
		}
		return new TablePartition(node, name.number(), dumpNumber(source, values.get("start"), line, column, "start", 0),
				dumpNumber(source, values.get("size"), line, column, "size", 1), values.get("type"), bootable,
				values.get("name"), values.get("uuid"), values.get("attrs"), line);
	}

	private static long dumpNumber(SourceText source, String text, int line, int column, String what, long min)
			throws CoreException {
		if (text.matches("[0-9]{1,15}") && Long.parseLong(text) >= min) {
			return Long.parseLong(text);
		}
		throw source.error(line, column, what + "=" + SourceText.quote(text) + "; expected a number of sectors");
	}

	private static long headerNumber(SourceText source, Map<String, String> header, Map<String, Integer> lines, String key,
			long min, long max) throws CoreException {
		String text = header.get(key);
		if (text.matches("[0-9]{1,15}")) {
			long value = Long.parseLong(text);
			if (value >= min && value <= max) {
				return value;
			}
		}
		throw source.error(lines.get(key), 1, key + ": " + SourceText.quote(text) + "; expected a number");
	}

	private static String dumpLabel(SourceText source, int line, String label) throws CoreException {
		if (label.equals("dos") || label.equals("gpt")) {
			return label;
		}
		throw source.error(line, 1, "label: " + SourceText.quote(label) + "; expected dos or gpt (the labels SIS partitions)");
	}

	// --- lsblk -J -b

	static List<BlockNode> lsblk(SourceText source) throws CoreException {
		JsonObject root = object(source, JsonTree.parse(source), "the output of lsblk -J");
		Value devices = require(source, root, "blockdevices");
		if (!(devices instanceof JsonArray)) {
			throw at(source, devices, "\"blockdevices\" is " + devices.describe() + "; expected an array");
		}
		List<BlockNode> nodes = new ArrayList<>();
		for (Value device : JsonTree.elements(devices)) {
			BlockNode node = blockNode(source, device, 0);
			for (BlockNode child : node.children()) {
				Devices.PartitionName name = Devices.parsePartition(child.path());
				if (child.type().equals("part")
						&& (name == null || !Devices.partitionPath(node.path(), name.number()).equals(child.path()))) {
					throw source.error(child.line(), 1, "partition " + SourceText.quote(child.path())
							+ " is not named like a partition of " + node.path());
				}
			}
			nodes.add(node);
		}
		return nodes;
	}

	private static BlockNode blockNode(SourceText source, Value value, int depth) throws CoreException {
		JsonObject node = object(source, value, "a block device");
		if (depth > 8) {
			throw at(source, value, "block devices nested more than 8 deep");
		}
		String name = string(source, node, "name", true);
		String path = string(source, node, "path", false);
		String type = string(source, node, "type", true);
		Long size = node.get("size") == null || isNull(node.get("size")) ? null : lenientNumber(source, node, "size");
		Long start = node.get("start") == null || isNull(node.get("start")) ? null : lenientNumber(source, node, "start");
		List<String> mountpoints = new ArrayList<>();
		Value many = node.get("mountpoints");
		if (many != null && !isNull(many)) {
			if (!(many instanceof JsonArray)) {
				throw at(source, many, "\"mountpoints\" is " + many.describe() + "; expected an array");
			}
			for (Value mountpoint : JsonTree.elements(many)) {
				if (mountpoint instanceof Scalar scalar && scalar.value instanceof String text) {
					mountpoints.add(text);
				} else if (!isNull(mountpoint)) {
					throw at(source, mountpoint, "a mount point is " + mountpoint.describe() + "; expected a string or null");
				}
			}
		}
		String single = string(source, node, "mountpoint", false);
		if (single != null && !mountpoints.contains(single)) {
			mountpoints.add(single);
		}
		List<BlockNode> children = new ArrayList<>();
		Value list = node.get("children");
		if (list != null && !(list instanceof JsonArray)) {
			throw at(source, list, "\"children\" is " + list.describe() + "; expected an array");
		}
		for (Value child : JsonTree.elements(list)) {
			children.add(blockNode(source, child, depth + 1));
		}
		return new BlockNode(name, path == null ? "/dev/" + name : path, type, size, start, string(source, node, "fstype", false),
				mountpoints, string(source, node, "label", false), string(source, node, "uuid", false),
				string(source, node, "parttype", false), string(source, node, "partlabel", false),
				string(source, node, "partflags", false), string(source, node, "pttype", false), children, source, node.line);
	}

	// --- findmnt -J

	static List<Mount> findmnt(SourceText source) throws CoreException {
		JsonObject root = object(source, JsonTree.parse(source), "the output of findmnt -J");
		Value filesystems = require(source, root, "filesystems");
		if (!(filesystems instanceof JsonArray)) {
			throw at(source, filesystems, "\"filesystems\" is " + filesystems.describe() + "; expected an array");
		}
		boolean tree = JsonTree.elements(filesystems).stream()
				.anyMatch(value -> value instanceof JsonObject object && object.get("children") != null);
		List<Mount> mounts = new ArrayList<>();
		for (Value value : JsonTree.elements(filesystems)) {
			mount(source, value, !tree, mounts, 0);
		}
		return mounts;
	}

	private static void mount(SourceText source, Value value, boolean fstab, List<Mount> mounts, int depth)
			throws CoreException {
		JsonObject mount = object(source, value, "a mount");
		if (depth > 32) {
			throw at(source, value, "mounts nested more than 32 deep");
		}
		Integer freq = mount.get("freq") == null || isNull(mount.get("freq")) ? null
				: (int) lenientNumber(source, mount, "freq");
		Integer passno = mount.get("passno") == null || isNull(mount.get("passno")) ? null
				: (int) lenientNumber(source, mount, "passno");
		mounts.add(new Mount(string(source, mount, "target", true), string(source, mount, "source", true),
				string(source, mount, "fstype", true), string(source, mount, "options", false), freq, passno, fstab, source,
				mount.line));
		Value children = mount.get("children");
		if (children != null && !(children instanceof JsonArray)) {
			throw at(source, children, "\"children\" is " + children.describe() + "; expected an array");
		}
		for (Value child : JsonTree.elements(children)) {
			mount(source, child, fstab, mounts, depth + 1);
		}
	}

	// --- helpers

	private static final Set<String> LABELS = Set.of("dos", "gpt");

	private static String label(SourceText source, Value at, String label) throws CoreException {
		if (!LABELS.contains(label)) {
			throw at(source, at, "\"label\" is " + SourceText.quote(label) + "; expected dos or gpt (the labels SIS partitions)");
		}
		return label;
	}

	private static int partitionNumber(SourceText source, Value at, String device, String node) throws CoreException {
		Devices.PartitionName name = Devices.parsePartition(node);
		if (name == null || !Devices.partitionPath(device, name.number()).equals(node)) {
			throw at(source, at, SourceText.quote(node) + " is not a partition of " + SourceText.quote(device));
		}
		return name.number();
	}

	private static JsonObject object(SourceText source, Value value, String what) throws CoreException {
		if (value instanceof JsonObject object) {
			return object;
		}
		throw at(source, value, "found " + value.describe() + "; expected " + what + " (a JSON object)");
	}

	private static Value require(SourceText source, JsonObject object, String key) throws CoreException {
		Value value = object.get(key);
		if (value == null) {
			throw at(source, object, "no \"" + key + "\" in this object; found " + (object.members.isEmpty() ? "no keys"
					: "the keys " + String.join(", ", object.members.keySet())));
		}
		return value;
	}

	private static boolean isNull(Value value) {
		return value instanceof Scalar scalar && scalar.value == null;
	}

	private static String string(SourceText source, JsonObject object, String key, boolean required) throws CoreException {
		Value value = required ? require(source, object, key) : object.get(key);
		if (value == null || !required && isNull(value)) {
			return null;
		}
		if (value instanceof Scalar scalar && scalar.value instanceof String text) {
			return text;
		}
		throw at(source, value, "\"" + key + "\" is " + value.describe() + "; expected a string");
	}

	private static long number(SourceText source, JsonObject object, String key, long min, long max) throws CoreException {
		Value value = require(source, object, key);
		if (value instanceof Scalar scalar && scalar.value instanceof BigDecimal number) {
			BigDecimal whole = number.stripTrailingZeros();
			if (whole.scale() <= 0 && whole.compareTo(BigDecimal.valueOf(min)) >= 0 && whole.compareTo(BigDecimal.valueOf(max)) <= 0) {
				return whole.longValueExact();
			}
		}
		throw at(source, value, "\"" + key + "\" is " + value.describe() + "; expected a whole number from " + min);
	}

	/** lsblk before util-linux 2.33 prints numbers as strings; accept both. */
	private static long lenientNumber(SourceText source, JsonObject object, String key) throws CoreException {
		Value value = object.get(key);
		if (value instanceof Scalar scalar && scalar.value instanceof String text && text.matches("[0-9]{1,18}")) {
			return Long.parseLong(text);
		}
		return number(source, object, key, 0, Long.MAX_VALUE);
	}

	private static CoreException at(SourceText source, Value value, String message) {
		return source.error(value.line, value.column, message);
	}
}
