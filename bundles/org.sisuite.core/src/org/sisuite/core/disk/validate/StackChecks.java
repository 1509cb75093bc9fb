package org.sisuite.core.disk.validate;

import static org.sisuite.core.disk.layout.TableLabels.describe;
import static org.sisuite.core.disk.layout.TableLabels.deviceName;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.sisuite.core.disk.layout.DeviceSizes;
import org.sisuite.core.disk.layout.Sizes;
import org.sisuite.core.disk.layout.TableLabels;
import org.sisuite.model.BlockDevice;
import org.sisuite.model.Disk;
import org.sisuite.model.Filesystem;
import org.sisuite.model.LogicalVolume;
import org.sisuite.model.Partition;
import org.sisuite.model.RaidArray;
import org.sisuite.model.RaidLevel;
import org.sisuite.model.SizeUnit;
import org.sisuite.model.VolumeGroup;

/** What is built on the partitions: who uses each device, RAID arrays, LVM volume groups and volumes. */
final class StackChecks {

	/** LVM's rule for volume group and logical volume names. */
	private static final Pattern LVM_NAME = Pattern.compile("[A-Za-z0-9+_.][A-Za-z0-9+_.-]*");
	private static final Pattern RAID_DEVICE = Pattern.compile("(/dev/)?md(\\d+|/[A-Za-z0-9_.:-]+)");
	private static final Set<String> METADATA = Set.of("0.90", "1.0", "1.1", "1.2", "default");

	private StackChecks() {
	}

	static void check(ValidationContext context) {
		checkUsers(context);
		Map<String, RaidArray> devices = new LinkedHashMap<>();
		for (RaidArray array : context.table.getRaidArrays()) {
			checkRaid(context, array, devices);
		}
		Set<String> names = new HashSet<>();
		for (VolumeGroup group : context.table.getVolumeGroups()) {
			checkVolumeGroup(context, group, names);
		}
	}

	/** Every device has at most one user, and every reference stays inside the table. */
	private static void checkUsers(ValidationContext context) {
		Map<BlockDevice, List<EObject>> users = new IdentityHashMap<>();
		for (RaidArray array : context.table.getRaidArrays()) {
			array.getMembers().forEach(m -> users.computeIfAbsent(m, k -> new ArrayList<>()).add(array));
			array.getSpares().forEach(m -> users.computeIfAbsent(m, k -> new ArrayList<>()).add(array));
		}
		for (VolumeGroup group : context.table.getVolumeGroups()) {
			group.getPhysicalVolumes().forEach(pv -> users.computeIfAbsent(pv, k -> new ArrayList<>()).add(group));
		}
		for (Filesystem filesystem : context.table.getFilesystems()) {
			if (filesystem.getDevice() != null) {
				users.computeIfAbsent(filesystem.getDevice(), k -> new ArrayList<>()).add(filesystem);
			}
		}
		users.forEach((device, using) -> {
			if (!context.inTable(device)) {
				context.error("device.foreign", using.get(0), capitalize(describe(using.get(0)))
						+ " uses a device that is not part of this table (" + deviceName(device) + ")");
				return;
			}
			List<EObject> distinct = using.stream().distinct().toList();
			if (distinct.size() > 1) {
				context.error("device.shared", distinct.get(1), deviceName(device) + " is used " + distinct.size() + " times: by "
						+ distinct.stream().map(TableLabels::describe).collect(Collectors.joining(" and ")));
			}
		});
	}

