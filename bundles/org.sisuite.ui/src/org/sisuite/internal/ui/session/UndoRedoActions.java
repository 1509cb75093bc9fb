package org.sisuite.internal.ui.session;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.sisuite.core.session.ModelSession;

/**
 * Undo and redo over a model session's command stack, labelled with the command they would undo
 * or redo: a part's context menu entries and its handlers of Edit &gt; Undo and Redo.
 */
public final class UndoRedoActions {

	private final ModelSession session;

	public final Action undo = new Action("&Undo") {
		@Override
		public void run() {
			if (session.canUndo()) {
				session.undo();
			}
		}
	};

	public final Action redo = new Action("&Redo") {
		@Override
		public void run() {
			if (session.canRedo()) {
				session.redo();
			}
		}
	};

	public UndoRedoActions(ModelSession session) {
		this.session = session;
	}

	/** Enables the actions for the command stack and names the commands they would run. */
	public void update() {
		undo.setEnabled(session.canUndo());
		undo.setText(session.canUndo() ? "&Undo " + session.commandStack().getUndoCommand().getLabel() : "&Undo");
		redo.setEnabled(session.canRedo());
		redo.setText(session.canRedo() ? "&Redo " + session.commandStack().getRedoCommand().getLabel() : "&Redo");
	}

	/** Makes them the handlers of the workbench's Undo and Redo while the part of {@code bars} is active. */
	public void hook(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
	}

	/** Adds them to a context menu. */
	public void fill(IMenuManager menu) {
		menu.add(undo);
		menu.add(redo);
	}
}
