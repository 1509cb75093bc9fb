package org.sisuite.internal.ui.navigator;

import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.sisuite.core.SisHome;
import org.sisuite.core.Statuses;
import org.sisuite.core.session.ModelSession;
import org.sisuite.core.session.ModelSession.Change;
import org.sisuite.internal.ui.UiStatus;
import org.sisuite.internal.ui.ViewActionBars;
import org.sisuite.internal.ui.clients.ModelDragSource;
import org.sisuite.internal.ui.session.SharedSession;
import org.sisuite.internal.ui.disk.DiskTableEditor;
import org.sisuite.internal.ui.pkg.PackageListEditorPart;
import org.sisuite.internal.ui.session.WorkbenchSession;
import org.sisuite.model.DiskTable;
import org.sisuite.model.PackageList;
import org.sisuite.model.provider.SisItemProviderAdapterFactory;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The SIS navigator: one tree of what the site manages, read from the SIS database and kept in
 * step with it (see {@link WorkbenchSession}). An e4 POJO part; its selection goes to the
 * {@link ESelectionService}, which the compatibility layer hands to the Properties view.
 * <p>
 * The tree is {@code SWT.VIRTUAL} with a lazy content provider, so it opens with 100,000 clients;
 * the site is loaded in a background job. Rename and delete (context menu) are EMF commands,
 * undone with Edit &gt; Undo, and saved to the database after each command.
 */
public final class SisNavigatorPart {

	/** The view id, as declared in plugin.xml. */
	public static final String ID = "org.sisuite.ui.navigator";

	private static final Logger LOG = Logger.getLogger(SisNavigatorPart.class.getName());

	private final ESelectionService selectionService;
	private final UISynchronize ui;
	private final SisHome home;
	private final IWorkbenchWindow window;
	private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();

	private WorkbenchSession session;
	private TreeViewer viewer;
	private NavigatorTree tree = NavigatorTree.EMPTY;
	private NavigatorActions actions;
	private boolean globalHandlersHooked;
	private final ModelSession.ChangeListener changeListener = (source, change) -> siteChanged(change);

	/**
	 * @param home   the state location the application resolved at start, else this process's
	 * @param window the workbench window, whose page has the view's action bars
	 */
	@Inject
	public SisNavigatorPart(ESelectionService selectionService, UISynchronize ui, @Optional SisHome home,
			@Optional IWorkbenchWindow window) {
		this.selectionService = selectionService;
		this.ui = ui;
		this.home = home != null ? home : SisHome.fromSystem();
		this.window = window;
		adapterFactory.addAdapterFactory(new SisItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
	}

	@PostConstruct
	public void createControls(Composite parent) {
		session = SharedSession.acquire(home, ui::asyncExec);
		// one column filling the view: without columns, SWT/GTK measures every child of an expanded
		// row for the horizontal scroll width, which would create all items of a 100,000-client group
		Composite container = new Composite(parent, SWT.NONE);
		TreeColumnLayout layout = new TreeColumnLayout();
		container.setLayout(layout);
		viewer = new TreeViewer(container, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.VIRTUAL | SWT.FULL_SELECTION);
		layout.setColumnData(new TreeViewerColumn(viewer, SWT.LEFT).getColumn(), new ColumnWeightData(100, 150, true));
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new NavigatorContentProvider(() -> tree));
		viewer.setLabelProvider(new NavigatorLabelProvider(adapterFactory, new ItemImages(viewer.getControl()), () -> tree));
		viewer.setInput(tree);

		actions = new NavigatorActions(viewer, session.model(), this::open);
		// the Properties view listens to post selections (the compatibility layer passes both on)
		viewer.addSelectionChangedListener(event -> selectionService.setSelection(viewer.getStructuredSelection()));
		viewer.addPostSelectionChangedListener(
				event -> selectionService.setPostSelection(viewer.getStructuredSelection()));
		viewer.addDoubleClickListener(event -> actions.open(viewer.getStructuredSelection()));
		MenuManager menu = new MenuManager("#PopupMenu");
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(actions::fillContextMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		// images and clients can be dragged onto the Clients part
		ModelDragSource.install(viewer);

		session.model().addChangeListener(changeListener);
		if (session.model().site() != null) {
			siteChanged(Change.LOADED); // another part started the shared session and it has loaded
		}
		ui.asyncExec(this::hookGlobalHandlers);
	}

	/** Shows the site as it is now; a reload keeps the expanded folders and selection that still exist. */
	private void siteChanged(Change change) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		viewer.getControl().setRedraw(false);
		try {
			if (change == Change.LOADED) {
				List<List<String>> expanded = ExpansionMemory.remember(viewer);
				List<List<String>> selected = ExpansionMemory.rememberSelection(viewer);
				tree = new NavigatorTree(session.model().site());
				viewer.setInput(tree);
				ExpansionMemory.restore(viewer, tree, expanded);
				// the new objects go to the selection service, so the Properties view shows current values
				ExpansionMemory.restoreSelection(viewer, tree, selected);
			} else {
				tree = new NavigatorTree(session.model().site());
				viewer.refresh();
			}
		} finally {
			viewer.getControl().setRedraw(true);
		}
		actions.update();
	}

	/**
	 * Makes the part's undo, redo, delete and rename the handlers of the workbench's Edit actions
	 * while it is active (the e4view's wrapper is a 3.x view with action bars).
	 */
	private void hookGlobalHandlers() {
		if (globalHandlersHooked || viewer.getControl().isDisposed()) {
			return;
		}
		IActionBars bars = ViewActionBars.find(window, ID);
		if (bars != null) {
			actions.hookGlobalHandlers(bars);
			globalHandlersHooked = true;
		}
	}

	@Focus
	public void setFocus() {
		hookGlobalHandlers();
		viewer.getControl().setFocus();
	}

	@PreDestroy
	public void dispose() {
		if (actions != null) {
			actions.dispose();
		}
		if (session != null) {
			session.model().removeChangeListener(changeListener);
		}
		SharedSession.release(session);
		adapterFactory.dispose();
	}

	/** The tree, for tests that drive the part. */
	public TreeViewer getViewer() {
		return viewer;
	}

	/** The site session behind the navigator. */
	public WorkbenchSession session() {
		return session;
	}

	/** Opens the editor of an element that has one (disk tables, package lists); other elements only expand. */
	private void open(Object element) {
		IWorkbenchWindow workbenchWindow = window != null ? window : PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = workbenchWindow == null ? null : workbenchWindow.getActivePage();
		if (element instanceof DiskTable table && page != null) {
			DiskTableEditor.open(page, session, table);
		} else if (element instanceof PackageList list && page != null) {
			try {
				PackageListEditorPart.open(page, list.getName());
			} catch (PartInitException e) {
				UiStatus.show(Statuses.error("Cannot open package list " + list.getName() + ": " + e.getMessage(), e));
			}
		} else {
			LOG.fine(() -> "no editor for " + element);
		}
	}

	/** Sets what a double-click on an element does besides expanding folders (editors will open here). */
	public void setOpenHook(Consumer<Object> openHook) {
		actions.setOpenHook(openHook);
	}

	/** Renames an element as the Rename action does after its dialog; false if the name is refused. */
	public boolean rename(EObject element, String name) {
		return actions.rename(element, name);
	}

	/** Deletes elements as the Delete action does. */
	public boolean delete(List<EObject> elements) {
		return actions.delete(elements);
	}
}
