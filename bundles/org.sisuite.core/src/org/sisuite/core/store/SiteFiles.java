package org.sisuite.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.sisuite.core.AtomicFiles;
import org.sisuite.core.Statuses;
import org.sisuite.model.SisPackage;
import org.sisuite.model.Site;

/**
 * The whole site as one readable XMI file, for backup and review: {@link #write} (atomically) and
 * {@link #read} (with the file, line and column of what is wrong).
 */
public final class SiteFiles {

	private SiteFiles() {
	}

	/** Writes the site to {@code file}; an existing file is replaced only once the new one is complete. */
	public static void write(Site site, Path file) throws CoreException {
		writeDocument(site, file);
	}

	/**
	 * Writes any model object (a copy of it, so it stays where it is) as one readable XMI document,
	 * atomically.
	 */
	public static void writeDocument(EObject root, Path file) throws CoreException {
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.getContents().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(root));
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 100);
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		AtomicFiles.write(file, out -> resource.save(out, options));
	}

	/**
	 * Reads a site written by {@link #write}.
	 *
	 * @throws CoreException (bad input) naming the file, line and column of the first problem
	 */
	public static Site read(Path file) throws CoreException {
		EObject root = readDocument(file);
		if (!(root instanceof Site site)) {
			throw new CoreException(Statuses.badInput(file + ": expected one <sis:Site> element (an export of 'sis db export'), found "
					+ (root == null ? "nothing" : root.eClass().getName())));
		}
		return site;
	}

	/**
	 * Reads an XMI document of the SIS model and returns its first root object (null for an empty one).
	 *
	 * @throws CoreException (bad input) naming the file, line and column of the first problem
	 */
	public static EObject readDocument(Path file) throws CoreException {
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
		if (resource.getContents().size() > 1) {
			throw new CoreException(Statuses.badInput(file + ": expected one root element, found "
					+ resource.getContents().size()));
		}
		return resource.getContents().isEmpty() ? null : resource.getContents().get(0);
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
