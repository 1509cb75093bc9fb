package org.sisuite.core.pkg.pool;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.sisuite.core.Statuses;
import org.sisuite.core.pkg.Relation;
import org.sisuite.core.pkg.RpmDependencies;
import org.sisuite.core.pkg.VersionScheme;
import org.sisuite.core.pkg.pool.RpmPackageBuilder.Kind;

/**
 * An rpm-md repository: {@code repodata/repomd.xml} names the primary metadata with its
 * checksum (of the compressed file) and open-checksum (of its content); both are verified before
 * the packages, their dependencies and their primary files are read. Source packages are skipped.
 */
final class RpmRepository {

	static final String REPOMD = "repodata/repomd.xml";

	/** The primary entry of repomd.xml. */
	private record Primary(String href, String checksumType, String checksum, String openChecksumType,
			String openChecksum) {
	}

	private RpmRepository() {
	}

	static Pool read(RepositoryFiles files, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + files.location(), 3);
		Primary primary = primary(files);
		progress.split(1);
		byte[] data = files.read(primary.href);
		String file = files.describe(primary.href);
		Checksums.verify(file, data, primary.checksumType, primary.checksum);
		progress.split(1);
		List<PoolPackage> packages;
		MessageDigest openDigest = primary.openChecksum == null ? null : Checksums.digest(primary.openChecksumType);
		try (InputStream raw = Compression.open(primary.href, new ByteArrayInputStream(data));
				InputStream in = openDigest == null ? raw : new DigestInputStream(raw, openDigest)) {
			packages = packages(file, in, files.location());
			in.transferTo(OutputStream.nullOutputStream()); // the content checksum covers the whole file
		} catch (IOException e) {
			throw new CoreException(Statuses.badInput("Cannot read " + file + ": " + e.getMessage()));
		}
		if (openDigest != null) {
			String actual = HexFormat.of().formatHex(openDigest.digest());
			if (!actual.equalsIgnoreCase(primary.openChecksum)) {
				throw new CoreException(Statuses.badInput(
						Checksums.mismatch(file + " (content)", primary.openChecksumType, primary.openChecksum, actual)));
			}
		}
		progress.split(1);
		return new Pool(files.location(), Pool.RPM_REPOSITORY, VersionScheme.RPM, packages, List.of());
	}

	private static Primary primary(RepositoryFiles files) throws CoreException {
		String source = files.describe(REPOMD);
		XMLStreamReader xml = reader(source, new ByteArrayInputStream(files.read(REPOMD)));
		try {
			String type = null;
			String href = null;
			String[] checksum = null;
			String[] openChecksum = null;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (xml.getLocalName()) {
					case "data" -> {
						type = xml.getAttributeValue(null, "type");
						href = null;
						checksum = null;
						openChecksum = null;
					}
					case "location" -> href = xml.getAttributeValue(null, "href");
					case "checksum" -> checksum = new String[] { xml.getAttributeValue(null, "type"), xml.getElementText().strip() };
					case "open-checksum" -> openChecksum = new String[] { xml.getAttributeValue(null, "type"),
							xml.getElementText().strip() };
					default -> {
						// other elements (timestamp, size, revision, tags) are not needed
					}
					}
				} else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("data") && "primary".equals(type)) {
					if (href == null || checksum == null || checksum[0] == null) {
						throw new CoreException(Statuses.badInput(source + ": the primary entry lacks its location or checksum"));
					}
					return new Primary(href, checksum[0], checksum[1], openChecksum == null ? null : openChecksum[0],
							openChecksum == null ? null : openChecksum[1]);
				}
			}
			throw new CoreException(Statuses.badInput(source + " lists no primary metadata"));
		} catch (XMLStreamException e) {
			throw malformed(source, e);
		}
	}

	/** Every binary package of a primary.xml. */
	static List<PoolPackage> packages(String source, InputStream in, String pool) throws CoreException {
		XMLStreamReader xml = reader(source, in);
		List<PoolPackage> packages = new ArrayList<>();
		try {
			RpmPackageBuilder current = null;
			Kind kind = null;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String element = xml.getLocalName();
					if (element.equals("package")) {
						current = new RpmPackageBuilder(source + ", line " + xml.getLocation().getLineNumber());
					} else if (current != null) {
						kind = element(xml, element, current, kind);
					}
				} else if (event == XMLStreamConstants.END_ELEMENT) {
					String element = xml.getLocalName();
					if (element.equals("package") && current != null) {
						PoolPackage built = current.build(pool);
						if (!built.arch().equals("src") && !built.arch().equals("nosrc")) {
							packages.add(built);
						}
						current = null;
					} else if (kind != null && element.equals(kind.name().toLowerCase(Locale.ROOT))) {
						kind = null;
					}
				}
			}
			return packages;
		} catch (XMLStreamException e) {
			throw malformed(source, e);
		}
	}

	private static Kind element(XMLStreamReader xml, String element, RpmPackageBuilder current, Kind kind)
			throws XMLStreamException, CoreException {
		switch (element) {
		case "name" -> current.name(xml.getElementText().strip());
		case "arch" -> current.arch(xml.getElementText().strip());
		case "version" -> current.version(xml.getAttributeValue(null, "epoch"), xml.getAttributeValue(null, "ver"),
				xml.getAttributeValue(null, "rel"));
		case "location" -> current.location(xml.getAttributeValue(null, "href"));
		case "requires" -> {
			return Kind.REQUIRES;
		}
		case "provides" -> {
			return Kind.PROVIDES;
		}
		case "conflicts" -> {
			return Kind.CONFLICTS;
		}
		case "obsoletes" -> {
			return Kind.OBSOLETES;
		}
		case "entry" -> {
			if (kind != null) {
				entry(xml, current, kind);
			}
		}
		case "file" -> current.file(xml.getElementText().strip());
		default -> {
			// summary, description, weak dependencies and the rest are not needed to resolve
		}
		}
		return kind;
	}

	private static void entry(XMLStreamReader xml, RpmPackageBuilder current, Kind kind) throws CoreException {
		String name = xml.getAttributeValue(null, "name");
		String flags = xml.getAttributeValue(null, "flags");
		Relation relation = null;
		if (flags != null) {
			relation = Relation.ofFlag(flags);
			if (relation == null) {
				throw new CoreException(Statuses.badInput("line " + xml.getLocation().getLineNumber() + ": unknown flags '"
						+ flags + "' on " + name));
			}
		}
		String evr = relation == null ? null
				: RpmDependencies.evr(xml.getAttributeValue(null, "epoch"),
						xml.getAttributeValue(null, "ver"), xml.getAttributeValue(null, "rel"));
		current.dependency(kind, name == null ? "" : name, relation, evr, "1".equals(xml.getAttributeValue(null, "pre")));
	}

	private static XMLStreamReader reader(String source, InputStream in) throws CoreException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		try {
			return factory.createXMLStreamReader(in);
		} catch (XMLStreamException e) {
			throw malformed(source, e);
		}
	}

	private static CoreException malformed(String source, XMLStreamException e) {
		return new CoreException(Statuses.badInput(source + ": malformed XML: " + e.getMessage()));
	}
}
