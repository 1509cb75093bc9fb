package org.sisuite.core.disk.validate;

import static org.sisuite.core.disk.layout.TableLabels.describe;
import static org.sisuite.core.disk.layout.TableLabels.diskName;
import static org.sisuite.core.disk.layout.TableLabels.partitionName;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sisuite.core.disk.layout.DiskLayout;
import org.sisuite.core.disk.layout.PartitionRole;
import org.sisuite.core.disk.layout.Sizes;
import org.sisuite.model.Disk;
import org.sisuite.model.Partition;
import org.sisuite.model.PartitionFlag;
import org.sisuite.model.PartitionTableType;
import org.sisuite.model.PartitionType;
import org.sisuite.model.SizeUnit;

/** Disks and their partitions: names, numbering, sizes, the growing partition, what fits. */
final class PartitionChecks {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final int GPT_MAX_PARTITIONS = 128;
	private static final int GPT_NAME_LENGTH = 36;

	private PartitionChecks() {
	}

	static void check(ValidationContext context) {
		Map<String, Disk> devices = new HashMap<>();
		Map<Integer, Disk> indexes = new HashMap<>();
		for (Disk disk : context.table.getDisks()) {
			if (!ValidationContext.blank(disk.getDevice())) {
				String device = disk.getDevice().trim();
				if (!device.startsWith("/dev/")) {
					context.error("disk.device", disk, "Disk '" + device + "' is not a device path; write e.g. /dev/sda");
				}
				Disk other = devices.putIfAbsent(device, disk);
				if (other != null) {
					context.error("disk.duplicate", disk, "Disk " + device + " is in the table twice");
				}
			} else if (disk.getDiskIndex() == null) {
				context.error("disk.device", disk, "A disk of the table has neither a device (e.g. /dev/sda) nor a disk index");
			} else if (disk.getDiskIndex() < 0) {
				context.error("disk.device", disk, "Disk index " + disk.getDiskIndex() + " is negative; the first disk is 0");
			} else if (indexes.putIfAbsent(disk.getDiskIndex(), disk) != null) {
				context.error("disk.duplicate", disk, "Disk #" + disk.getDiskIndex() + " is in the table twice");
			}
			if (disk.getSizeBytes() != null && disk.getSizeBytes() <= 0) {
				context.error("disk.size", disk, "Disk " + diskName(disk) + " has a size of " + disk.getSizeBytes()
						+ " bytes; leave it unset when it is unknown");
			}
			checkDisk(context, disk);
		}
	}

	private static void checkDisk(ValidationContext context, Disk disk) {
		String name = diskName(disk);
		boolean gpt = disk.getLabel() == PartitionTableType.GPT;
		if (disk.getPartitions().isEmpty()) {
			context.warning("disk.empty", disk, "Disk " + name + " has no partitions: it gets an empty " + disk.getLabel()
					+ " partition table");
			return;
		}
		checkNumbers(context, disk, gpt);
		List<Partition> growing = new ArrayList<>();
		BigDecimal percent = BigDecimal.ZERO;
		for (Partition partition : disk.getPartitions()) {
			checkSize(context, partition);
			if (partition.getUnit() == SizeUnit.PERCENT && partition.getSize() != null
					&& partition.getType() != PartitionType.EXTENDED) {
				percent = percent.add(partition.getSize());
			}
			if (partition.isGrow() && (gpt || partition.getType() != PartitionType.EXTENDED || disk.getPartitions()
					.stream().noneMatch(p -> p.isGrow() && p.getType() == PartitionType.LOGICAL))) {
				growing.add(partition);
			}
			checkKind(context, partition, gpt);
		}
		if (growing.size() > 1) {
			context.error("partition.grow", growing.get(1), "Disk " + name + " has " + growing.size()
					+ " growing partitions (" + names(growing) + "); only one can take the space left");
		}
		if (percent.compareTo(HUNDRED) > 0) {
			context.error("partition.fit", disk, "The partitions of disk " + name + " ask for "
					+ percent.stripTrailingZeros().toPlainString() + " % of it");
		}
		DiskLayout layout = context.sizes.layout(disk);
		if (layout != null && !layout.fits()) {
			Partition grow = DiskLayout.growing(disk);
			context.error("partition.fit", disk, "The partitions of disk " + name + " need at least "
					+ Sizes.human(layout.requiredBytes()) + (grow == null ? "" : " (with 1 MiB for " + partitionName(grow) + ")")
					+ " but the disk has " + Sizes.human(layout.diskBytes()) + " (" + layout.diskBytes() + " bytes)");
		}
	}

