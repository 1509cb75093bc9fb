package org.sisuite.internal.ui.navigator;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ILazyTreePathContentProvider;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.sisuite.model.Client;

/**
 * Lazy content of the SIS navigator (a {@code SWT.VIRTUAL} tree): the viewer asks only for the
 * items it shows, so a group of 100,000 clients costs one count and the visible rows. Paths rather
 * than elements, because a client in several groups appears under each. The input is the
 * {@link NavigatorTree} of the last load; the content is the current tree.
 */
final class NavigatorContentProvider implements ILazyTreePathContentProvider {

	private final Supplier<NavigatorTree> current;
	private TreeViewer viewer;

	/**
	 * @param current the tree of the site as it is now: after an edit the part rebuilds it and
	 *                refreshes the viewer without a new input, which keeps expansion and selection
	 */
	NavigatorContentProvider(Supplier<NavigatorTree> current) {
		this.current = current;
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = (TreeViewer) newViewer;
	}

	@Override
	public void updateElement(TreePath parentPath, int index) {
		NavigatorTree tree = current.get();
		List<?> children = tree.children(parentOf(tree, parentPath));
		if (index >= children.size()) {
			return;
		}
		Object child = children.get(index);
		viewer.replace(parentPath, index, child);
		if (!(child instanceof Client)) {
			// clients are leaves: skipping them keeps a group of 100,000 from costing a selection
			// round trip (setHasChildren preserves the selection) per row
			viewer.setHasChildren(parentPath.createChildPath(child), tree.hasChildren(child));
		}
	}

	@Override
	public void updateChildCount(TreePath treePath, int currentChildCount) {
		NavigatorTree tree = current.get();
		int count = tree.children(parentOf(tree, treePath)).size();
		if (count != currentChildCount) {
			viewer.setChildCount(treePath, count);
		}
	}

	@Override
	public void updateHasChildren(TreePath path) {
		NavigatorTree tree = current.get();
		viewer.setHasChildren(path, tree.hasChildren(parentOf(tree, path)));
	}

	@Override
	public TreePath[] getParents(Object element) {
		return current.get().parentPaths(element).toArray(TreePath[]::new);
	}

	private static Object parentOf(NavigatorTree tree, TreePath path) {
		return path.getSegmentCount() == 0 ? tree : path.getLastSegment();
	}
}
