package org.sisuite.core.disk.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.sisuite.core.Statuses;
import org.sisuite.core.disk.layout.DeviceSizes;
import org.sisuite.core.disk.layout.TableUsage;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;

/**
 * Checks a disk table before it is planned or saved, and says precisely what is wrong: one
 * {@link DiskProblem} per problem, with its severity, its rule and the offending object.
 * <p>
 * Rules (the {@link DiskProblem#getRule() rule ids}):
 * <ul>
 * <li>{@code disk.*}: a device or index per disk, no disk twice, a positive size when known;</li>
 * <li>{@code partition.*}: numbers (1-128 on GPT; 1-4 primary/extended and 5, 6, ... logical on msdos),
 * one extended partition holding the logical ones, a positive size or grow, at most one growing
 * partition per disk, sizes that fit the disk when its size is known (percentages of the disk
 * resolve then), well-formed partition type ids, flags that mean something on the label;</li>
 * <li>{@code device.*}: every partition, array and logical volume used once, and only from its table;</li>
 * <li>{@code raid.*}: an md device name, enough members for the level (raid0, raid1 and linear 2,
 * raid4 and raid5 3, raid6 and raid10 4), members of one size within 1 % (at least 1 MiB), no spares
 * for raid0/linear, a power-of-two chunk, a metadata version mdadm knows;</li>
 * <li>{@code lvm.*}: valid names, physical volumes, at most one growing logical volume per volume group,
 * logical volumes that fit the volume group when its size is known;</li>
 * <li>{@code fs.*}: exactly one root file system, clean and unique mount points, a file system listed after
 * the one it is mounted on, swap without a mount point, a device for types made with mkfs and a source
 * for nfs, labels mkfs accepts, mount options fstab can hold;</li>
 * <li>{@code boot.*}: UEFI needs an EFI system partition with vfat, BIOS boot from a GPT disk needs a
 * bios_grub partition, systemd-boot needs UEFI.</li>
 * </ul>
 */
public final class DiskTableValidator {

	private DiskTableValidator() {
	}

	/** Validates a table with the disk sizes it records itself ({@code Disk.sizeBytes}). */
	public static MultiStatus validate(DiskTable table) {
		return validate(table, Map.of());
	}

	/**
	 * Validates a table.
	 *
	 * @param diskBytes the real sizes of some of its disks; the others use their recorded size, if any
	 * @return a status whose children are {@link DiskProblem}s; its severity is the worst of them
	 */
	public static MultiStatus validate(DiskTable table, Map<Disk, Long> diskBytes) {
		ValidationContext context = new ValidationContext(table, TableUsage.of(table), DeviceSizes.of(table, diskBytes));
		PartitionChecks.check(context);
		StackChecks.check(context);
		FilesystemChecks.check(context);
		BootChecks.check(context);
		List<DiskProblem> problems = context.problems;
		long errors = problems.stream().filter(p -> p.getSeverity() == IStatus.ERROR).count();
		long warnings = problems.stream().filter(p -> p.getSeverity() == IStatus.WARNING).count();
		String name = table.getName() == null ? "(unnamed)" : table.getName();
		String message = errors == 0 && warnings == 0 ? "Disk table '" + name + "' is valid"
				: "Disk table '" + name + "': " + count(errors, "error") + ", " + count(warnings, "warning");
		MultiStatus status = new MultiStatus(Statuses.PLUGIN_ID, errors > 0 ? Statuses.BAD_INPUT : 0, message, null);
		problems.forEach(status::add);
		return status;
	}

	/** The problems of a status returned by {@link #validate}. */
	public static List<DiskProblem> problems(IStatus status) {
		List<DiskProblem> problems = new ArrayList<>();
		for (IStatus child : status.getChildren()) {
			if (child instanceof DiskProblem problem) {
				problems.add(problem);
			}
		}
		return problems;
	}

	private static String count(long n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}
}
