package org.sisuite.core.disk.layout;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.sisuite.model.BlockDevice;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Filesystem;
import org.sisuite.model.FilesystemType;
import org.sisuite.model.RaidArray;
import org.sisuite.model.VolumeGroup;

/**
 * Who uses each block device of a table: the RAID arrays it is a member or spare of, the volume
 * groups it is a physical volume of, the file systems on it. A device should have exactly one user.
 */
public final class TableUsage {

	private final Map<BlockDevice, List<EObject>> users = new IdentityHashMap<>();
	private final Map<BlockDevice, Filesystem> filesystems = new IdentityHashMap<>();

	private TableUsage() {
	}

	public static TableUsage of(DiskTable table) {
		TableUsage usage = new TableUsage();
		for (RaidArray array : table.getRaidArrays()) {
			array.getMembers().forEach(member -> usage.add(member, array));
			array.getSpares().forEach(spare -> usage.add(spare, array));
		}
		for (VolumeGroup group : table.getVolumeGroups()) {
			group.getPhysicalVolumes().forEach(pv -> usage.add(pv, group));
		}
		for (Filesystem filesystem : table.getFilesystems()) {
			if (filesystem.getDevice() != null) {
				usage.add(filesystem.getDevice(), filesystem);
				usage.filesystems.putIfAbsent(filesystem.getDevice(), filesystem);
			}
		}
		return usage;
	}

	private void add(BlockDevice device, EObject user) {
		users.computeIfAbsent(device, d -> new ArrayList<>()).add(user);
	}

	/** The users of a device, in table order (arrays, then volume groups, then file systems). */
	public List<EObject> users(BlockDevice device) {
		return users.getOrDefault(device, List.of());
	}

	public boolean isRaidMember(BlockDevice device) {
		return users(device).stream().anyMatch(RaidArray.class::isInstance);
	}

	public boolean isPhysicalVolume(BlockDevice device) {
		return users(device).stream().anyMatch(VolumeGroup.class::isInstance);
	}

	public boolean isSwap(BlockDevice device) {
		Filesystem filesystem = filesystemOn(device);
		return filesystem != null && filesystem.getFsType() == FilesystemType.SWAP;
	}

	/** The (first) file system on the device, or null. */
	public Filesystem filesystemOn(BlockDevice device) {
		return filesystems.get(device);
	}
}
