package org.sisuite.core.disk.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;
import org.sisuite.core.disk.format.CaptureInputs.BlockNode;
import org.sisuite.core.disk.format.CaptureInputs.Mount;
import org.sisuite.core.disk.format.CaptureInputs.PartitionTable;
import org.sisuite.core.disk.format.CaptureInputs.TablePartition;
import org.sisuite.model.BlockDevice;
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
 * Builds the disk table of a running machine from what {@link CaptureInputs} read: disks and
 * partitions (exactly, from sfdisk where given, else from lsblk), software RAID and LVM (from
 * lsblk's tree), and file systems with their mount points, options and fstab naming (lsblk and
 * findmnt). Sizes stay exact, in the largest binary unit that divides them; a partition that
 * reaches the end of its disk (within the 1 MiB alignment) also grows, so the table fits a larger
 * disk. Whatever the model cannot hold (a file system on a whole disk, encryption) is left out
 * with a warning.
 */
final class MachineCapture {

	private static final SisFactory F = SisFactory.eINSTANCE;
	private static final long ALIGNMENT = 1L << 20;
	private static final Set<String> EXTENDED_IDS = Set.of("5", "f", "85", "0x5", "0xf", "0x85");
	private static final Map<String, PartitionFlag> TYPE_FLAGS = Map.ofEntries(Map.entry("82", PartitionFlag.SWAP),
			Map.entry("fd", PartitionFlag.RAID), Map.entry("8e", PartitionFlag.LVM), Map.entry("ef", PartitionFlag.ESP),
			Map.entry("c12a7328-f81f-11d2-ba4b-00a0c93ec93b", PartitionFlag.ESP),
			Map.entry("21686148-6449-6e6f-744e-656564454649", PartitionFlag.BIOS_GRUB),
			Map.entry("0657fd6d-a4ab-43c4-84e5-0933c84b4f4f", PartitionFlag.SWAP),
			Map.entry("a19d880f-05fc-4d3b-a006-743f0f84911e", PartitionFlag.RAID),
			Map.entry("e6d6d379-f507-44c2-a23c-238f2a3df928", PartitionFlag.LVM));
	private static final Set<String> NOT_FILESYSTEMS = Set.of("linux_raid_member", "LVM2_member", "crypto_LUKS",
			"isw_raid_member", "ddf_raid_member");
	private static final Set<String> NETWORK = Set.of("nfs", "nfs4", "cifs", "smb3", "smbfs", "glusterfs", "lustre",
			"ceph", "fuse.sshfs");

	private final List<PartitionTable> tables;
	private final List<BlockNode> roots;
	private final List<Mount> mounts;
	private final SourceText report;
	private final DiskTable table = F.createDiskTable();
	private final Map<String, BlockDevice> devices = new LinkedHashMap<>();
	private final Map<String, BlockNode> nodes = new LinkedHashMap<>();

	MachineCapture(List<PartitionTable> tables, List<BlockNode> roots, List<Mount> mounts, SourceText report) {
		this.tables = tables;
		this.roots = roots;
		this.mounts = mounts;
		this.report = report;
	}

	DiskTable build() throws CoreException {
		Map<String, PartitionTable> byDevice = new LinkedHashMap<>();
		for (PartitionTable partitionTable : tables) {
			if (byDevice.put(partitionTable.device(), partitionTable) != null) {
				throw new CoreException(Statuses.badInput(partitionTable.source().name() + ":1: a second partition table of "
						+ partitionTable.device()));
			}
		}
		Map<String, BlockNode> lsblkDisks = new LinkedHashMap<>();
		for (BlockNode root : roots) {
			if (isDisk(root)) {
				lsblkDisks.put(root.path(), root);
			}
		}
		List<String> diskPaths = new ArrayList<>(lsblkDisks.keySet());
		byDevice.keySet().stream().filter(path -> !lsblkDisks.containsKey(path)).forEach(diskPaths::add);
		for (String path : diskPaths) {
			BlockNode node = lsblkDisks.get(path);
			PartitionTable partitionTable = byDevice.get(path);
			if (partitionTable == null && !hasPartitions(node)) {
				if (node.fstype() != null || !node.children().isEmpty()) {
					node.warn(path + " holds " + (node.fstype() != null ? "a file system (" + node.fstype() + ")"
							: "a " + node.children().get(0).type() + " device") + " directly, without a partition table; not captured");
				} else if (node.size() != null && node.size() > 0) {
					node.warn(path + " has no partition table; not captured");
				}
				continue;
			}
			Disk disk = disk(path, node, partitionTable);
			if (disk != null) {
				table.getDisks().add(disk);
			}
		}
		for (BlockNode root : roots) {
			walkStacked(root, null);
		}
		captureFilesystems();
		captureMounts();
		if (table.getDisks().isEmpty() && !roots.isEmpty()) {
			report.warn(0, 0, "no partitioned disk was found");
		}
		table.setSourceFormat("capture");
		return table;
	}

