package org.sisuite.internal.ui;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * The action bars of an e4 POJO part's 3.x view (its e4view wrapper): where the part installs its
 * global action handlers (Edit &gt; Undo, Redo, Delete, Rename) while it is active.
 */
public final class ViewActionBars {

	private ViewActionBars() {
	}

	/**
	 * The action bars of the view {@code viewId} in the window's active page, or null while the view
	 * is not (yet) there.
	 *
	 * @param window the part's window, or null for the workbench's active window
	 */
	public static IActionBars find(IWorkbenchWindow window, String viewId) {
		IWorkbenchWindow workbenchWindow = window != null ? window : PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = workbenchWindow == null ? null : workbenchWindow.getActivePage();
		IViewPart view = page == null ? null : page.findView(viewId);
		return view == null ? null : view.getViewSite().getActionBars();
	}
}
