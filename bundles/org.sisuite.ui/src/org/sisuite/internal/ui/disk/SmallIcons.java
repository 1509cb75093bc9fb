package org.sisuite.internal.ui.disk;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/** The system's error, warning and information icons at 16 pixels, made once per control and disposed with it. */
final class SmallIcons {

	private SmallIcons() {
	}

	@SuppressWarnings("unchecked")
	static Image get(Control owner, int systemIcon) {
		Map<Integer, Image> icons = (Map<Integer, Image>) owner.getData(SmallIcons.class.getName());
		if (icons == null) {
			Map<Integer, Image> created = new HashMap<>();
			owner.setData(SmallIcons.class.getName(), created);
			owner.addDisposeListener(e -> created.values().forEach(Image::dispose));
			icons = created;
		}
		return icons.computeIfAbsent(systemIcon, icon -> {
			Image big = owner.getDisplay().getSystemImage(icon);
			Image small = new Image(owner.getDisplay(), big.getImageData().scaledTo(16, 16));
			return small;
		});
	}
}
