package org.sisuite.internal.ui.disk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.sisuite.core.disk.layout.DeviceSizes;
import org.sisuite.core.disk.layout.DiskSegments;
import org.sisuite.core.disk.layout.DiskSegments.Role;
import org.sisuite.core.disk.layout.Sizes;
import org.sisuite.core.disk.layout.TableLabels;
import org.sisuite.core.disk.layout.TableUsage;
import org.sisuite.core.disk.validate.DiskProblem;
import org.sisuite.core.disk.validate.DiskTableValidator;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Filesystem;
import org.sisuite.model.Partition;

/**
 * The body of the disk table editor: a header (name, description, validation summary), one bar per
 * disk with a legend, the partition table, RAID arrays and LVM side by side, then the problems and
 * the fstab preview. {@link #refresh()} recomputes everything from the working table: the engine's
 * layout, validator and planner run on every edit (they take milliseconds for tables of a few disks).
 */
public final class DiskTableForm {

	private static final RGB HEADER_RGB = new RGB(32, 60, 96);
	/** The narrowest the form is laid out; below it scrolls sideways. */
	private static final int MIN_WIDTH = 760;

	private final DiskTableDocument document;
	private final DiskTableEdits edits;
	private final ScrolledComposite scroller;
	private final Composite body;
	private final Label title;
	private final Label description;
	private final Label summary;
	private final Label message;
	private final Composite bars;
	private final PartitionsViewer partitions;
	private final StackViewers stacks;
	private final ProblemsViewer problems;
	private final StyledText fstab;
	private final Font titleFont;
	private final Font sectionFont;
	private final Map<Disk, DiskBar> diskBars = new IdentityHashMap<>();
	private List<DiskProblem> currentProblems = List.of();

	public DiskTableForm(Composite parent, DiskTableDocument document) {
		this.document = document;
		this.edits = new DiskTableEdits(document);
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		body = new Composite(scroller, SWT.NONE);
		body.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		body.setBackgroundMode(SWT.INHERIT_FORCE);
		GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).margins(12, 10).spacing(14, 6).applyTo(body);
		scroller.setContent(body);
		scroller.addListener(SWT.Resize, event -> fitToWidth());

		FontData[] base = JFaceResources.getDefaultFont().getFontData();
		titleFont = new Font(parent.getDisplay(), base[0].getName(), base[0].getHeight() + 5, SWT.BOLD);
		sectionFont = new Font(parent.getDisplay(), base[0].getName(), base[0].getHeight() + 1, SWT.BOLD);
		body.addDisposeListener(e -> {
			titleFont.dispose();
			sectionFont.dispose();
		});

		title = new Label(body, SWT.NONE);
		title.setFont(titleFont);
		title.setForeground(new Color(HEADER_RGB));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(title);
		description = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(description);
		summary = new Label(body, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(summary);
		message = new Label(body, SWT.WRAP);
		message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).exclude(true).applyTo(message);
		message.setVisible(false);

		section(body, "Disks", 2);
		bars = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(1).spacing(0, 4).applyTo(bars);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(bars);
		legend(body);

