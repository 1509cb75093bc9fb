package org.sisuite.internal.ui.disk;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.sisuite.core.disk.layout.DiskSegments.Role;

/**
 * The colour of each segment role: the Okabe-Ito palette, which stays distinct for colour-blind
 * readers. SWT colours without an OS handle, so nothing needs disposing.
 */
final class SegmentColors {

	private static final Map<Role, RGB> RGBS = new EnumMap<>(Role.class);

	static {
		RGBS.put(Role.ESP, new RGB(230, 159, 0)); // orange
		RGBS.put(Role.BOOT, new RGB(240, 228, 66)); // yellow
		RGBS.put(Role.ROOT, new RGB(0, 114, 178)); // blue
		RGBS.put(Role.SWAP, new RGB(204, 121, 167)); // reddish purple
		RGBS.put(Role.RAID, new RGB(0, 158, 115)); // bluish green
		RGBS.put(Role.LVM, new RGB(86, 180, 233)); // sky blue
		RGBS.put(Role.OTHER, new RGB(160, 160, 160)); // grey
		RGBS.put(Role.FREE, new RGB(246, 246, 246));
	}

	private SegmentColors() {
	}

	static Color fill(Role role) {
		return new Color(RGBS.get(role));
	}

	/** Black or white, whichever reads better on the role's colour. */
	static Color text(Role role, Display display) {
		RGB rgb = RGBS.get(role);
		double luminance = 0.299 * rgb.red + 0.587 * rgb.green + 0.114 * rgb.blue;
		return display.getSystemColor(luminance > 150 ? org.eclipse.swt.SWT.COLOR_BLACK : org.eclipse.swt.SWT.COLOR_WHITE);
	}

	static String title(Role role) {
		return switch (role) {
		case ESP -> "EFI system";
		case BOOT -> "boot";
		case ROOT -> "root";
		case SWAP -> "swap";
		case RAID -> "RAID member";
		case LVM -> "LVM PV";
		case OTHER -> "other";
		case FREE -> "free";
		};
	}
}