	private static void checkRaid(ValidationContext context, RaidArray array, Map<String, RaidArray> devices) {
		String name = ValidationContext.blank(array.getDevice()) ? "a RAID array" : "RAID " + deviceName(array);
		if (ValidationContext.blank(array.getDevice())) {
			context.error("raid.device", array, "A RAID array has no device; name it e.g. /dev/md0");
		} else {
			String device = array.getDevice().trim();
			if (!RAID_DEVICE.matcher(device).matches()) {
				context.error("raid.device", array, "RAID device '" + device + "' is not an md device; write /dev/mdN or /dev/md/NAME");
			}
			if (devices.putIfAbsent(deviceName(array), array) != null) {
				context.error("raid.device", array, "RAID " + deviceName(array) + " is in the table twice");
			}
		}
		RaidLevel level = array.getLevel();
		int members = array.getMembers().size();
		int minimum = minimumMembers(level);
		if (members < minimum) {
			context.error("raid.members", array, capitalize(name) + " is " + level.getLiteral() + " with " + members
					+ (members == 1 ? " member" : " members") + "; " + level.getLiteral() + " needs at least " + minimum);
		}
		Set<Partition> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Partition p : array.getMembers()) {
			if (!seen.add(p)) {
				context.error("raid.members", array, capitalize(name) + " lists " + deviceName(p) + " twice");
			}
		}
		for (Partition p : array.getSpares()) {
			if (!seen.add(p)) {
				context.error("raid.members", array, capitalize(name) + " lists " + deviceName(p) + " as a member and a spare");
			}
		}
		if (!array.getSpares().isEmpty() && (level == RaidLevel.RAID0 || level == RaidLevel.LINEAR)) {
			context.error("raid.spares", array, capitalize(name) + " is " + level.getLiteral()
					+ ", which has no redundancy and cannot use spares");
		}
		if (level != RaidLevel.RAID0 && level != RaidLevel.LINEAR) {
			Map<Disk, List<Partition>> byDisk = new IdentityHashMap<>();
			array.getMembers().forEach(p -> byDisk.computeIfAbsent(p.getDisk(), d -> new ArrayList<>()).add(p));
			byDisk.forEach((disk, onDisk) -> {
				if (disk != null && onDisk.size() > 1) {
					context.warning("raid.same-disk", array, capitalize(name) + " has " + onDisk.size() + " members on disk "
							+ TableLabels.diskName(disk) + " (" + PartitionChecks.names(onDisk)
							+ "): losing that disk loses the array");
				}
			});
		}
		checkMemberSizes(context, array, name);
		Integer chunk = array.getChunkSizeKiB();
		if (chunk != null) {
			if (level == RaidLevel.RAID1 || level == RaidLevel.LINEAR) {
				context.warning("raid.chunk", array, capitalize(name) + " is " + level.getLiteral()
						+ ", which has no chunks; the chunk size " + chunk + " KiB is ignored");
			} else if (chunk < 4 || Integer.bitCount(chunk) != 1) {
				context.error("raid.chunk", array, "The chunk size of " + name + " is " + chunk
						+ " KiB; it must be a power of two, at least 4 KiB");
			}
		}
		String metadata = array.getMetadata();
		if (!ValidationContext.blank(metadata) && !METADATA.contains(metadata.trim())) {
			context.error("raid.metadata", array, "The metadata of " + name + " is '" + metadata.trim()
					+ "'; mdadm knows 0.90, 1.0, 1.1, 1.2 and default");
		}
		if (context.usage.users(array).isEmpty()) {
			context.warning("raid.unused", array, capitalize(name) + " holds no file system and no volume group");
		}
	}

	/** The members of an array that the kernel accepts for a level (mdadm's --force aside). */
	static int minimumMembers(RaidLevel level) {
		return switch (level) {
		case RAID0, RAID1, LINEAR -> 2;
		case RAID4, RAID5 -> 3;
		case RAID6, RAID10 -> 4;
		};
	}

	private static void checkMemberSizes(ValidationContext context, RaidArray array, String name) {
		Map<Partition, Long> sizes = new LinkedHashMap<>();
		for (Partition member : array.getMembers()) {
			Long bytes = context.sizes.bytes(member);
			if (bytes == null) {
				return;
			}
			sizes.put(member, bytes);
		}
		if (sizes.size() < 2) {
			return;
		}
		long smallest = Collections.min(sizes.values());
		long largest = Collections.max(sizes.values());
		long tolerance = Math.max(Sizes.MIB, smallest / 100);
		if (largest - smallest > tolerance) {
			context.warning("raid.member-sizes", array, "The members of " + name + " differ in size ("
					+ sizes.entrySet().stream().map(e -> deviceName(e.getKey()) + " " + Sizes.human(e.getValue()))
							.collect(Collectors.joining(", "))
					+ "): the array uses " + Sizes.human(smallest) + " of each, " + Sizes.human(largest - smallest)
					+ " of the largest stays unused");
		}
		for (Partition spare : array.getSpares()) {
			Long bytes = context.sizes.bytes(spare);
			if (bytes != null && bytes < smallest) {
				context.warning("raid.member-sizes", array, "Spare " + deviceName(spare) + " of " + name + " ("
						+ Sizes.human(bytes) + ") is smaller than the members (" + Sizes.human(smallest)
						+ ") and cannot replace one");
			}
		}
	}

	private static void checkVolumeGroup(ValidationContext context, VolumeGroup group, Set<String> names) {
		String name = group.getName();
		if (ValidationContext.blank(name) || !LVM_NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
			context.error("lvm.name", group, "Volume group name '" + name + "' is not valid; use letters, digits and + _ . -"
					+ " (not starting with -)");
		} else if (!names.add(name)) {
			context.error("lvm.name", group, "Volume group " + name + " is in the table twice");
		}
		if (group.getPhysicalVolumes().isEmpty()) {
			context.error("lvm.physical-volumes", group, "Volume group " + name + " has no physical volumes");
		}
		Set<BlockDevice> pvs = Collections.newSetFromMap(new IdentityHashMap<>());
		for (BlockDevice pv : group.getPhysicalVolumes()) {
			if (!pvs.add(pv)) {
				context.error("lvm.physical-volumes", group, "Volume group " + name + " lists " + deviceName(pv) + " twice");
			}
			if (pv instanceof LogicalVolume volume && volume.getVolumeGroup() == group) {
				context.error("lvm.physical-volumes", group, "Volume group " + name + " cannot be built on its own logical volume "
						+ volume.getName());
			}
		}
		if (group.getLogicalVolumes().isEmpty()) {
			context.warning("lvm.empty", group, "Volume group " + name + " has no logical volumes");
		}
		Set<String> volumes = new HashSet<>();
		List<LogicalVolume> growing = new ArrayList<>();
		for (LogicalVolume volume : group.getLogicalVolumes()) {
			checkLogicalVolume(context, group, volume, volumes);
			if (volume.isGrow()) {
				growing.add(volume);
			}
		}
		if (growing.size() > 1) {
			context.error("lvm.grow", growing.get(1), "Volume group " + name + " has " + growing.size()
					+ " growing logical volumes (" + growing.stream().map(LogicalVolume::getName).collect(Collectors.joining(", "))
					+ "); only one can take the space left");
		}
		Long groupBytes = context.sizes.volumeGroupBytes(group);
		if (groupBytes != null) {
			long needed = DeviceSizes.volumeGroupRequired(group, groupBytes);
			if (needed > groupBytes) {
				String about = context.sizes.isEstimate(group) ? "about " : "";
				context.error("lvm.fit", group, "The logical volumes of " + name + " need " + Sizes.human(needed)
						+ " but the volume group has " + about + Sizes.human(groupBytes));
			}
		}
	}

	private static void checkLogicalVolume(ValidationContext context, VolumeGroup group, LogicalVolume volume,
			Set<String> volumes) {
		String name = volume.getName();
		if (ValidationContext.blank(name) || !LVM_NAME.matcher(name).matches() || name.equals(".") || name.equals("..")
				|| name.startsWith("snapshot") || name.startsWith("pvmove")) {
			context.error("lvm.name", volume, "Logical volume name '" + name + "' in " + group.getName()
					+ " is not valid; use letters, digits and + _ . - (not starting with -, snapshot or pvmove)");
		} else if (!volumes.add(name)) {
			context.error("lvm.name", volume, "Volume group " + group.getName() + " has two logical volumes named " + name);
		}
		if (volume.getSize() == null) {
			if (!volume.isGrow()) {
				context.error("lvm.size", volume, "Logical volume " + deviceName(volume) + " has no size; give it one or let it grow");
			}
		} else if (volume.getSize().signum() <= 0) {
			context.error("lvm.size", volume, "Logical volume " + deviceName(volume) + " has size "
					+ Sizes.describe(volume.getSize(), volume.getUnit()) + "; a size must be positive");
		} else if (volume.getUnit() == SizeUnit.PERCENT && volume.getSize().compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
			context.error("lvm.size", volume, "Logical volume " + deviceName(volume) + " asks for "
					+ Sizes.describe(volume.getSize(), volume.getUnit()) + " of its volume group");
		}
		if (context.usage.users(volume).isEmpty()) {
			context.info("lvm.unused", volume, "Logical volume " + deviceName(volume) + " holds no file system");
		}
	}

	private static String capitalize(String text) {
		return PartitionChecks.capitalize(text);
	}
}
