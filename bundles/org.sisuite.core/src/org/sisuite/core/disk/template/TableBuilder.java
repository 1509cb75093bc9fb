package org.sisuite.core.disk.template;

import java.math.BigDecimal;
import java.util.Comparator;

import org.eclipse.emf.common.util.ECollections;

import org.sisuite.model.BlockDevice;
import org.sisuite.model.BootLoader;
import org.sisuite.model.BootLoaderFlavour;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Filesystem;
import org.sisuite.model.FilesystemType;
import org.sisuite.model.LogicalVolume;
import org.sisuite.model.Partition;
import org.sisuite.model.PartitionFlag;
import org.sisuite.model.PartitionTableType;
import org.sisuite.model.RaidArray;
import org.sisuite.model.RaidLevel;
import org.sisuite.model.SisFactory;
import org.sisuite.model.SizeUnit;
import org.sisuite.model.VolumeGroup;

/** Short hands for building a disk table in code; sizes are in MiB, null for a growing one. */
final class TableBuilder {

	private static final SisFactory F = SisFactory.eINSTANCE;

	final DiskTable table = F.createDiskTable();

	TableBuilder(String name, String description) {
		table.setName(name);
		table.setDescription(description);
	}

	Disk disk(String device, PartitionTableType label) {
		Disk disk = F.createDisk();
		disk.setDevice(device);
		disk.setLabel(label);
		disk.setUnits(SizeUnit.MIB);
		table.getDisks().add(disk);
		return disk;
	}

	Partition partition(Disk disk, Long mib, PartitionFlag... flags) {
		Partition partition = F.createPartition();
		partition.setNumber(disk.getPartitions().size() + 1);
		partition.setUnit(SizeUnit.MIB);
		if (mib == null) {
			partition.setGrow(true);
		} else {
			partition.setSize(BigDecimal.valueOf(mib));
		}
		for (PartitionFlag flag : flags) {
			partition.getFlags().add(flag);
		}
		disk.getPartitions().add(partition);
		return partition;
	}

	RaidArray raid1(String device, Partition... members) {
		RaidArray array = F.createRaidArray();
		array.setDevice(device);
		array.setLevel(RaidLevel.RAID1);
		array.setMetadata("1.2");
		for (Partition member : members) {
			array.getMembers().add(member);
		}
		table.getRaidArrays().add(array);
		return array;
	}

	VolumeGroup volumeGroup(String name, BlockDevice... physicalVolumes) {
		VolumeGroup group = F.createVolumeGroup();
		group.setName(name);
		for (BlockDevice device : physicalVolumes) {
			group.getPhysicalVolumes().add(device);
		}
		table.getVolumeGroups().add(group);
		return group;
	}

	LogicalVolume volume(VolumeGroup group, String name, Long mib) {
		LogicalVolume volume = F.createLogicalVolume();
		volume.setName(name);
		volume.setUnit(SizeUnit.MIB);
		if (mib == null) {
			volume.setGrow(true);
		} else {
			volume.setSize(BigDecimal.valueOf(mib));
		}
		group.getLogicalVolumes().add(volume);
		return volume;
	}

	Filesystem mount(BlockDevice device, String mountPoint, FilesystemType type, int pass) {
		Filesystem filesystem = F.createFilesystem();
		filesystem.setDevice(device);
		filesystem.setMountPoint(mountPoint);
		filesystem.setFsType(type);
		filesystem.setPass(pass);
		if (type == FilesystemType.VFAT) {
			filesystem.setMountOptions("umask=0077");
		}
		table.getFilesystems().add(filesystem);
		return filesystem;
	}

	Filesystem swap(BlockDevice device) {
		Filesystem filesystem = F.createFilesystem();
		filesystem.setDevice(device);
		filesystem.setFsType(FilesystemType.SWAP);
		filesystem.setMountOptions("sw");
		table.getFilesystems().add(filesystem);
		return filesystem;
	}

	/** Lists file systems parents first, as fstab and mount -a need them; swap last. */
	void filesystemsInMountOrder() {
		ECollections.sort(table.getFilesystems(), Comparator.comparingInt(TableBuilder::depth));
	}

	private static int depth(Filesystem filesystem) {
		String mountPoint = filesystem.getMountPoint();
		if (mountPoint == null || !mountPoint.startsWith("/")) {
			return Integer.MAX_VALUE;
		}
		return mountPoint.equals("/") ? 0 : (int) mountPoint.chars().filter(c -> c == '/').count();
	}

	void grub(boolean efi, String... targets) {
		BootLoader loader = F.createBootLoader();
		loader.setFlavour(BootLoaderFlavour.GRUB2);
		loader.setEfi(efi);
		for (String target : targets) {
			loader.getTargets().add(target);
		}
		table.setBootLoader(loader);
	}
}
