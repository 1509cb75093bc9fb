package org.sisuite.internal.ui.disk;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.sisuite.core.disk.layout.TableLabels;
import org.sisuite.core.disk.validate.DiskProblem;
import org.sisuite.model.Disk;
import org.sisuite.model.Filesystem;
import org.sisuite.model.Partition;
import org.sisuite.model.RaidArray;
import org.sisuite.model.VolumeGroup;

/** The validator's problems of the table: severity, what it is about, the message and the rule. */
final class ProblemsViewer {

	private final TableViewer viewer;

	ProblemsViewer(Composite parent) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
		TableViewerColumn severity = new TableViewerColumn(viewer, SWT.LEFT);
		severity.getColumn().setText("Severity");
		severity.getColumn().setWidth(85);
		severity.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((DiskProblem) element).getSeverityName();
			}

			@Override
			public Image getImage(Object element) {
				int icon = switch (((DiskProblem) element).getSeverity()) {
				case IStatus.ERROR -> SWT.ICON_ERROR;
				case IStatus.WARNING -> SWT.ICON_WARNING;
				default -> SWT.ICON_INFORMATION;
				};
				return SmallIcons.get(viewer.getControl(), icon);
			}
		});
		column("Where", 110, p -> p.getObject() == null ? "" : TableLabels.describe(p.getObject()));
		column("Problem", 560, DiskProblem::getMessage);
		column("Rule", 110, DiskProblem::getRule);
	}

	TableViewer viewer() {
		return viewer;
	}

	void setInput(List<DiskProblem> problems) {
		viewer.setInput(problems);
	}

	@SuppressWarnings("unchecked")
	List<DiskProblem> problems() {
		return (List<DiskProblem>) viewer.getInput();
	}

	/** The partitions a problem is about: itself, the one under a file system, a RAID's members, a disk's. */
	static Set<Partition> partitionsOf(DiskProblem problem) {
		Set<Partition> partitions = new LinkedHashSet<>();
		EObject object = problem.getObject();
		switch (object) {
		case Partition p -> partitions.add(p);
		case Filesystem f when f.getDevice() instanceof Partition p -> partitions.add(p);
		case RaidArray a -> {
			partitions.addAll(a.getMembers());
			partitions.addAll(a.getSpares());
		}
		case VolumeGroup g -> g.getPhysicalVolumes().stream().filter(Partition.class::isInstance)
				.forEach(pv -> partitions.add((Partition) pv));
		case Disk d -> partitions.addAll(d.getPartitions());
		case null, default -> {
			// about the table, a logical volume or the boot loader: nothing on the bars
		}
		}
		return partitions;
	}

	private void column(String title, int width, java.util.function.Function<DiskProblem, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((DiskProblem) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return ((DiskProblem) element).getMessage();
			}
		});
	}
}
