package org.sisuite.internal.cli;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;
import org.sisuite.core.disk.layout.Sizes;
import org.sisuite.core.disk.plan.PlanRequest.TargetDisk;

/** Reads the {@code --disk DEVICE=SIZE} options of the commands that plan disks. */
final class TargetDiskOptions {

	private TargetDiskOptions() {
	}

	/** The disks named by {@code --disk} options, in their order; bad input for a malformed one. */
	static List<TargetDisk> parse(List<String> options) throws CoreException {
		List<TargetDisk> targets = new ArrayList<>();
		for (String disk : options) {
			int equals = disk.lastIndexOf('=');
			if (equals <= 0) {
				throw new CoreException(Statuses.badInput("--disk " + disk + ": give the disk and its size, e.g. /dev/sda=500G"));
			}
			try {
				targets.add(new TargetDisk(disk.substring(0, equals), Sizes.parse(disk.substring(equals + 1))));
			} catch (IllegalArgumentException e) {
				throw new CoreException(Statuses.badInput("--disk " + disk + ": " + e.getMessage()));
			}
		}
		return targets;
	}
}
