package org.sisuite.internal.ui.clients;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchWindow;
import org.sisuite.internal.ui.ViewActionBars;
import org.sisuite.core.SisHome;
import org.sisuite.core.session.ModelSession;
import org.sisuite.internal.ui.session.SharedSession;
import org.sisuite.internal.ui.session.WorkbenchSession;
import org.sisuite.model.Client;
import org.sisuite.model.ClientRange;
import org.sisuite.model.Image;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Clients part: on the left the address plan (name slots of a base name, used blocks in
 * their range's colour, free ones blank; drag across free slots to define a range) with its legend
 * and the site's images (drag one onto clients or a range); on the right every client in a
 * virtual, sortable, filterable table. An e4 POJO part on the workbench's shared site session:
 * every change is an EMF command (Edit &gt; Undo reverts it) saved by the session's auto-save, and
 * the part follows reloads (another process's writes) like the navigator.
 */
public final class ClientsPart {

	/** The view id, as declared in plugin.xml. */
	public static final String ID = "org.sisuite.ui.clients";

	private final ESelectionService selectionService;
	private final UISynchronize ui;
	private final SisHome home;
	private final IWorkbenchWindow window;

	private WorkbenchSession session;
	private final ModelSession.ChangeListener changeListener = (source, change) -> siteChanged();
	private SiteIndex index = SiteIndex.EMPTY;
	private ClientsActions actions;
	private Composite root;
	private Text filter;
	private Label status;
	private Combo basename;
	private AddressPlanCanvas plan;
	private Composite legend;
	private final List<org.eclipse.swt.graphics.Image> swatches = new ArrayList<>();
	private TableViewer images;
	private ClientTable table;
	private RangeColors colors;
	private boolean globalHandlersHooked;
	private int filterGeneration;
	private boolean updatingBasename;

	@Inject
	public ClientsPart(ESelectionService selectionService, UISynchronize ui, @Optional SisHome home,
			@Optional IWorkbenchWindow window) {
		this.selectionService = selectionService;
		this.ui = ui;
		this.home = home != null ? home : SisHome.fromSystem();
		this.window = window;
	}

	@PostConstruct
	public void createControls(Composite parent) {
		session = SharedSession.acquire(home, ui::asyncExec);
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(root);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), root);
		Font bold = resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).setStyle(SWT.BOLD));
		colors = new RangeColors(root);
		actions = new ClientsActions(this, session.model());

		createTopBar(root);
		SashForm sash = new SashForm(root, SWT.HORIZONTAL | SWT.SMOOTH);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		createPlanSide(sash, bold);
		table = new ClientTable(sash);
		sash.setWeights(42, 58);

		plan.setBlockListener(this::blockSelected);
		plan.setDropListener((range, image) -> assign(range, index.members(range), image));
		table.setDropListener((clients, image) -> assign(null, clients, image));
		table.control().addListener(SWT.Selection, event -> publishSelection());
		MenuManager menu = new MenuManager("#PopupMenu");
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> actions.fillContextMenu(manager, table.selectedClients(), index.images()));
		table.control().setMenu(menu.createContextMenu(table.control()));

		session.model().addChangeListener(changeListener);
		if (session.model().site() != null) {
			siteChanged();
		}
		ui.asyncExec(this::hookGlobalHandlers);
	}

	private void createTopBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(8, 0).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		filter = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		filter.setMessage("Filter clients by name, address, MAC, image or range");
		GridDataFactory.fillDefaults().hint(340, SWT.DEFAULT).applyTo(filter);
		filter.addListener(SWT.Modify, event -> {
			int generation = ++filterGeneration;
			// typing fast filters once, not per key, on a 100,000-client site
			root.getDisplay().timerExec(250, () -> {
				if (generation == filterGeneration && !table.control().isDisposed()) {
					table.setFilter(filter.getText());
					updateStatus();
				}
			});
		});
		status = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		Button newRange = new Button(bar, SWT.PUSH);
		newRange.setText("New Range...");
		newRange.setToolTipText("Define a numbered range of clients with a live preview of names and addresses");
		newRange.addListener(SWT.Selection, event -> openRangeWizard(null));
		new Label(bar, SWT.NONE);
	}

	private void createPlanSide(Composite parent, Font bold) {
		Composite side = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 4).applyTo(side);
		Label title = new Label(side, SWT.NONE);
		title.setText("Address plan");
		title.setFont(bold);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(title);
		new Label(side, SWT.NONE).setText("Base name:");
		basename = new Combo(side, SWT.DROP_DOWN);
		basename.setToolTipText("The names of the plan: this base name followed by a number");
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).align(SWT.BEGINNING, SWT.CENTER).applyTo(basename);
		basename.addListener(SWT.Modify, event -> {
			if (!updatingBasename) {
				updatePlan();
			}
		});
		Label hint = new Label(side, SWT.WRAP);
		hint.setText("Drag across free slots to define a range. Drop an image on a range or on clients to assign it.");
		hint.setForeground(colors.get(RangeColors.LABEL));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(hint);
		plan = new AddressPlanCanvas(side, colors);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(420, 200).applyTo(plan.control());
		legend = new Composite(side, SWT.NONE);
		RowLayout legendLayout = new RowLayout(SWT.HORIZONTAL);
		legendLayout.wrap = true;
		legendLayout.marginLeft = 0;
		legendLayout.spacing = 10;
		legend.setLayout(legendLayout);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(legend);

		Label imagesTitle = new Label(side, SWT.NONE);
		imagesTitle.setText("Images");
		imagesTitle.setFont(bold);
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 6).applyTo(imagesTitle);
		images = new TableViewer(side, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		images.setContentProvider(ArrayContentProvider.getInstance());
		images.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return imageLabel((Image) element);
			}

			@Override
			public org.eclipse.swt.graphics.Image getImage(Object element) {
				return actions.imageIcon(images.getControl());
			}
		});
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, 84).applyTo(images.getControl());
		images.getControl().setToolTipText("Drag an image onto clients in the table or onto a range in the plan");
		ModelDragSource.install(images);
	}

	private String imageLabel(Image image) {
		int users = 0;
		for (Client client : index.site() == null ? List.<Client>of() : index.site().getClients()) {
			if (client.getImage() == image) {
				users++;
			}
		}
		return image.getName() + "   (" + users + (users == 1 ? " client)" : " clients)");
	}

	/** Shows the site as it is now: after every load (reload) and every command. */
	private void siteChanged() {
		if (root.isDisposed() || session.model().site() == null) {
			return;
		}
		index = new SiteIndex(session.model().site());
		colors.update(index.ranges());
		String current = basename.getText();
		List<String> names = index.basenames();
		updatingBasename = true;
		try {
			basename.setItems(names.toArray(String[]::new));
			basename.setText(!current.isEmpty() ? current : names.isEmpty() ? "node" : names.get(0));
		} finally {
			updatingBasename = false;
		}
		updatePlan();
		images.setInput(index.images());
		table.update(index);
		updateStatus();
		actions.update();
	}

	private void updatePlan() {
		String name = basename.getText().strip();
		AddressPlan newPlan = AddressPlan.of(index, name.isEmpty() ? "node" : name);
		plan.setPlan(index, newPlan);
		updateLegend(newPlan);
	}

	private void updateLegend(AddressPlan shown) {
		for (Control child : legend.getChildren()) {
			child.dispose();
		}
		swatches.forEach(org.eclipse.swt.graphics.Image::dispose);
		swatches.clear();
		int shownRanges = 0;
		int others = 0;
		for (ClientRange range : index.ranges()) {
			if (!shown.basename().equals(range.getBasename())) {
				continue;
			}
			if (shownRanges++ >= 12) {
				others++;
				continue;
			}
			CLabel entry = new CLabel(legend, SWT.NONE);
			entry.setImage(swatch(range));
			entry.setText(range.getName() + " (" + index.members(range).size() + ")"
					+ (range.getImage() == null ? "" : " \u2192 " + range.getImage().getName()));
			entry.setToolTipText(range.hostnameAt(0) + " .. " + range.hostnameAt(Math.max(0, range.getCount() - 1))
					+ (range.getIpStart() == null ? "" : ", " + range.getIpStart() + " .. "
							+ range.ipAddressAt(range.getCount() - 1)));
		}
		if (others > 0) {
			new Label(legend, SWT.NONE).setText("and " + others + " more ranges");
		}
		legend.getParent().layout(true, true);
	}

	private org.eclipse.swt.graphics.Image swatch(ClientRange range) {
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(legend.getDisplay(), 12, 12);
		GC gc = new GC(image);
		try {
			gc.setBackground(colors.of(range));
			gc.fillRectangle(0, 0, 12, 12);
		} finally {
			gc.dispose();
		}
		swatches.add(image);
		return image;
	}

	private void updateStatus() {
		int total = index.site() == null ? 0 : index.site().getClients().size();
		int shown = table.rows().size();
		String clients = shown == total ? String.format("%,d clients", total)
				: String.format("%,d of %,d clients", shown, total);
		status.setText(clients + "  \u00b7  " + index.ranges().size() + " ranges  \u00b7  " + index.images().size()
				+ " images");
		status.getParent().layout();
	}

	private void blockSelected(int start, int count) {
		if (root.isDisposed()) {
			return;
		}
		try {
			openRangeWizard(RangeSuggestions.forBlock(index, plan.plan(), start, count));
		} finally {
			if (!plan.control().isDisposed()) {
				plan.clearBlock();
			}
		}
	}

	/** Opens the New Range wizard, prefilled with {@code initial} or, if null, with the next free block. */
	void openRangeWizard(RangeProposal initial) {
		if (index.site() == null) {
			return;
		}
		RangeWizard wizard = new RangeWizard(index,
				initial != null ? initial : RangeSuggestions.next(index, plan.plan()));
		WizardDialog dialog = new WizardDialog(root.getShell(), wizard);
		dialog.setPageSize(820, 420);
		if (dialog.open() != Window.OK || wizard.result() == null || session.model().site() == null) {
			return;
		}
		RangeProposal created = wizard.result();
		if (!session.model().execute(ClientCommands.addRange(session.model().editingDomain(), session.model().site(),
				created))) {
			return;
		}
		if (!created.basename().equals(basename.getText().strip())) {
			basename.setText(created.basename()); // the plan follows (Modify)
		}
		plan.reveal(created.start());
	}

	/** Assigns {@code image} to a range and its members, or to clients (range null), with one command. */
	boolean assign(ClientRange range, List<Client> clients, Image image) {
		Command command = ClientCommands.assignImage(session.model().editingDomain(), session.model().site(), range,
				clients, image);
		return session.model().execute(command);
	}

	private void hookGlobalHandlers() {
		if (globalHandlersHooked || root.isDisposed()) {
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
		table.control().setFocus();
	}

	@PreDestroy
	public void dispose() {
		swatches.forEach(org.eclipse.swt.graphics.Image::dispose);
		if (actions != null) {
			actions.dispose();
		}
		if (session != null) {
			session.model().removeChangeListener(changeListener);
		}
		SharedSession.release(session);
	}

	// for tests that drive the part

	/** The site session behind the part (the workbench's shared one). */
	public WorkbenchSession session() {
		return session;
	}

	/** Types into the filter box, as the user would (the table follows after a short pause). */
	public void typeFilter(String text) {
		filter.setText(text);
	}

	/** The clients table. */
	public Table clientTable() {
		return table.control();
	}

	/** The address plan's control. */
	public Control planControl() {
		return plan.control();
	}

	/** Shows the plan of another base name, as choosing it in the combo does. */
	public void showBasename(String name) {
		basename.setText(name);
	}

	/** Scrolls the plan to the slot of {@code number} and returns its centre in display coordinates, or null. */
	public Point slotOnDisplay(int number) {
		plan.reveal(number);
		Point center = plan.centerOf(number);
		return center == null ? null : plan.control().toDisplay(center);
	}

	/** The block being dragged in the plan, {start, count}, or null. */
	public int[] draggedBlock() {
		return plan.block();
	}

	/** Which range uses the slot of {@code number} in the plan, or null. */
	public ClientRange rangeAt(int number) {
		return plan.plan().owner(number) instanceof ClientRange range ? range : null;
	}

	/** Selects the rows of these clients and scrolls to the first, as a user's click would. */
	public void selectClients(List<String> hostnames) {
		table.select(hostnames);
		if (clientTable().getSelectionCount() > 0) {
			clientTable().setTopIndex(Math.max(0, clientTable().getSelectionIndices()[0] - 2));
		}
		publishSelection();
	}

	/** The selected clients go to the selection service; the Properties view listens to post selections. */
	private void publishSelection() {
		StructuredSelection selection = new StructuredSelection(table.selectedClients());
		selectionService.setSelection(selection);
		selectionService.setPostSelection(selection);
	}

	/** The images shown in the part's images list. */
	public TableViewer imagesViewer() {
		return images;
	}

	/** How clients map to the rows of the table now (host name to row), for the first {@code max} rows. */
	public Map<Client, Integer> rowsOf(int max) {
		Map<Client, Integer> rows = new IdentityHashMap<>();
		for (int row = 0; row < Math.min(max, table.rows().size()); row++) {
			rows.put(table.rows().get(row), row);
		}
		return rows;
	}
}
