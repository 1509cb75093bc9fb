package org.sisuite.internal.ui.navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.jface.viewers.ITreeSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.sisuite.model.Client;
import org.sisuite.model.ImageVersion;
import org.sisuite.model.NamedElement;

/**
 * Keeps the navigator's expanded folders and selection across a reload, which replaces every
 * model object by a new one: paths are remembered as keys (kind and name) and found again in the
 * new tree.
 */
final class ExpansionMemory {

	private ExpansionMemory() {
	}

	/** The expanded paths of the viewer, as keys. */
	static List<List<String>> remember(TreeViewer viewer) {
		return keys(viewer.getExpandedTreePaths());
	}

	/** The selected paths of the viewer, as keys. */
	static List<List<String>> rememberSelection(TreeViewer viewer) {
		return viewer.getStructuredSelection() instanceof ITreeSelection selection ? keys(selection.getPaths())
				: List.of();
	}

	private static List<List<String>> keys(TreePath[] paths) {
		List<List<String>> expanded = new ArrayList<>();
		for (TreePath path : paths) {
			List<String> keys = new ArrayList<>();
			for (int i = 0; i < path.getSegmentCount(); i++) {
				keys.add(key(path.getSegment(i)));
			}
			expanded.add(keys);
		}
		return expanded;
	}

	/** Expands, parents first, every remembered path that still exists in {@code tree}. */
	static void restore(TreeViewer viewer, NavigatorTree tree, List<List<String>> expanded) {
		List<List<String>> parentsFirst = new ArrayList<>(expanded);
		parentsFirst.sort(Comparator.comparingInt(List::size));
		for (List<String> keys : parentsFirst) {
			TreePath path = resolve(tree, keys);
			if (path != null) {
				viewer.setExpandedState(path, true);
			}
		}
	}

	/** Selects the remembered paths that still exist in {@code tree}; selects nothing if none does. */
	static void restoreSelection(TreeViewer viewer, NavigatorTree tree, List<List<String>> selected) {
		List<TreePath> paths = new ArrayList<>();
		for (List<String> keys : selected) {
			TreePath path = resolve(tree, keys);
			if (path != null) {
				paths.add(path);
			}
		}
		if (!paths.isEmpty()) {
			viewer.setSelection(new TreeSelection(paths.toArray(TreePath[]::new)), false);
		}
	}

	private static TreePath resolve(NavigatorTree tree, List<String> keys) {
		List<Object> segments = new ArrayList<>();
		Object parent = tree;
		for (String key : keys) {
			Object match = null;
			for (Object child : tree.children(parent)) {
				if (key.equals(key(child))) {
					match = child;
					break;
				}
			}
			if (match == null) {
				return null;
			}
			segments.add(match);
			parent = match;
		}
		return new TreePath(segments.toArray());
	}

	/** What identifies an element across reloads: its kind and name. */
	static String key(Object element) {
		if (element instanceof NavigatorCategory category) {
			return "category:" + category.name();
		}
		if (element instanceof NamedElement named) {
			return named.eClass().getName() + ":" + named.getName();
		}
		if (element instanceof ImageVersion version) {
			return "ImageVersion:" + version.getNumber();
		}
		if (element instanceof Client client) {
			return "Client:" + client.getHostname();
		}
		return Objects.toString(element);
	}
}
