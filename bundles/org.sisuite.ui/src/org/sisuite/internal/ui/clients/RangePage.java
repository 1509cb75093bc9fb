package org.sisuite.internal.ui.clients;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.sisuite.model.Image;

/**
 * The range's parameters on the left, on the right a virtual preview table of every client it
 * would create (host name, address, and what it conflicts with, in red). Every keystroke checks
 * the range against the site ({@link RangeCheck}); the first problem is the page's error message
 * and Finish stays disabled until there is none.
 */
public final class RangePage extends WizardPage {

	private static final RGB CONFLICT = new RGB(196, 30, 30);

	private final SiteIndex index;
	private final RangeProposal initial;
	private Text name;
	private Text basename;
	private Spinner start;
	private Spinner count;
	private Spinner padding;
	private Text ipStart;
	private Text netmask;
	private Text domain;
	private Combo image;
	private Label summary;
	private Table preview;
	private Text problemList;
	private boolean nameEdited;
	private boolean updating;
	private RangeProposal proposal;
	private List<String> problems = List.of();
	private Color conflictColor;

	RangePage(SiteIndex index, RangeProposal initial) {
		super("range");
		this.index = index;
		this.initial = initial;
		setTitle("New Client Range");
		setDescription("Numbered clients from a base name, with consecutive addresses. "
				+ "Conflicts with existing clients and ranges are shown before anything is saved.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(false).spacing(16, 8).margins(8, 8).applyTo(page);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), page);
		conflictColor = resources.create(ColorDescriptor.createFrom(CONFLICT));

		Composite fields = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 6).applyTo(fields);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).hint(300, SWT.DEFAULT).applyTo(fields);
		name = text(fields, "Range &name:", initial.name());
		basename = text(fields, "&Base name:", initial.basename());
		start = spinner(fields, "&First number:", initial.start(), 0, Integer.MAX_VALUE);
		count = spinner(fields, "&Count:", initial.count(), 1, RangeProposal.MAX_COUNT);
		padding = spinner(fields, "&Padding (digits):", initial.padding(), 0, 12);
		ipStart = text(fields, "First &IP address:", initial.ipStart());
		netmask = text(fields, "Net&mask:", initial.netmask());
		domain = text(fields, "&Domain:", initial.domain());
		new Label(fields, SWT.NONE).setText("&Image:");
		image = new Combo(fields, SWT.READ_ONLY);
		image.add("(none)");
		for (Image each : index.images()) {
			image.add(each.getName());
		}
		image.select(initial.image() == null ? 0 : index.images().indexOf(initial.image()) + 1);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(image);
		image.addListener(SWT.Selection, event -> changed());
		problemList = new Text(fields, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
		problemList.setForeground(conflictColor);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(280, 90).indent(0, 8).applyTo(problemList);

		Composite right = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(right);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(right);
		summary = new Label(right, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		preview = new Table(right, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		preview.setHeaderVisible(true);
		preview.setLinesVisible(true);
		column("#", 50);
		column("Host name", 120);
		column("IP address", 110);
		column("Conflict", 190);
		preview.addListener(SWT.SetData, event -> fillPreviewRow((TableItem) event.item));
		GridDataFactory.fillDefaults().grab(true, true).hint(470, 330).applyTo(preview);

		name.addListener(SWT.Modify, event -> {
			if (!updating) {
				nameEdited = true;
				changed();
			}
		});
		nameEdited = initial.name() != null && !initial.name().isBlank()
				&& !initial.name().equals(RangeProposal.defaultName(initial.basename(), initial.start(), initial.count(),
						initial.padding()));
		setControl(page);
		changed();
	}

	private Text text(Composite parent, String label, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setText(value == null ? "" : value);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		text.addListener(SWT.Modify, event -> {
			if (!updating && text != name) {
				changed();
			}
		});
		return text;
	}

	private Spinner spinner(Composite parent, String label, int value, int minimum, int maximum) {
		new Label(parent, SWT.NONE).setText(label);
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setValues(Math.max(minimum, Math.min(maximum, value)), minimum, maximum, 0, 1, 10);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(spinner);
		spinner.addListener(SWT.Modify, event -> {
			if (!updating) {
				changed();
			}
		});
		return spinner;
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(preview, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}

	/** Re-reads the fields, checks the range and refreshes the preview; the proposal changes with every field. */
	private void changed() {
		RangeProposal current = read();
		if (!nameEdited) {
			updating = true;
			try {
				String suggested = RangeProposal.defaultName(current.basename(), current.start(), current.count(),
						current.padding());
				if (!suggested.equals(name.getText())) {
					name.setText(suggested);
				}
			} finally {
				updating = false;
			}
			current = read();
		}
		proposal = current;
		problems = RangeCheck.problems(proposal, index);
		setErrorMessage(problems.isEmpty() ? null : problems.get(0));
		setPageComplete(problems.isEmpty());
		problemList.setText(problems.size() > 1 ? String.join("\n", problems.subList(1, problems.size())) : "");
		boolean valid = problems.isEmpty() || proposal.count() >= 1 && proposal.count() <= RangeProposal.MAX_COUNT;
		summary.setText(valid ? summary(proposal) : "");
		preview.setItemCount(valid ? proposal.count() : 0);
		preview.clearAll();
	}

	private static String summary(RangeProposal proposal) {
		int last = proposal.count() - 1;
		String names = proposal.hostnameAt(0) + (last > 0 ? " .. " + proposal.hostnameAt(last) : "");
		String addresses = proposal.ipAt(0) == null ? "addresses by DHCP"
				: proposal.ipAt(0) + (last > 0 && proposal.ipAt(last) != null ? " .. " + proposal.ipAt(last) : "");
		return proposal.count() + (proposal.count() == 1 ? " client: " : " clients: ") + names + ", " + addresses;
	}

	private void fillPreviewRow(TableItem item) {
		int row = preview.indexOf(item);
		if (proposal == null || row < 0 || row >= proposal.count()) {
			return;
		}
		String conflict = RangeCheck.conflictAt(proposal, index, row);
		String ip = proposal.ipAt(row);
		item.setText(new String[] { Integer.toString(row + 1), proposal.hostnameAt(row), ip == null ? "(DHCP)" : ip,
				conflict == null ? "" : conflict });
		if (conflict != null) {
			item.setForeground(conflictColor);
		}
	}

	private RangeProposal read() {
		int selected = image.getSelectionIndex();
		Image chosen = selected <= 0 ? null : index.images().get(selected - 1);
		return new RangeProposal(name.getText(), basename.getText().strip(), start.getSelection(), count.getSelection(),
				padding.getSelection(), ipStart.getText().strip(), netmask.getText().strip(), domain.getText().strip(),
				chosen);
	}

	/** The range as the fields define it now. */
	public RangeProposal proposal() {
		return proposal;
	}

	/** Why the range cannot be created now (empty when Finish is enabled). */
	public List<String> problems() {
		return new ArrayList<>(problems);
	}

	/** Types a range name, as the user would. */
	public void setRangeName(String text) {
		name.setText(text);
	}

	/** Types a first address, as the user would. */
	public void setIpStart(String text) {
		ipStart.setText(text);
	}

	/** Chooses an image by name, or none for null, as the user would in the drop-down. */
	public void setImageName(String imageName) {
		image.select(imageName == null ? 0 : image.indexOf(imageName));
		changed();
	}

	/** Types a first number, as the user would. */
	public void setStart(int value) {
		start.setSelection(value);
		changed();
	}

	/** Types a count, as the user would. */
	public void setCount(int value) {
		count.setSelection(value);
		changed();
	}
}
