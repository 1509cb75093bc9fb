package org.sisuite.internal.ui.navigator;

/** The folder under Clients that holds the clients that belong to no range or group. */
public enum UngroupedClients {
	INSTANCE;

	public String label() {
		return "Ungrouped";
	}
}
