package org.sisuite.core.disk.plan;

import java.util.List;
import java.util.Map;

import org.sisuite.model.FstabIdentifier;

/**
 * What a plan is made for: the client's real disks, where the file systems go, and how fstab names them.
 *
 * @param disks        the client's disks in the order it detects them (a table disk chosen by index
 *                     takes the disk at that position)
 * @param deviceMap    table device to real device, e.g. {@code /dev/sda -> /dev/nvme0n1}, for a table
 *                     written for other device names
 * @param target       the directory the root file system is mounted on, e.g. {@code /a}
 * @param fstabDefault how fstab names a file system whose table entry does not say
 */
public record PlanRequest(List<TargetDisk> disks, Map<String, String> deviceMap, String target,
		FstabIdentifier fstabDefault) {

	/** SystemImager's mount point for the client's root file system during an installation. */
	public static final String DEFAULT_TARGET = "/a";

	public PlanRequest {
		disks = List.copyOf(disks);
		deviceMap = Map.copyOf(deviceMap);
		target = target == null ? DEFAULT_TARGET : target;
		fstabDefault = fstabDefault == null ? FstabIdentifier.UUID : fstabDefault;
	}

	/** A request with the default target and UUID= fstab lines. */
	public static PlanRequest of(TargetDisk... disks) {
		return new PlanRequest(List.of(disks), Map.of(), null, null);
	}

	/** A real disk of the client and its size in bytes. */
	public record TargetDisk(String device, long sizeBytes) {
	}
}
