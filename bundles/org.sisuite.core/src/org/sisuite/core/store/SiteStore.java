package org.sisuite.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.sisuite.core.Statuses;
import org.sisuite.model.Client;
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

	/**
	 * The status code of a write refused because the database moved past the revision the writer
	 * expected: another process changed the site. Nothing was written.
	 */
	public static final int CONFLICT = 3;

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

	/**
	 * Starts a write: locks the revision row, so writers run one after the other. Call first in
	 * every writing transaction, before reading what the write depends on: a writer that read row
	 * ids before another one rewrote the site (a workbench save replaces every row) would otherwise
	 * update rows that no longer exist, and lose its change without an error.
	 */
	static void lockForWrite(Connection connection) throws SQLException {
		Sql.queryLong(connection, "SELECT revision FROM sis_revision WHERE id = 1 FOR UPDATE");
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

	/**
	 * The whole site as one EMF object tree, read in one transaction at one snapshot: rows other
	 * processes commit meanwhile (a client added while the workbench reloads) are not half seen.
	 */
	public Site load() throws CoreException {
		return database.inSnapshot(connection -> {
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
		replace(site, -1, monitor);
	}

	/**
	 * Like {@link #replaceAll(Site, IProgressMonitor)}, but only if the database is still at
	 * {@code expectedRevision}: a compare-and-set, so a writer that loaded the site earlier never
	 * overwrites what another process wrote since. The check and the write are one transaction.
	 *
	 * @return the revision the database is at after this write
	 * @throws CoreException with code {@link #CONFLICT} when the revision moved (nothing is written),
	 *                       or with every problem found when the site is not valid
	 */
	public long replaceAll(Site site, long expectedRevision, IProgressMonitor monitor) throws CoreException {
		if (expectedRevision < 0) {
			throw new IllegalArgumentException("expectedRevision must be >= 0: " + expectedRevision);
		}
		return replace(site, expectedRevision, monitor);
	}

	private long replace(Site site, long expectedRevision, IProgressMonitor monitor) throws CoreException {
		IStatus validity = SiteValidator.validate(site);
		if (!validity.isOK()) {
			throw new CoreException(validity);
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Writing the site", 4);
		return database.inTransaction(connection -> {
			lockForWrite(connection);
			if (expectedRevision >= 0) {
				// bumping first locks the revision row: concurrent writers wait until we commit
				if (Sql.update(connection, "UPDATE sis_revision SET revision = revision + 1 WHERE id = 1 AND revision = ?",
						expectedRevision) == 0) {
					throw new CoreException(new Status(IStatus.ERROR, Statuses.PLUGIN_ID, CONFLICT,
							"The site was changed by another process since it was read (database revision "
									+ revision(connection) + ", expected " + expectedRevision + "); nothing was written",
							null));
				}
			}
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
			if (expectedRevision < 0) {
				bumpRevision(connection);
			}
			return revision(connection);
		});
	}
}
