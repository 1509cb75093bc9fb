package org.sisuite.core.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sisuite.core.NetworkNames;
import org.sisuite.core.Statuses;
import org.sisuite.model.Client;
import org.sisuite.model.Image;
import org.sisuite.model.ImageServer;
import org.sisuite.model.NamedElement;
import org.sisuite.model.Site;

/**
 * Checks a whole site before it replaces the database: every name present and unique in its
 * kind, host names and MACs valid and unique, and no reference leading outside the site.
 */
final class SiteValidator {

	private final MultiStatus problems = new MultiStatus(Statuses.PLUGIN_ID, Statuses.BAD_INPUT,
			"The site is not valid", null);

	/** All problems of the site, or OK. */
	static IStatus validate(Site site) {
		SiteValidator validator = new SiteValidator();
		validator.check(site);
		return validator.problems;
	}

	private void check(Site site) {
		unique("image server", site.getImageServers(), NamedElement::getName);
		List<Image> images = site.getImageServers().stream().flatMap(server -> server.getImages().stream()).toList();
		unique("image", images, NamedElement::getName);
		unique("disk table", site.getDiskTables(), NamedElement::getName);
		unique("package list", site.getPackageLists(), NamedElement::getName);
		unique("package pool", site.getPackagePools(), NamedElement::getName);
		unique("footprint set", site.getFootprintSets(), NamedElement::getName);
		unique("client range", site.getClientRanges(), NamedElement::getName);
		unique("client", site.getClients(), Client::getHostname);
		for (ImageServer server : site.getImageServers()) {
			for (Image image : server.getImages()) {
				unique("install script of image '" + image.getName() + "'", image.getInstallScripts(), NamedElement::getName);
			}
		}
		Map<String, String> macOwners = new HashMap<>();
		for (Client client : site.getClients()) {
			validHostname(client.getHostname());
			for (String mac : client.getMacs()) {
				String owner = macOwners.putIfAbsent(mac, client.getHostname());
				if (owner != null) {
					add("MAC " + mac + " belongs to both '" + owner + "' and '" + client.getHostname() + "'");
				}
			}
		}
		references(site);
	}

	private void validHostname(String hostname) {
		try {
			NetworkNames.hostname(hostname);
		} catch (CoreException e) {
			problems.add(e.getStatus());
		}
	}

	private <T> void unique(String kind, Collection<T> elements, Function<T, String> name) {
		Map<String, Integer> counts = new HashMap<>();
		for (T element : elements) {
			String value = name.apply(element);
			if (value == null || value.isBlank()) {
				add("A " + kind + " has no name");
			} else if (counts.merge(value, 1, Integer::sum) == 2) {
				add("Two " + kind + "s are named '" + value + "'; names must be unique");
			}
		}
	}

	private void references(Site site) {
		for (Iterator<EObject> contents = site.eAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()
						|| reference.isTransient()) {
					continue;
				}
				Object value = object.eGet(reference, false);
				for (Object target : value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value)) {
					EObject referenced = (EObject) target;
					if (referenced.eIsProxy() || EcoreUtil.getRootContainer(referenced) != site) {
						add(describe(object) + " refers in '" + reference.getName() + "' to "
								+ (referenced.eIsProxy() ? EcoreUtil.getURI(referenced).toString() : describe(referenced))
								+ ", which is not part of the site");
					}
				}
			}
		}
	}

	private static String describe(EObject object) {
		if (object instanceof NamedElement named) {
			return object.eClass().getName() + " '" + named.getName() + "'";
		}
		if (object instanceof Client client) {
			return "Client '" + client.getHostname() + "'";
		}
		return object.eClass().getName();
	}

	private void add(String message) {
		problems.add(Statuses.badInput(message));
	}
}
