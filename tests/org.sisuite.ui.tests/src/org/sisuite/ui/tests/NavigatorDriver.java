package org.sisuite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.IPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.sisuite.internal.ui.navigator.SisNavigatorPart;

/**
 * Drives the SIS navigator as a user would, with plain SWT: expands and selects tree items by
 * their labels, and waits for the workbench by running its event loop until a condition holds.
 */
final class NavigatorDriver {

	/** How long to wait for the workbench to catch up, generously (CI machines have 2 cores). */
	static final long TIMEOUT_MILLIS = 120_000;

	final IWorkbenchWindow window;
	final IWorkbenchPage page;
	final SisNavigatorPart navigator;
	final Tree tree;

	private NavigatorDriver(IWorkbenchWindow window, SisNavigatorPart navigator) {
		this.window = window;
		this.page = window.getActivePage();
		this.navigator = navigator;
		this.tree = navigator.getViewer().getTree();
	}

	static NavigatorDriver find() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "no workbench window is open");
		MPart part = window.getService(EPartService.class).findPart(SisNavigatorPart.ID);
		assertNotNull(part, "the navigator has no e4 part");
		return new NavigatorDriver(window, (SisNavigatorPart) part.getObject());
	}

	/** The navigator's 3.x view (the e4view wrapper), which owns its action bars. */
	IViewPart view() {
		IViewPart view = page.findView(SisNavigatorPart.ID);
		assertNotNull(view, "the SIS navigator is not open");
		return view;
	}

	void activate() {
		page.activate(view());
		dispatchPending();
	}

	/** Waits until the navigator shows the database as it is now (no load or save pending). */
	void waitForSync(TestSite site) {
		waitUntil(() -> {
			try {
				return !navigator.session().isBusy() && navigator.session().model().site() != null
						&& navigator.session().model().baseRevision() == site.sites.revision();
			} catch (CoreException e) {
				throw new IllegalStateException(e);
			}
		}, "the navigator to show the database's latest revision");
	}

	List<String> rootLabels() {
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < tree.getItemCount(); i++) {
			labels.add(tree.getItem(i).getText());
		}
		return labels;
	}

	/**
	 * The item at a path of labels from a root, expanding each parent as a click on its arrow does;
	 * waits until the whole path is there. Looked up again from the root on every try, because a
	 * reload of the site replaces the tree's items.
	 */
	TreeItem item(String... labels) {
		TreeItem[] found = new TreeItem[1];
		String path = String.join(" > ", labels);
		waitUntil(() -> {
			found[0] = resolve(labels);
			return found[0] != null;
		}, "'" + path + "' in the navigator");
		return found[0];
	}

	private TreeItem resolve(String... labels) {
		try {
			TreeItem item = rootOrNull(labels[0]);
			for (int i = 1; i < labels.length && item != null; i++) {
				expand(item);
				item = findChild(item, labels[i]);
			}
			return item;
		} catch (SWTException e) {
			return null; // an item went away in a reload; look again
		}
	}

	private TreeItem rootOrNull(String label) {
		for (int i = 0; i < tree.getItemCount(); i++) {
			if (label.equals(tree.getItem(i).getText())) {
				return tree.getItem(i);
			}
		}
		return null;
	}

	/** The direct child labelled {@code label} among the first thousand, or null. */
	TreeItem findChild(TreeItem parent, String label) {
		int count = Math.min(parent.getItemCount(), 1000);
		for (int i = 0; i < count; i++) {
			TreeItem item = parent.getItem(i);
			if (label.equals(item.getText())) {
				return item;
			}
		}
		return null;
	}

	List<String> childLabels(TreeItem parent, int max) {
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < Math.min(max, parent.getItemCount()); i++) {
			labels.add(parent.getItem(i).getText());
		}
		return labels;
	}

	void expand(TreeItem item) {
		if (!item.getExpanded()) {
			Event event = new Event();
			event.item = item;
			tree.notifyListeners(SWT.Expand, event);
			item.setExpanded(true);
			dispatchPending();
		}
	}

	/** Selects as a click does: the navigator becomes the active part, so the Properties view follows it. */
	void select(TreeItem item) {
		if (page.getActivePart() != view()) {
			activate();
		}
		// a Properties view under another view of its stack does not follow the selection
		IViewPart sheet = page.findView(IPageLayout.ID_PROP_SHEET);
		if (sheet != null && !page.isPartVisible(sheet)) {
			page.bringToTop(sheet);
		}
		tree.setSelection(item);
		Event event = new Event();
		event.item = item;
		tree.notifyListeners(SWT.Selection, event);
		dispatchPending();
	}

	void doubleClick(TreeItem item) {
		select(item);
		Event event = new Event();
		event.item = item;
		tree.notifyListeners(SWT.DefaultSelection, event);
		dispatchPending();
	}

	/** The rows of the Properties view: property name to value text. */
	Map<String, String> properties() {
		PropertySheet sheet = (PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET);
		assertNotNull(sheet, "the Properties view is not open");
		IPage current = sheet.getCurrentPage();
		Map<String, String> rows = new LinkedHashMap<>();
		Control control = current == null ? null : current.getControl();
		if (control instanceof Tree properties) {
			collect(properties.getItems(), rows);
		}
		return rows;
	}

	private static void collect(TreeItem[] items, Map<String, String> rows) {
		for (TreeItem item : items) {
			rows.putIfAbsent(item.getText(0), item.getText(1));
			collect(item.getItems(), rows);
		}
	}

	/** Runs the event loop until {@code condition} holds, failing after {@link #TIMEOUT_MILLIS}. */
	static void waitUntil(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("timed out after " + TIMEOUT_MILLIS / 1000 + " s waiting for " + what);
			}
			long slice = System.currentTimeMillis() + 100;
			while (System.currentTimeMillis() < slice) {
				if (!display.readAndDispatch()) {
					sleep(10);
				}
			}
		}
	}

	static void dispatchPending() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run what is queued
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the workbench", e);
		}
	}
}
