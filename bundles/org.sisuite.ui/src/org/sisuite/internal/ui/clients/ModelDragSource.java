package org.sisuite.internal.ui.clients;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;

/**
 * Lets the model objects selected in a viewer be dragged within the workbench, as JFace's
 * {@link LocalSelectionTransfer} (the selection itself, no serialization): the navigator's and
 * the Clients part's images are dropped on clients and ranges this way.
 */
public final class ModelDragSource extends DragSourceAdapter {

	private final StructuredViewer viewer;

	private ModelDragSource(StructuredViewer viewer) {
		this.viewer = viewer;
	}

	/** Makes the viewer's selection draggable. */
	public static void install(StructuredViewer viewer) {
		viewer.addDragSupport(DND.DROP_COPY | DND.DROP_LINK, new Transfer[] { LocalSelectionTransfer.getTransfer() },
				new ModelDragSource(viewer));
	}

	@Override
	public void dragStart(DragSourceEvent event) {
		IStructuredSelection selection = viewer.getStructuredSelection();
		event.doit = !selection.isEmpty();
		LocalSelectionTransfer.getTransfer().setSelection(selection);
		LocalSelectionTransfer.getTransfer().setSelectionSetTime(event.time & 0xFFFFFFFFL);
	}

	@Override
	public void dragSetData(DragSourceEvent event) {
		event.data = LocalSelectionTransfer.getTransfer().getSelection();
	}

	@Override
	public void dragFinished(DragSourceEvent event) {
		LocalSelectionTransfer.getTransfer().setSelection(null);
	}
}