		section(body, "Partitions (click a cell to edit; drag a row onto another to reorder; right-click to add or delete)", 2);
		partitions = new PartitionsViewer(body, edits, this::showMessage);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, 150)
				.applyTo(partitions.viewer().getControl());

		section(body, "RAID arrays", 1);
		section(body, "LVM volume groups", 1);
		Composite raidHolder = holder(body);
		Composite lvmHolder = holder(body);
		stacks = new StackViewers(raidHolder, lvmHolder, edits, this::showMessage);

		section(body, "Problems", 1);
		section(body, "fstab preview (from the plan)", 1);
		Composite problemHolder = holder(body);
		problems = new ProblemsViewer(problemHolder);
		Composite fstabHolder = holder(body);
		fstab = new StyledText(fstabHolder, SWT.BORDER | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
		fstab.setFont(JFaceResources.getTextFont());
		fstab.setMargins(6, 4, 6, 4);

		partitions.viewer().addSelectionChangedListener(event -> {
			Object first = event.getStructuredSelection().getFirstElement();
			diskBars.values().forEach(bar -> bar.setSelected(first instanceof Partition p ? p : null));
		});
		problems.viewer().addSelectionChangedListener(event -> {
			if (event.getStructuredSelection().getFirstElement() instanceof DiskProblem problem) {
				Set<Partition> about = ProblemsViewer.partitionsOf(problem);
				if (!about.isEmpty()) {
					partitions.viewer().setSelection(new StructuredSelection(about.iterator().next()), true);
				}
			}
		});
		refresh();
	}

	public Control control() {
		return scroller;
	}

	/** Shows the working table as it is now: bars, rows, stacks, problems and fstab. */
	public void refresh() {
		if (body.isDisposed()) {
			return;
		}
		DiskTable table = document.table();
		title.setText("Disk Table " + table.getName());
		description.setText(table.getDescription() == null ? "" : table.getDescription());
		TableUsage usage = TableUsage.of(table);

		MultiStatus validation = DiskTableValidator.validate(table);
		currentProblems = DiskTableValidator.problems(validation);
		Set<Partition> flagged = new HashSet<>();
		currentProblems.forEach(p -> flagged.addAll(ProblemsViewer.partitionsOf(p)));
		long errors = currentProblems.stream().filter(p -> p.getSeverity() == IStatus.ERROR).count();
		long warnings = currentProblems.stream().filter(p -> p.getSeverity() == IStatus.WARNING).count();
		summary.setText(errors == 0 && warnings == 0 ? "✔ No problems: the table can be planned and installed."
				: count(errors, "error") + ", " + count(warnings, "warning")
						+ (errors > 0 ? ": the table cannot be installed until the errors are fixed." : "."));
		summary.setForeground(getDisplayColor(errors > 0 ? SWT.COLOR_RED : warnings > 0 ? SWT.COLOR_DARK_YELLOW : SWT.COLOR_DARK_GREEN));

		Map<Disk, Long> diskBytes = new IdentityHashMap<>();
		Map<Disk, DiskSegments> segmentsByDisk = new IdentityHashMap<>();
		for (Disk disk : table.getDisks()) {
			DiskSegments segments = DiskSegments.of(disk, usage);
			segmentsByDisk.put(disk, segments);
			diskBytes.put(disk, segments.diskBytes());
		}
		rebuildBars(table, usage, segmentsByDisk, flagged);
		DeviceSizes sizes = DeviceSizes.of(table, diskBytes);
		partitions.setInput(table, p -> PartitionsViewer.human(sizes.bytes(p)));
		stacks.setInput(table, sizes);
		problems.setInput(currentProblems);
		String text = FstabPreview.of(table);
		if (!text.equals(fstab.getText())) {
			fstab.setText(text);
		}
		fitHeights(table);
		fitToWidth();
	}

	/** Gives each table the height of its rows (at least three), so the whole form shows at once. */
	private void fitHeights(DiskTable table) {
		int lvmRows = table.getVolumeGroups().size()
				+ table.getVolumeGroups().stream().mapToInt(g -> g.getLogicalVolumes().size()).sum();
		int stackRows = Math.max(table.getRaidArrays().size(), lvmRows);
		heightFor(partitions.viewer().getControl(), partitions.viewer().getTable().getItemHeight(),
				partitions.viewer().getTable().getHeaderHeight(), partitions.viewer().getTable().getItemCount());
		heightFor(stacks.raid().getControl().getParent(), stacks.raid().getTable().getItemHeight(),
				stacks.raid().getTable().getHeaderHeight(), stackRows);
		heightFor(stacks.lvm().getControl().getParent(), stacks.raid().getTable().getItemHeight(),
				stacks.raid().getTable().getHeaderHeight(), stackRows);
		int fstabLines = fstab.getLineCount();
		int problemRows = Math.max(problems.viewer().getTable().getItemCount(), fstabLines - 1);
		heightFor(problems.viewer().getControl().getParent(), problems.viewer().getTable().getItemHeight(),
				problems.viewer().getTable().getHeaderHeight(), problemRows);
		heightFor(fstab.getParent(), problems.viewer().getTable().getItemHeight(),
				problems.viewer().getTable().getHeaderHeight(), problemRows);
	}

	private static void heightFor(Control control, int rowHeight, int headerHeight, int rows) {
		org.eclipse.swt.layout.GridData data = (org.eclipse.swt.layout.GridData) control.getLayoutData();
		data.heightHint = headerHeight + Math.max(3, rows) * rowHeight + 8;
	}

	/** Lays the body out at the scroller's width (at least {@value #MIN_WIDTH} pixels), scrolling vertically. */
	private void fitToWidth() {
		int width = Math.max(MIN_WIDTH, scroller.getClientArea().width);
		scroller.setMinSize(body.computeSize(width, SWT.DEFAULT, true));
		body.layout(true, true);
	}

	private org.eclipse.swt.graphics.Color getDisplayColor(int id) {
		return body.getDisplay().getSystemColor(id);
	}

	private void rebuildBars(DiskTable table, TableUsage usage, Map<Disk, DiskSegments> segmentsByDisk,
			Set<Partition> flagged) {
		Set<Disk> present = new LinkedHashSet<>(table.getDisks());
		boolean same = present.equals(diskBars.keySet());
		if (!same) {
			for (Control child : bars.getChildren()) {
				child.dispose();
			}
			diskBars.clear();
			for (Disk disk : table.getDisks()) {
				Label caption = new Label(bars, SWT.NONE);
				caption.setData(disk);
				DiskBar bar = new DiskBar(bars);
				GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 46).applyTo(bar);
				bar.onSelect(p -> partitions.viewer().setSelection(new StructuredSelection(p), true));
				diskBars.put(disk, bar);
			}
		}
		for (Control child : bars.getChildren()) {
			if (child instanceof Label caption && caption.getData() instanceof Disk disk) {
				DiskSegments segments = segmentsByDisk.get(disk);
				caption.setText(TableLabels.diskName(disk) + "   " + (disk.getLabel() == null ? "msdos" : disk.getLabel().getLiteral())
						+ " label, " + Sizes.human(segments.diskBytes())
						+ (segments.nominal() ? " (nominal: the table records no size; percentages and the growing partition are drawn for it)" : ""));
			}
		}
		for (Disk disk : table.getDisks()) {
			DiskBar bar = diskBars.get(disk);
			Set<Partition> mine = new HashSet<>();
			for (Partition p : disk.getPartitions()) {
				if (flagged.contains(p)) {
					mine.add(p);
				}
			}
			bar.setDescriber(p -> describe(p, usage));
			bar.setSegments(segmentsByDisk.get(disk), mine);
		}
	}

	private static String describe(Partition partition, TableUsage usage) {
		Filesystem filesystem = usage.filesystemOn(partition);
		if (filesystem != null) {
			return filesystem.getMountPoint() != null ? filesystem.getMountPoint() : filesystem.getFsType().getLiteral();
		}
		List<String> users = new ArrayList<>();
		usage.users(partition).forEach(user -> users.add(TableLabels.deviceName(user).replace("/dev/", "")));
		return users.isEmpty() ? SegmentColors.title(DiskSegments.roleOf(partition, usage)) : "→ " + String.join(", ", users);
	}

	private void legend(Composite parent) {
		Composite legend = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(Role.values().length * 2 + 1).spacing(4, 0).applyTo(legend);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(legend);
		for (Role role : Role.values()) {
			Label swatch = new Label(legend, SWT.BORDER);
			swatch.setBackground(SegmentColors.fill(role));
			GridDataFactory.swtDefaults().hint(14, 10).applyTo(swatch);
			Label name = new Label(legend, SWT.NONE);
			name.setText(SegmentColors.title(role) + "   ");
		}
		Label grow = new Label(legend, SWT.NONE);
		grow.setText("striped →  grows into the rest of the disk;  red outline: has problems");
	}

	private Label section(Composite parent, String text, int span) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		label.setFont(sectionFont);
		label.setForeground(new Color(HEADER_RGB));
		GridDataFactory.fillDefaults().span(span, 1).grab(true, false).indent(0, 8).applyTo(label);
		return label;
	}

	private static Composite holder(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		holder.setLayout(new org.eclipse.swt.layout.FillLayout());
		GridDataFactory.fillDefaults().grab(true, false).hint(200, 140).applyTo(holder);
		return holder;
	}

	/** Shows why an input was refused, until the next edit. */
	void showMessage(String text) {
		message.setText(text == null ? "" : text);
		boolean show = text != null && !text.isEmpty();
		message.setVisible(show);
		((org.eclipse.swt.layout.GridData) message.getLayoutData()).exclude = !show;
		fitToWidth();
	}

	private static String count(long n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}

	// for tests and the editor

	/** The bar of a disk: its model of segments and the partitions it outlines. */
	public DiskSegments segments(Disk disk) {
		return diskBars.get(disk).segments();
	}

	/** The partitions the bars outline as having problems. */
	public Set<Partition> flaggedPartitions() {
		Set<Partition> all = new HashSet<>();
		diskBars.values().forEach(bar -> all.addAll(bar.flagged()));
		return all;
	}

	/** The problems the editor lists. */
	public List<DiskProblem> problems() {
		return currentProblems;
	}

	/** The rows of the problems table as shown: severity and message. */
	public List<String> problemRows() {
		List<String> rows = new ArrayList<>();
		for (var item : problems.viewer().getTable().getItems()) {
			rows.add(item.getText(0) + ": " + item.getText(2));
		}
		return rows;
	}

	public String fstabText() {
		return fstab.getText();
	}

	public DiskTableEdits edits() {
		return edits;
	}

	/** What a drop of one partition row on another does. */
	public boolean dropPartition(Partition dragged, Partition target) {
		return partitions.moveOnto(dragged, target);
	}

	void showNoMessage() {
		if (message.isVisible()) {
			showMessage(null);
		}
	}
}
