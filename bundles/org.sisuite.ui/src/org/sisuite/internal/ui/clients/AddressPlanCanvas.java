package org.sisuite.internal.ui.clients;

import java.util.function.BiConsumer;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ScrollBar;
import org.sisuite.model.Client;
import org.sisuite.model.ClientRange;
import org.sisuite.model.Image;

/**
 * The address plan drawn as a grid of name slots, 32 a row, each row labelled with its first host
 * name: slots of a range in the range's colour, clients in no range grey, free slots blank. Only
 * the visible rows are painted, with our own scroll bar, so a plan of 100,000 names costs what a
 * screenful costs.
 * <p>
 * Pressing the mouse on a free slot and dragging selects the free block from there (it stops at
 * the first used slot); releasing reports it to the block listener, which opens the range wizard.
 * An image dragged over a range's slots outlines the range; dropping it there reports the range
 * and the image to the drop listener; anywhere else the drop is refused.
 */
final class AddressPlanCanvas {

	static final int COLUMNS = 32;
	private static final int CELL_HEIGHT = 15;
	private static final int ROW_GAP = 3;
	private static final int MARGIN = 6;

	private final Canvas canvas;
	private final RangeColors colors;
	private AddressPlan plan;
	private SiteIndex index = SiteIndex.EMPTY;
	private BiConsumer<Integer, Integer> blockListener = (start, count) -> {
	};
	private BiConsumer<ClientRange, Image> dropListener = (range, image) -> {
	};

	private int anchor = -1;
	private int[] block;
	private ClientRange dropHighlight;
	private int labelWidth;

	AddressPlanCanvas(Composite parent, RangeColors colors) {
		this.colors = colors;
		canvas = new Canvas(parent, SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.BORDER);
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		plan = AddressPlan.of(SiteIndex.EMPTY, "node");
		canvas.addPaintListener(event -> paint(event.gc));
		canvas.addListener(SWT.Resize, event -> updateScrollBar());
		canvas.getVerticalBar().addListener(SWT.Selection, event -> canvas.redraw());
		canvas.addListener(SWT.MouseVerticalWheel, event -> {
			ScrollBar bar = canvas.getVerticalBar();
			bar.setSelection(bar.getSelection() - Integer.signum(event.count) * 3);
			canvas.redraw();
			event.doit = false;
		});
		canvas.addMouseListener(new org.eclipse.swt.events.MouseAdapter() {
			@Override
			public void mouseDown(MouseEvent event) {
				pressed(event);
			}

			@Override
			public void mouseUp(MouseEvent event) {
				released(event);
			}
		});
		canvas.addMouseMoveListener(this::moved);
		installDropTarget();
	}

	Canvas control() {
		return canvas;
	}

	void setBlockListener(BiConsumer<Integer, Integer> listener) {
		blockListener = listener;
	}

	void setDropListener(BiConsumer<ClientRange, Image> listener) {
		dropListener = listener;
	}

	void setPlan(SiteIndex index, AddressPlan plan) {
		this.index = index;
		this.plan = plan;
		anchor = -1;
		block = null;
		dropHighlight = null;
		labelWidth = 0;
		updateScrollBar();
		canvas.redraw();
	}

	AddressPlan plan() {
		return plan;
	}

	/** Forgets the selected block (after the wizard closed). */
	void clearBlock() {
		block = null;
		canvas.redraw();
	}

	/** The selected block {start, count} while dragging, or null. */
	int[] block() {
		return block;
	}

	/** Scrolls so that the row of {@code number} is visible. */
	void reveal(int number) {
		if (!plan.contains(number)) {
			return;
		}
		int row = (number - plan.first()) / COLUMNS;
		ScrollBar bar = canvas.getVerticalBar();
		int top = bar.getSelection();
		int visible = visibleRows();
		if (row < top || row >= top + visible) {
			bar.setSelection(Math.max(0, row - visible / 3));
			canvas.redraw();
		}
	}

	/** The centre of the slot of {@code number} in the canvas's coordinates, or null if not visible. */
	Point centerOf(int number) {
		Rectangle cell = cell(number);
		return cell == null ? null : new Point(cell.x + cell.width / 2, cell.y + cell.height / 2);
	}

