package org.sisuite.core.disk.plan;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.sisuite.core.Statuses;
import org.sisuite.core.disk.layout.DeviceNames;
import org.sisuite.core.disk.layout.DeviceSizes;
import org.sisuite.core.disk.layout.DiskLayout;
import org.sisuite.core.disk.layout.PartitionRole;
import org.sisuite.core.disk.layout.Sizes;
import org.sisuite.core.disk.layout.TableLabels;
import org.sisuite.core.disk.layout.TableUsage;
import org.sisuite.core.disk.plan.DiskPlan.PlannedDisk;
import org.sisuite.core.disk.plan.DiskPlan.PlannedLogicalVolume;
import org.sisuite.core.disk.plan.DiskPlan.PlannedPartition;
import org.sisuite.core.disk.plan.DiskPlan.PlannedRaid;
import org.sisuite.core.disk.plan.DiskPlan.PlannedVolumeGroup;
import org.sisuite.core.disk.plan.DiskPlan.Step;
import org.sisuite.core.disk.plan.PlanRequest.TargetDisk;
import org.sisuite.core.disk.validate.DiskProblem;
import org.sisuite.core.disk.validate.DiskTableValidator;
import org.sisuite.model.BlockDevice;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.LogicalVolume;
import org.sisuite.model.Partition;
import org.sisuite.model.PartitionFlag;
import org.sisuite.model.PartitionTableType;
import org.sisuite.model.RaidArray;
import org.sisuite.model.SizeUnit;
import org.sisuite.model.VolumeGroup;

/**
 * Turns a disk table and the client's real disks into a {@link DiskPlan}: partition tables
 * (sfdisk), md arrays (mdadm), LVM, file systems, mounts under the target and the target's fstab.
 * The table is validated against the real disk sizes first; a table with errors is not planned.
 */
public final class DiskPlanner {

	private final DiskTable table;
	private final PlanRequest request;
	private final List<String> warnings = new ArrayList<>();
	private final Map<Disk, TargetDisk> targets = new LinkedHashMap<>();
	/** The real device node of every block device of the table. */
	private final Map<BlockDevice, String> nodes = new IdentityHashMap<>();
	private final List<Step> steps = new ArrayList<>();
	private TableUsage usage;
	private DeviceSizes sizes;

	private DiskPlanner(DiskTable table, PlanRequest request) {
		this.table = table;
		this.request = request;
	}

	/**
	 * Plans a table for the request's disks.
	 *
	 * @throws CoreException (bad input) when a disk of the table has no real disk, or the table has
	 *                       errors on these disks; the status lists each problem
	 */
	public static DiskPlan plan(DiskTable table, PlanRequest request) throws CoreException {
		return new DiskPlanner(table, request).plan();
	}

	private DiskPlan plan() throws CoreException {
		checkTarget();
		resolveDisks();
		Map<Disk, Long> diskBytes = new IdentityHashMap<>();
		targets.forEach((disk, target) -> diskBytes.put(disk, target.sizeBytes()));
		IStatus validation = DiskTableValidator.validate(table, diskBytes);
		List<DiskProblem> problems = DiskTableValidator.problems(validation);
		List<DiskProblem> errors = problems.stream().filter(p -> p.getSeverity() == IStatus.ERROR).toList();
		if (!errors.isEmpty()) {
			MultiStatus status = new MultiStatus(Statuses.PLUGIN_ID, Statuses.BAD_INPUT, "Disk table '" + table.getName()
					+ "' cannot be planned: " + errors.size() + (errors.size() == 1 ? " error" : " errors"), null);
			errors.forEach(status::add);
			throw new CoreException(status);
		}
		problems.stream().filter(p -> p.getSeverity() == IStatus.WARNING).forEach(p -> warnings.add(p.getMessage()));
		usage = TableUsage.of(table);
		sizes = DeviceSizes.of(table, diskBytes);

		List<PlannedDisk> disks = planDisks();
		List<PlannedRaid> arrays = planRaid();
		List<PlannedVolumeGroup> groups = planLvm();
		FilesystemPlanner filesystems = new FilesystemPlanner(table, request, nodes, warnings);
		List<Step> release = new ArrayList<>(filesystems.releaseSteps());
		release.addAll(releaseStacks());
		List<Step> check = checkSteps(filesystems);
		List<Step> all = new ArrayList<>(release);
		all.addAll(check);
		all.addAll(steps);
		all.addAll(filesystems.steps());
		BootLoaderPlanner boot = new BootLoaderPlanner(table, request, targets, warnings);
		all.addAll(boot.mdadmSteps());
		all.addAll(boot.bootSteps());
		return new DiskPlan(table.getName(), request.target(), List.copyOf(warnings), disks, arrays, groups,
				filesystems.filesystems(), filesystems.mounts(), filesystems.fstab(), List.copyOf(all));
	}

