package org.sisuite.internal.ui.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.sisuite.internal.ui.navigator.SisNavigatorPart;

/**
 * The "Images" perspective: the SIS navigator on the left, editors in the middle, and the
 * Properties and Progress views below them.
 */
public final class ImagesPerspective implements IPerspectiveFactory {

	/** The perspective id, as declared in plugin.xml. */
	public static final String ID = "org.sisuite.ui.perspective.images";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(SisNavigatorPart.ID, IPageLayout.LEFT, 0.25f, editorArea);
		IFolderLayout bottom = layout.createFolder("org.sisuite.ui.perspective.images.bottom", IPageLayout.BOTTOM, 0.7f,
				editorArea);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
		layout.addShowViewShortcut(SisNavigatorPart.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
		layout.addShowViewShortcut("org.sisuite.ui.clients");
		layout.addPerspectiveShortcut("org.sisuite.ui.perspective.clients");
	}
}
