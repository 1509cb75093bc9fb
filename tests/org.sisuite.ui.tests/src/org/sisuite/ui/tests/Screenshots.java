package org.sisuite.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** Saves what a shell shows as a PNG under the screenshots directory (target/screenshots). */
final class Screenshots {

	private Screenshots() {
	}

	static Path take(Shell shell, String fileName) throws Exception {
		shell.forceActive();
		NavigatorDriver.dispatchPending();
		long until = System.currentTimeMillis() + 1000;
		while (System.currentTimeMillis() < until) {
			if (!shell.getDisplay().readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		Rectangle bounds = shell.getBounds();
		// GTK without a window manager may report a shell taller than what it draws: stop at its last child
		int drawn = 0;
		for (org.eclipse.swt.widgets.Control child : shell.getChildren()) {
			if (child.isVisible()) {
				Rectangle b = child.getBounds();
				drawn = Math.max(drawn, b.y + b.height);
			}
		}
		if (drawn > 0 && drawn < bounds.height) {
			bounds.height = drawn;
		}
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		Path directory = Path.of(System.getProperty("sis.screenshots", "target/screenshots"));
		Files.createDirectories(directory);
		Path file = directory.resolve(fileName);
		try {
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
		return file;
	}
}