	private static void checkNumbers(ValidationContext context, Disk disk, boolean gpt) {
		String name = diskName(disk);
		Map<Integer, Partition> numbers = new HashMap<>();
		for (Partition partition : disk.getPartitions()) {
			int number = partition.getNumber();
			if (number < 1) {
				context.error("partition.number", partition, "A partition of disk " + name + " has number " + number
						+ "; partitions are numbered from 1");
			} else if (numbers.putIfAbsent(number, partition) != null) {
				context.error("partition.number", partition, "Disk " + name + " has two partitions numbered " + number);
			} else if (gpt && number > GPT_MAX_PARTITIONS) {
				context.error("partition.number", partition, "Partition number " + number + " on GPT disk " + name
						+ " is above " + GPT_MAX_PARTITIONS);
			}
		}
		if (gpt) {
			return;
		}
		List<Partition> extended = disk.getPartitions().stream().filter(p -> p.getType() == PartitionType.EXTENDED).toList();
		List<Partition> logical = disk.getPartitions().stream().filter(p -> p.getType() == PartitionType.LOGICAL)
				.sorted(Comparator.comparingInt(Partition::getNumber)).toList();
		for (Partition partition : disk.getPartitions()) {
			boolean isLogical = partition.getType() == PartitionType.LOGICAL;
			if (!isLogical && partition.getNumber() > 4) {
				context.error("partition.number", partition, partitionName(partition) + " is " + partition.getType()
						+ " but numbered " + partition.getNumber() + ": on an msdos disk 1-4 are primary or extended, 5 and up logical");
			} else if (isLogical && partition.getNumber() >= 1 && partition.getNumber() < 5) {
				context.error("partition.number", partition, "Logical " + partitionName(partition)
						+ " must be numbered 5 or more on an msdos disk");
			}
		}
		if (extended.size() > 1) {
			context.error("partition.extended", extended.get(1), "Disk " + name + " has " + extended.size()
					+ " extended partitions; msdos allows one");
		}
		if (!logical.isEmpty() && extended.isEmpty()) {
			context.error("partition.extended", logical.get(0), "Disk " + name + " has logical partitions ("
					+ names(logical) + ") but no extended partition to hold them");
		}
		for (int i = 0; i < logical.size(); i++) {
			if (logical.get(i).getNumber() != 5 + i) {
				context.error("partition.number", logical.get(i), "The logical partitions of disk " + name
						+ " must be numbered 5, 6, ... without gaps; found " + logical.stream()
								.map(p -> String.valueOf(p.getNumber())).collect(Collectors.joining(", ")));
				break;
			}
		}
	}

	private static void checkSize(ValidationContext context, Partition partition) {
		String name = partitionName(partition);
		BigDecimal size = partition.getSize();
		if (size == null) {
			if (!partition.isGrow() && partition.getType() != PartitionType.EXTENDED) {
				context.error("partition.size", partition, capitalize(name) + " has no size; give it one or let it grow");
			}
			return;
		}
		if (size.signum() <= 0) {
			context.error("partition.size", partition, capitalize(name) + " has size " + Sizes.describe(size, partition.getUnit())
					+ "; a size must be positive");
		} else if (partition.getUnit() == SizeUnit.PERCENT && size.compareTo(HUNDRED) > 0) {
			context.error("partition.size", partition, capitalize(name) + " asks for " + Sizes.describe(size, partition.getUnit())
					+ " of its disk");
		}
	}

	private static void checkKind(ValidationContext context, Partition partition, boolean gpt) {
		String name = partitionName(partition);
		if (gpt && partition.getType() != PartitionType.PRIMARY) {
			context.error("partition.type", partition, capitalize(name) + " is " + partition.getType()
					+ ", but GPT has no extended or logical partitions; make it primary");
		}
		String id = partition.getPartitionId();
		if (!ValidationContext.blank(id) && !PartitionRole.isValidId(id, gpt ? PartitionTableType.GPT : PartitionTableType.MSDOS)) {
			context.error("partition.id", partition, capitalize(name) + " has partition type '" + id.trim() + "', which is not "
					+ (gpt ? "a GPT type GUID (e.g. 0FC63DAF-8483-4772-8E79-3D69D8477DE4)" : "an MBR type byte in hex (e.g. 83)"));
		}
		if (gpt) {
			if (partition.getFlags().contains(PartitionFlag.BOOT)) {
				context.warning("partition.flag", partition, "The boot flag of " + name + " means nothing on GPT and is"
						+ " ignored: use esp for an EFI system partition, legacy_boot for BIOS boot from it");
			}
			if (partition.getName() != null && partition.getName().length() > GPT_NAME_LENGTH) {
				context.error("partition.name", partition, "The GPT name of " + name + " has " + partition.getName().length()
						+ " characters; GPT allows " + GPT_NAME_LENGTH);
			}
			if (partition.getName() != null && partition.getName().contains("\"")) {
				context.error("partition.name", partition, "The GPT name of " + name + " contains a double quote");
			}
		} else {
			for (PartitionFlag flag : List.of(PartitionFlag.BIOS_GRUB, PartitionFlag.LEGACY_BOOT)) {
				if (partition.getFlags().contains(flag)) {
					context.warning("partition.flag", partition, "The " + flag.getLiteral() + " flag of " + name
							+ " means nothing on an msdos disk and is ignored"
							+ (flag == PartitionFlag.LEGACY_BOOT ? "; use boot to mark it bootable" : ""));
				}
			}
			if (!ValidationContext.blank(partition.getName())) {
				context.info("partition.name", partition, "msdos partitions have no names; the name '" + partition.getName()
						+ "' of " + name + " is not written");
			}
		}
		if (partition.getType() == PartitionType.EXTENDED && !gpt) {
			if (!context.usage.users(partition).isEmpty()) {
				context.error("partition.extended", partition, "Extended " + name + " only holds logical partitions; "
						+ describe(context.usage.users(partition).get(0)) + " cannot use it");
			}
		}
	}

	static String names(List<Partition> partitions) {
		return partitions.stream().map(p -> partitionName(p)).collect(Collectors.joining(", "));
	}

	static String capitalize(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