	private void warn(BlockNode node, String message) {
		if (node != null) {
			node.warn(message);
		} else {
			report.warn(0, 0, message);
		}
	}

	/** A disk, or a loop device with a partition table (how tests and images present disks). */
	static boolean isDisk(BlockNode node) {
		return node.type().equals("disk") || node.type().equals("loop") && hasPartitions(node);
	}

	private static boolean hasPartitions(BlockNode disk) {
		return disk != null && (disk.pttype() != null || disk.children().stream().anyMatch(child -> child.type().equals("part")));
	}

	// --- disks and partitions

	private Disk disk(String path, BlockNode node, PartitionTable partitionTable) throws CoreException {
		Disk disk = F.createDisk();
		disk.setDevice(path);
		String label = partitionTable != null ? partitionTable.label() : node.pttype();
		if (label == null) {
			label = "dos";
			node.warn(path + ": lsblk does not say the partition table type (PTTYPE); assumed msdos");
		}
		switch (label) {
		case "dos" -> disk.setLabel(PartitionTableType.MSDOS);
		case "gpt" -> disk.setLabel(PartitionTableType.GPT);
		default -> {
			warn(node, path + " has a " + SourceText.quote(label) + " partition table; SIS partitions dos (msdos) "
					+ "and gpt disks, so it is not captured");
			return null;
		}
		}
		if (node != null && node.size() != null) {
			disk.setSizeBytes(node.size());
		}
		long sectorSize = partitionTable != null ? partitionTable.sectorSize() : 512;
		Long end = null;
		if (partitionTable != null && partitionTable.lastLba() != null) {
			end = (partitionTable.lastLba() + 1) * sectorSize;
		} else if (node != null && node.size() != null) {
			end = node.size();
		}
		List<long[]> extents = new ArrayList<>(); // {start byte, size byte} per partition, in order
		List<Partition> partitions = new ArrayList<>();
		if (partitionTable != null) {
			for (TablePartition entry : partitionTable.partitions().stream().sorted(Comparator.comparingLong(TablePartition::start))
					.toList()) {
				Partition partition = partition(disk, entry.number(), entry.type(), entry.bootable(), entry.name(),
						entry.attributes());
				partitions.add(partition);
				extents.add(new long[] { entry.start() * sectorSize, entry.size() * sectorSize });
			}
			if (node != null) {
				for (BlockNode child : node.children()) {
					nodes.put(child.path(), child);
				}
			}
		} else {
			List<BlockNode> children = node.children().stream().filter(child -> child.type().equals("part")).toList();
			if (children.stream().allMatch(child -> child.start() != null)) {
				children = children.stream().sorted(Comparator.comparingLong(BlockNode::start)).toList();
			}
			for (BlockNode child : children) {
				int number = number(child);
				String type = child.parttype();
				boolean bootable = "0x80".equals(child.partflags());
				Partition partition = partition(disk, number, type == null ? "83" : type, bootable, child.partlabel(),
						"0x4".equals(child.partflags()) ? "LegacyBIOSBootable" : null);
				partitions.add(partition);
				extents.add(new long[] { child.start() == null ? -1 : child.start() * 512, child.size() == null ? -1 : child.size() });
				nodes.put(child.path(), child);
			}
			fixExtended(path, partitions, extents);
		}
		sizes(disk, partitions, extents, end);
		disk.getPartitions().addAll(partitions);
		for (Partition partition : partitions) {
			devices.put(Devices.pathOf(partition), partition);
		}
		return disk;
	}

	/** The number of a partition lsblk lists; {@link CaptureInputs#lsblk} checked the name. */
	private static int number(BlockNode child) {
		return Devices.parsePartition(child.path()).number();
	}

