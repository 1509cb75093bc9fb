package org.sisuite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sisuite.core.disk.layout.DiskSegments;
import org.sisuite.core.disk.layout.DiskSegments.Role;
import org.sisuite.core.disk.layout.DiskSegments.Segment;
import org.sisuite.core.disk.layout.Sizes;
import org.sisuite.core.disk.template.DiskTableTemplate;
import org.sisuite.core.disk.validate.DiskProblem;
import org.sisuite.core.store.DocumentStore;
import org.sisuite.internal.ui.disk.DiskTableEditor;
import org.sisuite.internal.ui.disk.DiskTableForm;
import org.sisuite.internal.ui.disk.NewDiskTableWizard;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Partition;

/**
 * The disk table editor on an LVM-on-RAID table of the test database: opened from the navigator,
 * the bars, problems and fstab follow every edit and undo, and Save reaches the database.
 */
class DiskTableEditorTest {

	private static final long MIB = Sizes.MIB;

	private TestSite site;
	private NavigatorDriver driver;
	private DocumentStore documents;

	@BeforeEach
	void seed() throws CoreException {
		site = TestSite.open();
		site.reset();
		documents = new DocumentStore(site.database);
		documents.put(DiskTableTemplate.LVM_ON_RAID.create("lvm-raid"), false);
		driver = NavigatorDriver.find();
		driver.activate();
		driver.waitForSync(site);
	}

	@AfterEach
	void closeEditors() {
		driver.page.closeAllEditors(false);
		NavigatorDriver.dispatchPending();
	}

	@Test
	void anEditUpdatesTheBarsAndProblemsIsUndoneAndIsSavedToTheDatabase() throws Exception {
		driver.doubleClick(driver.item("Disk Tables", "Disk Table lvm-raid"));
		IEditorPart active = driver.page.getActiveEditor();
		assertTrue(active instanceof DiskTableEditor, "a double-click on a disk table opens its editor, got " + active);
		DiskTableEditor editor = (DiskTableEditor) active;
		DiskTableForm form = editor.form();
		DiskTable table = editor.document().table();
		Disk sda = table.getDisks().get(0);
		Partition sda1 = sda.getPartitions().get(0);

		DiskSegments bar = form.segments(sda);
		assertTrue(bar.nominal(), "the template records no disk size, so the bar is nominal");
		assertEquals(List.of(Role.RAID, Role.RAID), bar.segments().stream().map(Segment::role).toList());
		assertEquals(1024 * MIB, bar.segment(sda1).size());
		assertTrue(bar.segments().get(1).grow());
		assertEquals(List.of(), form.problems());
		assertTrue(form.fstabText().contains("/home"), form.fstabText());
		assertFalse(editor.isDirty());

		// an edit of sda1 only: md0's members now differ in size
		assertTrue(form.edits().setSize(sda1, "2 GiB"));
		assertEquals(2048 * MIB, form.segments(sda).segment(sda1).size());
		assertEquals(DiskSegments.NOMINAL_BYTES - (1 + 2048) * MIB,
				form.segments(sda).segments().get(1).size(), "the growing member shrinks by what sda1 grew");
		assertTrue(editor.isDirty());
		assertTrue(driver.page.getDirtyEditors().length == 1, "the editor is dirty (its tab shows *)");
		List<String> rules = form.problems().stream().map(DiskProblem::getRule).toList();
		assertTrue(rules.contains("raid.member-sizes"), rules.toString());
		assertTrue(form.flaggedPartitions().contains(sda1), "the bar outlines the partition with the problem");
		assertTrue(form.problemRows().stream().anyMatch(row -> row.startsWith("warning: The members of")),
				form.problemRows().toString());
		assertEquals(new BigDecimal("1024"), documents.get(DiskTable.class, "lvm-raid").getDisks().get(0).getPartitions().get(0).getSize(),
				"nothing is saved before Save");

		// Edit > Undo (Ctrl+Z) with the editor active goes to the editor's command stack
		executeCommand(editor, ActionFactory.UNDO.getCommandId());
		assertEquals(1024 * MIB, form.segments(sda).segment(sda1).size());
		assertEquals(List.of(), form.problems());
		assertTrue(form.flaggedPartitions().isEmpty());
		assertTrue(form.problemRows().isEmpty());
		assertFalse(editor.isDirty());

		assertTrue(form.edits().setSize(sda1, "1536"));
		assertTrue(form.edits().setSize(table.getDisks().get(1).getPartitions().get(0), "1536"));
		assertEquals(List.of(), form.problems());
		executeCommand(editor, ActionFactory.SAVE.getCommandId());
		NavigatorDriver.waitUntil(() -> !editor.isDirty(), "the save to reach the database");
		DiskTable stored = documents.get(DiskTable.class, "lvm-raid");
		assertEquals(new BigDecimal("1536"), stored.getDisks().get(0).getPartitions().get(0).getSize());
		assertEquals(new BigDecimal("1536"), stored.getDisks().get(1).getPartitions().get(0).getSize());
		assertEquals(1536 * MIB, form.segments(sda).segment(sda1).size());

		// the screenshot: an unsaved edit with its warning, the editor maximized
		form.edits().setSize(sda1, "2048");
		driver.window.getShell().setBounds(0, 0, 1440, 1000);
		IWorkbenchPartReference reference = driver.page.getReference(editor);
		driver.page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		try {
			Path screenshot = Screenshots.take(driver.window.getShell(), "disk-table-editor.png");
			assertTrue(Files.size(screenshot) > 1000, "the screenshot is suspiciously small: " + screenshot);
		} finally {
			driver.page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
		}
	}

