package org.sisuite.internal.ui.disk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.disk.layout.DiskSegments;
import org.sisuite.core.disk.layout.TableUsage;
import org.sisuite.core.disk.plan.DiskPlan;
import org.sisuite.core.disk.plan.DiskPlan.FstabEntry;
import org.sisuite.core.disk.plan.DiskPlanner;
import org.sisuite.core.disk.plan.PlanRequest;
import org.sisuite.core.disk.plan.PlanRequest.TargetDisk;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;

/**
 * The target's /etc/fstab as the engine's planner writes it, for disks of the sizes the bars show
 * (recorded, else nominal). File systems named by UUID get theirs from blkid at installation, so
 * the preview shows {@code UUID=<device>} there.
 */
final class FstabPreview {

	private FstabPreview() {
	}

	/** The fstab text, or a line saying why there is none (the table has errors). */
	static String of(DiskTable table) {
		List<TargetDisk> disks = new ArrayList<>();
		TableUsage usage = TableUsage.of(table);
		int index = 0;
		for (Disk disk : table.getDisks()) {
			String device = disk.getDevice() != null && !disk.getDevice().isBlank() ? disk.getDevice().trim()
					: "/dev/sd" + (char) ('a' + index);
			disks.add(new TargetDisk(device, DiskSegments.of(disk, usage).diskBytes()));
			index++;
		}
		DiskPlan plan;
		try {
			plan = DiskPlanner.plan(table, new PlanRequest(disks, Map.of(), null, null));
		} catch (CoreException e) {
			return "# no fstab until the table's errors are fixed:\n# " + e.getStatus().getMessage();
		} catch (RuntimeException e) {
			return "# no fstab: " + e;
		}
		return render(plan.fstab());
	}

	static String render(List<FstabEntry> entries) {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "# <file system>", "<mount point>", "<type>", "<options>", "<dump>", "<pass>" });
		for (FstabEntry entry : entries) {
			String spec = entry.spec() != null ? entry.spec() : "UUID=<" + entry.device() + ">";
			rows.add(new String[] { spec, entry.mountPoint(), entry.fsType(), entry.options(),
					Integer.toString(entry.dump()), Integer.toString(entry.pass()) });
		}
		int[] widths = new int[6];
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		StringBuilder text = new StringBuilder();
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.length; i++) {
				line.append(row[i]);
				if (i < row.length - 1) {
					line.append(" ".repeat(widths[i] - row[i].length() + 2));
				}
			}
			text.append(line.toString().stripTrailing()).append('\n');
		}
		return text.toString();
	}
}
