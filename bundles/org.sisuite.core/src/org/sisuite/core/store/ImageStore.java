package org.sisuite.core.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;
import org.sisuite.core.store.StoreRecords.ImageDetails;
import org.sisuite.core.store.StoreRecords.ImageSummary;
import org.sisuite.core.store.StoreRecords.VersionSummary;
import org.sisuite.model.ConnectionKind;
import org.sisuite.model.Image;
import org.sisuite.model.ImageServer;
import org.sisuite.model.SisFactory;

/** Images and their servers: the operations behind {@code sis image ...}. */
public final class ImageStore {

	/** The name of the image server on this machine, created with the first image. */
	public static final String LOCAL_SERVER = "local";

	/** What to do with the clients and ranges of an image being removed. */
	public enum InUse {
		/** refuse, naming them */
		REFUSE,
		/** leave them without an image */
		DETACH,
		/** give them another image */
		REASSIGN
	}

	/** A new image as the user describes it. */
	public record ImageSpec(String name, String server, String architecture, String distribution, String path,
			String description) {
	}

	/**
	 * What a build needs to know about an image.
	 *
	 * @param name               the image
	 * @param path               its directory on the (local) server: versions go to {@code path/v<N>}
	 * @param architecture       its architecture; null if not given
	 * @param currentVersion     the version a new build's parent is; null before the first
	 * @param packageList        the stored package list it names; null for none
	 * @param postInstallActions its post-install actions, by ascending order (then position)
	 */
	public record BuildTarget(String name, Path path, String architecture, Integer currentVersion, String packageList,
			List<Action> postInstallActions) {

		public BuildTarget {
			postInstallActions = List.copyOf(postInstallActions);
		}
	}

	/** A post-install action as a build runs it. */
	public record Action(String name, int order, String script) {
	}

	/** Puts a version's tree in place once its number is known; runs inside the recording transaction. */
	@FunctionalInterface
	public interface VersionPlacement {
		void place(int number) throws CoreException;
	}

	private static final String SUMMARY_QUERY = """
			SELECT i.id, i.name, s.name AS server, i.architecture, i.distribution, i.current_version, i.path,
			  (SELECT COUNT(*) FROM image_version v WHERE v.image_id = i.id) AS versions,
			  (SELECT COUNT(*) FROM client c WHERE c.image_id = i.id) AS clients
			FROM image i JOIN image_server s ON s.id = i.server_id""";

	private final SisDatabase database;
	private final Path defaultImageRoot;

	/**
	 * @param defaultImageRoot where the local image server keeps its images when it is created
	 */
	public ImageStore(SisDatabase database, Path defaultImageRoot) {
		this.database = database;
		this.defaultImageRoot = defaultImageRoot;
	}

	public List<ImageSummary> list() throws CoreException {
		return database.inSnapshot(connection -> {
			List<ImageSummary> images = new ArrayList<>();
			try (PreparedStatement query = connection.prepareStatement(SUMMARY_QUERY + " ORDER BY i.name");
					ResultSet row = query.executeQuery()) {
				while (row.next()) {
					images.add(summary(row));
				}
			}
			return images;
		});
	}

	public ImageDetails show(String name) throws CoreException {
		return database.inSnapshot(connection -> {
			long id = imageId(connection, name);
			ImageSummary summary;
			String description;
			boolean detected;
			String packageList;
			String footprintSet;
			try (PreparedStatement query = Sql.prepare(connection, SUMMARY_QUERY + " WHERE i.id = ?", id);
					ResultSet row = query.executeQuery()) {
				row.next();
				summary = summary(row);
			}
			try (PreparedStatement query = Sql.prepare(connection,
					"SELECT description, distribution_detected, package_list, footprint_set FROM image WHERE id = ?", id);
					ResultSet row = query.executeQuery()) {
				row.next();
				description = row.getString(1);
				detected = row.getBoolean(2);
				packageList = row.getString(3);
				footprintSet = row.getString(4);
			}
			List<VersionSummary> versions = new ArrayList<>();
			try (PreparedStatement query = Sql.prepare(connection,
					"SELECT * FROM image_version WHERE image_id = ? ORDER BY number", id); ResultSet row = query.executeQuery()) {
				while (row.next()) {
					versions.add(new VersionSummary(row.getInt("number"), Sql.date(row, "created"),
							Sql.nullableInt(row, "parent_number"), row.getString("note"), row.getLong("size_bytes")));
				}
			}
			return new ImageDetails(summary, description, detected, packageList, footprintSet,
					strings(connection, "SELECT disk_table FROM image_disk_table WHERE image_id = ? ORDER BY position", id),
					strings(connection, "SELECT name FROM install_script WHERE image_id = ? ORDER BY position", id), versions,
					strings(connection, "SELECT name FROM client_range WHERE image_id = ? ORDER BY name", id));
		});
	}

