package org.sisuite.internal.ui.clients;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.sisuite.internal.ui.navigator.SisNavigatorPart;

/**
 * The "Clients" perspective: the SIS navigator on the left, the Clients part filling the rest,
 * the Properties and Progress views below it. The editor area is hidden (the part is the work
 * area here); editors opened from the navigator show it again.
 */
public final class ClientsPerspective implements IPerspectiveFactory {

	/** The perspective id, as declared in plugin.xml. */
	public static final String ID = "org.sisuite.ui.perspective.clients";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		layout.addView(SisNavigatorPart.ID, IPageLayout.LEFT, 0.2f, editorArea);
		layout.addView(ClientsPart.ID, IPageLayout.TOP, 0.75f, editorArea);
		IFolderLayout bottom = layout.createFolder("org.sisuite.ui.perspective.clients.bottom", IPageLayout.BOTTOM, 0.75f,
				ClientsPart.ID);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
		layout.addShowViewShortcut(ClientsPart.ID);
		layout.addShowViewShortcut(SisNavigatorPart.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addPerspectiveShortcut("org.sisuite.ui.perspective.images");
	}
}
