package org.sisuite.internal.ui.disk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.sisuite.core.disk.layout.DiskSegments;
import org.sisuite.core.disk.layout.DiskSegments.Segment;
import org.sisuite.core.disk.layout.Sizes;
import org.sisuite.core.disk.layout.TableLabels;
import org.sisuite.model.Partition;

/**
 * One disk drawn as a bar: each partition a rectangle to scale in its role's colour, labelled with
 * its number, mount point or role, and size; the growing partition hatched with an arrow; free
 * space light; partitions with problems outlined in red, the selected one in black. A click
 * selects a partition. The bar's model is {@link #segments()}, which tests check instead of pixels.
 */
final class DiskBar extends Canvas {

	private static final int HEIGHT = 46;
	/** The narrowest a partition is drawn, so a 1 MiB BIOS boot partition stays visible and clickable. */
	private static final int MIN_WIDTH = 6;
	/** The width a partition gets when the bar has room, so its name and size can be read. */
	private static final int MIN_LABELLED = 96;

	private DiskSegments segments;
	private Set<Partition> flagged = Set.of();
	private Partition selected;
	private Consumer<Partition> selectionListener = p -> {
	};
	private List<Rectangle> areas = List.of();
	private java.util.function.Function<Partition, String> describer = p -> "";

	DiskBar(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		addPaintListener(event -> paint(event.gc));
		addListener(SWT.MouseDown, event -> {
			Partition hit = partitionAt(event.x, event.y);
			if (hit != null) {
				selectionListener.accept(hit);
			}
		});
		addListener(SWT.MouseHover, event -> {
			Partition hit = partitionAt(event.x, event.y);
			setToolTipText(hit == null ? null : describer.apply(hit));
		});
	}

	void setSegments(DiskSegments segments, Set<Partition> flagged) {
		this.segments = segments;
		this.flagged = flagged;
		redraw();
	}

	/** The bar's model: the segments it draws. */
	DiskSegments segments() {
		return segments;
	}

	/** The partitions outlined as having problems. */
	Set<Partition> flagged() {
		return flagged;
	}

	void setSelected(Partition partition) {
		if (selected != partition) {
			selected = partition;
			redraw();
		}
	}

	void onSelect(Consumer<Partition> listener) {
		this.selectionListener = listener;
	}

