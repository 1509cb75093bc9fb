package org.sisuite.core.disk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.sisuite.model.BlockDevice;
import org.sisuite.model.BootLoader;
import org.sisuite.model.BootLoaderFlavour;
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
 * Disk tables for the disk tests, one per layout SIS installs: UEFI on GPT, BIOS on msdos with swap
 * and logical partitions, RAID1 over two disks, LVM on RAID1. Their sizes fit disks of 1 GiB
 * ({@link #DISK_BYTES}), the size the loop device tests use.
 */
public final class DiskTableFixtures {

	/** The disk size every fixture fits: 1 GiB. */
	public static final long DISK_BYTES = 1L << 30;

	private static final SisFactory F = SisFactory.eINSTANCE;

	private DiskTableFixtures() {
	}

	/** All fixtures by name. */
	public static Map<String, Supplier<DiskTable>> all() {
		Map<String, Supplier<DiskTable>> all = new LinkedHashMap<>();
		all.put("uefi-gpt", DiskTableFixtures::uefiGpt);
		all.put("bios-msdos", DiskTableFixtures::biosMsdos);
		all.put("raid1", DiskTableFixtures::raid1);
		all.put("lvm-on-raid1", DiskTableFixtures::lvmOnRaid1);
		return all;
	}

	/** /dev/sda GPT: 1 EFI system partition 128 MiB (vfat /boot/efi), 2 root, growing (ext4 /); grub2 EFI. */
	public static DiskTable uefiGpt() {
		DiskTable table = table("uefi-gpt");
		Disk sda = disk(table, "/dev/sda", PartitionTableType.GPT);
		Partition esp = partition(sda, 1, "128", SizeUnit.MIB, PartitionFlag.ESP);
		esp.setName("EFI");
		Partition root = grow(sda, 2);
		root.setName("root");
		filesystem(table, root, "/", FilesystemType.EXT4, "root", 1);
		Filesystem efi = filesystem(table, esp, "/boot/efi", FilesystemType.VFAT, "EFI", 2);
		efi.setMountOptions("umask=0077");
		bootLoader(table, true, "/boot/efi");
		return table;
	}

	/**
	 * /dev/sda msdos: 1 /boot 256 MiB (ext4, bootable, fstab by LABEL), 2 extended, 5 swap 128 MiB,
	 * 6 root growing (ext4 /), 7 /var 320 MiB (xfs); tmpfs on /tmp; grub2 BIOS on /dev/sda.
	 */
	public static DiskTable biosMsdos() {
		DiskTable table = table("bios-msdos");
		Disk sda = disk(table, "/dev/sda", PartitionTableType.MSDOS);
		Partition boot = partition(sda, 1, "256", SizeUnit.MIB, PartitionFlag.BOOT);
		Partition extended = grow(sda, 2);
		extended.setType(PartitionType.EXTENDED);
		Partition swap = partition(sda, 5, "128", SizeUnit.MIB);
		swap.setType(PartitionType.LOGICAL);
		Partition root = grow(sda, 6);
		root.setType(PartitionType.LOGICAL);
		Partition var = partition(sda, 7, "320", SizeUnit.MIB);
		var.setType(PartitionType.LOGICAL);
		filesystem(table, root, "/", FilesystemType.EXT4, "root", 1);
		filesystem(table, boot, "/boot", FilesystemType.EXT4, "boot", 2).setFstabIdentifier(FstabIdentifier.LABEL);
		filesystem(table, var, "/var", FilesystemType.XFS, "var", 2).setMkfsOptions("-m crc=1");
		filesystem(table, swap, null, FilesystemType.SWAP, "swap", 0);
		Filesystem tmp = F.createFilesystem();
		tmp.setFsType(FilesystemType.TMPFS);
		tmp.setSource("tmpfs");
		tmp.setMountPoint("/tmp");
		tmp.setMountOptions("mode=1777,nosuid");
		table.getFilesystems().add(tmp);
		bootLoader(table, false, "/dev/sda");
		return table;
	}

	/**
	 * /dev/sda and /dev/sdb GPT, each: 1 bios_grub 1 MiB, 2 RAID 256 MiB, 3 RAID growing; /dev/md0
	 * raid1 of the 2s (ext4 /boot), /dev/md1 raid1 of the 3s (ext4 /); grub2 BIOS on both disks.
	 */
	public static DiskTable raid1() {
		DiskTable table = table("raid1");
		RaidArray md0 = raid(table, "/dev/md0");
		RaidArray md1 = raid(table, "/dev/md1");
		for (String device : new String[] { "/dev/sda", "/dev/sdb" }) {
			Disk disk = disk(table, device, PartitionTableType.GPT);
			partition(disk, 1, "1", SizeUnit.MIB, PartitionFlag.BIOS_GRUB);
			md0.getMembers().add(partition(disk, 2, "256", SizeUnit.MIB, PartitionFlag.RAID));
			Partition rest = grow(disk, 3);
			rest.getFlags().add(PartitionFlag.RAID);
			md1.getMembers().add(rest);
		}
		filesystem(table, md1, "/", FilesystemType.EXT4, "root", 1);
		filesystem(table, md0, "/boot", FilesystemType.EXT4, "boot", 2);
		bootLoader(table, false, "/dev/sda", "/dev/sdb");
		return table;
	}

	/**
	 * /dev/sda and /dev/sdb GPT, each: 1 EFI system partition 64 MiB (vfat /boot/efi and /boot/efi2),
	 * 2 RAID growing; /dev/md0 raid1 of the 2s is the physical volume of vg0 with root 320 MiB
	 * (ext4 /), swap 64 MiB and srv growing (xfs /srv); grub2 EFI.
	 */
	public static DiskTable lvmOnRaid1() {
		DiskTable table = table("lvm-on-raid1");
		RaidArray md0 = raid(table, "/dev/md0");
		List<Partition> esps = new ArrayList<>();
		for (String device : new String[] { "/dev/sda", "/dev/sdb" }) {
			Disk disk = disk(table, device, PartitionTableType.GPT);
			esps.add(partition(disk, 1, "64", SizeUnit.MIB, PartitionFlag.ESP));
			Partition member = grow(disk, 2);
			member.getFlags().add(PartitionFlag.RAID);
			md0.getMembers().add(member);
		}
		VolumeGroup vg0 = F.createVolumeGroup();
		vg0.setName("vg0");
		vg0.getPhysicalVolumes().add(md0);
		table.getVolumeGroups().add(vg0);
		LogicalVolume root = volume(vg0, "root", "320", false);
		LogicalVolume swap = volume(vg0, "swap", "64", false);
		LogicalVolume srv = volume(vg0, "srv", null, true);
		filesystem(table, root, "/", FilesystemType.EXT4, "root", 1);
		filesystem(table, swap, null, FilesystemType.SWAP, null, 0);
		filesystem(table, srv, "/srv", FilesystemType.XFS, "srv", 2);
		filesystem(table, esps.get(0), "/boot/efi", FilesystemType.VFAT, "EFI", 2).setMountOptions("umask=0077");
		filesystem(table, esps.get(1), "/boot/efi2", FilesystemType.VFAT, "EFI2", 2).setMountOptions("umask=0077,nofail");
		bootLoader(table, true, "/boot/efi");
		return table;
	}

	public static DiskTable table(String name) {
		DiskTable table = F.createDiskTable();
		table.setName(name);
		return table;
	}

	public static Disk disk(DiskTable table, String device, PartitionTableType label) {
		Disk disk = F.createDisk();
		disk.setDevice(device);
		disk.setLabel(label);
		table.getDisks().add(disk);
		return disk;
	}

	public static Partition partition(Disk disk, int number, String size, SizeUnit unit, PartitionFlag... flags) {
		Partition partition = F.createPartition();
		partition.setNumber(number);
		partition.setSize(size == null ? null : new BigDecimal(size));
		partition.setUnit(unit);
		for (PartitionFlag flag : flags) {
			partition.getFlags().add(flag);
		}
		disk.getPartitions().add(partition);
		return partition;
	}

	public static Partition grow(Disk disk, int number) {
		Partition partition = partition(disk, number, null, SizeUnit.MIB);
		partition.setGrow(true);
		return partition;
	}

	public static RaidArray raid(DiskTable table, String device) {
		RaidArray array = F.createRaidArray();
		array.setDevice(device);
		array.setLevel(RaidLevel.RAID1);
		array.setMetadata("1.2");
		table.getRaidArrays().add(array);
		return array;
	}

	public static LogicalVolume volume(VolumeGroup group, String name, String mib, boolean grow) {
		LogicalVolume volume = F.createLogicalVolume();
		volume.setName(name);
		volume.setSize(mib == null ? null : new BigDecimal(mib));
		volume.setUnit(SizeUnit.MIB);
		volume.setGrow(grow);
		group.getLogicalVolumes().add(volume);
		return volume;
	}

	public static Filesystem filesystem(DiskTable table, BlockDevice device, String mountPoint, FilesystemType type,
			String label, int pass) {
		Filesystem filesystem = F.createFilesystem();
		filesystem.setDevice(device);
		filesystem.setMountPoint(mountPoint);
		filesystem.setFsType(type);
		filesystem.setLabel(label);
		filesystem.setPass(pass);
		table.getFilesystems().add(filesystem);
		return filesystem;
	}

	public static BootLoader bootLoader(DiskTable table, boolean efi, String... targets) {
		BootLoader loader = F.createBootLoader();
		loader.setFlavour(BootLoaderFlavour.GRUB2);
		loader.setEfi(efi);
		for (String target : targets) {
			loader.getTargets().add(target);
		}
		table.setBootLoader(loader);
		return loader;
	}
}
