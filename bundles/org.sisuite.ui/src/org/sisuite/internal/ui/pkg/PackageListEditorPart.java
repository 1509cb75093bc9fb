package org.sisuite.internal.ui.pkg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.sisuite.internal.ui.ViewActionBars;
import org.sisuite.core.SisHome;
import org.sisuite.core.pkg.resolve.Resolution;
import org.sisuite.core.session.ModelSession;
import org.sisuite.internal.ui.session.SharedSession;
import org.sisuite.internal.ui.session.UndoRedoActions;
import org.sisuite.internal.ui.session.WorkbenchSession;
import org.sisuite.model.Image;
import org.sisuite.model.ImageServer;
import org.sisuite.model.PackageList;
import org.sisuite.model.PackageRequest;
import org.sisuite.model.Site;
import org.sisuite.model.Stage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The package list editor: a stored package list's stages side by side, packages dragged between
 * them, packages added from the list's pools with completion (Ctrl+Space), a Resolve action that
 * shows the resolved versions, architectures, install order and problems, and Build image, which
 * builds a new version of an image from the list in a background job whose output fills the Build
 * log tab. Every edit is an EMF command on the site session (Edit &gt; Undo/Redo; each command is
 * saved to the database by the session's auto-save).
 */
public final class PackageListEditorPart {

	/** The view id, as declared in plugin.xml. */
	public static final String ID = "org.sisuite.ui.packageListEditor";

	private static final int MAX_PROPOSALS = 200;

	private final UISynchronize ui;
	private final SisHome home;
	private final IWorkbenchWindow window;
	private final CommandStackListener stackListener = event -> refresh();
	private final ModelSession.ChangeListener changeListener = (source, change) -> refresh();

	private WorkbenchSession session;
	private Combo lists;
	private Combo images;
	private Text packageText;
	private Combo targetStage;
	private StageColumns columns;
	private ResolutionTable resolution;
	private StyledText buildLog;
	private TabFolder tabs;
	private Label status;
	private String listName;
	private List<String> poolNames = List.of();
	private Resolution lastResolution;
	private boolean handlersHooked;
	private List<PackageRequest> selected = List.of();
	private String namesReadFor;

	private UndoRedoActions undoRedo;

	@Inject
	public PackageListEditorPart(UISynchronize ui, @Optional SisHome home, @Optional IWorkbenchWindow window) {
		this.ui = ui;
		this.home = home != null ? home : SisHome.fromSystem();
		this.window = window;
	}

	@PostConstruct
	public void createControls(Composite parent) {
		session = SharedSession.acquire(home, ui::asyncExec);
		undoRedo = new UndoRedoActions(session.model());
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);

		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(8).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		new Label(top, SWT.NONE).setText("Package list:");
		lists = new Combo(top, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(lists);
		lists.addListener(SWT.Selection, e -> showList(lists.getText()));
		button(top, "Resolve", this::resolve);
		new Label(top, SWT.NONE).setText("   Image:");
		images = new Combo(top, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(images);
		button(top, "Build image", () -> build(images.getText()));
		status = new Label(top, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(status);

		Composite add = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(7).applyTo(add);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(add);
		new Label(add, SWT.NONE).setText("Add package:");
		packageText = new Text(add, SWT.BORDER | SWT.SEARCH);
		packageText.setMessage("name[:arch] [op version]  (Ctrl+Space completes from the pools)");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(packageText);
		ContentProposalAdapter assist = new ContentProposalAdapter(packageText, new TextContentAdapter(),
				(contents, position) -> proposals(contents.substring(0, position)).stream()
						.map(name -> (IContentProposal) new ContentProposal(name)).toArray(IContentProposal[]::new),
				KeyStroke.getInstance(SWT.CTRL, ' '), null);
		assist.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
		packageText.addListener(SWT.DefaultSelection, e -> {
			if (!assist.isProposalPopupOpen()) {
				addPackage(packageText.getText(), targetStage.getText());
			}
		});
		new Label(add, SWT.NONE).setText("to stage:");
		targetStage = new Combo(add, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(targetStage);
		button(add, "Add", () -> addPackage(packageText.getText(), targetStage.getText()));
		button(add, "Remove selected", this::removeSelected);
		button(add, "Add stage", () -> {
			PackageList list = list();
			if (list != null) {
				execute(PackageListEdits.addStage(session.model().editingDomain(), list, "stage" + (list.getStages().size() + 1)));
			}
		});

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		columns = new StageColumns(sash, (requests, stage, index) -> move(requests, stage, index), (stage, selection) -> {
			selected = StageColumns.requests(selection);
			targetStage.setText(stage.getName());
		});
		tabs = new TabFolder(sash, SWT.TOP);
		resolution = new ResolutionTable(tabs);
		TabItem resolutionTab = new TabItem(tabs, SWT.NONE);
		resolutionTab.setText("Resolution");
		resolutionTab.setControl(resolution.control());
		buildLog = new StyledText(tabs, SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
		buildLog.setFont(JFaceResources.getTextFont());
		TabItem logTab = new TabItem(tabs, SWT.NONE);
		logTab.setText("Build log");
		logTab.setControl(buildLog);
		sash.setWeights(55, 45);

		session.model().addChangeListener(changeListener);
		session.model().commandStack().addCommandStackListener(stackListener);
		if (session.model().site() != null) {
			refresh();
		}
		ui.asyncExec(this::hookGlobalHandlers);
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	/** Shows the site as it is now: the list names, the images, the open list's stages. */
	private void refresh() {
		if (lists == null || lists.isDisposed()) {
			return;
		}
		Site site = session.model().site();
		List<String> names = site == null ? List.of() : site.getPackageLists().stream().map(PackageList::getName).toList();
		if (!names.equals(List.of(lists.getItems()))) {
			lists.setItems(names.toArray(String[]::new));
		}
		List<String> imageNames = new ArrayList<>();
		if (site != null) {
			for (ImageServer server : site.getImageServers()) {
				server.getImages().stream().map(Image::getName).forEach(imageNames::add);
			}
		}
		if (!imageNames.equals(List.of(images.getItems()))) {
			String chosen = images.getText();
			images.setItems(imageNames.toArray(String[]::new));
			images.setText(imageNames.contains(chosen) || imageNames.isEmpty() ? chosen : imageNames.get(0));
		}
		if (listName == null && !names.isEmpty()) {
			listName = names.get(0);
		}
		if (listName != null) {
			lists.setText(listName);
		}
		PackageList list = list();
		if (list != null && !listName.equals(namesReadFor)) {
			readPoolNames();
		}
		columns.show(list);
		List<String> stages = list == null ? List.of() : StageColumns.ordered(list).stream().map(Stage::getName).toList();
		String chosenStage = targetStage.getText();
		targetStage.setItems(stages.toArray(String[]::new));
		targetStage.setText(stages.contains(chosenStage) ? chosenStage : stages.isEmpty() ? "" : stages.get(stages.size() - 1));
		undoRedo.update();
	}

	/**
	 * Shows the package list editor in the page and opens {@code listName} in it (the navigator's
	 * double-click on a package list).
	 */
	public static PackageListEditorPart open(IWorkbenchPage page, String listName) throws PartInitException {
		page.showView(ID);
		MPart part = page.getWorkbenchWindow().getService(EPartService.class).findPart(ID);
		if (part == null || !(part.getObject() instanceof PackageListEditorPart editor)) {
			throw new PartInitException("The package list editor did not open");
		}
		editor.showList(listName);
		return editor;
	}

	/** Opens a stored package list by name. */
	public void showList(String name) {
		if (name == null || name.equals(listName)) {
			return;
		}
		listName = name;
		poolNames = List.of();
		namesReadFor = null;
		lastResolution = null;
		resolution.show(new Resolution(true, "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
		refresh();
	}

	/** The open list as the session has it now (a reload replaces the objects), or null. */
	public PackageList list() {
		Site site = session.model().site();
		if (site == null || listName == null) {
			return null;
		}
		return site.getPackageLists().stream().filter(l -> listName.equals(l.getName())).findFirst().orElse(null);
	}

	/** The open list's stage of that name, or null. */
	public Stage stage(String name) {
		PackageList list = list();
		return list == null ? null : list.getStages().stream().filter(s -> name.equals(s.getName())).findFirst().orElse(null);
	}

	/** Reads the open list's pool names in a job, once per list opened (the list must be in the site). */
	private void readPoolNames() {
		PackageList list = list();
		namesReadFor = listName;
		if (list == null || list.getPools().isEmpty()) {
			return;
		}
		String forList = listName;
		PackageListJobs.readNames(copy(list), names -> ui.asyncExec(() -> {
			if (!forList.equals(listName)) {
				return;
			}
			poolNames = names;
			setStatus(names.size() + " package names in the pools");
		})).schedule();
	}

	/** The pool names that start with what was typed (up to {@value #MAX_PROPOSALS}). */
	public List<String> proposals(String typed) {
		String prefix = typed.strip().toLowerCase(Locale.ROOT);
		return poolNames.stream().filter(n -> n.startsWith(prefix)).limit(MAX_PROPOSALS).toList();
	}

	/** Whether the pools' names are there for completion. */
	public boolean hasPoolNames() {
		return !poolNames.isEmpty();
	}

	/** Adds {@code name[:arch] [op version]} to a stage of the open list, as the Add button does. */
	public boolean addPackage(String text, String stageName) {
		Stage stage = stage(stageName);
		if (stage == null || text.isBlank()) {
			return false;
		}
		boolean done = execute(PackageListEdits.add(session.model().editingDomain(), stage, text));
		if (done) {
			packageText.setText("");
		}
		return done;
	}

	/** Moves requests to a stage as a drop does. */
	public boolean move(List<PackageRequest> requests, Stage target, int index) {
		return execute(PackageListEdits.move(session.model().editingDomain(), requests, target, index));
	}

	private void removeSelected() {
		execute(PackageListEdits.remove(session.model().editingDomain(), selected));
	}

	private boolean execute(Command command) {
		boolean done = session.model().execute(command);
		if (!done) {
			setStatus("Cannot " + command.getLabel());
		}
		return done;
	}

	/** Resolves the open list in a background job; its rows replace the Resolution tab's. */
	public Job resolve() {
		PackageList list = list();
		if (list == null) {
			return null;
		}
		tabs.setSelection(0);
		setStatus("Resolving " + list.getName() + "...");
		Job job = PackageListJobs.resolve(copy(list), result -> ui.asyncExec(() -> {
			lastResolution = result;
			resolution.show(result);
			setStatus(result.packages().size() + " packages" + (result.resolved() ? ", resolved" : ", " + result.problems().size() + " problems"));
		}));
		job.schedule();
		return job;
	}

	/** Builds a new version of the image from the open list in a background job; its output goes to the Build log tab. */
	public Job build(String image) {
		PackageList list = list();
		if (list == null || image == null || image.isBlank()) {
			setStatus("Choose a package list and an image to build");
			return null;
		}
		tabs.setSelection(1);
		buildLog.setText("");
		Job job = PackageListJobs.build(home, image, copy(list), line -> ui.asyncExec(() -> appendLog(line)),
				result -> ui.asyncExec(() -> {
					appendLog("Built image " + result.image() + " version " + result.version().number() + " in " + result.path());
					appendLog("Log: " + result.log());
					setStatus("Built " + result.image() + " version " + result.version().number());
					session.reload();
				}));
		job.schedule();
		return job;
	}

	private void appendLog(String line) {
		if (!buildLog.isDisposed()) {
			buildLog.append(line + "\n");
			buildLog.setTopIndex(buildLog.getLineCount() - 1);
		}
	}

	private static PackageList copy(PackageList list) {
		PackageList copy = EcoreUtil.copy(list);
		// pools are references, not contained: copy them too, so the job reads no live object
		copy.getPools().clear();
		copy.getPools().addAll(EcoreUtil.copyAll(list.getPools()));
		return copy;
	}

	private void setStatus(String text) {
		if (!status.isDisposed()) {
			status.setText(text);
			status.getParent().layout();
		}
	}

	/** Makes undo and redo the Edit menu's handlers while the part is active. */
	private void hookGlobalHandlers() {
		if (handlersHooked || lists.isDisposed()) {
			return;
		}
		IActionBars bars = ViewActionBars.find(window, ID);
		if (bars != null) {
			undoRedo.hook(bars);
			bars.updateActionBars();
			handlersHooked = true;
		}
	}

	@Focus
	public void setFocus() {
		hookGlobalHandlers();
		lists.setFocus();
	}

	@PreDestroy
	public void dispose() {
		if (session != null) {
			session.model().commandStack().removeCommandStackListener(stackListener);
			session.model().removeChangeListener(changeListener);
			SharedSession.release(session);
		}
	}

	/** The site session behind the editor. */
	public WorkbenchSession session() {
		return session;
	}

	/** The model session's undo, as Edit &gt; Undo runs it. */
	public ModelSession model() {
		return session.model();
	}

	/** The Resolution tab's rows: problems first, then the install order. */
	public List<String> resolutionRows() {
		return resolution.rows().stream().map(r -> (r.problem() ? "problem " : r.position() + " ") + r.name() + " " + r.version()
				+ " " + r.arch() + " " + r.detail()).toList();
	}

	/** The last resolution shown, or null. */
	public Resolution lastResolution() {
		return lastResolution;
	}

	/** The Build log tab's text. */
	public String buildLogText() {
		return buildLog.getText();
	}

	/** The column of a stage, for tests that drag. */
	public org.eclipse.jface.viewers.TableViewer stageViewer(String stageName) {
		return columns.viewer(stageName);
	}

	/** The current selection of a stage column. */
	IStructuredSelection selection(String stageName) {
		return stageViewer(stageName).getStructuredSelection();
	}
}
