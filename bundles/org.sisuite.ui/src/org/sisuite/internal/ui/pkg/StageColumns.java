package org.sisuite.internal.ui.pkg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.sisuite.model.PackageList;
import org.sisuite.model.PackageRequest;
import org.sisuite.model.Stage;

/**
 * The stages of a package list side by side, one column each (by their order), each a list of its
 * package requests. Requests are dragged from one column to another; the drop is handed to
 * {@code onMove} (which executes the EMF command).
 */
final class StageColumns {

	/** Moves requests to a stage, before an index (-1: at the end). */
	interface MoveHandler {
		void move(List<PackageRequest> requests, Stage target, int index);
	}

	private final ScrolledComposite scroller;
	private final Composite row;
	private final MoveHandler onMove;
	private final BiConsumer<Stage, IStructuredSelection> onSelect;
	private final Map<Stage, TableViewer> viewers = new LinkedHashMap<>();

	StageColumns(Composite parent, MoveHandler onMove, BiConsumer<Stage, IStructuredSelection> onSelect) {
		this.onMove = onMove;
		this.onSelect = onSelect;
		scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
		row = new Composite(scroller, SWT.NONE);
		scroller.setContent(row);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
	}

	Control control() {
		return scroller;
	}

	/** The stages, in their order. */
	static List<Stage> ordered(PackageList list) {
		List<Stage> stages = new ArrayList<>(list.getStages());
		stages.sort(Comparator.comparingInt(Stage::getOrder));
		return stages;
	}

	/** Shows the list's stages; recreates the columns when the stages changed, else refreshes them. */
	void show(PackageList list) {
		List<Stage> stages = list == null ? List.of() : ordered(list);
		if (!stages.equals(new ArrayList<>(viewers.keySet()))) {
			for (Control child : row.getChildren()) {
				child.dispose();
			}
			viewers.clear();
			GridLayoutFactory.fillDefaults().numColumns(Math.max(1, stages.size())).equalWidth(true).margins(4, 4).applyTo(row);
			for (Stage stage : stages) {
				viewers.put(stage, column(stage));
			}
		}
		viewers.forEach((stage, viewer) -> {
			viewer.getTable().getParent().setData("stage", stage);
			((Group) viewer.getTable().getParent()).setText(title(stage));
			viewer.setInput(stage.getRequests().toArray());
		});
		row.layout(true, true);
		scroller.setMinSize(row.computeSize(Math.max(200, stages.size() * 180), SWT.DEFAULT));
	}

	private static String title(Stage stage) {
		String flags = stage.getInstallFlags() == null || stage.getInstallFlags().isBlank() ? "" : " [" + stage.getInstallFlags() + "]";
		return stage.getOrder() + ". " + stage.getName() + " (" + stage.getRequests().size() + ")" + flags;
	}

	private TableViewer column(Stage stage) {
		Group group = new Group(row, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, true).hint(170, 240).applyTo(group);
		TableViewer viewer = new TableViewer(group, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof PackageRequest request ? PackageListEdits.label(request) : String.valueOf(element);
			}
		});
		viewer.addSelectionChangedListener(event -> onSelect.accept(stage, viewer.getStructuredSelection()));
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
				event.doit = !viewer.getStructuredSelection().isEmpty();
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(null);
			}
		});
		viewer.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(viewer) {
			@Override
			public boolean validateDrop(Object target, int operation, TransferData type) {
				return LocalSelectionTransfer.getTransfer().isSupportedType(type);
			}

			@Override
			public boolean performDrop(Object data) {
				List<PackageRequest> requests = requests(LocalSelectionTransfer.getTransfer().getSelection());
				int index = getCurrentTarget() instanceof PackageRequest before ? stage.getRequests().indexOf(before) : -1;
				if (index >= 0 && getCurrentLocation() == LOCATION_AFTER) {
					index++;
				}
				onMove.move(requests, stage, index);
				return !requests.isEmpty();
			}
		});
		return viewer;
	}

	static List<PackageRequest> requests(Object selection) {
		List<PackageRequest> requests = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured.toList()) {
				if (element instanceof PackageRequest request) {
					requests.add(request);
				}
			}
		}
		return requests;
	}

	/** The column of a stage, for tests. */
	TableViewer viewer(String stageName) {
		return viewers.entrySet().stream().filter(e -> stageName.equals(e.getKey().getName())).map(Map.Entry::getValue)
				.findFirst().orElse(null);
	}
}
