package org.sisuite.internal.ui.navigator;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The SIS navigator: one tree of what the site manages (images, disk tables, clients). An e4 POJO
 * part; its selection goes to the {@link ESelectionService} for the Properties view and handlers.
 */
public final class SisNavigatorPart {

	/** The view id, as declared in plugin.xml. */
	public static final String ID = "org.sisuite.ui.navigator";

	private final ESelectionService selectionService;
	private TreeViewer viewer;

	@Inject
	public SisNavigatorPart(ESelectionService selectionService) {
		this.selectionService = selectionService;
	}

	@PostConstruct
	public void createControls(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(new NavigatorContentProvider());
		viewer.setLabelProvider(new NavigatorLabelProvider());
		viewer.setInput(NavigatorCategory.values());
		viewer.addSelectionChangedListener(event -> {
			IStructuredSelection selection = viewer.getStructuredSelection();
			selectionService.setSelection(selection.size() == 1 ? selection.getFirstElement() : selection.toArray());
		});
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** The tree, for tests that drive the part. */
	public TreeViewer getViewer() {
		return viewer;
	}
}