	/** Adds an image (without versions: a build or capture makes those) to a server, creating the local one. */
	public void add(ImageSpec spec) throws CoreException {
		requireName("image", spec.name());
		database.inTransaction(connection -> {
			SiteStore.lockForWrite(connection);
			if (Sql.queryLong(connection, "SELECT id FROM image WHERE name = ?", spec.name()) >= 0) {
				throw new CoreException(Statuses.badInput("An image named '" + spec.name() + "' already exists"));
			}
			String serverName = spec.server() == null ? LOCAL_SERVER : spec.server();
			long serverId = Sql.queryLong(connection, "SELECT id FROM image_server WHERE name = ?", serverName);
			if (serverId < 0) {
				if (!LOCAL_SERVER.equals(serverName)) {
					throw new CoreException(Statuses.badInput("No image server named '" + serverName + "'; servers: "
							+ String.join(", ", strings(connection, "SELECT name FROM image_server ORDER BY name"))));
				}
				serverId = ImageRows.insertServer(connection, localServer());
			}
			Image image = SisFactory.eINSTANCE.createImage();
			image.setName(spec.name());
			image.setArchitecture(spec.architecture());
			image.setDistribution(spec.distribution());
			image.setDescription(spec.description());
			String imageRoot = Sql.queryString(connection, "SELECT image_root FROM image_server WHERE id = ?", serverId);
			image.setPath(spec.path() != null ? spec.path() : imageRoot + "/" + spec.name());
			ImageRows.insertImage(connection, serverId, image);
			SiteStore.bumpRevision(connection);
			return null;
		});
	}

	/** The image as a build sees it: where its versions go, its current version, its actions. */
	public BuildTarget buildTarget(String name) throws CoreException {
		return database.inTransaction(connection -> {
			long id = imageId(connection, name);
			String path;
			String architecture;
			Integer current;
			String packageList;
			try (PreparedStatement query = Sql.prepare(connection,
					"SELECT path, architecture, current_version, package_list FROM image WHERE id = ?", id);
					ResultSet row = query.executeQuery()) {
				row.next();
				path = row.getString(1);
				architecture = row.getString(2);
				current = Sql.nullableInt(row, "current_version");
				packageList = row.getString(4);
			}
			if (path == null || path.isBlank()) {
				throw new CoreException(Statuses.badInput("Image '" + name + "' has no path to build into"));
			}
			List<Action> actions = new ArrayList<>();
			try (PreparedStatement query = Sql.prepare(connection,
					"SELECT name, action_order, script FROM post_install_action WHERE image_id = ? ORDER BY action_order, position", id);
					ResultSet row = query.executeQuery()) {
				while (row.next()) {
					actions.add(new Action(row.getString(1), row.getInt(2), row.getString(3)));
				}
			}
			return new BuildTarget(name, Path.of(path), architecture, current, packageList, actions);
		});
	}

	/** Appends a post-install action to an image (after its others). */
	public void addPostInstallAction(String image, Action action) throws CoreException {
		requireName("post-install action", action.name());
		database.inTransaction(connection -> {
			SiteStore.lockForWrite(connection);
			long id = imageId(connection, image);
			long position = Sql.queryLong(connection, "SELECT COALESCE(MAX(position) + 1, 0) FROM post_install_action WHERE image_id = ?", id);
			Sql.update(connection, "INSERT INTO post_install_action (image_id, position, name, action_order, script) VALUES (?, ?, ?, ?, ?)",
					id, (int) position, action.name(), action.order(), action.script());
			SiteStore.bumpRevision(connection);
			return null;
		});
	}

	/**
	 * Records a new version of an image and makes it current, in one transaction: its number is one
	 * more than the highest so far, its parent the current version. {@code placement} puts the tree
	 * in place inside the transaction; if it throws, nothing is recorded.
	 *
	 * @return the new version
	 */
	public VersionSummary recordVersion(String image, String note, long sizeBytes, VersionPlacement placement)
			throws CoreException {
		return database.inTransaction(connection -> {
			// writers run one after the other: two builds finishing at once get different numbers
			SiteStore.lockForWrite(connection);
			long id = imageId(connection, image);
			int number = (int) Sql.queryLong(connection, "SELECT COALESCE(MAX(number), 0) + 1 FROM image_version WHERE image_id = ?", id);
			long current = Sql.queryLong(connection, "SELECT current_version FROM image WHERE id = ? AND current_version IS NOT NULL", id);
			Integer parent = current < 0 ? null : (int) current;
			java.util.Date created = new java.util.Date();
			Sql.update(connection, """
					INSERT INTO image_version (image_id, number, created, parent_number, note, size_bytes)
					VALUES (?, ?, ?, ?, ?, ?)""", id, number, created, parent, note, sizeBytes);
			Sql.update(connection, "UPDATE image SET current_version = ? WHERE id = ?", number, id);
			SiteStore.bumpRevision(connection);
			placement.place(number);
			return new VersionSummary(number, created, parent, note, sizeBytes);
		});
	}

