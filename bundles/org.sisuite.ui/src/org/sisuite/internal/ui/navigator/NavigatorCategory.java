package org.sisuite.internal.ui.navigator;

/**
 * The top-level folders of the SIS navigator, in the order a user works through them: image
 * servers with their images, the disk tables and package lists images use, then the clients that
 * receive them.
 */
public enum NavigatorCategory {
	IMAGE_SERVERS("Image Servers"), DISK_TABLES("Disk Tables"), PACKAGE_LISTS("Package Lists"), CLIENTS("Clients");

	private final String label;

	NavigatorCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
