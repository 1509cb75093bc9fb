package org.sisuite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sisuite.core.store.ClientStore.RangeSpec;
import org.sisuite.core.store.StoreRecords.ClientSummary;
import org.sisuite.core.store.StoreRecords.RangeSummary;
import org.sisuite.internal.ui.clients.ClientsPart;
import org.sisuite.internal.ui.clients.ClientsPerspective;
import org.sisuite.internal.ui.clients.RangePage;
import org.sisuite.internal.ui.clients.RangeProposal;
import org.sisuite.model.ClientRange;
import org.sisuite.model.Image;

/**
 * The Clients part against a real database: a 64-node range defined by dragging the mouse over
 * free slots of the address plan (SWT mouse events at the slots' coordinates),
 * completed in the range wizard, then an image dropped on the range; the result is read back from
 * the database, then undone with Edit &gt; Undo. Leaves target/screenshots/clients-part.png.
 */
class ClientsPartTest {

	private TestSite site;
	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private ClientsPart part;

	@BeforeEach
	void openTheClientsPerspective() throws Exception {
		site = TestSite.open();
		site.reset();
		site.seedSample(); // rack1: node001..node020, 10.0.0.10.., image compute
		site.clients.addRange(new RangeSpec("gpu", "node", 33, 16, 3, "10.0.0.60", "255.255.255.0", null,
				"cluster.example", "login"), new NullProgressMonitor());
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		page = window.getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(ClientsPerspective.ID));
		page.showView(ClientsPart.ID);
		MPart mpart = window.getService(EPartService.class).findPart(ClientsPart.ID);
		assertNotNull(mpart, "the Clients part has no e4 part");
		part = (ClientsPart) mpart.getObject();
		page.activate(page.findView(ClientsPart.ID));
		Shell shell = window.getShell();
		shell.setSize(1440, 900);
		shell.forceActive();
		waitForSync();
		NavigatorDriver.waitUntil(() -> part.clientTable().getItemCount() == 36, "the table to show the 36 clients");
	}

	@AfterEach
	void backToTheImagesPerspective() throws CoreException {
		if (page != null) {
			page.closePerspective(page.getPerspective(), false, false);
			page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
					.findPerspectiveWithId("org.sisuite.ui.perspective.images"));
		}
	}

	@Test
	void aRangeDraggedOverFreeSlotsGetsAnImageDroppedOnItAndBothAreUndone() throws Exception {
		part.showBasename("node");
		assertEquals("gpu", part.rangeAt(33).getName());
		assertNull(part.rangeAt(65), "node065 is free");

		// the wizard runs its own event loop once the mouse is released: fill it in from there
		AtomicReference<RangeProposal> prefilled = new AtomicReference<>();
		List<String> conflictShown = new ArrayList<>();
		Runnable completeWizard = new Runnable() {
			@Override
			public void run() {
				WizardDialog dialog = openWizard();
				if (dialog == null) {
					Display.getCurrent().timerExec(100, this);
					return;
				}
				RangePage rangePage = (RangePage) dialog.getCurrentPage();
				prefilled.set(rangePage.proposal());
				// a conflicting first address is shown before anything is saved, and Finish is disabled
				rangePage.setIpStart("10.0.0.15");
				conflictShown.addAll(rangePage.problems());
				conflictShown.add("finish enabled: " + finishButton(dialog).isEnabled());
				rangePage.setIpStart("10.0.0.100");
				rangePage.setRangeName("rack2");
				rangePage.setImageName(null);
				Button finish = finishButton(dialog);
				assertTrue(finish.isEnabled(), "Finish stays disabled: " + rangePage.problems());
				finish.notifyListeners(SWT.Selection, new Event());
			}
		};
		Display.getCurrent().timerExec(100, completeWizard);

		dragWithTheMouse(part.slotOnDisplay(65), part.slotOnDisplay(128));

		NavigatorDriver.waitUntil(() -> rangeInDatabase("rack2") != null, "the new range to reach the database");
		RangeProposal proposal = prefilled.get();
		assertEquals("node", proposal.basename());
		assertEquals(65, proposal.start());
		assertEquals(64, proposal.count(), "the drag from node065 to node128 selects 64 free slots");
		assertEquals(3, proposal.padding());
		assertEquals("10.0.0.92", proposal.ipStart(), "the addresses continue those of gpu, the range before the block");
		assertEquals("255.255.255.0", proposal.netmask());
		assertTrue(conflictShown.get(0).startsWith("31 addresses are in use: 10.0.0.15 (node006)"),
				"the conflict is named: " + conflictShown);
		assertEquals("finish enabled: false", conflictShown.get(conflictShown.size() - 1));

		List<ClientSummary> rack2 = site.clients.list(null, "rack2");
		assertEquals(64, rack2.size());
		assertEquals("node065", rack2.get(0).hostname());
		assertEquals("10.0.0.100", rack2.get(0).interfaces().get(0).ip());
		assertEquals("node128", rack2.get(63).hostname());
		assertEquals("10.0.0.163", rack2.get(63).interfaces().get(0).ip());
		assertTrue(rack2.stream().allMatch(client -> client.image() == null), "created without an image");
		waitForSync();

		// drag the image "compute" from the part's image list onto the range
		Image compute = image("compute");
		part.imagesViewer().setSelection(new StructuredSelection(compute));
		ClientRange rack = part.rangeAt(100);
		assertEquals("rack2", rack.getName());
		Point onTheRange = part.slotOnDisplay(100);
		Point onAFreeSlot = part.slotOnDisplay(200);
		assertEquals(DND.DROP_NONE, dragImage(onAFreeSlot, false), "a drop on a free slot is refused");
		assertEquals(DND.DROP_COPY, dragImage(onTheRange, true));

		NavigatorDriver.waitUntil(() -> imagesInDatabase("rack2").equals(List.of("compute")),
				"the image of the 64 clients to reach the database");
		assertEquals("compute", rangeInDatabase("rack2").image());
		assertEquals(64, site.clients.list("compute", "rack2").size());
		waitForSync();
		part.selectClients(List.of("node065"));
		NavigatorDriver driver = NavigatorDriver.find();
		driver.item("Clients", "Client Range rack2 (64)");
		driver.item("Image Servers", "Image Server local", "Image compute");
		page.activate(page.findView(ClientsPart.ID));
		NavigatorDriver.waitUntil(() -> "node065".equals(driver.properties().get("Hostname")),
				"the Properties view to show the selected client (shows " + driver.properties() + ")");
		screenshot(window.getShell());

		// Edit > Undo (the Clients view's handler) reverts the assignment, then the range
		executeUndo();
		NavigatorDriver.waitUntil(() -> imagesInDatabase("rack2").equals(java.util.Collections.singletonList(null)),
				"the undone assignment to reach the database");
		executeUndo();
		NavigatorDriver.waitUntil(() -> rangeInDatabase("rack2") == null, "the undone range to reach the database");
		assertEquals(36, site.clients.list(null, null).size());
		waitForSync();
		assertEquals(36, part.clientTable().getItemCount());
	}

	@Test
	void theNewRangeButtonProposesTheNextFreeBlockAndNamesEveryConflictBeforeSaving() throws Exception {
		List<String> seen = new ArrayList<>();
		Runnable inspectWizard = new Runnable() {
			@Override
			public void run() {
				WizardDialog dialog = openWizard();
				if (dialog == null) {
					Display.getCurrent().timerExec(100, this);
					return;
				}
				try {
					RangePage rangePage = (RangePage) dialog.getCurrentPage();
					RangeProposal proposal = rangePage.proposal();
					seen.add(proposal.name() + " " + proposal.start() + "+" + proposal.count() + " " + proposal.ipStart()
							+ " " + (proposal.image() == null ? null : proposal.image().getName()));
					seen.add("problems " + rangePage.problems());
					rangePage.setStart(10);
					seen.addAll(rangePage.problems());
					seen.add("finish enabled: " + finishButton(dialog).isEnabled());
					org.eclipse.swt.widgets.Table preview = findPreview(dialog.getShell());
					seen.add("preview " + preview.getItemCount() + ": " + preview.getItem(0).getText(1) + " "
							+ preview.getItem(0).getText(2) + " " + preview.getItem(0).getText(3) + " / "
							+ preview.getItem(31).getText(1) + " " + preview.getItem(31).getText(3));
				} finally {
					findButton(dialog.getShell(), IDialogConstants.CANCEL_LABEL).notifyListeners(SWT.Selection, new Event());
				}
			}
		};
		Display.getCurrent().timerExec(100, inspectWizard);
		Button newRange = findButton(window.getShell(), "New Range...");
		assertNotNull(newRange, "the part has no New Range button");
		newRange.notifyListeners(SWT.Selection, new Event()); // returns when the wizard is closed

		assertEquals("node049-80 49+32 10.0.0.76 login", seen.get(0),
				"after gpu (node033..048 at 10.0.0.60..75) come node049 at 10.0.0.76, gpu's image");
		assertEquals("problems []", seen.get(1));
		assertEquals("20 host names exist already: node010 (rack1), node011 (rack1), node012 (rack1) and 17 more.",
				seen.get(2));
		assertTrue(seen.contains("The names overlap range 'rack1' (node001 .. node020)."), seen.toString());
		assertTrue(seen.contains("The names overlap range 'gpu' (node033 .. node048)."), seen.toString());
		assertTrue(seen.contains("finish enabled: false"), seen.toString());
		assertTrue(seen.contains("preview 32: node010 10.0.0.76 name taken (rack1) / node041 name taken (gpu)"),
				seen.toString());
		waitForSync();
		assertEquals(36, site.clients.list(null, null).size(), "a cancelled wizard writes nothing");
	}

	@Test
	void anImageDraggedFromTheNavigatorGoesToTheSelectedClientsOrToTheRowItIsDroppedOn() throws Exception {
		NavigatorDriver driver = NavigatorDriver.find();
		org.eclipse.swt.widgets.Table table = part.clientTable();
		part.selectClients(List.of("node001", "node002", "node003"));
		assertEquals(3, table.getSelectionCount());

		driver.select(driver.item("Clients", "Client Range rack1 (20)", "Client node005"));
		assertEquals(DND.DROP_NONE, drag(driver.tree, table, rowOnDisplay(table, "node002"), true),
				"a client is no image: the drop is refused");

		driver.select(driver.item("Image Servers", "Image Server local", "Image login"));
		assertEquals(DND.DROP_COPY, drag(driver.tree, table, rowOnDisplay(table, "node002"), true));
		NavigatorDriver.waitUntil(() -> "login".equals(imageInDatabase("node001")) && "login".equals(imageInDatabase("node003")),
				"the image of the three selected clients to reach the database");
		assertEquals("compute", imageInDatabase("node004"));
		waitForSync();

		assertEquals(DND.DROP_COPY, drag(driver.tree, table, rowOnDisplay(table, "node010"), true));
		NavigatorDriver.waitUntil(() -> "login".equals(imageInDatabase("node010")),
				"the image of the client under the drop, which is not selected, to reach the database");
		assertEquals("compute", imageInDatabase("node009"));
		assertEquals("compute", imageInDatabase("node011"));
	}

	@Test
	void theTableSortsAndFilters() throws Exception {
		org.eclipse.swt.widgets.Table table = part.clientTable();
		assertEquals("node001", table.getItem(0).getText(0));
		table.getColumn(0).notifyListeners(SWT.Selection, new Event());
		assertEquals("node048", table.getItem(0).getText(0), "a second click on the sorted column reverses it");
		table.getColumn(3).notifyListeners(SWT.Selection, new Event());
		assertEquals("compute", table.getItem(0).getText(3));
		assertEquals("login", table.getItem(35).getText(3));

		Control filter = findFilter(window.getShell());
		((org.eclipse.swt.widgets.Text) filter).setText("10.0.0.6");
		NavigatorDriver.waitUntil(() -> table.getItemCount() == 10, "the filter (10.0.0.6, 10.0.0.60-69)");
	}

	/**
	 * Presses the left button on {@code from}, moves in steps to {@code to} with the button held and
	 * releases it there: real SWT mouse events at the slots' real coordinates, sent to the plan's
	 * control (its listeners are what a user's mouse reaches). Display.post is not used: on GTK 3
	 * SWT synthesizes the press at the screen's origin and the moves without the button held, so no
	 * drag can be posted that way.
	 */
	private void dragWithTheMouse(Point from, Point to) {
		assertNotNull(from, "the first slot is not visible");
		assertNotNull(to, "the last slot is not visible");
		Control plan = part.planControl();
		Point start = plan.toControl(from);
		Point end = plan.toControl(to);
		mouse(plan, SWT.MouseMove, start, 0, 0);
		mouse(plan, SWT.MouseDown, start, 1, 0);
		int steps = 8;
		for (int step = 1; step <= steps; step++) {
			mouse(plan, SWT.MouseMove, new Point(start.x + (end.x - start.x) * step / steps,
					start.y + (end.y - start.y) * step / steps), 0, SWT.BUTTON1);
		}
		int[] block = part.draggedBlock();
		assertTrue(block != null && block[0] == 65 && block[1] == 64,
				"the drag selects node065..node128, not " + java.util.Arrays.toString(block));
		mouse(plan, SWT.MouseUp, end, 1, SWT.BUTTON1);
	}

	private static void mouse(Control control, int type, Point at, int button, int stateMask) {
		Event event = new Event();
		event.x = at.x;
		event.y = at.y;
		event.button = button;
		event.stateMask = stateMask;
		event.time = (int) System.currentTimeMillis();
		control.notifyListeners(type, event);
		NavigatorDriver.dispatchPending();
	}

	/**
	 * A drag of the images list's selection onto the plan at a display point. SWT cannot simulate a
	 * native drag and drop, so this sends the DND events SWT itself would send to the part's real
	 * drag source and drop target (DragStart, DragSetData; DragEnter, DragOver, Drop), each a real
	 * DNDEvent for the LocalSelectionTransfer type, as SWT's and Eclipse's own DND tests do.
	 *
	 * @return the operation the drop target chose on its last DragOver
	 */
	private int dragImage(Point at, boolean drop) throws Exception {
		return drag(part.imagesViewer().getControl(), part.planControl(), at, drop);
	}

	/** As {@link #dragImage}, from any control's drag source to any control's drop target. */
	private static int drag(Control from, Control onto, Point at, boolean drop) throws Exception {
		DragSource source = (DragSource) from.getData(DND.DRAG_SOURCE_KEY);
		DropTarget target = (DropTarget) onto.getData(DND.DROP_TARGET_KEY);
		assertNotNull(source, "no drag source on " + from);
		assertNotNull(target, "no drop target on " + onto);
		TransferData type = LocalSelectionTransfer.getTransfer().getSupportedTypes()[0];
		Event start = dndEvent(type, at);
		source.notifyListeners(DND.DragStart, start);
		assertTrue(start.doit, "the drag did not start");
		Event setData = dndEvent(type, at);
		source.notifyListeners(DND.DragSetData, setData);
		Event enter = dndEvent(type, at);
		target.notifyListeners(DND.DragEnter, enter);
		Event over = dndEvent(type, at);
		target.notifyListeners(DND.DragOver, over);
		int chosen = over.detail;
		if (drop && chosen != DND.DROP_NONE) {
			Event dropped = dndEvent(type, at);
			dropped.data = setData.data;
			dropped.detail = chosen;
			target.notifyListeners(DND.Drop, dropped);
		} else {
			target.notifyListeners(DND.DragLeave, dndEvent(type, at));
		}
		source.notifyListeners(DND.DragEnd, dndEvent(type, at));
		NavigatorDriver.dispatchPending();
		return chosen;
	}

	private static Event dndEvent(TransferData type, Point at) throws Exception {
		Class<?> dndEventClass = Class.forName("org.eclipse.swt.dnd.DNDEvent");
		Constructor<?> constructor = dndEventClass.getDeclaredConstructor();
		constructor.setAccessible(true);
		Event event = (Event) constructor.newInstance();
		field(dndEventClass, "dataType").set(event, type);
		field(dndEventClass, "dataTypes").set(event, new TransferData[] { type });
		field(dndEventClass, "operations").setInt(event, DND.DROP_COPY | DND.DROP_LINK);
		event.detail = DND.DROP_COPY;
		event.x = at.x;
		event.y = at.y;
		event.doit = true;
		event.time = (int) System.currentTimeMillis();
		return event;
	}

	/** A field of SWT's package-private DNDEvent (public fields of a class the test cannot name). */
	private static java.lang.reflect.Field field(Class<?> type, String name) throws NoSuchFieldException {
		java.lang.reflect.Field field = type.getField(name);
		field.setAccessible(true);
		return field;
	}

	private Image image(String name) {
		return (Image) part.session().model().site().getImageServers().get(0).getImages().stream()
				.filter(image -> name.equals(image.getName())).findFirst().orElseThrow();
	}

	private static WizardDialog openWizard() {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && shell.getData() instanceof WizardDialog dialog
					&& dialog.getCurrentPage() instanceof RangePage) {
				return dialog;
			}
		}
		return null;
	}

	private static Button finishButton(WizardDialog dialog) {
		Button found = findButton(dialog.getShell(), IDialogConstants.FINISH_LABEL);
		assertNotNull(found, "the wizard has no Finish button");
		return found;
	}

	private static Button findButton(Composite parent, String label) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && label.equals(button.getText())) {
				return button;
			}
			if (child instanceof Composite composite) {
				Button found = findButton(composite, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static org.eclipse.swt.widgets.Table findPreview(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Table table && table.getColumnCount() == 4) {
				return table;
			}
			if (child instanceof Composite composite) {
				org.eclipse.swt.widgets.Table found = findPreview(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static Control findFilter(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Text text && (text.getStyle() & SWT.SEARCH) != 0
					&& text.getMessage().startsWith("Filter clients")) {
				return text;
			}
			if (child instanceof Composite composite) {
				Control found = findFilter(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static Point rowOnDisplay(org.eclipse.swt.widgets.Table table, String hostname) {
		for (int row = 0; row < table.getItemCount(); row++) {
			if (hostname.equals(table.getItem(row).getText(0))) {
				Rectangle bounds = table.getItem(row).getBounds(0);
				return table.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
			}
		}
		throw new AssertionError(hostname + " is not in the table");
	}

	private String imageInDatabase(String hostname) {
		try {
			return site.clients.show(hostname).image();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private RangeSummary rangeInDatabase(String name) {
		try {
			return site.clients.listRanges().stream().filter(range -> name.equals(range.name())).findFirst().orElse(null);
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private List<String> imagesInDatabase(String range) {
		try {
			return site.clients.list(null, range).stream().map(ClientSummary::image).distinct().toList();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private void waitForSync() {
		NavigatorDriver.waitUntil(() -> {
			try {
				return !part.session().isBusy() && part.session().model().site() != null
						&& part.session().model().baseRevision() == site.sites.revision();
			} catch (CoreException e) {
				throw new IllegalStateException(e);
			}
		}, "the Clients part to show the database's latest revision");
	}

	private void executeUndo() throws Exception {
		page.activate(page.findView(ClientsPart.ID));
		NavigatorDriver.dispatchPending();
		window.getService(IHandlerService.class).executeCommand(ActionFactory.UNDO.getCommandId(), null);
	}

	/** The workbench window as it is on screen, into target/screenshots/clients-part.png. */
	private static void screenshot(Shell shell) throws Exception {
		Display display = shell.getDisplay();
		long until = System.currentTimeMillis() + 1000;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		// the window's content: without a window manager the shell's bounds reach below what GTK drew
		Rectangle shellBounds = shell.getBounds();
		int menuHeight = shell.toDisplay(0, 0).y - shellBounds.y;
		int height = 0;
		for (Control child : shell.getChildren()) {
			if (child.isVisible()) {
				height = Math.max(height, child.getBounds().y + child.getBounds().height);
			}
		}
		Rectangle bounds = new Rectangle(shellBounds.x, shellBounds.y, shellBounds.width,
				Math.min(shellBounds.height, menuHeight + height));
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		Path directory = Path.of(System.getProperty("sis.screenshots", "target/screenshots"));
		Files.createDirectories(directory);
		Path file = directory.resolve("clients-part.png");
		try {
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
		assertTrue(Files.size(file) > 1000, "the screenshot is suspiciously small: " + file);
	}
}
