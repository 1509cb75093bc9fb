package org.sisuite.internal.ui.navigator;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sisuite.core.NetworkNames;
import org.sisuite.model.Client;
import org.sisuite.model.Image;
import org.sisuite.model.NamedElement;
import org.sisuite.model.SisPackage;
import org.sisuite.model.Site;

/**
 * What a rename in the navigator must respect, checked before the command runs so the save never
 * meets an invalid site: names present, without surrounding blanks or '/', unique in their kind;
 * host names valid and unique.
 */
final class NameRules {

	private NameRules() {
	}

	/** The attribute a rename changes, or null if the element has no name to change. */
	static EAttribute nameFeature(Object element) {
		if (element instanceof Client) {
			return SisPackage.Literals.CLIENT__HOSTNAME;
		}
		return element instanceof NamedElement ? SisPackage.Literals.NAMED_ELEMENT__NAME : null;
	}

	static String currentName(EObject element) {
		EAttribute feature = nameFeature(element);
		return feature == null ? null : (String) element.eGet(feature);
	}

	/** Why {@code name} cannot be the new name of {@code element}, or null if it can. */
	static String problem(EObject element, String name) {
		if (name == null || name.isBlank()) {
			return "Enter a name";
		}
		if (!name.equals(name.strip()) || name.contains("/")) {
			return "A name has no surrounding blanks and no '/'";
		}
		if (name.equals(currentName(element))) {
			return null;
		}
		if (element instanceof Client) {
			try {
				NetworkNames.hostname(name);
			} catch (CoreException e) {
				return e.getStatus().getMessage();
			}
		}
		for (EObject other : sameKind(element)) {
			if (other != element && name.equals(currentName(other))) {
				return "Another " + element.eClass().getName() + " is named '" + name + "'";
			}
		}
		return null;
	}

	/** The elements whose names must differ from the element's: images site-wide, others in their list. */
	private static Collection<? extends EObject> sameKind(EObject element) {
		if (element instanceof Image && EcoreUtil.getRootContainer(element) instanceof Site site) {
			return site.getImageServers().stream().flatMap(server -> server.getImages().stream()).toList();
		}
		EObject container = element.eContainer();
		if (container == null || element.eContainmentFeature() == null || !element.eContainmentFeature().isMany()) {
			return List.of();
		}
		@SuppressWarnings("unchecked")
		Collection<? extends EObject> siblings = (Collection<? extends EObject>) container
				.eGet(Objects.requireNonNull(element.eContainmentFeature()));
		return siblings;
	}
}
