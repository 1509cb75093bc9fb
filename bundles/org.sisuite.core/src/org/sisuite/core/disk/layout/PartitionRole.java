package org.sisuite.core.disk.layout;

import java.util.Locale;
import java.util.regex.Pattern;

import org.sisuite.model.Partition;
import org.sisuite.model.PartitionFlag;
import org.sisuite.model.PartitionTableType;
import org.sisuite.model.PartitionType;

/**
 * What a partition is for, which decides its partition type: the GPT type GUID or the MBR type byte.
 */
public enum PartitionRole {

	ESP("EFI System", "C12A7328-F81F-11D2-BA4B-00A0C93EC93B", "ef"),
	BIOS_BOOT("BIOS boot", "21686148-6449-6E6F-744E-656564454649", null),
	RAID("Linux RAID", "A19D880F-05FC-4D3B-A006-743F0F84911E", "fd"),
	LVM("Linux LVM", "E6D6D379-F507-44C2-A23C-238F2A3DF928", "8e"),
	SWAP("Linux swap", "0657FD6D-A4AB-43C4-84E5-0933C84B4F4F", "82"),
	LINUX("Linux filesystem", "0FC63DAF-8483-4772-8E79-3D69D8477DE4", "83"),
	EXTENDED("Extended", null, "5");

	private static final Pattern GUID = Pattern
			.compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");
	private static final Pattern MBR_ID = Pattern.compile("(0[xX])?[0-9A-Fa-f]{1,2}");

	private final String title;
	private final String gptGuid;
	private final String mbrId;

	PartitionRole(String title, String gptGuid, String mbrId) {
		this.title = title;
		this.gptGuid = gptGuid;
		this.mbrId = mbrId;
	}

	public String title() {
		return title;
	}

	/** The type for this label; null when the label has none (BIOS boot on msdos, extended on GPT). */
	public String typeId(PartitionTableType label) {
		return label == PartitionTableType.GPT ? gptGuid : mbrId;
	}

	/**
	 * The role of a partition: its flags first (esp, bios_grub, raid, lvm, swap), then what the table
	 * does with it (a RAID member, a physical volume, swap), else a Linux file system.
	 */
	public static PartitionRole of(Partition partition, TableUsage usage) {
		if (partition.getType() == PartitionType.EXTENDED && isMsdos(partition)) {
			return EXTENDED;
		}
		if (partition.getFlags().contains(PartitionFlag.ESP)) {
			return ESP;
		}
		if (partition.getFlags().contains(PartitionFlag.BIOS_GRUB)) {
			return BIOS_BOOT;
		}
		if (partition.getFlags().contains(PartitionFlag.RAID) || usage.isRaidMember(partition)) {
			return RAID;
		}
		if (partition.getFlags().contains(PartitionFlag.LVM) || usage.isPhysicalVolume(partition)) {
			return LVM;
		}
		if (partition.getFlags().contains(PartitionFlag.SWAP) || usage.isSwap(partition)) {
			return SWAP;
		}
		return LINUX;
	}

	private static boolean isMsdos(Partition partition) {
		return partition.getDisk() == null || partition.getDisk().getLabel() == PartitionTableType.MSDOS;
	}

	/**
	 * The partition type to write: the partition's own {@code partitionId} when set (normalized:
	 * GUIDs upper case, MBR ids lower-case hex without {@code 0x}), else its role's type.
	 *
	 * @return null when neither gives one for this label
	 */
	public static String typeId(Partition partition, PartitionTableType label, TableUsage usage) {
		String explicit = partition.getPartitionId();
		if (explicit != null && !explicit.isBlank()) {
			return isValidId(explicit, label) ? normalizeId(explicit.trim(), label) : explicit.trim();
		}
		return of(partition, usage).typeId(label);
	}

	/** Whether {@code id} is a well-formed partition type for the label. */
	public static boolean isValidId(String id, PartitionTableType label) {
		String trimmed = id.trim();
		return label == PartitionTableType.GPT ? GUID.matcher(trimmed).matches()
				: MBR_ID.matcher(trimmed).matches() && Integer.parseInt(stripHex(trimmed), 16) != 0;
	}

	private static String normalizeId(String id, PartitionTableType label) {
		if (label == PartitionTableType.GPT) {
			return id.toUpperCase(Locale.ROOT);
		}
		return Integer.toHexString(Integer.parseInt(stripHex(id), 16));
	}

	private static String stripHex(String id) {
		return id.startsWith("0x") || id.startsWith("0X") ? id.substring(2) : id;
	}
}