	/** The number of the slot at a point of the canvas, or -1. */
	int numberAt(int x, int y) {
		int cellWidth = cellWidth();
		int left = MARGIN + labelWidth();
		if (x < left || x >= left + COLUMNS * cellWidth || y < MARGIN) {
			return -1;
		}
		int row = (y - MARGIN) / (CELL_HEIGHT + ROW_GAP) + canvas.getVerticalBar().getSelection();
		if ((y - MARGIN) % (CELL_HEIGHT + ROW_GAP) >= CELL_HEIGHT) {
			return -1;
		}
		int number = plan.first() + row * COLUMNS + (x - left) / cellWidth;
		return plan.contains(number) ? number : -1;
	}

	private Rectangle cell(int number) {
		if (!plan.contains(number)) {
			return null;
		}
		int position = number - plan.first();
		int row = position / COLUMNS - canvas.getVerticalBar().getSelection();
		if (row < 0 || row >= visibleRows()) {
			return null;
		}
		int cellWidth = cellWidth();
		return new Rectangle(MARGIN + labelWidth() + (position % COLUMNS) * cellWidth,
				MARGIN + row * (CELL_HEIGHT + ROW_GAP), cellWidth - 1, CELL_HEIGHT);
	}

	private int cellWidth() {
		int available = canvas.getClientArea().width - 2 * MARGIN - labelWidth();
		return Math.max(8, available / COLUMNS);
	}

	private int labelWidth() {
		if (labelWidth == 0) {
			GC gc = new GC(canvas);
			try {
				labelWidth = gc.textExtent(plan.hostname(plan.end())).x + 10;
			} finally {
				gc.dispose();
			}
		}
		return labelWidth;
	}

	private int rows() {
		return (plan.end() - plan.first() + COLUMNS - 1) / COLUMNS;
	}

	private int visibleRows() {
		return Math.max(1, (canvas.getClientArea().height - MARGIN) / (CELL_HEIGHT + ROW_GAP));
	}

	private void updateScrollBar() {
		ScrollBar bar = canvas.getVerticalBar();
		int visible = visibleRows();
		bar.setValues(Math.min(bar.getSelection(), Math.max(0, rows() - visible)), 0, Math.max(rows(), visible),
				visible, 1, Math.max(1, visible - 1));
		canvas.redraw();
	}

	private void paint(GC gc) {
		int top = canvas.getVerticalBar().getSelection();
		int visible = visibleRows() + 1;
		int cellWidth = cellWidth();
		int left = MARGIN + labelWidth();
		Color label = colors.get(RangeColors.LABEL);
		Color free = colors.get(RangeColors.FREE);
		Color freeBorder = colors.get(RangeColors.FREE_BORDER);
		gc.setAntialias(SWT.ON);
		for (int row = top; row < Math.min(rows(), top + visible); row++) {
			int y = MARGIN + (row - top) * (CELL_HEIGHT + ROW_GAP);
			int rowFirst = plan.first() + row * COLUMNS;
			gc.setForeground(label);
			gc.drawText(plan.hostname(rowFirst), MARGIN, y + (CELL_HEIGHT - gc.getFontMetrics().getHeight()) / 2, true);
			for (int column = 0; column < COLUMNS; column++) {
				int number = rowFirst + column;
				int x = left + column * cellWidth;
				Object owner = plan.owner(number);
				if (owner == null) {
					boolean selected = block != null && number >= block[0] && number < block[0] + block[1];
					gc.setBackground(selected ? colors.get(RangeColors.SELECTION) : free);
					gc.fillRectangle(x, y, cellWidth - 1, CELL_HEIGHT);
					gc.setForeground(selected ? colors.get(RangeColors.SELECTION_BORDER) : freeBorder);
					gc.drawRectangle(x, y, cellWidth - 2, CELL_HEIGHT - 1);
				} else {
					ClientRange range = owner instanceof ClientRange r ? r : null;
					gc.setBackground(range != null ? colors.of(range) : colors.get(RangeColors.UNGROUPED));
					gc.fillRectangle(x, y, cellWidth - 1, CELL_HEIGHT);
					if (range != null && range == dropHighlight) {
						gc.setForeground(colors.get(RangeColors.DROP));
						gc.setLineWidth(2);
						gc.drawRectangle(x + 1, y + 1, cellWidth - 3, CELL_HEIGHT - 2);
						gc.setLineWidth(1);
					}
				}
			}
		}
		if (block != null) {
			paintBlockLabel(gc);
		}
	}

