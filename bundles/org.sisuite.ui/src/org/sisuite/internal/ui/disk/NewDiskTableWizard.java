package org.sisuite.internal.ui.disk;

import java.util.Arrays;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.sisuite.core.disk.template.DiskTableTemplate;
import org.sisuite.internal.ui.session.WorkbenchSession;
import org.sisuite.model.DiskTable;
import org.sisuite.model.SisPackage.Literals;
import org.sisuite.model.Site;

/**
 * New Disk Table: a name and a template ({@link DiskTableTemplate}, engine code that {@code sis disk
 * new} uses too). Finish adds the table to the site with one command on the site session (undone
 * with the navigator's Undo, saved by its auto-save) and opens the editor on it.
 */
public final class NewDiskTableWizard extends Wizard {

	private final WorkbenchSession session;
	private final IWorkbenchPage page;
	private final TemplatePage templatePage = new TemplatePage();
	private DiskTable created;

	public NewDiskTableWizard(WorkbenchSession session, IWorkbenchPage page) {
		this.session = session;
		this.page = page;
		setWindowTitle("New Disk Table");
	}

	@Override
	public void addPages() {
		addPage(templatePage);
	}

	@Override
	public boolean performFinish() {
		String problem = nameProblem(templatePage.name());
		if (problem != null) {
			templatePage.setErrorMessage(problem);
			return false;
		}
		created = create(session, templatePage.template(), templatePage.name());
		if (created == null) {
			templatePage.setErrorMessage("The site is not loaded yet; try again in a moment.");
			return false;
		}
		if (page != null) {
			DiskTableEditor.open(page, session, created);
		}
		return true;
	}

	/** The table the wizard added, once finished. */
	public DiskTable created() {
		return created;
	}

	/** Adds a new table made from a template to the site; null when there is no site. */
	public static DiskTable create(WorkbenchSession session, DiskTableTemplate template, String name) {
		Site site = session.model().site();
		if (site == null) {
			return null;
		}
		DiskTable table = template.create(name);
		Command add = AddCommand.create(session.model().editingDomain(), site, Literals.SITE__DISK_TABLES, table);
		return session.model().execute(add) ? table : null;
	}

	/** Why a name cannot be a new table's name, or null: the rules of the store, and unique in the site. */
	public String nameProblemFor(String name) {
		return nameProblem(name);
	}

	private String nameProblem(String name) {
		if (name == null || name.isBlank()) {
			return "Enter a name for the disk table.";
		}
		if (!name.equals(name.strip()) || name.contains("/")) {
			return "A name has no surrounding blanks and no '/'.";
		}
		Site site = session.model().site();
		if (site != null && site.getDiskTables().stream().anyMatch(t -> name.equals(t.getName()))) {
			return "A disk table named '" + name + "' already exists.";
		}
		return null;
	}

	private final class TemplatePage extends WizardPage {
		private Text nameText;
		private TableViewer templates;
		private Label description;

		TemplatePage() {
			super("template");
			setTitle("New Disk Table");
			setMessage("Name the table and pick the layout to start from; everything can be changed in the editor.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
			new Label(body, SWT.NONE).setText("&Name:");
			nameText = new Text(body, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(nameText);
			Label label = new Label(body, SWT.NONE);
			label.setText("&Template:");
			GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
			templates = new TableViewer(body, SWT.BORDER | SWT.SINGLE);
			templates.setContentProvider(ArrayContentProvider.getInstance());
			templates.setLabelProvider(LabelProvider.createTextProvider(e -> ((DiskTableTemplate) e).title()));
			templates.setInput(Arrays.asList(DiskTableTemplate.values()));
			GridDataFactory.fillDefaults().grab(true, true).hint(360, 100).applyTo(templates.getControl());
			new Label(body, SWT.NONE);
			description = new Label(body, SWT.WRAP);
			GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(description);
			templates.addSelectionChangedListener(e -> update());
			nameText.addModifyListener(e -> update());
			templates.setSelection(new StructuredSelection(DiskTableTemplate.UEFI_GPT));
			setControl(body);
			update();
		}

		private void update() {
			description.setText(template() == null ? "" : template().description());
			description.getParent().layout(true);
			String problem = nameProblem(name());
			setErrorMessage(name().isEmpty() ? null : problem);
			setPageComplete(problem == null && template() != null);
		}

		String name() {
			return nameText == null ? "" : nameText.getText();
		}

		DiskTableTemplate template() {
			return templates == null ? null : (DiskTableTemplate) templates.getStructuredSelection().getFirstElement();
		}
	}
}
