package org.sisuite.internal.ui.installs;

import java.text.SimpleDateFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.OwnerDrawLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.sisuite.core.monitor.InstallOverview;
import org.sisuite.core.monitor.InstallOverview.Install;

/** The table of the Installs view: one row per client, the progress column drawn as a bar. */
final class InstallsTable {

	private final TableViewer viewer;

	InstallsTable(Composite parent, Consumer<Install> open) {
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column("Client", 150, install -> (install.client() == null ? "? " : "") + install.name());
		TableViewerColumn progress = new TableViewerColumn(viewer, SWT.LEFT);
		progress.getColumn().setText("Progress");
		progress.getColumn().setWidth(160);
		progress.setLabelProvider(new ProgressBar());
		column("State", 110, install -> install.state() + (install.stale() ? " (stale)" : ""));
		column("Status", 90, Install::statusText);
		column("Step", 90, install -> install.step() == null ? "" : install.step());
		column("Speed", 90, install -> install.speedKBps() + " KB/s");
		column("Elapsed", 80, install -> InstallOverview.elapsed(install.elapsedSeconds()));
		SimpleDateFormat time = new SimpleDateFormat("HH:mm:ss");
		column("Last seen", 80, install -> time.format(install.lastSeen()));
		column("MAC", 130, install -> install.mac() == null ? "" : install.mac());
		column("IP", 110, install -> install.ip() == null ? "" : install.ip());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addDoubleClickListener(event -> {
			if (viewer.getStructuredSelection().getFirstElement() instanceof Install install) {
				open.accept(install);
			}
		});
	}

	private void column(String title, int width, Function<Install, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Install) element);
			}

			@Override
			public Color getForeground(Object element) {
				Install install = (Install) element;
				if (install.stale()) {
					return viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
				}
				return install.state().equals("failed") ? viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_RED)
						: null;
			}
		});
	}

	void show(List<Install> installs) {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		viewer.setInput(installs);
		if (selected instanceof Install old) {
			installs.stream().filter(install -> install.session() == old.session()).findFirst()
					.ifPresent(install -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(install)));
		}
	}

	Table control() {
		return viewer.getTable();
	}

	/** Draws a bar of the install's percent, green when imaged, red when failed, and the number on it. */
	private static final class ProgressBar extends OwnerDrawLabelProvider {
		@Override
		protected void measure(Event event, Object element) {
			event.height = Math.max(event.height, 18);
		}

		@Override
		protected void paint(Event event, Object element) {
			Install install = (Install) element;
			GC gc = event.gc;
			Rectangle cell = ((org.eclipse.swt.widgets.TableItem) event.item).getBounds(event.index);
			int width = Math.max(0, cell.width - 8);
			int filled = width * Math.max(0, Math.min(100, install.percent())) / 100;
			int colour = install.state().equals("failed") ? SWT.COLOR_RED
					: install.percent() >= 100 ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_BLUE;
			Color background = gc.getBackground();
			Color foreground = gc.getForeground();
			gc.setForeground(event.display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
			gc.drawRectangle(cell.x + 3, cell.y + 3, width, cell.height - 7);
			gc.setBackground(event.display.getSystemColor(colour));
			gc.fillRectangle(cell.x + 4, cell.y + 4, filled - 1 < 0 ? 0 : filled - 1, cell.height - 8);
			String text = install.percent() + "%";
			gc.setForeground(event.display.getSystemColor(filled > width / 2 ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
			int textWidth = gc.textExtent(text).x;
			gc.drawText(text, cell.x + 3 + (width - textWidth) / 2, cell.y + (cell.height - gc.getFontMetrics().getHeight()) / 2,
					true);
			gc.setBackground(background);
			gc.setForeground(foreground);
		}
	}
}