	private void checkTarget() throws CoreException {
		String target = request.target();
		if (!target.startsWith("/") || target.equals("/") || target.chars().anyMatch(c -> c == '\n' || c == '\0')) {
			throw new CoreException(Statuses.badInput("The target '" + target
					+ "' must be an absolute directory other than /, e.g. " + PlanRequest.DEFAULT_TARGET));
		}
	}

	/** Gives every disk of the table a real disk: by device (or its --map), else by index. */
	private void resolveDisks() throws CoreException {
		List<String> problems = new ArrayList<>();
		Map<String, TargetDisk> byDevice = new LinkedHashMap<>();
		for (TargetDisk disk : request.disks()) {
			if (!disk.device().startsWith("/dev/")) {
				problems.add("Disk '" + disk.device() + "' is not a device path; write e.g. /dev/vda=20G");
			}
			if (disk.sizeBytes() <= 0) {
				problems.add("Disk " + disk.device() + " has no size");
			}
			if (byDevice.putIfAbsent(disk.device(), disk) != null) {
				problems.add("Disk " + disk.device() + " is given twice");
			}
		}
		Set<TargetDisk> used = new LinkedHashSet<>();
		for (Disk disk : table.getDisks()) {
			TargetDisk target = null;
			String name = TableLabels.diskName(disk);
			if (disk.getDevice() != null && !disk.getDevice().isBlank()) {
				String device = request.deviceMap().getOrDefault(disk.getDevice().trim(), disk.getDevice().trim());
				target = byDevice.get(device);
				if (target == null && disk.getSizeBytes() != null && disk.getSizeBytes() > 0) {
					target = new TargetDisk(device, disk.getSizeBytes());
					warnings.add("Disk " + device + " was not given; the plan uses the size the table records, "
							+ Sizes.human(disk.getSizeBytes()));
				}
				if (target == null) {
					problems.add("The table's disk " + name + " needs a real disk: give --disk " + device + "=SIZE"
							+ (device.equals(name) ? " (or --map " + name + "=DEVICE for another device)" : ""));
					continue;
				}
			} else if (disk.getDiskIndex() != null) {
				int index = disk.getDiskIndex();
				if (index < 0 || index >= request.disks().size()) {
					problems.add("The table's " + name + " needs a real disk: the client has " + request.disks().size()
							+ " (give them in order with --disk DEVICE=SIZE)");
					continue;
				}
				target = request.disks().get(index);
			} else {
				continue; // reported by the validator
			}
			if (!used.add(target)) {
				problems.add("Two disks of the table are on " + target.device());
				continue;
			}
			targets.put(disk, target);
		}
		for (TargetDisk disk : request.disks()) {
			if (!used.contains(disk) && byDevice.get(disk.device()) == disk) {
				warnings.add("Disk " + disk.device() + " is not used by the table and stays untouched");
			}
		}
		if (!problems.isEmpty()) {
			MultiStatus status = new MultiStatus(Statuses.PLUGIN_ID, Statuses.BAD_INPUT, "The disks of table '"
					+ table.getName() + "' cannot be matched to the client's disks", null);
			problems.forEach(p -> status.add(Statuses.badInput(p)));
			throw new CoreException(status);
		}
	}

