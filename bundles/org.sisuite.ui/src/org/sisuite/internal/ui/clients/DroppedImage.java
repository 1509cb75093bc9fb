package org.sisuite.internal.ui.clients;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.sisuite.model.Image;
import org.sisuite.model.ImageVersion;

/** What an image drop carries: one image (or one of its versions, meaning the image), else nothing. */
final class DroppedImage {

	private DroppedImage() {
	}

	/** The image a dragged selection stands for, or null if it is not exactly one image. */
	static Image of(Object data) {
		if (!(data instanceof IStructuredSelection selection) || selection.size() != 1) {
			return null;
		}
		Object element = selection.getFirstElement();
		if (element instanceof Image image) {
			return image;
		}
		return element instanceof ImageVersion version && version.eContainer() instanceof Image image ? image : null;
	}
}
