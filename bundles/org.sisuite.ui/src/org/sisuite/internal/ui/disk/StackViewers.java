package org.sisuite.internal.ui.disk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.sisuite.core.disk.layout.DeviceSizes;
import org.sisuite.core.disk.layout.Sizes;
import org.sisuite.core.disk.layout.TableLabels;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Filesystem;
import org.sisuite.model.LogicalVolume;
import org.sisuite.model.RaidArray;
import org.sisuite.model.RaidLevel;
import org.sisuite.model.SisPackage.Literals;
import org.sisuite.model.VolumeGroup;

/**
 * The table's stacks: md RAID arrays (level edited in place) and LVM volume groups with their
 * logical volumes (size and mount point edited in place). Sizes are the engine's estimates for
 * the disk sizes the bars use.
 */
final class StackViewers {

	private final TableViewer raid;
	private final TreeViewer lvm;
	private final DiskTableEdits edits;
	private final Consumer<String> errors;
	private DeviceSizes sizes;

	StackViewers(Composite raidParent, Composite lvmParent, DiskTableEdits edits, Consumer<String> errors) {
		this.edits = edits;
		this.errors = errors;
		raid = new TableViewer(raidParent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		raid.getTable().setHeaderVisible(true);
		raid.getTable().setLinesVisible(true);
		raid.setContentProvider(ArrayContentProvider.getInstance());
		raidColumn("Array", 80, a -> TableLabels.deviceName(a).replace("/dev/", ""), null);
		raidColumn("Level", 70, a -> a.getLevel().getLiteral(), new EditingSupport(raid) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new ComboBoxCellEditor(raid.getTable(),
						RaidLevel.VALUES.stream().map(RaidLevel::getLiteral).toArray(String[]::new), SWT.READ_ONLY);
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return RaidLevel.VALUES.indexOf(((RaidArray) element).getLevel());
			}

			@Override
			protected void setValue(Object element, Object value) {
				int index = (Integer) value;
				if (index >= 0 && RaidLevel.VALUES.get(index) != ((RaidArray) element).getLevel()) {
					edits.set((RaidArray) element, Literals.RAID_ARRAY__LEVEL, RaidLevel.VALUES.get(index));
				}
			}
		});
		raidColumn("Members", 120, a -> names(a.getMembers()), null);
		raidColumn("Spares", 70, a -> names(a.getSpares()), null);
		raidColumn("Size", 95, a -> human(sizes.bytes(a), sizes.isEstimate(a)), null);
		raidColumn("Holds", 110, StackViewers::holds, null);

		lvm = new TreeViewer(lvmParent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		lvm.getTree().setHeaderVisible(true);
		lvm.getTree().setLinesVisible(true);
		lvm.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return parent instanceof VolumeGroup g ? g.getLogicalVolumes().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return element instanceof LogicalVolume v ? v.getVolumeGroup() : null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof VolumeGroup g && !g.getLogicalVolumes().isEmpty();
			}
		});
		lvmColumn("Volume", 160, o -> o instanceof VolumeGroup g ? g.getName() + " (on " + names(g.getPhysicalVolumes()) + ")"
				: ((LogicalVolume) o).getName(), null);
		lvmColumn("Size", 100, o -> o instanceof LogicalVolume v ? sizeText(v) : human(sizes.volumeGroupBytes((VolumeGroup) o),
				sizes.isEstimate((VolumeGroup) o)), new LvText() {
					@Override
					String text(LogicalVolume v) {
						return v.getSize() == null ? "" : v.getSize().stripTrailingZeros().toPlainString() + " " + v.getUnit().getLiteral();
					}

					@Override
					void apply(LogicalVolume v, String text) {
						edits.setSize(v, text);
					}
				});
		lvmColumn("Actual", 90, o -> o instanceof LogicalVolume v ? human(sizes.bytes(v), sizes.isEstimate(v)) : "", null);
		lvmColumn("File system", 85, o -> {
			Filesystem f = o instanceof LogicalVolume v ? DiskTableEdits.filesystemOn(v) : null;
			return f == null ? "" : f.getFsType().getLiteral();
		}, null);
		lvmColumn("Mount point", 100, o -> {
			Filesystem f = o instanceof LogicalVolume v ? DiskTableEdits.filesystemOn(v) : null;
			return f == null || f.getMountPoint() == null ? "" : f.getMountPoint();
		}, new LvText() {
			@Override
			String text(LogicalVolume v) {
				Filesystem f = DiskTableEdits.filesystemOn(v);
				return f == null || f.getMountPoint() == null ? "" : f.getMountPoint();
			}

			@Override
			void apply(LogicalVolume v, String text) {
				edits.setMountPoint(v, text);
			}
		});
	}

	TableViewer raid() {
		return raid;
	}

	TreeViewer lvm() {
		return lvm;
	}

	void setInput(DiskTable table, DeviceSizes sizes) {
		this.sizes = sizes;
		raid.setInput(new ArrayList<>(table.getRaidArrays()));
		lvm.setInput(new ArrayList<>(table.getVolumeGroups()));
		lvm.expandAll();
	}

	private static String sizeText(LogicalVolume v) {
		String size = v.getSize() == null ? "" : v.getSize().stripTrailingZeros().toPlainString() + " " + v.getUnit().getLiteral();
		return v.isGrow() ? (size.isEmpty() ? "rest" : size + " + rest") : size;
	}

	private static String names(List<?> devices) {
		return String.join(", ", devices.stream().map(d -> TableLabels.deviceName((org.eclipse.emf.ecore.EObject) d).replace("/dev/", "")).toList());
	}

	private static String holds(RaidArray array) {
		DiskTable table = (DiskTable) array.eContainer();
		for (VolumeGroup group : table.getVolumeGroups()) {
			if (group.getPhysicalVolumes().contains(array)) {
				return "VG " + group.getName();
			}
		}
		Filesystem f = DiskTableEdits.filesystemOn(array);
		return f == null ? "" : f.getMountPoint() != null ? f.getMountPoint() + " (" + f.getFsType().getLiteral() + ")" : f.getFsType().getLiteral();
	}

	private static String human(Long bytes, boolean estimate) {
		return bytes == null ? "" : (estimate ? "≈ " : "") + Sizes.human(bytes);
	}

	private void raidColumn(String title, int width, Function<RaidArray, String> text, EditingSupport editing) {
		TableViewerColumn column = new TableViewerColumn(raid, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> text.apply((RaidArray) e)));
		if (editing != null) {
			column.setEditingSupport(editing);
		}
	}

	private void lvmColumn(String title, int width, Function<Object, String> text, EditingSupport editing) {
		TreeViewerColumn column = new TreeViewerColumn(lvm, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(text));
		if (editing != null) {
			column.setEditingSupport(editing);
		}
	}

	/** A text cell of a logical volume. */
	private abstract class LvText extends EditingSupport {
		LvText() {
			super(lvm);
		}

		abstract String text(LogicalVolume v);

		abstract void apply(LogicalVolume v, String text);

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new TextCellEditor(lvm.getTree());
		}

		@Override
		protected boolean canEdit(Object element) {
			return element instanceof LogicalVolume;
		}

		@Override
		protected Object getValue(Object element) {
			return text((LogicalVolume) element);
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (value.equals(text((LogicalVolume) element))) {
				return;
			}
			try {
				apply((LogicalVolume) element, (String) value);
			} catch (IllegalArgumentException e) {
				errors.accept(e.getMessage());
			}
		}
	}
}