	/** "node065 .. node128 (64)" next to the end of the block being dragged. */
	private void paintBlockLabel(GC gc) {
		Rectangle end = cell(block[0] + block[1] - 1);
		if (end == null) {
			return;
		}
		String text = " " + plan.hostname(block[0]) + " .. " + plan.hostname(block[0] + block[1] - 1) + " (" + block[1]
				+ ") ";
		Point size = gc.textExtent(text);
		int x = Math.min(end.x + end.width + 4, canvas.getClientArea().width - size.x - 2);
		int y = end.y + end.height + 2;
		if (y + size.y > canvas.getClientArea().height) {
			y = end.y - size.y - 2;
		}
		gc.setBackground(colors.get(RangeColors.SELECTION_BORDER));
		gc.setForeground(colors.get(RangeColors.FREE));
		gc.fillRoundRectangle(x, y, size.x, size.y, 6, 6);
		gc.drawText(text, x, y, true);
	}

	private void pressed(MouseEvent event) {
		if (event.button != 1) {
			return;
		}
		int number = numberAt(event.x, event.y);
		if (number >= 0 && plan.isFree(number)) {
			anchor = number;
			block = plan.freeBlock(anchor, anchor);
			canvas.redraw();
		}
	}

	private void moved(MouseEvent event) {
		int number = numberAt(event.x, event.y);
		if (anchor >= 0 && (event.stateMask & SWT.BUTTON1) != 0) {
			if (number >= 0) {
				block = plan.freeBlock(anchor, number);
				canvas.redraw();
			}
			return;
		}
		String tip = number < 0 ? null : describe(number);
		if (tip == null ? canvas.getToolTipText() != null : !tip.equals(canvas.getToolTipText())) {
			canvas.setToolTipText(tip);
		}
	}

	private void released(MouseEvent event) {
		if (event.button != 1 || anchor < 0) {
			return;
		}
		int number = numberAt(event.x, event.y);
		if (number >= 0) {
			block = plan.freeBlock(anchor, number);
		}
		anchor = -1;
		int[] selected = block;
		canvas.redraw();
		if (selected != null) {
			// after this event: the wizard runs its own event loop
			canvas.getDisplay().asyncExec(() -> blockListener.accept(selected[0], selected[1]));
		}
	}

	private String describe(int number) {
		String hostname = plan.hostname(number);
		Object owner = plan.owner(number);
		Client client = index.client(hostname);
		StringBuilder text = new StringBuilder(hostname);
		if (owner == null) {
			return text.append(": free - drag across free slots to define a range").toString();
		}
		if (owner instanceof ClientRange range) {
			text.append(" - range ").append(range.getName());
		}
		if (client != null) {
			String ip = SiteIndex.ip(client);
			text.append(ip == null ? "" : ", " + ip)
					.append(client.getImage() == null ? ", no image" : ", image " + client.getImage().getName());
		} else {
			text.append(" (no client)");
		}
		return text.toString();
	}

	private void installDropTarget() {
		DropTarget target = new DropTarget(canvas, DND.DROP_COPY | DND.DROP_LINK | DND.DROP_MOVE | DND.DROP_DEFAULT);
		target.setTransfer(new Transfer[] { LocalSelectionTransfer.getTransfer() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				dragOver(event);
			}

			@Override
			public void dragOver(DropTargetEvent event) {
				event.feedback = DND.FEEDBACK_NONE;
				ClientRange range = rangeAt(event.x, event.y);
				Image image = DroppedImage.of(LocalSelectionTransfer.getTransfer().getSelection());
				setDropHighlight(image != null ? range : null);
				event.detail = image != null && range != null ? DND.DROP_COPY : DND.DROP_NONE;
			}

			@Override
			public void dragLeave(DropTargetEvent event) {
				setDropHighlight(null);
			}

			@Override
			public void drop(DropTargetEvent event) {
				ClientRange range = rangeAt(event.x, event.y);
				Image image = DroppedImage.of(event.data != null ? event.data
						: LocalSelectionTransfer.getTransfer().getSelection());
				setDropHighlight(null);
				if (range == null || image == null) {
					event.detail = DND.DROP_NONE;
					return;
				}
				dropListener.accept(range, image);
			}
		});
	}

	private ClientRange rangeAt(int displayX, int displayY) {
		Point point = canvas.toControl(displayX, displayY);
		int number = numberAt(point.x, point.y);
		return number >= 0 && plan.owner(number) instanceof ClientRange range ? range : null;
	}

	private void setDropHighlight(ClientRange range) {
		if (range != dropHighlight) {
			dropHighlight = range;
			canvas.redraw();
		}
	}
}
