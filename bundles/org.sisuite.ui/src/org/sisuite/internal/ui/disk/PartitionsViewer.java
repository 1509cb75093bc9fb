package org.sisuite.internal.ui.disk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.sisuite.core.disk.layout.DiskSegments;
import org.sisuite.core.disk.layout.DiskSegments.Role;
import org.sisuite.core.disk.layout.Sizes;
import org.sisuite.core.disk.layout.TableLabels;
import org.sisuite.core.disk.layout.TableUsage;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Filesystem;
import org.sisuite.model.FilesystemType;
import org.sisuite.model.Partition;
import org.sisuite.model.PartitionFlag;
import org.sisuite.model.SizeUnit;

/**
 * The partitions of every disk of the table, one row each, edited in place: size (with its unit),
 * grow, flags, file system and mount point; a drag onto another row of the same disk moves the
 * partition there (renumbering the disk's partitions). Each edit is one command through
 * {@link DiskTableEdits}; a refused input goes to the error sink.
 */
final class PartitionsViewer {

	private static final String NO_FILESYSTEM = "—";

	private final TableViewer viewer;
	private final DiskTableEdits edits;
	private final Consumer<String> errors;
	private final Map<Role, Image> swatches = new EnumMap<>(Role.class);
	private TableUsage usage;
	private DiskTable currentTable;
	private Function<Partition, String> bytes = p -> "";

