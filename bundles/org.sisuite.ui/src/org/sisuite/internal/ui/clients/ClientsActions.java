package org.sisuite.internal.ui.clients;

import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.sisuite.core.session.ModelSession;
import org.sisuite.internal.ui.session.UndoRedoActions;
import org.sisuite.model.Client;
import org.sisuite.model.Image;

/**
 * The Clients part's actions: New Range (context menu; the part has a button too), Assign Image (context
 * menu, the keyboard's way to what a drop does), and Undo/Redo as the view's handlers of the
 * workbench's Edit actions, so Ctrl+Z in the part reverts the last command of the shared session.
 */
final class ClientsActions {

	private static final String IMAGE_ICON = "platform:/plugin/org.sisuite.model.edit/icons/full/obj16/Image.gif";

	private final ClientsPart part;
	private final ModelSession session;
	private final CommandStackListener stackListener = event -> update();
	private LocalResourceManager icons;

	final Action newRange = new Action("New &Range...") {
		@Override
		public void run() {
			part.openRangeWizard(null);
		}
	};

	private final UndoRedoActions undoRedo;
	final Action undo;
	final Action redo;

	ClientsActions(ClientsPart part, ModelSession session) {
		this.part = part;
		this.session = session;
		this.undoRedo = new UndoRedoActions(session);
		this.undo = undoRedo.undo;
		this.redo = undoRedo.redo;
		newRange.setToolTipText("New client range with a live preview of names and addresses");
		session.commandStack().addCommandStackListener(stackListener);
		update();
	}

	void fillContextMenu(IMenuManager menu, List<Client> selected, List<Image> images) {
		menu.add(newRange);
		MenuManager assign = new MenuManager("Assign &Image");
		for (Image image : images) {
			Action action = new Action(image.getName()) {
				@Override
				public void run() {
					part.assign(null, selected, image);
				}
			};
			action.setEnabled(!selected.isEmpty());
			assign.add(action);
		}
		menu.add(assign);
		menu.add(new Separator());
		undoRedo.fill(menu);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	void hookGlobalHandlers(IActionBars bars) {
		undoRedo.hook(bars);
		bars.updateActionBars();
	}

	void update() {
		undoRedo.update();
		newRange.setEnabled(session.site() != null);
	}

	/** The model's image icon, created once for the control's lifetime. */
	org.eclipse.swt.graphics.Image imageIcon(Control owner) {
		if (icons == null) {
			icons = new LocalResourceManager(JFaceResources.getResources(), owner);
		}
		return icons.create(ImageDescriptor.createFromURLSupplier(true, () -> url(IMAGE_ICON)));
	}

	void dispose() {
		session.commandStack().removeCommandStackListener(stackListener);
	}

	private static java.net.URL url(String spec) {
		try {
			return new java.net.URL(spec);
		} catch (java.net.MalformedURLException e) {
			return null;
		}
	}
}