	private List<PlannedDisk> planDisks() {
		List<PlannedDisk> planned = new ArrayList<>();
		for (Map.Entry<Disk, TargetDisk> entry : targets.entrySet()) {
			Disk disk = entry.getKey();
			String device = entry.getValue().device();
			boolean gpt = disk.getLabel() == PartitionTableType.GPT;
			DiskLayout layout = sizes.layout(disk);
			List<PlannedPartition> partitions = new ArrayList<>();
			StringBuilder script = new StringBuilder("label: ").append(gpt ? "gpt" : "dos").append("\nunit: sectors\n\n");
			for (DiskLayout.Extent extent : layout.extents()) {
				Partition partition = extent.partition();
				String node = DeviceNames.partition(device, extent.number());
				nodes.put(partition, node);
				PartitionRole role = PartitionRole.of(partition, usage);
				PartitionTableType label = gpt ? PartitionTableType.GPT : PartitionTableType.MSDOS;
				String type = PartitionRole.typeId(partition, label, usage);
				String typeName = role.title();
				if (type == null) {
					type = PartitionRole.LINUX.typeId(label);
					typeName = PartitionRole.LINUX.title();
				} else if (partition.getPartitionId() != null && !partition.getPartitionId().isBlank()) {
					typeName = "type " + type;
				}
				String name = gpt && partition.getName() != null && !partition.getName().isBlank() ? partition.getName() : null;
				boolean bootable = !gpt && partition.getFlags().contains(PartitionFlag.BOOT);
				boolean legacy = gpt && partition.getFlags().contains(PartitionFlag.LEGACY_BOOT);
				partitions.add(new PlannedPartition(extent.number(), node, extent.kind().name().toLowerCase(Locale.ROOT),
						extent.start(), extent.size(), type, typeName, name, bootable, legacy));
				script.append(node).append(" : start=").append(extent.start() / Sizes.MIB).append("MiB, size=")
						.append(extent.size() / Sizes.MIB).append("MiB, type=").append(type);
				if (name != null) {
					script.append(", name=\"").append(name).append('"');
				}
				if (bootable) {
					script.append(", bootable");
				}
				if (legacy) {
					script.append(", attrs=\"LegacyBIOSBootable\"");
				}
				script.append('\n');
			}
			planned.add(new PlannedDisk(device, TableLabels.diskName(disk), entry.getValue().sizeBytes(), gpt ? "gpt" : "dos",
					script.toString(), partitions));
			steps.add(new Step("partition", "partitioning " + device + " (" + (gpt ? "GPT" : "msdos") + ", "
					+ partitions.size() + " partitions)",
					List.of("sfdisk", "--quiet", "--wipe", "always", "--wipe-partitions", "always", device), script.toString()));
			steps.add(new Step("partition", null, List.of("sis_reread", device), null));
			if (!partitions.isEmpty()) {
				List<String> wait = new ArrayList<>(List.of("sis_wait_block"));
				partitions.stream().filter(p -> !p.kind().equals("extended")).forEach(p -> wait.add(p.device()));
				steps.add(new Step("partition", null, wait, null));
			}
		}
		return planned;
	}

	private List<PlannedRaid> planRaid() {
		List<PlannedRaid> planned = new ArrayList<>();
		for (RaidArray array : table.getRaidArrays()) {
			String device = DeviceNames.raid(array.getDevice());
			nodes.put(array, device);
			List<String> members = array.getMembers().stream().map(nodes::get).toList();
			List<String> spares = array.getSpares().stream().map(nodes::get).toList();
			String level = array.getLevel().getLiteral();
			List<String> command = new ArrayList<>(List.of("mdadm", "--create", device, "--run", "--level=" + level,
					"--raid-devices=" + members.size()));
			if (!spares.isEmpty()) {
				command.add("--spare-devices=" + spares.size());
			}
			String metadata = array.getMetadata() == null || array.getMetadata().isBlank() ? null : array.getMetadata().trim();
			if (metadata != null) {
				command.add("--metadata=" + metadata);
			}
			Integer chunk = array.getChunkSizeKiB();
			boolean striped = !level.equals("raid1") && !level.equals("linear");
			if (chunk != null && striped) {
				command.add("--chunk=" + chunk);
			}
			command.addAll(members);
			command.addAll(spares);
			planned.add(new PlannedRaid(device, level, members, spares, metadata, striped ? chunk : null, sizes.bytes(array)));
			steps.add(new Step("raid", "creating " + device + " (" + level + " of " + String.join(" ", members) + ")",
					command, null));
			steps.add(new Step("raid", null, List.of("sis_wait_block", device), null));
		}
		return planned;
	}