	private Partition partition(Disk disk, int number, String type, boolean bootable, String name, String attributes) {
		Partition partition = F.createPartition();
		partition.setNumber(number);
		String id = type.toLowerCase(Locale.ROOT);
		boolean dos = disk.getLabel() == PartitionTableType.MSDOS;
		if (dos && id.startsWith("0x")) {
			id = id.substring(2);
		}
		if (dos && EXTENDED_IDS.contains(id)) {
			partition.setType(PartitionType.EXTENDED);
		} else if (dos && number > 4) {
			partition.setType(PartitionType.LOGICAL);
		}
		partition.setPartitionId(dos ? id : type.toUpperCase(Locale.ROOT));
		if (bootable) {
			partition.getFlags().add(PartitionFlag.BOOT);
		}
		PartitionFlag flag = TYPE_FLAGS.get(id);
		if (flag != null) {
			partition.getFlags().add(flag);
		}
		if (attributes != null && attributes.contains("LegacyBIOSBootable")) {
			partition.getFlags().add(PartitionFlag.LEGACY_BOOT);
		}
		if (name != null && !name.isEmpty()) {
			partition.setName(name);
		}
		return partition;
	}

	/** lsblk shows an extended partition as its 1 KiB boot record: it really spans its logical partitions. */
	private void fixExtended(String disk, List<Partition> partitions, List<long[]> extents) {
		for (int i = 0; i < partitions.size(); i++) {
			if (partitions.get(i).getType() != PartitionType.EXTENDED) {
				continue;
			}
			long start = extents.get(i)[0];
			long end = -1;
			for (int j = 0; j < partitions.size(); j++) {
				if (partitions.get(j).getType() == PartitionType.LOGICAL && extents.get(j)[0] >= 0 && extents.get(j)[1] >= 0) {
					end = Math.max(end, extents.get(j)[0] + extents.get(j)[1]);
				}
			}
			if (start >= 0 && end > start) {
				extents.get(i)[1] = end - start;
			} else {
				extents.get(i)[1] = -1;
				report.warn(0, 0, "the extent of the extended partition of " + disk
						+ " is unknown without lsblk's START column; it grows to the end of the disk");
			}
		}
	}

	private void sizes(Disk disk, List<Partition> partitions, List<long[]> extents, Long diskEnd) {
		List<Long> known = new ArrayList<>();
		for (long[] extent : extents) {
			if (extent[1] > 0) {
				known.add(extent[1]);
			}
		}
		SizeUnit unit = Units.wholeBinaryUnit(known);
		BigDecimal per = Units.bytesPer(unit);
		disk.setUnits(unit);
		long extendedEnd = -1;
		for (int i = 0; i < partitions.size(); i++) {
			Partition partition = partitions.get(i);
			long[] extent = extents.get(i);
			partition.setUnit(unit);
			if (extent[1] <= 0) {
				partition.setGrow(true);
				continue;
			}
			partition.setSize(BigDecimal.valueOf(extent[1]).divide(per).stripTrailingZeros().setScale(0));
			long end = extent[0] + extent[1];
			boolean atDiskEnd = diskEnd != null && extent[0] >= 0 && end >= diskEnd - ALIGNMENT;
			if (partition.getType() == PartitionType.EXTENDED) {
				extendedEnd = atDiskEnd ? end : -1;
			}
			boolean atExtendedEnd = partition.getType() == PartitionType.LOGICAL && extendedEnd > 0 && end >= extendedEnd - ALIGNMENT;
			partition.setGrow(atDiskEnd || atExtendedEnd);
		}
	}

	// --- RAID and LVM

	private void walkStacked(BlockNode node, BlockNode parent) throws CoreException {
		if (parent != null) {
			String type = node.type();
			if (type.startsWith("raid") || type.equals("linear")) {
				array(node, parent);
			} else if (type.equals("lvm")) {
				volume(node, parent);
			} else if (!type.equals("part")) {
				if (nodes.putIfAbsent(node.path(), node) == null) {
					node.warn(node.path() + " (" + type + ") is not captured: SIS builds partitions, md RAID and LVM");
				}
				return;
			}
		}
		for (BlockNode child : node.children()) {
			walkStacked(child, node);
		}
	}

	private void array(BlockNode node, BlockNode parent) throws CoreException {
		BlockDevice member = devices.get(parent.path());
		BlockDevice existing = devices.get(node.path());
		RaidArray array;
		if (existing instanceof RaidArray known) {
			array = known;
		} else {
			array = F.createRaidArray();
			array.setDevice(node.path());
			RaidLevel level = node.type().equals("linear") ? RaidLevel.LINEAR : Vocabulary.raidLevel(node.type());
			if (level == null) {
				node.warn(node.path() + " is a " + node.type() + " array, a level SIS does not build; not captured");
				devices.put(node.path(), null);
				return;
			}
			array.setLevel(level);
			table.getRaidArrays().add(array);
			devices.put(node.path(), array);
			nodes.put(node.path(), node);
		}
		if (member instanceof Partition partition) {
			if (!array.getMembers().contains(partition)) {
				array.getMembers().add(partition);
			}
		} else {
			node.warn(parent.path() + ", a member of " + node.path()
					+ ", is not a partition of a captured disk; the array is captured without it");
		}
	}

