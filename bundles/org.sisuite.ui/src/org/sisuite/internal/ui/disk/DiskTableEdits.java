package org.sisuite.internal.ui.disk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sisuite.model.BlockDevice;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Filesystem;
import org.sisuite.model.FilesystemType;
import org.sisuite.model.Partition;
import org.sisuite.model.PartitionFlag;
import org.sisuite.model.SisFactory;
import org.sisuite.model.SisPackage.Literals;
import org.sisuite.model.SizeUnit;

/**
 * The edits of the disk table editor, each one EMF command on the document's editing domain (so it
 * is undone as one step). The cell editors and the tests go through these methods.
 * Malformed input is refused with an {@link IllegalArgumentException} naming what is expected.
 */
public final class DiskTableEdits {

	private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([A-Za-z%]*)");

	private final DiskTableDocument document;

	public DiskTableEdits(DiskTableDocument document) {
		this.document = document;
	}

	private EditingDomain domain() {
		return document.editingDomain();
	}

	private boolean run(String label, Command command) {
		if (command instanceof CompoundCommand compound) {
			compound.setLabel(label);
		}
		return document.execute(command);
	}

	/**
	 * Sets the size of a partition or logical volume from text: {@code 2048} (in its unit),
	 * {@code 2 GiB}, {@code 512MB}, {@code 25%}; {@code grow} or {@code *} makes it take the rest.
	 */
	public boolean setSize(EObject sized, String text) {
		String trimmed = text == null ? "" : text.trim();
		EStructuralFeature size = sized.eClass().getEStructuralFeature("size");
		EStructuralFeature unit = sized.eClass().getEStructuralFeature("unit");
		EStructuralFeature grow = sized.eClass().getEStructuralFeature("grow");
		CompoundCommand command = new CompoundCommand();
		if (trimmed.equals("*") || trimmed.equalsIgnoreCase("grow")) {
			command.append(SetCommand.create(domain(), sized, grow, Boolean.TRUE));
			return run("Grow", command);
		}
		Matcher m = SIZE.matcher(trimmed);
		if (!m.matches()) {
			throw new IllegalArgumentException("'" + text + "' is not a size; write e.g. 2048, 2 GiB, 512 MB, 25% or grow");
		}
		BigDecimal value = new BigDecimal(m.group(1));
		if (value.signum() <= 0) {
			throw new IllegalArgumentException("a size must be positive");
		}
		command.append(SetCommand.create(domain(), sized, size, value));
		if (!m.group(2).isEmpty()) {
			command.append(SetCommand.create(domain(), sized, unit, unit(m.group(2))));
		}
		if (Boolean.TRUE.equals(sized.eGet(grow))) {
			command.append(SetCommand.create(domain(), sized, grow, Boolean.FALSE));
		}
		return run("Set Size", command);
	}

	/** The unit with that literal, ignoring case ({@code gib}, {@code GB}, {@code %}, {@code s}). */
	static SizeUnit unit(String literal) {
		for (SizeUnit unit : SizeUnit.VALUES) {
			if (unit.getLiteral().equalsIgnoreCase(literal)) {
				return unit;
			}
		}
		throw new IllegalArgumentException("'" + literal + "' is not a unit; use one of "
				+ String.join(", ", SizeUnit.VALUES.stream().map(SizeUnit::getLiteral).toList()));
	}

	public boolean setUnit(EObject sized, SizeUnit unit) {
		return run("Set Unit", SetCommand.create(domain(), sized, sized.eClass().getEStructuralFeature("unit"), unit));
	}

	public boolean setGrow(EObject sized, boolean grow) {
		return run("Set Grow", SetCommand.create(domain(), sized, sized.eClass().getEStructuralFeature("grow"), grow));
	}

	/** Sets a partition's flags from text such as {@code boot, raid} (blank for none). */
	public boolean setFlags(Partition partition, String text) {
		List<PartitionFlag> flags = new ArrayList<>();
		for (String word : (text == null ? "" : text).split("[,\\s]+")) {
			if (word.isBlank()) {
				continue;
			}
			PartitionFlag flag = PartitionFlag.get(word.toLowerCase(Locale.ROOT));
			if (flag == null) {
				throw new IllegalArgumentException("'" + word + "' is not a partition flag; use "
						+ String.join(", ", PartitionFlag.VALUES.stream().map(PartitionFlag::getLiteral).toList()));
			}
			if (!flags.contains(flag)) {
				flags.add(flag);
			}
		}
		return run("Set Flags", SetCommand.create(domain(), partition, Literals.PARTITION__FLAGS, flags));
	}

	/** The file system on a device of the table, or null. */
	public static Filesystem filesystemOn(BlockDevice device) {
		DiskTable table = tableOf(device);
		if (table == null) {
			return null;
		}
		return table.getFilesystems().stream().filter(f -> f.getDevice() == device).findFirst().orElse(null);
	}

