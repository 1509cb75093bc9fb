package org.sisuite.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.sisuite.model.ConnectionKind;
import org.sisuite.model.DiskTable;
import org.sisuite.model.FinishAction;
import org.sisuite.model.Image;
import org.sisuite.model.ImageServer;
import org.sisuite.model.ImageVersion;
import org.sisuite.model.InstallScript;
import org.sisuite.model.NamedElement;
import org.sisuite.model.PostInstallAction;
import org.sisuite.model.SisFactory;
import org.sisuite.model.Site;

/** Image servers with their images, versions, install scripts and post-install actions. */
final class ImageRows {

	private ImageRows() {
	}

	static long insertServer(Connection connection, ImageServer server) throws SQLException {
		return Sql.insert(connection, """
				INSERT INTO image_server (name, host, connection_kind, ssh_user, ssh_port, image_root, rsync_port,
				  monitor_port, bind_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", server.getName(), server.getHost(),
				server.getConnection().getLiteral(), server.getSshUser(), server.getSshPort(), server.getImageRoot(),
				server.getRsyncPort(), server.getMonitorPort(), server.getBindAddress());
	}

	/** Inserts an image and everything it contains; returns its id. */
	static long insertImage(Connection connection, long serverId, Image image) throws SQLException {
		long id = Sql.insert(connection, """
				INSERT INTO image (server_id, name, architecture, distribution, distribution_detected, path, description,
				  current_version, package_list, footprint_set) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", serverId,
				image.getName(), image.getArchitecture(), image.getDistribution(), image.isDistributionDetected(),
				image.getPath(), image.getDescription(),
				image.getCurrentVersion() == null ? null : image.getCurrentVersion().getNumber(),
				nameOf(image.getPackageList()), nameOf(image.getFootprintSet()));
		for (ImageVersion version : image.getVersions()) {
			Sql.update(connection, """
					INSERT INTO image_version (image_id, number, created, parent_number, note, size_bytes)
					VALUES (?, ?, ?, ?, ?, ?)""", id, version.getNumber(), version.getCreated(),
					version.getParentVersion() == null ? null : version.getParentVersion().getNumber(), version.getNote(),
					version.getSizeBytes());
		}
		int position = 0;
		for (DiskTable table : image.getDiskTables()) {
			Sql.update(connection, "INSERT INTO image_disk_table (image_id, position, disk_table) VALUES (?, ?, ?)", id,
					position++, table.getName());
		}
		position = 0;
		for (InstallScript script : image.getInstallScripts()) {
			Sql.update(connection, """
					INSERT INTO install_script (image_id, name, position, disk_table, post_action) VALUES (?, ?, ?, ?, ?)""",
					id, script.getName(), position++, nameOf(script.getDiskTable()), script.getPostAction().getLiteral());
		}
		position = 0;
		for (PostInstallAction action : image.getPostInstallActions()) {
			Sql.update(connection, """
					INSERT INTO post_install_action (image_id, position, name, action_order, script)
					VALUES (?, ?, ?, ?, ?)""", id, position++, action.getName(), action.getOrder(), action.getScript());
		}
		return id;
	}