	private ImageServer localServer() {
		ImageServer server = SisFactory.eINSTANCE.createImageServer();
		server.setName(LOCAL_SERVER);
		server.setHost("localhost");
		server.setConnection(ConnectionKind.LOCAL);
		server.setImageRoot(defaultImageRoot.toString());
		return server;
	}

	public void rename(String name, String newName) throws CoreException {
		requireName("image", newName);
		database.inTransaction(connection -> {
			SiteStore.lockForWrite(connection);
			long id = imageId(connection, name);
			if (Sql.queryLong(connection, "SELECT id FROM image WHERE name = ?", newName) >= 0) {
				throw new CoreException(Statuses.badInput("An image named '" + newName + "' already exists"));
			}
			Sql.update(connection, "UPDATE image SET name = ? WHERE id = ?", newName, id);
			SiteStore.bumpRevision(connection);
			return null;
		});
	}

	/**
	 * Removes an image from the database (its files on the server are left alone).
	 *
	 * @param inUse      what to do with clients and ranges that use it
	 * @param reassignTo the image they get with {@link InUse#REASSIGN}
	 * @return the host names of the clients that were detached or reassigned
	 */
	public List<String> remove(String name, InUse inUse, String reassignTo) throws CoreException {
		return database.inTransaction(connection -> {
			SiteStore.lockForWrite(connection);
			long id = imageId(connection, name);
			List<String> clients = strings(connection, "SELECT hostname FROM client WHERE image_id = ? ORDER BY hostname", id);
			List<String> ranges = strings(connection, "SELECT name FROM client_range WHERE image_id = ? ORDER BY name", id);
			if (!clients.isEmpty() || !ranges.isEmpty()) {
				switch (inUse) {
				case REFUSE -> throw new CoreException(Statuses.badInput("Image '" + name + "' is in use by "
						+ describeUsers(clients, ranges) + "; use --force to detach them or --reassign IMAGE"));
				case DETACH -> reassign(connection, id, null);
				case REASSIGN -> {
					long target = imageId(connection, reassignTo);
					if (target == id) {
						throw new CoreException(Statuses.badInput("Cannot reassign the clients of '" + name + "' to itself"));
					}
					reassign(connection, id, target);
				}
				}
			}
			Sql.update(connection, "DELETE FROM image WHERE id = ?", id);
			SiteStore.bumpRevision(connection);
			return clients;
		});
	}

	private static void reassign(Connection connection, long from, Long to) throws SQLException {
		Sql.update(connection, "UPDATE client SET image_id = ?, install_script = NULL WHERE image_id = ?", to, from);
		Sql.update(connection, "UPDATE client_range SET image_id = ?, install_script = NULL WHERE image_id = ?", to, from);
	}

	static String describeUsers(List<String> clients, List<String> ranges) {
		List<String> parts = new ArrayList<>();
		if (!clients.isEmpty()) {
			parts.add(clients.size() + (clients.size() == 1 ? " client (" : " clients (") + abbreviate(clients) + ")");
		}
		if (!ranges.isEmpty()) {
			parts.add(ranges.size() + (ranges.size() == 1 ? " range (" : " ranges (") + abbreviate(ranges) + ")");
		}
		return String.join(" and ", parts);
	}

	/** The first ten names, and how many more there are. */
	static String abbreviate(List<String> names) {
		int shown = Math.min(10, names.size());
		String listed = String.join(", ", names.subList(0, shown));
		return names.size() > shown ? listed + ", ... " + (names.size() - shown) + " more" : listed;
	}

	static long imageId(Connection connection, String name) throws SQLException, CoreException {
		long id = Sql.queryLong(connection, "SELECT id FROM image WHERE name = ?", name);
		if (id < 0) {
			List<String> known = strings(connection, "SELECT name FROM image ORDER BY name");
			throw new CoreException(Statuses.badInput("No image named '" + name + "'"
					+ (known.isEmpty() ? "; there are no images yet (sis image add)" : "; images: " + abbreviate(known))));
		}
		return id;
	}

	static void requireName(String kind, String name) throws CoreException {
		if (name == null || name.isBlank() || !name.equals(name.strip()) || name.contains("/")) {
			throw new CoreException(Statuses.badInput("Invalid " + kind + " name '" + name
					+ "': expected a non-empty name without surrounding blanks or '/'"));
		}
	}

	static List<String> strings(Connection connection, String sql, Object... parameters) throws SQLException {
		List<String> values = new ArrayList<>();
		try (PreparedStatement query = Sql.prepare(connection, sql, parameters); ResultSet row = query.executeQuery()) {
			while (row.next()) {
				values.add(row.getString(1));
			}
		}
		return values;
	}

	private static ImageSummary summary(ResultSet row) throws SQLException {
		return new ImageSummary(row.getString("name"), row.getString("server"), row.getString("architecture"),
				row.getString("distribution"), Sql.nullableInt(row, "current_version"), row.getInt("versions"),
				row.getInt("clients"), row.getString("path"));
	}
}