	private void volume(BlockNode node, BlockNode parent) throws CoreException {
		if (devices.containsKey(node.path())) {
			addPhysicalVolume(((LogicalVolume) devices.get(node.path())).getVolumeGroup(), parent);
			return;
		}
		String[] names = Devices.splitMapperName(node.name());
		if (names == null) {
			node.warn(node.path() + ": the device-mapper name " + node.name() + " is not VG-LV; not captured");
			return;
		}
		VolumeGroup group = table.getVolumeGroups().stream().filter(g -> g.getName().equals(names[0])).findFirst()
				.orElse(null);
		if (group == null) {
			group = F.createVolumeGroup();
			group.setName(names[0]);
			table.getVolumeGroups().add(group);
		}
		addPhysicalVolume(group, parent);
		LogicalVolume volume = F.createLogicalVolume();
		volume.setName(names[1]);
		if (node.size() != null) {
			SizeUnit unit = Units.wholeBinaryUnit(List.of(node.size()));
			volume.setUnit(unit);
			volume.setSize(BigDecimal.valueOf(node.size()).divide(Units.bytesPer(unit)).stripTrailingZeros().setScale(0));
		} else {
			volume.setGrow(true);
		}
		group.getLogicalVolumes().add(volume);
		devices.put(node.path(), volume);
		devices.put(Devices.pathOf(volume), volume);
		nodes.put(node.path(), node);
	}

	private void addPhysicalVolume(VolumeGroup group, BlockNode parent) {
		BlockDevice device = devices.get(parent.path());
		if (device == null) {
			parent.warn(parent.path() + ", a physical volume of " + group.getName() + ", is not a captured partition "
					+ "or array; the volume group is captured without it");
		} else if (!group.getPhysicalVolumes().contains(device)) {
			group.getPhysicalVolumes().add(device);
		}
	}

	// --- file systems

	private void captureFilesystems() {
		Map<String, Mount> byTarget = new HashMap<>();
		Map<String, Mount> bySource = new HashMap<>();
		for (Mount mount : mounts) {
			if (mount.fstab() || !byTarget.containsKey(mount.target())) {
				byTarget.put(mount.target(), mount);
			}
			bySource.putIfAbsent(mount.source(), mount);
		}
		List<Filesystem> captured = new ArrayList<>();
		for (Map.Entry<String, BlockDevice> entry : devices.entrySet()) {
			BlockNode node = nodes.get(entry.getKey());
			if (entry.getValue() == null || node == null || node.fstype() == null || NOT_FILESYSTEMS.contains(node.fstype())
					|| captured.stream().anyMatch(f -> f.getDevice() == entry.getValue())) {
				continue;
			}
			Filesystem filesystem = F.createFilesystem();
			filesystem.setDevice(entry.getValue());
			FilesystemType type = Vocabulary.filesystem(node.fstype());
			if (type == null || Vocabulary.DEVICELESS.contains(type)) {
				filesystem.setFsType(FilesystemType.OTHER);
				filesystem.setTypeName(node.fstype());
				node.warn(node.path() + " holds " + node.fstype() + ", a file system SIS does not create; kept as a mount only");
			} else {
				filesystem.setFsType(type);
			}
			filesystem.setLabel(node.label());
			filesystem.setUuid(node.uuid());
			List<String> points = node.mountpoints().stream().filter(point -> point != null).toList();
			String point = points.isEmpty() ? fstabTarget(node) : points.get(0);
			if (points.size() > 1) {
				node.warn(node.path() + " is mounted at " + points + "; captured at " + point);
			}
			if (type == FilesystemType.SWAP || "[SWAP]".equals(point)) {
				point = null;
			}
			filesystem.setMountPoint(point);
			Mount mount = point != null ? byTarget.get(point) : null;
			if (mount == null && type == FilesystemType.SWAP) {
				mount = mounts.stream().filter(m -> m.fstab() && m.fstype().equals("swap") && names(m.source(), node)).findFirst()
						.orElse(null);
			}
			apply(filesystem, mount, node);
			captured.add(filesystem);
		}
		captured.sort(Comparator.comparing(MachineCapture::mountOrder));
		table.getFilesystems().addAll(captured);
	}

