package org.sisuite.internal.ui.navigator;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** Labels and icons of the SIS navigator. */
final class NavigatorLabelProvider extends LabelProvider {

	@Override
	public String getText(Object element) {
		return element instanceof NavigatorCategory category ? category.label() : super.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof NavigatorCategory) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
		}
		return null;
	}
}
