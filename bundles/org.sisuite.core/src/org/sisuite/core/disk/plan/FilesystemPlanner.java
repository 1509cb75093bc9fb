package org.sisuite.core.disk.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sisuite.core.disk.layout.TableLabels;
import org.sisuite.core.disk.plan.DiskPlan.FstabEntry;
import org.sisuite.core.disk.plan.DiskPlan.Mount;
import org.sisuite.core.disk.plan.DiskPlan.PlannedFilesystem;
import org.sisuite.core.disk.plan.DiskPlan.Step;
import org.sisuite.model.BlockDevice;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Filesystem;
import org.sisuite.model.FilesystemType;
import org.sisuite.model.FstabIdentifier;
import org.sisuite.model.Partition;
import org.sisuite.model.PartitionFlag;
import org.sisuite.model.SisPackage;

/**
 * The file system part of a plan: mkfs and mkswap, mounts under the target (parents first), and the
 * target's fstab.
 * <p>
 * fstab names a file system by UUID unless the table (or the request) says LABEL or device. UUIDs
 * are not chosen by the plan: mkfs makes them and the script reads them back with {@code blkid} when
 * it writes fstab, so every client gets its own and a kept file system ({@code format=false}) keeps
 * its own.
 */
final class FilesystemPlanner {

	private final PlanRequest request;
	private final Map<BlockDevice, String> nodes;
	private final List<String> warnings;
	private final List<PlannedFilesystem> filesystems = new ArrayList<>();
	private final List<Mount> mounts = new ArrayList<>();
	private final List<FstabEntry> fstab = new ArrayList<>();
	private final List<Step> steps = new ArrayList<>();
	private final List<Step> release = new ArrayList<>();
	private final Set<String> tools = new LinkedHashSet<>();

	FilesystemPlanner(DiskTable table, PlanRequest request, Map<BlockDevice, String> nodes, List<String> warnings) {
		this.request = request;
		this.nodes = nodes;
		this.warnings = warnings;
		plan(table);
	}

	private void plan(DiskTable table) {
		for (Filesystem filesystem : table.getFilesystems()) {
			String device = filesystem.getDevice() == null ? null : nodes.get(filesystem.getDevice());
			List<String> mkfs = device != null && filesystem.isFormat() ? mkfs(filesystem, device) : null;
			if (mkfs != null) {
				tools.add(mkfs.get(0));
				steps.add(new Step("mkfs", "creating " + filesystem.getFsType().getLiteral() + " on " + device
						+ (filesystem.getLabel() == null ? "" : " labelled " + filesystem.getLabel()), mkfs, null));
			}
			filesystems.add(new PlannedFilesystem(device, filesystem.getFsType().getLiteral(), filesystem.getLabel(),
					mountPoint(filesystem), filesystem.isFormat(), mkfs));
		}
		List<Filesystem> ordered = new ArrayList<>(table.getFilesystems().stream().filter(f -> mountPoint(f) != null).toList());
		ordered.sort(Comparator.comparingInt(f -> depth(mountPoint(f))));
		for (Filesystem filesystem : ordered) {
			if (filesystem.getDevice() != null) {
				String device = nodes.get(filesystem.getDevice());
				String mountPoint = mountPoint(filesystem);
				mounts.add(new Mount(device, mountPoint, filesystem.getFsType().getLiteral(), directory(mountPoint)));
				steps.add(new Step("mount", null, List.of("sis_mount", device, mountPoint, filesystem.getFsType().getLiteral()),
						null));
			}
		}
		for (Mount mount : mounts.reversed()) {
			release.add(new Step("release", null, List.of("sis_release_mount", mount.mountPoint()), null));
		}
		steps.add(new Step("fstab", "writing " + directory("/etc/fstab"), List.of("sis_fstab_begin"), null));
		for (Filesystem filesystem : ordered) {
			addFstab(filesystem);
		}
		for (Filesystem filesystem : table.getFilesystems()) {
			if (filesystem.getFsType() == FilesystemType.SWAP && filesystem.getDevice() != null) {
				addFstab(filesystem);
				release.add(new Step("release", null, List.of("sis_release_swap", nodes.get(filesystem.getDevice())), null));
			}
		}
		steps.add(new Step("fstab", null, List.of("sis_fstab_end"), null));
	}

