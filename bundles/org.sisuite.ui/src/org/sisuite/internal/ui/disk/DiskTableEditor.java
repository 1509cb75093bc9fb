package org.sisuite.internal.ui.disk;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.sisuite.internal.ui.UiStatus;
import org.sisuite.internal.ui.session.WorkbenchSession;
import org.sisuite.model.DiskTable;

/**
 * The disk table editor: a {@link DiskTableForm} over a {@link DiskTableDocument}. A thin 3.x
 * editor, because the compatibility layer gives editors the dirty marker, File &gt; Save and the
 * save prompt on close; the content is plain SWT/JFace classes. Edit &gt; Undo and Redo (and their
 * key bindings, Ctrl+Z for Undo) are the document's command stack while the editor is active.
 */
public final class DiskTableEditor extends EditorPart {

	/** The editor id, as declared in plugin.xml. */
	public static final String ID = "org.sisuite.ui.diskTableEditor";

	private DiskTableDocument document;
	private DiskTableForm form;
	private final UndoAction undo = new UndoAction(true);
	private final UndoAction redo = new UndoAction(false);

	/**
	 * Opens (or activates) the editor of a disk table of the session's site.
	 *
	 * @return the editor, or null if it could not be opened (the user was told)
	 */
	public static DiskTableEditor open(IWorkbenchPage page, WorkbenchSession session, DiskTable table) {
		try {
			return (DiskTableEditor) page.openEditor(new DiskTableEditorInput(session, table), ID, true);
		} catch (PartInitException e) {
			UiStatus.show(e);
			return null;
		}
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DiskTableEditorInput tableInput)) {
			throw new PartInitException("The disk table editor opens disk tables of the SIS site, not " + input);
		}
		setSite(site);
		setInput(input);
		document = new DiskTableDocument(tableInput.session(), tableInput.table());
		setPartName(document.name());
		setTitleToolTip(input.getToolTipText());
		IActionBars bars = site.getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.updateActionBars();
	}

	@Override
	public void createPartControl(Composite parent) {
		form = new DiskTableForm(parent, document);
		document.addListener((source, replaced) -> changed());
		changed();
	}

	private void changed() {
		if (form == null || form.control().isDisposed()) {
			return;
		}
		form.showNoMessage();
		form.refresh();
		setPartName(document.name());
		undo.update();
		redo.update();
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		IStatus status = document.save();
		if (!status.isOK()) {
			UiStatus.show(status);
		}
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException("a disk table is saved under its own name");
	}

	@Override
	public boolean isDirty() {
		return document != null && document.isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		form.control().setFocus();
	}

	@Override
	public void dispose() {
		if (document != null) {
			document.dispose();
		}
		super.dispose();
	}

	/** The working table's document, for tests. */
	public DiskTableDocument document() {
		return document;
	}

	/** The form, for tests. */
	public DiskTableForm form() {
		return form;
	}

	/** The Undo or Redo handler the editor gives the Edit menu. */
	public IAction undoAction(boolean undoNotRedo) {
		return undoNotRedo ? undo : redo;
	}

	/** Undo or redo on the document's command stack, labelled with the command. */
	private final class UndoAction extends Action {
		private final boolean undoNotRedo;

		UndoAction(boolean undoNotRedo) {
			this.undoNotRedo = undoNotRedo;
			setEnabled(false);
		}

		@Override
		public void run() {
			if (undoNotRedo && document.commandStack().canUndo()) {
				document.commandStack().undo();
			} else if (!undoNotRedo && document.commandStack().canRedo()) {
				document.commandStack().redo();
			}
		}

		void update() {
			var command = undoNotRedo ? document.commandStack().getUndoCommand() : document.commandStack().getRedoCommand();
			setEnabled(command != null);
			String label = command == null || command.getLabel() == null ? "" : " " + command.getLabel();
			setText((undoNotRedo ? "&Undo" : "&Redo") + label);
		}
	}
}
