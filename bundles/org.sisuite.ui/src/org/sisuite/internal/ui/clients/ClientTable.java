package org.sisuite.internal.ui.clients;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.sisuite.internal.ui.clients.ClientRows.Column;
import org.sisuite.model.Client;
import org.sisuite.model.Image;

/**
 * The clients as an {@code SWT.VIRTUAL} table: the table knows only the row count and asks for
 * the rows it shows ({@code SWT.SetData}), so 100,000 clients cost a screenful of items. A click
 * on a column header sorts by it (again: reversed). An image dropped on a selected row goes to
 * every selected client, on another row to that client alone.
 */
final class ClientTable {

	private final Table table;
	private final ClientRows rows = new ClientRows();
	private SiteIndex index = SiteIndex.EMPTY;
	private BiConsumer<List<Client>, Image> dropListener = (clients, image) -> {
	};

	ClientTable(Composite parent) {
		table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (Column column : Column.values()) {
			TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
			tableColumn.setText(column.title);
			tableColumn.setWidth(column.width);
			tableColumn.setMoveable(true);
			tableColumn.addListener(SWT.Selection, event -> sortBy(column));
		}
		table.addListener(SWT.SetData, event -> {
			TableItem item = (TableItem) event.item;
			int row = table.indexOf(item);
			if (row < 0 || row >= rows.size()) {
				return;
			}
			Client client = rows.get(row);
			for (Column column : Column.values()) {
				item.setText(column.ordinal(), ClientRows.text(client, column));
			}
			item.setData(client);
		});
		showSortColumn();
		installDropTarget();
	}

	Table control() {
		return table;
	}

	ClientRows rows() {
		return rows;
	}

	void setDropListener(BiConsumer<List<Client>, Image> listener) {
		dropListener = listener;
	}

	/** Shows the clients of a new state of the site, keeping the selected clients that remain. */
	void update(SiteIndex newIndex) {
		List<String> selected = selectedClients().stream().map(Client::getHostname).toList();
		index = newIndex;
		refresh();
		select(selected);
	}

	void setFilter(String text) {
		rows.setFilter(text);
		refresh();
	}

	/** The clients of the selected rows. */
	List<Client> selectedClients() {
		List<Client> clients = new ArrayList<>();
		for (int row : table.getSelectionIndices()) {
			if (row < rows.size()) {
				clients.add(rows.get(row));
			}
		}
		return clients;
	}

	/** Selects the rows of these host names (at most a thousand are looked up). */
	void select(List<String> hostnames) {
		if (hostnames.isEmpty() || hostnames.size() > 1000) {
			table.deselectAll();
			return;
		}
		List<Integer> found = new ArrayList<>();
		List<Client> all = rows.rows();
		java.util.Set<String> wanted = new java.util.HashSet<>(hostnames);
		for (int row = 0; row < all.size() && found.size() < wanted.size(); row++) {
			if (wanted.contains(all.get(row).getHostname())) {
				found.add(row);
			}
		}
		table.setSelection(found.stream().mapToInt(Integer::intValue).toArray());
	}

	private void sortBy(Column column) {
		List<String> selected = selectedClients().stream().map(Client::getHostname).toList();
		rows.sortBy(column);
		showSortColumn();
		refresh();
		select(selected);
	}

	private void showSortColumn() {
		table.setSortColumn(table.getColumn(rows.sortColumn().ordinal()));
		table.setSortDirection(rows.ascending() ? SWT.UP : SWT.DOWN);
	}

	private void refresh() {
		rows.update(index);
		table.setItemCount(rows.size());
		table.clearAll();
	}

	private void installDropTarget() {
		DropTarget target = new DropTarget(table, DND.DROP_COPY | DND.DROP_LINK | DND.DROP_MOVE | DND.DROP_DEFAULT);
		target.setTransfer(new Transfer[] { LocalSelectionTransfer.getTransfer() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				dragOver(event);
			}

			@Override
			public void dragOver(DropTargetEvent event) {
				Image image = DroppedImage.of(LocalSelectionTransfer.getTransfer().getSelection());
				boolean onRow = !targets(event).isEmpty();
				event.feedback = DND.FEEDBACK_SELECT | DND.FEEDBACK_SCROLL;
				event.detail = image != null && onRow ? DND.DROP_COPY : DND.DROP_NONE;
			}

			@Override
			public void drop(DropTargetEvent event) {
				Image image = DroppedImage.of(event.data != null ? event.data
						: LocalSelectionTransfer.getTransfer().getSelection());
				List<Client> clients = targets(event);
				if (image == null || clients.isEmpty()) {
					event.detail = DND.DROP_NONE;
					return;
				}
				dropListener.accept(clients, image);
			}
		});
	}

	/** The clients a drop at the event's point goes to: the selection if the row is selected, else the row. */
	private List<Client> targets(DropTargetEvent event) {
		Point point = table.toControl(event.x, event.y);
		TableItem item = table.getItem(point);
		if (item == null) {
			return List.of();
		}
		int row = table.indexOf(item);
		if (row < 0 || row >= rows.size()) {
			return List.of();
		}
		return table.isSelected(row) ? selectedClients() : List.of(rows.get(row));
	}
}