	private List<String> mkfs(Filesystem filesystem, String device) {
		List<String> command = new ArrayList<>();
		String label = blankToNull(filesystem.getLabel());
		List<String> options = options(filesystem.getMkfsOptions());
		switch (filesystem.getFsType()) {
		case EXT2, EXT3, EXT4 -> {
			command.addAll(List.of("mkfs." + filesystem.getFsType().getLiteral(), "-F", "-q"));
			if (label != null) {
				command.addAll(List.of("-L", label));
			}
		}
		case XFS, BTRFS -> {
			command.addAll(List.of("mkfs." + filesystem.getFsType().getLiteral(), "-f", "-q"));
			if (label != null) {
				command.addAll(List.of("-L", label));
			}
		}
		case VFAT -> {
			command.add("mkfs.vfat");
			if (isEsp(filesystem.getDevice()) && !options.contains("-F")) {
				command.addAll(List.of("-F", "32"));
			}
			if (label != null) {
				command.addAll(List.of("-n", label));
			}
		}
		case SWAP -> {
			command.add("mkswap");
			if (label != null) {
				command.addAll(List.of("-L", label));
			}
		}
		default -> {
			return null;
		}
		}
		command.addAll(options);
		command.add(device);
		return command;
	}

	private void addFstab(Filesystem filesystem) {
		FilesystemType type = filesystem.getFsType();
		boolean swap = type == FilesystemType.SWAP;
		String mountPoint = swap ? "none" : mountPoint(filesystem);
		String options = blankToNull(filesystem.getMountOptions()) == null ? "defaults" : filesystem.getMountOptions().trim();
		int pass = swap ? 0 : filesystem.getPass();
		if (filesystem.getDevice() == null) {
			String source = blankToNull(filesystem.getSource()) == null ? type.getLiteral() : filesystem.getSource().trim();
			fstab.add(new FstabEntry("source", null, source, mountPoint, type.getLiteral(), options, filesystem.getDump(), pass));
			steps.add(new Step("fstab", null, List.of("sis_fstab_line", source, mountPoint, type.getLiteral(), options,
					Integer.toString(filesystem.getDump()), Integer.toString(pass)), null));
			return;
		}
		String device = nodes.get(filesystem.getDevice());
		FstabIdentifier identifier = filesystem.eIsSet(SisPackage.Literals.FILESYSTEM__FSTAB_IDENTIFIER)
				? filesystem.getFstabIdentifier()
				: request.fstabDefault();
		String label = blankToNull(filesystem.getLabel());
		if (identifier == FstabIdentifier.LABEL && label == null) {
			warnings.add(capitalize(TableLabels.describe(filesystem)) + " has no label; fstab names it by UUID");
			identifier = FstabIdentifier.UUID;
		}
		List<String> fields = List.of(mountPoint, type.getLiteral(), options, Integer.toString(filesystem.getDump()),
				Integer.toString(pass));
		List<String> command = new ArrayList<>();
		String spec = switch (identifier) {
		case UUID -> null;
		case LABEL -> "LABEL=" + label;
		case DEVICE -> device;
		};
		if (spec == null) {
			command.addAll(List.of("sis_fstab_uuid", device));
		} else {
			command.addAll(List.of("sis_fstab_line", spec));
		}
		command.addAll(fields);
		fstab.add(new FstabEntry(identifier.getLiteral(), device, spec, mountPoint, type.getLiteral(), options,
				filesystem.getDump(), pass));
		steps.add(new Step("fstab", null, command, null));
	}

	private static boolean isEsp(BlockDevice device) {
		return device instanceof Partition partition && partition.getFlags().contains(PartitionFlag.ESP);
	}

	/** The mount point of a mounted file system (not swap, not empty), or null. */
	static String mountPoint(Filesystem filesystem) {
		if (filesystem.getFsType() == FilesystemType.SWAP) {
			return null;
		}
		return blankToNull(filesystem.getMountPoint()) == null ? null : filesystem.getMountPoint().trim();
	}

	private String directory(String mountPoint) {
		return mountPoint.equals("/") ? request.target() : request.target() + mountPoint;
	}

	/** The number of path components: / is 0, /boot 1, /boot/efi 2. */
	static int depth(String mountPoint) {
		return mountPoint.equals("/") ? 0 : (int) mountPoint.chars().filter(c -> c == '/').count();
	}

	private static List<String> options(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return List.of(text.trim().split("\\s+"));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private static String capitalize(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	List<PlannedFilesystem> filesystems() {
		return List.copyOf(filesystems);
	}

	List<Mount> mounts() {
		return List.copyOf(mounts);
	}

	List<FstabEntry> fstab() {
		return List.copyOf(fstab);
	}

	List<Step> steps() {
		return List.copyOf(steps);
	}

	/** Unmounting and swapoff of what a previous attempt left, children before parents. */
	List<Step> releaseSteps() {
		return List.copyOf(release);
	}

	Set<String> tools() {
		return tools;
	}
}