	/**
	 * Reads all servers and images into the site; document references are resolved against the
	 * site's documents, which must be loaded first.
	 *
	 * @return the images by their row id, for the rows that reference them
	 */
	static Map<Long, Image> loadInto(Connection connection, Site site) throws SQLException {
		Map<Long, ImageServer> servers = new HashMap<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT * FROM image_server ORDER BY id");
				ResultSet row = query.executeQuery()) {
			while (row.next()) {
				ImageServer server = SisFactory.eINSTANCE.createImageServer();
				server.setName(row.getString("name"));
				server.setHost(row.getString("host"));
				server.setConnection(ConnectionKind.get(row.getString("connection_kind")));
				server.setSshUser(row.getString("ssh_user"));
				server.setSshPort(row.getInt("ssh_port"));
				server.setImageRoot(row.getString("image_root"));
				server.setRsyncPort(row.getInt("rsync_port"));
				server.setMonitorPort(row.getInt("monitor_port"));
				server.setBindAddress(row.getString("bind_address"));
				site.getImageServers().add(server);
				servers.put(row.getLong("id"), server);
			}
		}
		Map<Long, Image> images = new HashMap<>();
		Map<Long, Integer> currentVersions = new HashMap<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT * FROM image ORDER BY id");
				ResultSet row = query.executeQuery()) {
			while (row.next()) {
				Image image = SisFactory.eINSTANCE.createImage();
				image.setName(row.getString("name"));
				image.setArchitecture(row.getString("architecture"));
				image.setDistribution(row.getString("distribution"));
				image.setDistributionDetected(row.getBoolean("distribution_detected"));
				image.setPath(row.getString("path"));
				image.setDescription(row.getString("description"));
				image.setPackageList(named(site.getPackageLists(), row.getString("package_list")));
				image.setFootprintSet(named(site.getFootprintSets(), row.getString("footprint_set")));
				servers.get(row.getLong("server_id")).getImages().add(image);
				long id = row.getLong("id");
				images.put(id, image);
				Integer current = Sql.nullableInt(row, "current_version");
				if (current != null) {
					currentVersions.put(id, current);
				}
			}
		}
		loadVersions(connection, images, currentVersions);
		loadDetails(connection, site, images);
		return images;
	}

	private static void loadVersions(Connection connection, Map<Long, Image> images, Map<Long, Integer> currentVersions)
			throws SQLException {
		Map<Long, Map<Integer, Integer>> parents = new HashMap<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT * FROM image_version ORDER BY image_id, number");
				ResultSet row = query.executeQuery()) {
			while (row.next()) {
				ImageVersion version = SisFactory.eINSTANCE.createImageVersion();
				version.setNumber(row.getInt("number"));
				version.setCreated(Sql.date(row, "created"));
				version.setNote(row.getString("note"));
				version.setSizeBytes(row.getLong("size_bytes"));
				long imageId = row.getLong("image_id");
				images.get(imageId).getVersions().add(version);
				Integer parent = Sql.nullableInt(row, "parent_number");
				if (parent != null) {
					parents.computeIfAbsent(imageId, id -> new HashMap<>()).put(version.getNumber(), parent);
				}
			}
		}
		parents.forEach((imageId, byNumber) -> byNumber.forEach((number, parent) -> version(images.get(imageId), number)
				.setParentVersion(version(images.get(imageId), parent))));
		currentVersions.forEach((imageId, number) -> images.get(imageId).setCurrentVersion(version(images.get(imageId), number)));
	}

	private static void loadDetails(Connection connection, Site site, Map<Long, Image> images) throws SQLException {
		try (PreparedStatement query = connection
				.prepareStatement("SELECT * FROM image_disk_table ORDER BY image_id, position");
				ResultSet row = query.executeQuery()) {
			while (row.next()) {
				images.get(row.getLong("image_id")).getDiskTables().add(named(site.getDiskTables(), row.getString("disk_table")));
			}
		}
		try (PreparedStatement query = connection.prepareStatement("SELECT * FROM install_script ORDER BY image_id, position");
				ResultSet row = query.executeQuery()) {
			while (row.next()) {
				InstallScript script = SisFactory.eINSTANCE.createInstallScript();
				script.setName(row.getString("name"));
				script.setDiskTable(named(site.getDiskTables(), row.getString("disk_table")));
				script.setPostAction(FinishAction.get(row.getString("post_action")));
				images.get(row.getLong("image_id")).getInstallScripts().add(script);
			}
		}
		try (PreparedStatement query = connection
				.prepareStatement("SELECT * FROM post_install_action ORDER BY image_id, position");
				ResultSet row = query.executeQuery()) {
			while (row.next()) {
				PostInstallAction action = SisFactory.eINSTANCE.createPostInstallAction();
				action.setName(row.getString("name"));
				action.setOrder(row.getInt("action_order"));
				action.setScript(row.getString("script"));
				images.get(row.getLong("image_id")).getPostInstallActions().add(action);
			}
		}
	}

	private static ImageVersion version(Image image, int number) {
		return image.getVersions().stream().filter(v -> v.getNumber() == number).findFirst().orElse(null);
	}

	static String nameOf(NamedElement element) {
		return element == null ? null : element.getName();
	}

	static <T extends NamedElement> T named(Iterable<T> candidates, String name) {
		if (name == null) {
			return null;
		}
		for (T candidate : candidates) {
			if (name.equals(candidate.getName())) {
				return candidate;
			}
		}
		return null;
	}

	/** The install script of that name in the image, or null. */
	static InstallScript script(Image image, String name) {
		return image == null ? null : named(image.getInstallScripts(), name);
	}

}