	/** Gives a device a file system of that type, changes its type, or removes it ({@code null}). */
	public boolean setFilesystemType(BlockDevice device, FilesystemType type) {
		Filesystem filesystem = filesystemOn(device);
		if (type == null) {
			return filesystem != null
					&& run("Remove File System", RemoveCommand.create(domain(), tableOf(device), Literals.DISK_TABLE__FILESYSTEMS, filesystem));
		}
		if (filesystem == null) {
			Filesystem created = SisFactory.eINSTANCE.createFilesystem();
			created.setDevice(device);
			created.setFsType(type);
			if (type == FilesystemType.SWAP) {
				created.setMountOptions("sw");
			}
			return run("Add File System", AddCommand.create(domain(), tableOf(device), Literals.DISK_TABLE__FILESYSTEMS, created));
		}
		CompoundCommand command = new CompoundCommand();
		command.append(SetCommand.create(domain(), filesystem, Literals.FILESYSTEM__FS_TYPE, type));
		if (type == FilesystemType.SWAP && filesystem.getMountPoint() != null) {
			command.append(SetCommand.create(domain(), filesystem, Literals.FILESYSTEM__MOUNT_POINT, SetCommand.UNSET_VALUE));
		}
		return run("Set File System", command);
	}

	/** Sets where a device's file system is mounted; a device without one gets an ext4 file system. */
	public boolean setMountPoint(BlockDevice device, String mountPoint) {
		String value = mountPoint == null || mountPoint.isBlank() ? null : mountPoint.trim();
		Filesystem filesystem = filesystemOn(device);
		if (filesystem == null) {
			if (value == null) {
				return false;
			}
			Filesystem created = SisFactory.eINSTANCE.createFilesystem();
			created.setDevice(device);
			created.setFsType(FilesystemType.EXT4);
			created.setMountPoint(value);
			return run("Add File System", AddCommand.create(domain(), tableOf(device), Literals.DISK_TABLE__FILESYSTEMS, created));
		}
		return run("Set Mount Point", SetCommand.create(domain(), filesystem, Literals.FILESYSTEM__MOUNT_POINT,
				value == null ? SetCommand.UNSET_VALUE : value));
	}

	/** Sets any single-valued attribute, e.g. a RAID array's level or a volume group's name. */
	public boolean set(EObject object, EStructuralFeature feature, Object value) {
		return run("Set " + feature.getName(), SetCommand.create(domain(), object, feature, value));
	}

	/**
	 * Moves a partition to another place among its disk's partitions, as a drag in the table does.
	 * Partitions are laid out by number, so the numbers the disk uses are given out again in the
	 * new order: moving the third partition to the front makes it partition 1 (the list order of the
	 * model is left alone; the editor shows partitions by number).
	 */
	public boolean move(Partition partition, int newIndex) {
		Disk disk = partition.getDisk();
		List<Partition> ordered = new ArrayList<>(disk.getPartitions());
		ordered.sort(Comparator.comparingInt(Partition::getNumber));
		int[] numbers = ordered.stream().mapToInt(Partition::getNumber).toArray();
		Arrays.sort(numbers);
		int target = Math.max(0, Math.min(newIndex, ordered.size() - 1));
		if (ordered.indexOf(partition) == target) {
			return false;
		}
		ordered.remove(partition);
		ordered.add(target, partition);
		CompoundCommand command = new CompoundCommand();
		for (int i = 0; i < ordered.size(); i++) {
			if (ordered.get(i).getNumber() != numbers[i]) {
				command.append(SetCommand.create(domain(), ordered.get(i), Literals.PARTITION__NUMBER, numbers[i]));
			}
		}
		return run("Move Partition", command);
	}

	/**
	 * Adds a partition after the disk's last one: the next free number, 1 GiB (in MiB) and no file
	 * system; on an msdos disk whose extended partition holds logical ones, a logical partition.
	 */
	public Partition addPartition(Disk disk) {
		Partition partition = SisFactory.eINSTANCE.createPartition();
		int next = disk.getPartitions().stream().mapToInt(Partition::getNumber).max().orElse(0) + 1;
		boolean logicals = disk.getPartitions().stream().anyMatch(p -> p.getType() == org.sisuite.model.PartitionType.LOGICAL);
		partition.setNumber(logicals ? Math.max(next, 5) : next);
		if (logicals) {
			partition.setType(org.sisuite.model.PartitionType.LOGICAL);
		}
		partition.setSize(BigDecimal.valueOf(1024));
		partition.setUnit(SizeUnit.MIB);
		return run("Add Partition", AddCommand.create(domain(), disk, Literals.DISK__PARTITIONS, partition)) ? partition : null;
	}

	/** Deletes a partition and every reference to it (file system, RAID membership, physical volume). */
	public boolean deletePartition(Partition partition) {
		CompoundCommand command = new CompoundCommand();
		Filesystem filesystem = filesystemOn(partition);
		if (filesystem != null) {
			command.append(RemoveCommand.create(domain(), tableOf(partition), Literals.DISK_TABLE__FILESYSTEMS, filesystem));
		}
		command.append(org.eclipse.emf.edit.command.DeleteCommand.create(domain(), partition));
		return run("Delete Partition", command);
	}

	private static DiskTable tableOf(EObject object) {
		EObject container = object;
		while (container != null && !(container instanceof DiskTable)) {
			container = container.eContainer();
		}
		return (DiskTable) container;
	}
}
