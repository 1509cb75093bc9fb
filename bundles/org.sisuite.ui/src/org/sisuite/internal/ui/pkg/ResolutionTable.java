package org.sisuite.internal.ui.pkg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.sisuite.core.pkg.resolve.Resolution;
import org.sisuite.core.pkg.resolve.Resolution.InstallStep;
import org.sisuite.core.pkg.resolve.Resolution.Problem;
import org.sisuite.core.pkg.resolve.Resolution.ResolvedPackage;

/**
 * A resolution as rows: its problems first (with the error marker and the chain that needed the
 * package), then every package in install order with its version, architecture, pool and who
 * needed it.
 */
final class ResolutionTable {

	/** One row: a problem or a package at its place in the install order. */
	record Row(boolean problem, String position, String name, String version, String arch, String pool, String detail) {
	}

	private static final String[] TITLES = { "#", "Package", "Version", "Arch", "Pool", "Needed by / problem" };
	private static final int[] WEIGHTS = { 5, 20, 20, 8, 17, 30 };

	private final Composite container;
	private final TableViewer viewer;
	private List<Row> rows = List.of();

	ResolutionTable(Composite parent) {
		container = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		container.setLayout(layout);
		viewer = new TableViewer(container, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.VIRTUAL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (int i = 0; i < TITLES.length; i++) {
			int column = i;
			TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
			c.getColumn().setText(TITLES[i]);
			layout.setColumnData(c.getColumn(), new ColumnWeightData(WEIGHTS[i], 40, true));
			c.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					Row row = (Row) element;
					return switch (column) {
					case 0 -> row.position();
					case 1 -> row.name();
					case 2 -> row.version();
					case 3 -> row.arch();
					case 4 -> row.pool();
					default -> row.detail();
					};
				}

				@Override
				public Color getForeground(Object element) {
					return ((Row) element).problem() ? viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_RED) : null;
				}

				@Override
				public Image getImage(Object element) {
					return column == 0 && ((Row) element).problem()
							? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK)
							: null;
				}
			});
		}
	}

	Composite control() {
		return container;
	}

	void show(Resolution resolution) {
		rows = rows(resolution);
		viewer.setInput(rows.toArray());
	}

	List<Row> rows() {
		return rows;
	}

	static List<Row> rows(Resolution resolution) {
		List<Row> rows = new ArrayList<>();
		for (Problem problem : resolution.problems()) {
			rows.add(new Row(true, "!", problem.packageName(), "", "", "", problem.kind() + ": " + problem.message()));
		}
		Map<String, ResolvedPackage> packages = new HashMap<>();
		resolution.packages().forEach(p -> packages.put(p.name() + ":" + p.arch(), p));
		for (InstallStep step : resolution.installOrder()) {
			ResolvedPackage p = packages.get(step.name() + ":" + step.arch());
			String neededBy = p == null ? "" : p.requested() ? "requested" : String.join(" -> ", p.neededBy());
			rows.add(new Row(false, String.valueOf(step.position()), step.name(), step.version(), step.arch(),
					p == null ? "" : p.pool(), neededBy));
		}
		return rows;
	}
}