	void setDescriber(java.util.function.Function<Partition, String> describer) {
		this.describer = describer;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? 400 : wHint, HEIGHT);
	}

	private Partition partitionAt(int x, int y) {
		for (int i = 0; i < areas.size(); i++) {
			Segment segment = segments.segments().get(i);
			if (segment.partition() != null && areas.get(i).contains(x, y)) {
				return segment.partition();
			}
		}
		return null;
	}

	private void paint(GC gc) {
		Rectangle client = getClientArea();
		gc.setBackground(getParent().getBackground());
		gc.fillRectangle(client);
		if (segments == null || client.width < 20) {
			return;
		}
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		int width = client.width - 2;
		int height = client.height - 2;
		List<Segment> all = segments.segments();
		int[] widths = widths(all, width);
		List<Rectangle> placed = new ArrayList<>();
		int x = 1;
		for (int i = 0; i < all.size(); i++) {
			Rectangle area = new Rectangle(x, 1, widths[i], height);
			placed.add(area);
			paintSegment(gc, all.get(i), area);
			x += widths[i];
		}
		areas = placed;
		// the disk's end when the partitions run past it
		if (segments.scaleBytes() > segments.diskBytes()) {
			int diskEnd = (int) Math.round(1 + segments.diskBytes() * (double) width / segments.scaleBytes());
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
			gc.setLineWidth(2);
			gc.drawLine(diskEnd, 0, diskEnd, client.height);
		}
		gc.setLineWidth(1);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.drawRectangle(0, 0, client.width - 1, client.height - 1);
		for (int i = 0; i < placed.size(); i++) {
			Partition partition = all.get(i).partition();
			if (partition != null && flagged.contains(partition)) {
				outline(gc, placed.get(i), getDisplay().getSystemColor(SWT.COLOR_RED), 3);
			}
		}
		for (int i = 0; i < placed.size(); i++) {
			if (selected != null && all.get(i).partition() == selected) {
				outline(gc, placed.get(i), getDisplay().getSystemColor(SWT.COLOR_BLACK), 2);
			}
		}
	}

	/**
	 * The width of each segment: to scale, but a partition gets at least {@link #MIN_LABELLED}
	 * pixels (when the bar has room), taken from the widest segments, so small partitions such as
	 * an ESP or /boot stay readable next to a disk-sized one.
	 */
	static int[] widths(List<Segment> all, int width) {
		long scale = Math.max(1, all.isEmpty() ? 1 : all.get(all.size() - 1).end());
		int[] widths = new int[all.size()];
		int used = 0;
		for (int i = 0; i < all.size(); i++) {
			int end = i == all.size() - 1 ? width : (int) Math.round((double) all.get(i).end() * width / scale);
			widths[i] = Math.max(MIN_WIDTH, end - used);
			used += widths[i];
		}
		int minimum = all.size() * MIN_LABELLED <= width / 2 ? MIN_LABELLED : MIN_WIDTH;
		for (int i = 0; i < widths.length; i++) {
			if (all.get(i).partition() != null && widths[i] < minimum) {
				int missing = minimum - widths[i];
				widths[i] = minimum;
				widest(widths, i).ifPresent(j -> widths[j] -= missing);
			}
		}
		return widths;
	}

	private static java.util.OptionalInt widest(int[] widths, int except) {
		int best = -1;
		for (int i = 0; i < widths.length; i++) {
			if (i != except && (best < 0 || widths[i] > widths[best])) {
				best = i;
			}
		}
		return best < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(best);
	}

	private void paintSegment(GC gc, Segment segment, Rectangle area) {
		Color fill = SegmentColors.fill(segment.role());
		gc.setBackground(fill);
		gc.fillRectangle(area);
		if (segment.grow()) {
			hatch(gc, area);
		}
		if (segment.overflow()) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
			gc.setLineStyle(SWT.LINE_DASH);
			gc.drawRectangle(area.x, area.y, area.width - 1, area.height - 1);
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.drawLine(area.x + area.width - 1, area.y, area.x + area.width - 1, area.y + area.height);
		String[] lines = label(segment);
		gc.setForeground(SegmentColors.text(segment.role(), getDisplay()));
		int lineHeight = gc.getFontMetrics().getHeight();
		int y = area.y + (area.height - lines.length * lineHeight) / 2;
		for (String line : lines) {
			String fitted = fit(gc, line, area.width - 8);
			if (!fitted.isEmpty()) {
				gc.drawString(fitted, area.x + 4, y, true);
			}
			y += lineHeight;
		}
	}

	/** Diagonal stripes and an arrow: the partition that takes the space left. */
	private void hatch(GC gc, Rectangle area) {
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.setAlpha(70);
		gc.setClipping(area);
		for (int x = area.x - area.height; x < area.x + area.width; x += 10) {
			gc.drawLine(x, area.y + area.height, x + area.height, area.y);
		}
		gc.setAlpha(255);
		int mid = area.y + area.height / 2;
		int tip = area.x + area.width - 5;
		if (area.width > 40) {
			gc.setLineWidth(2);
			gc.drawLine(tip - 14, mid, tip, mid);
			gc.drawLine(tip - 6, mid - 5, tip, mid);
			gc.drawLine(tip - 6, mid + 5, tip, mid);
			gc.setLineWidth(1);
		}
		gc.setClipping((Rectangle) null);
	}

	private static void outline(GC gc, Rectangle area, Color color, int width) {
		gc.setForeground(color);
		gc.setLineWidth(width);
		gc.drawRectangle(area.x + width / 2, area.y + width / 2, area.width - width, area.height - width);
		gc.setLineWidth(1);
	}

	private String[] label(Segment segment) {
		String size = Sizes.human(segment.size());
		if (segment.partition() == null) {
			return new String[] { "free", size };
		}
		Partition partition = segment.partition();
		String name = TableLabels.partitionName(partition);
		String shortName = name.startsWith("/dev/") ? name.substring(5) : "#" + partition.getNumber();
		String what = describer.apply(partition);
		return new String[] { shortName + (what.isEmpty() ? "" : "  " + what), size + (segment.grow() ? " (grows)" : "") };
	}

	private static String fit(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		for (int n = text.length() - 1; n > 0; n--) {
			String shorter = text.substring(0, n) + "…";
			if (gc.textExtent(shorter).x <= width) {
				return shorter;
			}
		}
		return "";
	}
}
