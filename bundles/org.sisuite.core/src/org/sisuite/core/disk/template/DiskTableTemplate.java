package org.sisuite.core.disk.template;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.FilesystemType;
import org.sisuite.model.Partition;
import org.sisuite.model.PartitionFlag;
import org.sisuite.model.PartitionTableType;
import org.sisuite.model.RaidArray;
import org.sisuite.model.VolumeGroup;

/**
 * Starting points for a new disk table, the layouts most sites install. Each template makes a table
 * that validates without problems on disks of at least {@link #minimumDiskBytes()} and leaves the
 * rest of the disk to its growing partition (or logical volume). Sizes are in MiB; devices are
 * {@code /dev/sda} and {@code /dev/sdb}, to be mapped to the clients' real disks when planned.
 */
public enum DiskTableTemplate {

	/** BIOS on one msdos disk: /boot 1 GiB (bootable), swap 4 GiB, / on the rest; GRUB on the disk. */
	BIOS_MSDOS("bios-msdos", "BIOS, msdos label", "One disk: /boot, swap and / in three primary partitions; GRUB in the disk's boot sector.") {
		@Override
		void build(TableBuilder b) {
			Disk sda = b.disk("/dev/sda", PartitionTableType.MSDOS);
			b.mount(b.partition(sda, 1024L, PartitionFlag.BOOT), "/boot", FilesystemType.EXT4, 2);
			b.swap(b.partition(sda, 4096L));
			b.mount(b.partition(sda, null), "/", FilesystemType.EXT4, 1);
			b.grub(false, "/dev/sda");
		}
	},

	/** UEFI on one GPT disk: ESP 512 MiB (vfat /boot/efi), /boot 1 GiB, swap 4 GiB, / on the rest. */
	UEFI_GPT("uefi-gpt", "UEFI, GPT label", "One disk: EFI system partition (vfat on /boot/efi), /boot, swap and / on GPT; GRUB for UEFI.") {
		@Override
		void build(TableBuilder b) {
			Disk sda = b.disk("/dev/sda", PartitionTableType.GPT);
			Partition esp = b.partition(sda, 512L, PartitionFlag.ESP);
			esp.setName("EFI");
			b.mount(esp, "/boot/efi", FilesystemType.VFAT, 2);
			b.mount(b.partition(sda, 1024L), "/boot", FilesystemType.EXT4, 2);
			b.swap(b.partition(sda, 4096L));
			b.mount(b.partition(sda, null), "/", FilesystemType.EXT4, 1);
			b.grub(true, "/boot/efi");
		}
	},

	/** Two msdos disks mirrored: md0 /boot, md1 swap, md2 / (RAID 1 each); GRUB on both disks. */
	RAID1_MIRROR("raid1-mirror", "RAID 1 mirror (two disks)", "Two disks, each with three RAID partitions mirrored into /boot, swap and / (md RAID 1); GRUB on both disks, so either boots alone.") {
		@Override
		void build(TableBuilder b) {
			Partition[][] parts = new Partition[2][];
			int i = 0;
			for (String device : DEVICES) {
				Disk disk = b.disk(device, PartitionTableType.MSDOS);
				parts[i++] = new Partition[] { b.partition(disk, 1024L, PartitionFlag.RAID, PartitionFlag.BOOT),
						b.partition(disk, 4096L, PartitionFlag.RAID), b.partition(disk, null, PartitionFlag.RAID) };
			}
			RaidArray boot = b.raid1("/dev/md0", parts[0][0], parts[1][0]);
			RaidArray swap = b.raid1("/dev/md1", parts[0][1], parts[1][1]);
			RaidArray root = b.raid1("/dev/md2", parts[0][2], parts[1][2]);
			b.mount(boot, "/boot", FilesystemType.EXT4, 2);
			b.swap(swap);
			b.mount(root, "/", FilesystemType.EXT4, 1);
			b.grub(false, DEVICES.toArray(String[]::new));
		}
	},

	/**
	 * Two msdos disks: md0 (RAID 1) /boot, md1 (RAID 1) the physical volume of volume group system
	 * with root 20 GiB, swap 4 GiB, var 10 GiB and home on the rest; GRUB on both disks.
	 */
	LVM_ON_RAID("lvm-on-raid", "LVM on RAID 1 (two disks)", "Two disks mirrored (md RAID 1): /boot on md0, and md1 as the physical volume of volume group 'system' with root, swap, /var and /home; GRUB on both disks.") {
		@Override
		void build(TableBuilder b) {
			Partition[][] parts = new Partition[2][];
			int i = 0;
			for (String device : DEVICES) {
				Disk disk = b.disk(device, PartitionTableType.MSDOS);
				parts[i++] = new Partition[] { b.partition(disk, 1024L, PartitionFlag.RAID, PartitionFlag.BOOT),
						b.partition(disk, null, PartitionFlag.RAID) };
			}
			RaidArray boot = b.raid1("/dev/md0", parts[0][0], parts[1][0]);
			RaidArray pv = b.raid1("/dev/md1", parts[0][1], parts[1][1]);
			VolumeGroup system = b.volumeGroup("system", pv);
			b.mount(boot, "/boot", FilesystemType.EXT4, 2);
			b.mount(b.volume(system, "root", 20_480L), "/", FilesystemType.EXT4, 1);
			b.swap(b.volume(system, "swap", 4096L));
			b.mount(b.volume(system, "var", 10_240L), "/var", FilesystemType.EXT4, 2);
			b.mount(b.volume(system, "home", null), "/home", FilesystemType.EXT4, 2);
			b.grub(false, DEVICES.toArray(String[]::new));
		}
	};

	private static final List<String> DEVICES = List.of("/dev/sda", "/dev/sdb");

	private final String id;
	private final String title;
	private final String description;

	DiskTableTemplate(String id, String title, String description) {
		this.id = id;
		this.title = title;
		this.description = description;
	}

	abstract void build(TableBuilder builder);

	/** The short name, as {@code sis disk new --template} takes it, e.g. {@code uefi-gpt}. */
	public String id() {
		return id;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	/** The smallest disk the template's partitions fit with room for the growing one: 64 GiB. */
	public long minimumDiskBytes() {
		return 64L << 30;
	}

	/** A new table named {@code name} with this template's layout, not yet stored anywhere. */
	public DiskTable create(String name) {
		TableBuilder builder = new TableBuilder(name, description);
		build(builder);
		builder.filesystemsInMountOrder();
		return builder.table;
	}

	/** The template with that {@link #id()} (case does not matter). */
	public static DiskTableTemplate byId(String id) {
		String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(t -> t.id.equals(wanted)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No disk table template '" + id + "'; there are: "
						+ String.join(", ", Arrays.stream(values()).map(DiskTableTemplate::id).toList())));
	}
}
