package org.sisuite.internal.ui.navigator;

/**
 * The top-level folders of the SIS navigator, in the order a user works through them: define
 * disk tables and images, then the clients that receive them.
 */
public enum NavigatorCategory {
	IMAGES("Images"), DISK_TABLES("Disk Tables"), CLIENTS("Clients");

	private final String label;

	NavigatorCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
