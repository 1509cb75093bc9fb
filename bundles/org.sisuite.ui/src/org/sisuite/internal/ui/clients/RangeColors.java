package org.sisuite.internal.ui.clients;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.sisuite.model.ClientRange;

/**
 * One colour per range, the same in the address plan and its legend: a muted qualitative palette
 * (ten hues that stay apart for most colour-blind readers), by the range's position in the site.
 * Colours are created once and disposed with the control.
 */
final class RangeColors {

	private static final RGB[] PALETTE = { new RGB(78, 121, 167), new RGB(242, 142, 43), new RGB(89, 161, 79),
			new RGB(176, 122, 161), new RGB(118, 183, 178), new RGB(237, 201, 72), new RGB(225, 87, 89),
			new RGB(156, 117, 95), new RGB(255, 157, 167), new RGB(186, 176, 172) };

	static final RGB UNGROUPED = new RGB(150, 150, 150);
	static final RGB FREE = new RGB(255, 255, 255);
	static final RGB FREE_BORDER = new RGB(214, 218, 224);
	static final RGB SELECTION = new RGB(173, 205, 245);
	static final RGB SELECTION_BORDER = new RGB(33, 102, 196);
	static final RGB DROP = new RGB(20, 20, 20);
	static final RGB LABEL = new RGB(110, 110, 110);

	private final LocalResourceManager resources;
	private final Map<ClientRange, Integer> positions = new IdentityHashMap<>();

	RangeColors(Control owner) {
		resources = new LocalResourceManager(JFaceResources.getResources(), owner);
	}

	/** Takes the positions of the ranges of a new state of the site. */
	void update(List<ClientRange> ranges) {
		positions.clear();
		for (int i = 0; i < ranges.size(); i++) {
			positions.put(ranges.get(i), i);
		}
	}

	Color of(ClientRange range) {
		Integer position = positions.get(range);
		return get(position == null ? UNGROUPED : PALETTE[position % PALETTE.length]);
	}

	Color get(RGB rgb) {
		return resources.create(ColorDescriptor.createFrom(rgb));
	}
}
