package org.sisuite.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves what the workbench window shows as a PNG under the {@code sis.screenshots} directory. */
final class Screenshots {

	private Screenshots() {
	}

	static Path take(Shell shell, String name) throws Exception {
		Display display = shell.getDisplay();
		shell.forceActive();
		shell.setSize(1280, 800);
		long until = System.currentTimeMillis() + 1500;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		Path directory = Path.of(System.getProperty("sis.screenshots", "target/screenshots"));
		Files.createDirectories(directory);
		Path file = directory.resolve(name);
		try {
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
		return file;
	}
}