	@Test
	void aDragMovesAPartitionAndRenumbersTheDisk() throws Exception {
		driver.doubleClick(driver.item("Disk Tables", "Disk Table lvm-raid"));
		DiskTableEditor editor = (DiskTableEditor) driver.page.getActiveEditor();
		Disk sdb = editor.document().table().getDisks().get(1);
		Partition first = sdb.getPartitions().get(0);
		Partition second = sdb.getPartitions().get(1);

		assertTrue(editor.form().dropPartition(second, first));
		assertEquals(2, first.getNumber());
		assertEquals(1, second.getNumber());
		assertEquals(second, editor.form().segments(sdb).segments().get(0).partition(), "the growing member comes first");
		executeCommand(editor, ActionFactory.UNDO.getCommandId());
		assertEquals(1, first.getNumber());

		// deleting a mirror's member leaves md0 with one: an error on the array, outlined on sda1
		assertTrue(editor.form().edits().deletePartition(first));
		assertEquals(List.of(second), sdb.getPartitions());
		assertTrue(editor.form().problems().stream().anyMatch(p -> p.getRule().equals("raid.members")),
				editor.form().problems().toString());
		assertTrue(editor.form().fstabText().startsWith("# no fstab until the table's errors are fixed"),
				editor.form().fstabText());
		executeCommand(editor, ActionFactory.UNDO.getCommandId());
		assertEquals(List.of(first, second), sdb.getPartitions());
		assertTrue(editor.document().table().getRaidArrays().get(0).getMembers().contains(first));
		assertEquals(List.of(), editor.form().problems());

		Partition added = editor.form().edits().addPartition(sdb);
		assertEquals(3, added.getNumber());
		assertEquals(Role.OTHER, editor.form().segments(sdb).segment(added).role());
	}

	@Test
	void theNewDiskTableWizardAddsATableFromATemplateThatTheNavigatorSaves() {
		NewDiskTableWizard wizard = new NewDiskTableWizard(driver.navigator.session(), driver.page);
		DiskTable created = NewDiskTableWizard.create(driver.navigator.session(), DiskTableTemplate.UEFI_GPT, "uefi");
		assertNotNull(created);
		assertEquals("A disk table named 'uefi' already exists.", wizardProblem(wizard, "uefi"));
		NavigatorDriver.waitUntil(() -> storedNames().contains("uefi"), "the new table to be saved by the navigator");
		driver.item("Disk Tables", "Disk Table uefi");
		DiskTableEditor editor = DiskTableEditor.open(driver.page, driver.navigator.session(), created);
		assertNotNull(editor);
		assertEquals(List.of(Role.ESP, Role.BOOT, Role.SWAP, Role.ROOT),
				editor.form().segments(editor.document().table().getDisks().get(0)).segments().stream().map(Segment::role).toList());
	}

	@Test
	void fileNewDiskTableRunsTheWizardWhichAddsTheTableAndOpensItsEditor() throws Exception {
		Display display = Display.getCurrent();
		List<String> problems = new ArrayList<>();
		// the wizard is modal: fill it in and press Finish from the event loop it runs
		Runnable[] fill = new Runnable[1];
		fill[0] = () -> {
			Shell shell = display.getActiveShell();
			if (shell == null || !(shell.getData() instanceof WizardDialog)) {
				display.timerExec(100, fill[0]);
				return;
			}
			Text name = find(shell, Text.class, t -> true);
			Button finish = find(shell, Button.class, b -> b.getText().replace("&", "").equals("Finish"));
			if (name == null || finish == null) {
				problems.add("no name field or Finish button in the wizard");
				shell.close();
				return;
			}
			name.setText("from-menu");
			finish.notifyListeners(SWT.Selection, new Event());
		};
		display.timerExec(100, fill[0]);
		driver.activate();
		driver.window.getService(IHandlerService.class).executeCommand("org.sisuite.ui.newDiskTable", null);
		assertEquals(List.of(), problems);

		IEditorPart active = driver.page.getActiveEditor();
		assertTrue(active instanceof DiskTableEditor editor && "from-menu".equals(editor.document().name()),
				"Finish opens the new table's editor, got " + active);
		NavigatorDriver.waitUntil(() -> storedNames().contains("from-menu"), "the new table to be saved by the navigator");
		assertEquals(DiskTableTemplate.UEFI_GPT.create("from-menu").getDescription(),
				documents.get(DiskTable.class, "from-menu").getDescription(), "the wizard starts from UEFI/GPT");
	}

	private static <T extends Control> T find(Composite parent, Class<T> type, java.util.function.Predicate<T> test) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && test.test(type.cast(child))) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = find(composite, type, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static String wizardProblem(NewDiskTableWizard wizard, String name) {
		return wizard.nameProblemFor(name);
	}

	private List<String> storedNames() {
		try {
			return documents.list(DiskTable.class);
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private void executeCommand(IEditorPart editor, String commandId) throws Exception {
		driver.page.activate(editor);
		NavigatorDriver.dispatchPending();
		driver.window.getService(IHandlerService.class).executeCommand(commandId, null);
		NavigatorDriver.dispatchPending();
	}
}
