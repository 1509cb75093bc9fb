package org.sisuite.internal.ui.navigator;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.TreePath;
import org.sisuite.model.Client;
import org.sisuite.model.ClientRange;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Image;
import org.sisuite.model.ImageServer;
import org.sisuite.model.ImageVersion;
import org.sisuite.model.PackageList;
import org.sisuite.model.Site;

/**
 * The shape of the navigator for one state of the site: which children each node has. Built on the
 * UI thread after every load or edit; the client groups are computed once here (one pass over the
 * clients), so a tree with 100,000 clients answers child counts and elements in constant time.
 * <ul>
 * <li>Image Servers &gt; server &gt; image &gt; version</li>
 * <li>Disk Tables &gt; disk table; Package Lists &gt; package list</li>
 * <li>Clients &gt; range or group &gt; client, and Ungrouped &gt; client for clients in no group; a
 * client in several groups appears under each</li>
 * </ul>
 */
final class NavigatorTree {

	/** The tree before the site is loaded: the categories, all empty. */
	static final NavigatorTree EMPTY = new NavigatorTree(null);

	private static final List<Object> ROOTS = List.of((Object[]) NavigatorCategory.values());

	private final Site site;
	private final Map<ClientRange, List<Client>> members = new IdentityHashMap<>();
	private final List<Client> ungrouped = new ArrayList<>();
	private final List<Object> clientFolders = new ArrayList<>();

	NavigatorTree(Site site) {
		this.site = site;
		if (site == null) {
			return;
		}
		for (ClientRange range : site.getClientRanges()) {
			members.put(range, new ArrayList<>());
		}
		for (Client client : site.getClients()) {
			if (client.getGroups().isEmpty()) {
				ungrouped.add(client);
			}
			for (ClientRange group : client.getGroups()) {
				members.computeIfAbsent(group, key -> new ArrayList<>()).add(client);
			}
		}
		clientFolders.addAll(site.getClientRanges());
		if (!ungrouped.isEmpty()) {
			clientFolders.add(UngroupedClients.INSTANCE);
		}
	}

	/** The site this tree shows, or null before it is loaded. */
	Site site() {
		return site;
	}

	/** The children of {@code parent}; the tree itself (the viewer's input) has the categories. */
	List<?> children(Object parent) {
		if (parent == this || parent == null) {
			return ROOTS;
		}
		if (parent instanceof NavigatorCategory category) {
			return site == null ? List.of() : switch (category) {
			case IMAGE_SERVERS -> site.getImageServers();
			case DISK_TABLES -> site.getDiskTables();
			case PACKAGE_LISTS -> site.getPackageLists();
			case CLIENTS -> clientFolders;
			};
		}
		if (parent instanceof ImageServer server) {
			return server.getImages();
		}
		if (parent instanceof Image image) {
			return image.getVersions();
		}
		if (parent instanceof ClientRange range) {
			return members.getOrDefault(range, List.of());
		}
		if (parent == UngroupedClients.INSTANCE) {
			return ungrouped;
		}
		return List.of();
	}

	boolean hasChildren(Object parent) {
		return !children(parent).isEmpty();
	}

	/** How many clients a group or the Ungrouped folder has; -1 for other elements. */
	int memberCount(Object folder) {
		if (folder instanceof ClientRange range) {
			return members.getOrDefault(range, List.of()).size();
		}
		return folder == UngroupedClients.INSTANCE ? ungrouped.size() : -1;
	}

	/** The paths of the parents under which {@code element} appears (several for a client in several groups). */
	List<TreePath> parentPaths(Object element) {
		if (element instanceof NavigatorCategory) {
			return List.of(TreePath.EMPTY);
		}
		if (element instanceof ImageServer) {
			return List.of(path(NavigatorCategory.IMAGE_SERVERS));
		}
		if (element instanceof Image image) {
			return List.of(path(NavigatorCategory.IMAGE_SERVERS, image.eContainer()));
		}
		if (element instanceof ImageVersion version && version.eContainer() instanceof Image image) {
			return List.of(path(NavigatorCategory.IMAGE_SERVERS, image.eContainer(), image));
		}
		if (element instanceof DiskTable) {
			return List.of(path(NavigatorCategory.DISK_TABLES));
		}
		if (element instanceof PackageList) {
			return List.of(path(NavigatorCategory.PACKAGE_LISTS));
		}
		if (element instanceof ClientRange || element == UngroupedClients.INSTANCE) {
			return List.of(path(NavigatorCategory.CLIENTS));
		}
		if (element instanceof Client client) {
			if (client.getGroups().isEmpty()) {
				return List.of(path(NavigatorCategory.CLIENTS, UngroupedClients.INSTANCE));
			}
			return client.getGroups().stream().map(group -> path(NavigatorCategory.CLIENTS, group)).toList();
		}
		return List.of();
	}

	private static TreePath path(Object... segments) {
		return new TreePath(segments);
	}
}