	/** Where the fstab mounts a file system that is not mounted now, or null. */
	private String fstabTarget(BlockNode node) {
		for (Mount mount : mounts) {
			if (mount.fstab() && names(mount.source(), node) && mount.target().startsWith("/")) {
				return mount.target();
			}
		}
		return null;
	}

	/** / first, then by mount point (a parent before its children), swap and unmounted ones last. */
	private static String mountOrder(Filesystem filesystem) {
		String point = filesystem.getMountPoint();
		if (point == null) {
			return filesystem.getFsType() == FilesystemType.SWAP ? "\uffff1" : "\uffff2";
		}
		return point.equals("/") ? "" : point;
	}

	private static boolean names(String fstabSource, BlockNode node) {
		return fstabSource.equals(node.path()) || node.uuid() != null && fstabSource.equals("UUID=" + node.uuid())
				|| node.label() != null && fstabSource.equals("LABEL=" + node.label());
	}

	private void apply(Filesystem filesystem, Mount mount, BlockNode node) {
		if (mount == null) {
			filesystem.setFstabIdentifier(node.uuid() != null ? FstabIdentifier.UUID : FstabIdentifier.DEVICE);
			filesystem.setPass("/".equals(filesystem.getMountPoint()) ? 1
					: filesystem.getFsType() == FilesystemType.SWAP || filesystem.getMountPoint() == null ? 0 : 2);
			return;
		}
		if (mount.options() != null) {
			filesystem.setMountOptions(mount.options());
		}
		if (mount.freq() != null) {
			filesystem.setDump(mount.freq());
		}
		if (mount.passno() != null) {
			filesystem.setPass(mount.passno());
		} else if (!mount.fstab()) {
			filesystem.setPass("/".equals(filesystem.getMountPoint()) ? 1 : filesystem.getFsType() == FilesystemType.SWAP ? 0 : 2);
		}
		String source = mount.source();
		if (source.startsWith("UUID=")) {
			filesystem.setFstabIdentifier(FstabIdentifier.UUID);
		} else if (source.startsWith("LABEL=")) {
			filesystem.setFstabIdentifier(FstabIdentifier.LABEL);
		} else if (mount.fstab() && source.startsWith("/dev/")) {
			filesystem.setFstabIdentifier(FstabIdentifier.DEVICE);
		} else {
			filesystem.setFstabIdentifier(node.uuid() != null ? FstabIdentifier.UUID : FstabIdentifier.DEVICE);
		}
	}

	/** Mounts on no captured device: network file systems, and from fstab also tmpfs, proc and the like. */
	private void captureMounts() {
		Set<String> taken = new java.util.HashSet<>();
		for (Filesystem filesystem : table.getFilesystems()) {
			if (filesystem.getMountPoint() != null) {
				taken.add(filesystem.getMountPoint());
			}
		}
		for (Mount mount : mounts) {
			boolean network = NETWORK.contains(mount.fstype());
			if (taken.contains(mount.target()) || mount.fstype().equals("swap") || !network && !mount.fstab()) {
				continue;
			}
			if (mount.source().startsWith("/dev/") || mount.source().startsWith("UUID=") || mount.source().startsWith("LABEL=")
					|| mount.source().startsWith("PARTUUID=")) {
				mount.file().warn(mount.line(), 0, "the fstab line of " + mount.target() + " names " + mount.source()
						+ ", which is on no captured disk; not captured");
				continue;
			}
			Filesystem filesystem = F.createFilesystem();
			filesystem.setSource(mount.source());
			filesystem.setMountPoint(mount.target());
			FilesystemType type = Vocabulary.filesystem(mount.fstype());
			if (type == null || !Vocabulary.DEVICELESS.contains(type)) {
				filesystem.setFsType(FilesystemType.OTHER);
				filesystem.setTypeName(mount.fstype());
			} else {
				filesystem.setFsType(type);
			}
			if (mount.options() != null) {
				filesystem.setMountOptions(mount.options());
			}
			if (mount.freq() != null) {
				filesystem.setDump(mount.freq());
			}
			if (mount.passno() != null) {
				filesystem.setPass(mount.passno());
			}
			taken.add(mount.target());
			table.getFilesystems().add(filesystem);
		}
	}
}
