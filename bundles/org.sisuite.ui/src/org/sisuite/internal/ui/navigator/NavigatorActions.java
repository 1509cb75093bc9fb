package org.sisuite.internal.ui.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.sisuite.core.session.ModelSession;
import org.sisuite.internal.ui.session.UndoRedoActions;

/**
 * What the navigator does to the site: open, rename, delete, undo and redo. Rename and delete are
 * EMF commands on the session's command stack, so Edit &gt; Undo reverts them, and the session's
 * auto-save writes them to the database. Undo and redo are the part's global action handlers for
 * the workbench's Edit menu.
 */
final class NavigatorActions {

	private final TreeViewer viewer;
	private final ModelSession session;
	private final CommandStackListener stackListener = event -> update();
	private Consumer<Object> openHook;

	private final UndoRedoActions undoRedo;
	final Action undo;
	final Action redo;

	final Action delete = new Action("&Delete") {
		@Override
		public void run() {
			delete(deletable());
		}
	};

	final Action rename = new Action("Re&name...") {
		@Override
		public void run() {
			EObject target = renameTarget();
			if (target == null) {
				return;
			}
			InputDialog dialog = new InputDialog(viewer.getControl().getShell(), "Rename",
					"New name of " + target.eClass().getName() + " '" + NameRules.currentName(target) + "':",
					NameRules.currentName(target), text -> NameRules.problem(target, text));
			if (dialog.open() == IDialogConstants.OK_ID) {
				rename(target, dialog.getValue());
			}
		}
	};

	NavigatorActions(TreeViewer viewer, ModelSession session, Consumer<Object> openHook) {
		this.viewer = viewer;
		this.session = session;
		this.undoRedo = new UndoRedoActions(session);
		this.undo = undoRedo.undo;
		this.redo = undoRedo.redo;
		this.openHook = openHook;
		delete.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
		delete.setActionDefinitionId(ActionFactory.DELETE.getCommandId());
		rename.setActionDefinitionId(ActionFactory.RENAME.getCommandId());
		session.commandStack().addCommandStackListener(stackListener);
		viewer.addSelectionChangedListener(event -> update());
		update();
	}

	void setOpenHook(Consumer<Object> openHook) {
		this.openHook = openHook;
	}

	/** Double-click: folders expand or collapse; every element goes to the open hook (editors, later). */
	void open(IStructuredSelection selection) {
		if (!(selection instanceof ITreeSelection treeSelection) || treeSelection.getPaths().length != 1) {
			return;
		}
		TreePath path = treeSelection.getPaths()[0];
		if (viewer.isExpandable(path)) {
			viewer.setExpandedState(path, !viewer.getExpandedState(path));
		}
		openHook.accept(path.getLastSegment());
	}

	/** Renames {@code element} with a command; false if the name is not acceptable. */
	boolean rename(EObject element, String name) {
		if (NameRules.nameFeature(element) == null || NameRules.problem(element, name) != null
				|| name.equals(NameRules.currentName(element))) {
			return false;
		}
		return session.execute(SetCommand.create(session.editingDomain(), element, NameRules.nameFeature(element), name));
	}

	/** Deletes the elements, and every reference to them, with one command. */
	boolean delete(List<EObject> elements) {
		if (elements.isEmpty()) {
			return false;
		}
		Command command = DeleteCommand.create(session.editingDomain(), elements);
		return session.execute(command);
	}

	void fillContextMenu(IMenuManager menu) {
		IStructuredSelection selection = viewer.getStructuredSelection();
		if (selection.size() == 1 && selection.getFirstElement() instanceof EObject element) {
			menu.add(new Action("&Open") {
				@Override
				public void run() {
					openHook.accept(element);
				}
			});
			menu.add(new Separator());
		}
		menu.add(rename);
		menu.add(delete);
		menu.add(new Separator());
		undoRedo.fill(menu);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	void hookGlobalHandlers(IActionBars bars) {
		undoRedo.hook(bars);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
		bars.updateActionBars();
	}

	/** Enables the actions for the selection and the command stack; labels undo and redo. */
	void update() {
		undoRedo.update();
		delete.setEnabled(!deletable().isEmpty());
		rename.setEnabled(renameTarget() != null);
	}

	void dispose() {
		session.commandStack().removeCommandStackListener(stackListener);
	}

	private List<EObject> deletable() {
		List<EObject> elements = new ArrayList<>();
		for (Object element : selection()) {
			if (element instanceof EObject object && object.eContainer() != null) {
				elements.add(object);
			}
		}
		return elements;
	}

	private EObject renameTarget() {
		List<?> selected = selection().toList();
		return selected.size() == 1 && selected.get(0) instanceof EObject object && NameRules.nameFeature(object) != null
				&& object.eContainer() != null ? object : null;
	}

	private IStructuredSelection selection() {
		return viewer.getStructuredSelection();
	}
}
