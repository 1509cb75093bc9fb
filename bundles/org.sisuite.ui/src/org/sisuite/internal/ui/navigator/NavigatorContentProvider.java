package org.sisuite.internal.ui.navigator;

import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * Content of the SIS navigator: its input is the array of {@link NavigatorCategory categories};
 * the site's objects appear under them once the model is connected.
 */
final class NavigatorContentProvider implements ITreeContentProvider {

	private static final Object[] NONE = new Object[0];

	@Override
	public Object[] getElements(Object input) {
		return input instanceof NavigatorCategory[] categories ? categories : NONE;
	}

	@Override
	public Object[] getChildren(Object parent) {
		return NONE;
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return false;
	}
}
