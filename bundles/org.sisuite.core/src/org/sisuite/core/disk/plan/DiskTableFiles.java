package org.sisuite.core.disk.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.sisuite.core.AtomicFiles;
import org.sisuite.core.Statuses;
import org.sisuite.model.DiskTable;
import org.sisuite.model.SisPackage;
import org.sisuite.model.Site;

/**
 * A disk table in an XMI file: a {@code <sis:DiskTable>} document of its own, or one of the tables of
 * a site export ({@code sis db export}).
 */
public final class DiskTableFiles {

	private DiskTableFiles() {
	}

	/**
	 * Reads a table.
	 *
	 * @param name the table to take from a site file; may be null for a file holding one table
	 * @throws CoreException (bad input) naming the file, line and column of what is wrong, or the
	 *                       tables the file has
	 */
	public static DiskTable read(Path file, String name) throws CoreException {
		if (!Files.isRegularFile(file)) {
			throw new CoreException(Statuses.badInput("No such file: " + file));
		}
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
		SisPackage.eINSTANCE.eClass(); // registers the package for the namespace lookup
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, Map.of(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE));
		} catch (IOException | RuntimeException e) {
			throw new CoreException(Statuses.badInput(describe(file, resource, e)));
		}
		if (!resource.getErrors().isEmpty()) {
			throw new CoreException(Statuses.badInput(describe(file, resource.getErrors().get(0))));
		}
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		List<DiskTable> tables = switch (root) {
		case DiskTable table -> List.of(table);
		case Site site -> site.getDiskTables();
		case null -> List.of();
		default -> throw new CoreException(Statuses.badInput(file + ": expected a <sis:DiskTable> or a <sis:Site>, found "
				+ root.eClass().getName()));
		};
		if (name == null) {
			if (tables.size() == 1) {
				return tables.get(0);
			}
			throw new CoreException(Statuses.badInput(file + " has " + tables.size() + " disk tables; name one of them"
					+ names(tables)));
		}
		return tables.stream().filter(t -> name.equals(t.getName())).findFirst().orElseThrow(() -> new CoreException(
				Statuses.badInput(file + " has no disk table named '" + name + "'" + names(tables))));
	}

	/** Writes a table as a document of its own (a copy: the table stays where it is). */
	public static void write(DiskTable table, Path file) throws CoreException {
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.getContents().add(EcoreUtil.copy(table));
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 100);
		AtomicFiles.write(file, out -> resource.save(out, options));
	}

	private static String names(List<DiskTable> tables) {
		return tables.isEmpty() ? "" : ": " + String.join(", ", tables.stream().map(DiskTable::getName).toList());
	}

	private static String describe(Path file, Resource resource, Exception e) {
		if (!resource.getErrors().isEmpty()) {
			return describe(file, resource.getErrors().get(0));
		}
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		if (cause instanceof Diagnostic diagnostic) {
			return describe(file, diagnostic);
		}
		if (cause instanceof org.xml.sax.SAXParseException parse) {
			return file + ":" + parse.getLineNumber() + ":" + parse.getColumnNumber() + ": " + parse.getMessage();
		}
		return file + ": " + cause.getMessage();
	}

	private static String describe(Path file, Diagnostic diagnostic) {
		return file + ":" + diagnostic.getLine() + ":" + diagnostic.getColumn() + ": " + diagnostic.getMessage();
	}
}
