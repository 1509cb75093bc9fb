package org.sisuite.internal.ui.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.sisuite.model.provider.SisItemProviderAdapterFactory;

/**
 * Adapts model objects to {@link IPropertySource} for the Properties view (registered in
 * plugin.xml for EObject). The stand-in for EMF's AdapterFactoryContentProvider, which lives in
 * org.eclipse.emf.edit.ui: property descriptors come from the item providers of the object's
 * editing domain, so edits land on that domain's command stack.
 */
public final class PropertySourceAdapterFactory implements IAdapterFactory {

	/** For objects outside any editing domain (e.g. just deleted): read-only-ish, but never blank. */
	private static final ComposedAdapterFactory DETACHED = new ComposedAdapterFactory();

	static {
		DETACHED.addAdapterFactory(new SisItemProviderAdapterFactory());
		DETACHED.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
	}

	@Override
	public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
		if (adapterType != IPropertySource.class || !(adaptableObject instanceof EObject object)) {
			return null;
		}
		EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(object);
		AdapterFactory factory = domain instanceof AdapterFactoryEditingDomain adapterDomain
				? adapterDomain.getAdapterFactory()
				: DETACHED;
		Object itemSource = factory.adapt(object, IItemPropertySource.class);
		if (!(itemSource instanceof IItemPropertySource source)) {
			return null;
		}
		return adapterType.cast(new ItemPropertySource(object, source));
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
