package org.sisuite.internal.ui.properties;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The Properties view's view of a model object, over its EMF item provider's property
 * descriptors: names, categories, descriptions, value labels and, for single values, cell
 * editors. Setting a value goes through the descriptor, which executes a SetCommand on the
 * object's editing domain, so it is undoable and saved like any other edit.
 */
final class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource itemSource;

	ItemPropertySource(Object object, IItemPropertySource itemSource) {
		this.object = object;
		this.itemSource = itemSource;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
		return descriptors.stream().map(descriptor -> new ItemPropertyDescriptor(object, descriptor))
				.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor == null) {
			return null;
		}
		Object value = descriptor.getPropertyValue(object);
		return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null && descriptor.canSetProperty(object)) {
			descriptor.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null && descriptor.canSetProperty(object)) {
			descriptor.setPropertyValue(object, value);
		}
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		return itemSource.getPropertyDescriptor(object, id);
	}
}