	private List<PlannedVolumeGroup> planLvm() {
		List<PlannedVolumeGroup> planned = new ArrayList<>();
		Set<String> created = new LinkedHashSet<>();
		for (VolumeGroup group : table.getVolumeGroups()) {
			List<String> pvs = group.getPhysicalVolumes().stream().map(nodes::get).toList();
			for (String pv : pvs) {
				if (created.add(pv)) {
					steps.add(new Step("lvm", "making " + pv + " an LVM physical volume",
							List.of("pvcreate", "--yes", "--force", "--force", pv), null));
				}
			}
			List<String> vgcreate = new ArrayList<>(List.of("vgcreate", "--yes", group.getName()));
			vgcreate.addAll(pvs);
			steps.add(new Step("lvm", "creating volume group " + group.getName(), vgcreate, null));
			Long groupBytes = sizes.volumeGroupBytes(group);
			List<LogicalVolume> ordered = new ArrayList<>(group.getLogicalVolumes().stream().filter(v -> !v.isGrow()).toList());
			ordered.addAll(group.getLogicalVolumes().stream().filter(LogicalVolume::isGrow).toList());
			List<PlannedLogicalVolume> volumes = new ArrayList<>();
			List<String> wait = new ArrayList<>(List.of("sis_wait_block"));
			for (LogicalVolume volume : ordered) {
				String device = DeviceNames.logicalVolume(group.getName(), volume.getName());
				nodes.put(volume, device);
				List<String> allocate = allocation(volume, groupBytes);
				volumes.add(new PlannedLogicalVolume(volume.getName(), device, sizes.bytes(volume), String.join(" ", allocate)));
				List<String> lvcreate = new ArrayList<>(List.of("lvcreate", "--yes", "--wipesignatures", "y", "--name",
						volume.getName()));
				lvcreate.addAll(allocate);
				lvcreate.add(group.getName());
				steps.add(new Step("lvm", "creating logical volume " + group.getName() + "/" + volume.getName(), lvcreate, null));
				wait.add(device);
			}
			if (wait.size() > 1) {
				steps.add(new Step("lvm", null, wait, null));
			}
			planned.add(new PlannedVolumeGroup(group.getName(), pvs, groupBytes, sizes.isEstimate(group), volumes));
		}
		return planned;
	}

	/** How lvcreate is told a volume's size: fixed MiB, a percentage of the group, or the rest. */
	private static List<String> allocation(LogicalVolume volume, Long groupBytes) {
		if (volume.isGrow()) {
			return List.of("--extents", "100%FREE");
		}
		if (volume.getUnit() == SizeUnit.PERCENT) {
			return List.of("--extents", volume.getSize().stripTrailingZeros().toPlainString() + "%VG");
		}
		Long bytes = DeviceSizes.requestedBytes(volume, groupBytes);
		return List.of("--size", (bytes / Sizes.MIB) + "m");
	}

	/** Stops what a previous attempt left running: volume groups, then arrays. */
	private List<Step> releaseStacks() {
		List<Step> release = new ArrayList<>();
		for (VolumeGroup group : table.getVolumeGroups().reversed()) {
			release.add(new Step("release", null, List.of("sis_release_vg", group.getName()), null));
		}
		for (RaidArray array : table.getRaidArrays().reversed()) {
			release.add(new Step("release", null, List.of("sis_release_md", DeviceNames.raid(array.getDevice())), null));
		}
		return release;
	}

	private List<Step> checkSteps(FilesystemPlanner filesystems) {
		Set<String> tools = new LinkedHashSet<>(List.of("sfdisk", "partx", "blockdev", "blkid", "readlink", "basename",
				"grep", "mount", "umount", "mountpoint", "mkdir", "mv", "sleep"));
		if (!table.getRaidArrays().isEmpty()) {
			tools.add("mdadm");
		}
		if (!table.getVolumeGroups().isEmpty()) {
			tools.addAll(List.of("pvcreate", "vgcreate", "lvcreate", "vgs", "vgchange"));
		}
		tools.addAll(filesystems.tools());
		List<Step> check = new ArrayList<>();
		List<String> need = new ArrayList<>(List.of("sis_need"));
		need.addAll(tools);
		check.add(new Step("check", "checking the tools and the disks", need, null));
		targets.values().forEach(disk -> check.add(new Step("check", null,
				List.of("sis_check_disk", disk.device(), Long.toString(disk.sizeBytes())), null)));
		return check;
	}
}
