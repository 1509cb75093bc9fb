package org.sisuite.core.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.sisuite.model.DiskTable;
import org.sisuite.model.FootprintSet;
import org.sisuite.model.NamedElement;
import org.sisuite.model.PackageList;
import org.sisuite.model.PackagePool;
import org.sisuite.model.Site;

/**
 * The deep trees a user edits as a whole (disk tables, package lists, package pools, footprint
 * sets), one XMI document per row of {@code sis_document}. References between documents (a
 * package list's pools) are written as {@code sis-document:/KIND/NAME} hrefs and resolved again
 * when the documents are read back together.
 */
final class DocumentRows {

	/** The document kinds and the Site feature holding them. */
	enum Kind {
		DISK_TABLE("DiskTable", DiskTable.class), PACKAGE_LIST("PackageList", PackageList.class),
		PACKAGE_POOL("PackagePool", PackagePool.class), FOOTPRINT_SET("FootprintSet", FootprintSet.class);

		final String column;
		final Class<? extends NamedElement> type;

		Kind(String column, Class<? extends NamedElement> type) {
			this.column = column;
			this.type = type;
		}

		static Kind of(EObject document) {
			if (document instanceof DiskTable) {
				return DISK_TABLE;
			} else if (document instanceof PackageList) {
				return PACKAGE_LIST;
			} else if (document instanceof PackagePool) {
				return PACKAGE_POOL;
			} else if (document instanceof FootprintSet) {
				return FOOTPRINT_SET;
			}
			throw new IllegalArgumentException("not a document: " + document.eClass().getName());
		}
	}

	private static final String SCHEME = "sis-document";

	private DocumentRows() {
	}

	static URI uri(Kind kind, String name) {
		return URI.createHierarchicalURI(SCHEME, null, null, new String[] { kind.column, URI.encodeSegment(name, false) },
				null, null);
	}

	/** All documents of a site, in the order they are written. */
	static List<NamedElement> documentsOf(Site site) {
		List<NamedElement> documents = new ArrayList<>();
		documents.addAll(site.getPackagePools());
		documents.addAll(site.getPackageLists());
		documents.addAll(site.getDiskTables());
		documents.addAll(site.getFootprintSets());
		return documents;
	}

	/**
	 * Inserts the documents. They are serialized from copies, each in its own resource, so
	 * references between them become hrefs and the originals stay where they are.
	 */
	static void insertAll(Connection connection, Collection<? extends NamedElement> documents) throws SQLException {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Collection<EObject> copies = copier.copyAll(documents);
		copier.copyReferences();
		ResourceSet resources = new ResourceSetImpl();
		List<Resource> written = new ArrayList<>();
		for (EObject copy : copies) {
			NamedElement document = (NamedElement) copy;
			Resource resource = new XMIResourceImpl(uri(Kind.of(document), document.getName()));
			resources.getResources().add(resource);
			resource.getContents().add(document);
			written.add(resource);
		}
		try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO sis_document (kind, name, content) VALUES (?, ?, ?)")) {
			for (Resource resource : written) {
				NamedElement document = (NamedElement) resource.getContents().get(0);
				insert.setString(1, Kind.of(document).column);
				insert.setString(2, document.getName());
				insert.setString(3, serialize(resource));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/** Reads every document into the site, with references between documents resolved. */
	static void loadInto(Connection connection, Site site) throws SQLException {
		for (EObject document : loadAll(connection)) {
			switch (Kind.of(document)) {
			case DISK_TABLE -> site.getDiskTables().add((DiskTable) document);
			case PACKAGE_LIST -> site.getPackageLists().add((PackageList) document);
			case PACKAGE_POOL -> site.getPackagePools().add((PackagePool) document);
			case FOOTPRINT_SET -> site.getFootprintSets().add((FootprintSet) document);
			}
		}
	}

	/** Every document, in insertion order, with references between documents resolved. */
	static List<EObject> loadAll(Connection connection) throws SQLException {
		ResourceSet resources = new ResourceSetImpl();
		List<Resource> loaded = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT kind, name, content FROM sis_document ORDER BY id");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				Kind kind = kindOfColumn(rows.getString("kind"));
				Resource resource = new XMIResourceImpl(uri(kind, rows.getString("name")));
				resources.getResources().add(resource);
				try {
					resource.load(new ByteArrayInputStream(rows.getString("content").getBytes(StandardCharsets.UTF_8)),
							Map.of());
				} catch (IOException e) {
					throw new SQLException("document " + kind.column + " '" + rows.getString("name") + "' is unreadable: "
							+ e.getMessage(), e);
				}
				loaded.add(resource);
			}
		}
		EcoreUtil.resolveAll(resources);
		List<EObject> documents = new ArrayList<>();
		for (Resource resource : loaded) {
			documents.add(resource.getContents().get(0));
		}
		return documents;
	}

	private static Kind kindOfColumn(String column) throws SQLException {
		for (Kind kind : Kind.values()) {
			if (kind.column.equals(column)) {
				return kind;
			}
		}
		throw new SQLException("unknown document kind '" + column + "' in sis_document");
	}

	private static String serialize(Resource resource) throws SQLException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			resource.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new SQLException("cannot serialize " + resource.getURI() + ": " + e.getMessage(), e);
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}
}
