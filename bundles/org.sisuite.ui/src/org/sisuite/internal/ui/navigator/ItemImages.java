package org.sisuite.internal.ui.navigator;

import java.net.MalformedURLException;
import java.net.URL;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * Turns the images EMF item providers return (URLs of their icons, composed images) into SWT
 * images, created once and disposed with the control that shows them. The small stand-in for
 * EMF's ExtendedImageRegistry, which lives in org.eclipse.emf.edit.ui (not on Maven Central).
 */
final class ItemImages {

	private final ResourceManager resources;

	ItemImages(Control owner) {
		resources = new LocalResourceManager(JFaceResources.getResources(), owner);
	}

	/** The SWT image of an item provider's image, or null if it has none. */
	Image get(Object itemImage) {
		ImageDescriptor descriptor = descriptor(itemImage);
		return descriptor == null ? null : resources.create(descriptor);
	}

	static ImageDescriptor descriptor(Object itemImage) {
		if (itemImage instanceof ImageDescriptor descriptor) {
			return descriptor;
		}
		if (itemImage instanceof URL url) {
			return ImageDescriptor.createFromURL(url);
		}
		if (itemImage instanceof URI uri) {
			try {
				return ImageDescriptor.createFromURL(new URL(uri.toString()));
			} catch (MalformedURLException e) {
				return ImageDescriptor.getMissingImageDescriptor();
			}
		}
		if (itemImage instanceof ComposedImage composed && !composed.getImages().isEmpty()) {
			// the base image; overlays (e.g. "controlled") are not used by the SIS model
			return descriptor(composed.getImages().get(0));
		}
		return null;
	}
}