	PartitionsViewer(Composite parent, DiskTableEdits edits, Consumer<String> errors) {
		this.edits = edits;
		this.errors = errors;
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent event) {
				return event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
						|| event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.KEY_PRESSED
								&& event.keyCode == SWT.F2;
			}
		}, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		viewer.getControl().addDisposeListener(e -> swatches.values().forEach(Image::dispose));

		column("Partition", 90, p -> TableLabels.partitionName(p).replace("/dev/", ""), null);
		column("Role", 120, p -> SegmentColors.title(DiskSegments.roleOf(p, usage)), null);
		column("Size", 80, PartitionsViewer::sizeText, new TextEditing(viewer) {
			@Override
			void apply(Partition p, String text) {
				edits.setSize(p, text);
			}

			@Override
			String text(Partition p) {
				return p.getSize() == null ? "" : p.getSize().stripTrailingZeros().toPlainString();
			}
		});
		column("Unit", 60, p -> p.getUnit().getLiteral(), new ChoiceEditing<>(viewer,
				SizeUnit.VALUES.stream().map(SizeUnit::getLiteral).toList(), SizeUnit.VALUES, Partition::getUnit) {
			@Override
			void apply(Partition p, SizeUnit unit) {
				edits.setUnit(p, unit);
			}
		});
		column("Grow", 50, p -> p.isGrow() ? "yes" : "", new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new CheckboxCellEditor(viewer.getTable());
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return ((Partition) element).isGrow();
			}

			@Override
			protected void setValue(Object element, Object value) {
				edits.setGrow((Partition) element, Boolean.TRUE.equals(value));
			}
		});
		column("Actual", 90, p -> bytes.apply(p), null);
		column("Flags", 110, p -> String.join(", ", p.getFlags().stream().map(PartitionFlag::getLiteral).toList()),
				new TextEditing(viewer) {
					@Override
					void apply(Partition p, String text) {
						edits.setFlags(p, text);
					}

					@Override
					String text(Partition p) {
						return String.join(", ", p.getFlags().stream().map(PartitionFlag::getLiteral).toList());
					}
				});
		List<String> types = new ArrayList<>();
		types.add(NO_FILESYSTEM);
		FilesystemType.VALUES.forEach(t -> types.add(t.getLiteral()));
		List<FilesystemType> typeValues = new ArrayList<>();
		typeValues.add(null);
		typeValues.addAll(FilesystemType.VALUES);
		column("File system", 100, p -> {
			Filesystem f = DiskTableEdits.filesystemOn(p);
			return f == null ? NO_FILESYSTEM : f.getFsType().getLiteral();
		}, new ChoiceEditing<>(viewer, types, typeValues, p -> {
			Filesystem f = DiskTableEdits.filesystemOn(p);
			return f == null ? null : f.getFsType();
		}) {
			@Override
			void apply(Partition p, FilesystemType type) {
				edits.setFilesystemType(p, type);
			}
		});
		column("Mount point", 110, p -> {
			Filesystem f = DiskTableEdits.filesystemOn(p);
			return f == null || f.getMountPoint() == null ? "" : f.getMountPoint();
		}, new TextEditing(viewer) {
			@Override
			void apply(Partition p, String text) {
				edits.setMountPoint(p, text);
			}

			@Override
			String text(Partition p) {
				Filesystem f = DiskTableEdits.filesystemOn(p);
				return f == null || f.getMountPoint() == null ? "" : f.getMountPoint();
			}
		});
		column("Used by", 120, this::usedBy, null);
		addDragAndDrop();
		addContextMenu();
	}

	TableViewer viewer() {
		return viewer;
	}

	/** Shows the table's partitions, disk by disk, by number. */
	void setInput(DiskTable table, Function<Partition, String> actualSize) {
		this.currentTable = table;
		this.usage = TableUsage.of(table);
		this.bytes = actualSize;
		List<Partition> rows = new ArrayList<>();
		for (Disk disk : table.getDisks()) {
			List<Partition> partitions = new ArrayList<>(disk.getPartitions());
			partitions.sort(Comparator.comparingInt(Partition::getNumber));
			rows.addAll(partitions);
		}
		viewer.setInput(rows);
	}

	private static String sizeText(Partition p) {
		if (p.getSize() == null) {
			return p.isGrow() ? "rest" : "";
		}
		return p.getSize().stripTrailingZeros().toPlainString();
	}

	private String usedBy(Partition p) {
		List<String> users = new ArrayList<>();
		for (var user : usage.users(p)) {
			users.add(switch (user) {
			case org.sisuite.model.RaidArray array -> TableLabels.deviceName(array);
			case org.sisuite.model.VolumeGroup group -> "VG " + group.getName();
			case Filesystem f -> f.getMountPoint() != null ? f.getMountPoint() : f.getFsType().getLiteral();
			default -> user.eClass().getName();
			});
		}
		return String.join(", ", users);
	}

	private void column(String title, int width, Function<Partition, String> text, EditingSupport editing) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		boolean role = title.equals("Role");
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Partition) element);
			}

			@Override
			public Image getImage(Object element) {
				return role ? swatch(DiskSegments.roleOf((Partition) element, usage)) : null;
			}
		});
		if (editing != null) {
			column.setEditingSupport(editing);
		}
	}

	private Image swatch(Role role) {
		return swatches.computeIfAbsent(role, r -> {
			Image image = new Image(viewer.getControl().getDisplay(), 12, 12);
			GC gc = new GC(image);
			try {
				gc.setBackground(SegmentColors.fill(r));
				gc.fillRectangle(0, 0, 12, 12);
				gc.setForeground(viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
				gc.drawRectangle(0, 0, 11, 11);
			} finally {
				gc.dispose();
			}
			return image;
		});
	}

	/** Add Partition (to the selected row's disk, else the first) and Delete Partition. */
	private void addContextMenu() {
		org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager("#PartitionsMenu");
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> {
			Partition selected = viewer.getStructuredSelection().getFirstElement() instanceof Partition p ? p : null;
			Disk disk = selected != null ? selected.getDisk() : currentTable == null || currentTable.getDisks().isEmpty() ? null
					: currentTable.getDisks().get(0);
			if (disk != null) {
				manager.add(new org.eclipse.jface.action.Action("&Add Partition to " + TableLabels.diskName(disk)) {
					@Override
					public void run() {
						Partition added = edits.addPartition(disk);
						if (added != null) {
							viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(added), true);
						}
					}
				});
			}
			if (selected != null) {
				manager.add(new org.eclipse.jface.action.Action("&Delete " + TableLabels.partitionName(selected)) {
					@Override
					public void run() {
						edits.deletePartition(selected);
					}
				});
			}
		});
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	private void addDragAndDrop() {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
				event.doit = !viewer.getStructuredSelection().isEmpty();
			}
		});
		viewer.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(viewer) {
			@Override
			public boolean validateDrop(Object target, int operation, TransferData type) {
				Partition dragged = dragged();
				return dragged != null && target instanceof Partition p && p != dragged && p.getDisk() == dragged.getDisk();
			}

			@Override
			public boolean performDrop(Object data) {
				Partition dragged = dragged();
				if (dragged == null || !(getCurrentTarget() instanceof Partition target)) {
					return false;
				}
				return moveOnto(dragged, target);
			}

			private Partition dragged() {
				IStructuredSelection selection = (IStructuredSelection) LocalSelectionTransfer.getTransfer().getSelection();
				return selection != null && selection.getFirstElement() instanceof Partition p ? p : null;
			}
		});
	}

	/** What a drop of {@code dragged} on the row of {@code target} does: take target's place. */
	boolean moveOnto(Partition dragged, Partition target) {
		List<Partition> ordered = new ArrayList<>(target.getDisk().getPartitions());
		ordered.sort(Comparator.comparingInt(Partition::getNumber));
		return edits.move(dragged, ordered.indexOf(target));
	}

	/** A text cell; a refused input keeps the model as it was and says why. */
	private abstract class TextEditing extends EditingSupport {
		TextEditing(ColumnViewer viewer) {
			super(viewer);
		}

		abstract void apply(Partition p, String text);

		abstract String text(Partition p);

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new TextCellEditor(viewer.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return text((Partition) element);
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (value.equals(text((Partition) element))) {
				return;
			}
			try {
				apply((Partition) element, (String) value);
			} catch (IllegalArgumentException e) {
				errors.accept(e.getMessage());
			}
		}
	}

	/** A drop-down cell over fixed choices. */
	private abstract class ChoiceEditing<T> extends EditingSupport {
		private final List<String> labels;
		private final List<T> values;
		private final Function<Partition, T> current;

		ChoiceEditing(ColumnViewer viewer, List<String> labels, List<T> values, Function<Partition, T> current) {
			super(viewer);
			this.labels = labels;
			this.values = values;
			this.current = current;
		}

		abstract void apply(Partition p, T value);

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new ComboBoxCellEditor(viewer.getTable(), labels.toArray(String[]::new), SWT.READ_ONLY);
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return Math.max(0, values.indexOf(current.apply((Partition) element)));
		}

		@Override
		protected void setValue(Object element, Object value) {
			int index = (Integer) value;
			if (index >= 0 && index < values.size() && values.get(index) != current.apply((Partition) element)) {
				apply((Partition) element, values.get(index));
			}
		}
	}

	static String human(Long bytes) {
		return bytes == null ? "" : Sizes.human(bytes);
	}
}
