package org.sisuite.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SubMonitor;
import org.sisuite.model.ClientRange;
import org.sisuite.model.Image;
import org.sisuite.model.ImageServer;
import org.sisuite.model.SisFactory;
import org.sisuite.model.Site;

/**
 * The whole site in and out of the database: {@link #load} assembles the EMF {@link Site} the
 * workbench and the export show, {@link #replaceAll} writes a site (an import) in one transaction.
 * Every write anywhere bumps the {@link #revision()}, which lets a reader notice changes made by
 * other processes.
 */
public final class SiteStore {

	/** Tables in the order rows can be deleted without violating foreign keys. */
	private static final List<String> TABLES_CHILDREN_FIRST = List.of("client_group", "client_interface", "client_mac",
			"client", "client_range", "post_install_action", "install_script", "image_disk_table", "image_version",
			"image", "image_server", "sis_document");

	private final SisDatabase database;

	public SiteStore(SisDatabase database) {
		this.database = database;
	}

	public SisDatabase database() {
		return database;
	}

	/** The number of committed writes so far; changes whenever anything in the site changes. */
	public long revision() throws CoreException {
		return database.inTransaction(SiteStore::revision);
	}

	static long revision(Connection connection) throws SQLException {
		return Sql.queryLong(connection, "SELECT revision FROM sis_revision WHERE id = 1");
	}

	/** Marks a write; call inside every writing transaction. */
	static void bumpRevision(Connection connection) throws SQLException {
		Sql.update(connection, "UPDATE sis_revision SET revision = revision + 1 WHERE id = 1");
	}

	/** How many rows of each kind the site has: servers, images, clients, ranges, documents. */
	public Map<String, Long> counts() throws CoreException {
		return database.inTransaction(connection -> {
			Map<String, Long> counts = new java.util.LinkedHashMap<>();
			for (String[] kind : new String[][] { { "servers", "image_server" }, { "images", "image" },
					{ "clients", "client" }, { "ranges", "client_range" }, { "documents", "sis_document" } }) {
				counts.put(kind[0], Sql.queryLong(connection, "SELECT COUNT(*) FROM " + kind[1]));
			}
			return counts;
		});
	}

	/** The whole site as one EMF object tree, read in one transaction. */
	public Site load() throws CoreException {
		return database.inTransaction(connection -> {
			Site site = SisFactory.eINSTANCE.createSite();
			site.setName("site");
			DocumentRows.loadInto(connection, site);
			Map<Long, Image> images = ImageRows.loadInto(connection, site);
			ClientRows.loadInto(connection, site, images);
			return site;
		});
	}

	/**
	 * Replaces everything in the database by {@code site}, in one transaction: if anything fails,
	 * including the process being killed, the database keeps its previous content.
	 *
	 * @throws CoreException with every problem found when the site is not valid (nothing is written)
	 */
	public void replaceAll(Site site, IProgressMonitor monitor) throws CoreException {
		IStatus validity = SiteValidator.validate(site);
		if (!validity.isOK()) {
			throw new CoreException(validity);
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Writing the site", 4);
		database.inTransaction(connection -> {
			for (String table : TABLES_CHILDREN_FIRST) {
				Sql.update(connection, "DELETE FROM " + table);
			}
			progress.split(1);
			DocumentRows.insertAll(connection, DocumentRows.documentsOf(site));
			Map<Image, Long> imageIds = new HashMap<>();
			for (ImageServer server : site.getImageServers()) {
				long serverId = ImageRows.insertServer(connection, server);
				for (Image image : server.getImages()) {
					imageIds.put(image, ImageRows.insertImage(connection, serverId, image));
				}
			}
			progress.split(1);
			Map<ClientRange, Long> rangeIds = new HashMap<>();
			for (ClientRange range : site.getClientRanges()) {
				rangeIds.put(range, ClientRows.insertRange(connection, range, imageIds.get(range.getImage())));
			}
			SubMonitor clients = progress.split(2).setWorkRemaining(site.getClients().size());
			ClientRows.insertClients(connection, site.getClients(), client -> imageIds.get(client.getImage()),
					client -> client.getGroups().stream().map(rangeIds::get).toList(), clients);
			bumpRevision(connection);
			return null;
		});
	}
}
