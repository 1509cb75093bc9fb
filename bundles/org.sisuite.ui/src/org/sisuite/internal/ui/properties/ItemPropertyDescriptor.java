package org.sisuite.internal.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * One property of a model object in the Properties view, over an EMF {@link IItemPropertyDescriptor}.
 * Single-valued attributes are edited as text (converted by their data type), enumerations and
 * single references with a list of their possible values; many-valued properties are read-only
 * here (their editors come with the object editors).
 */
final class ItemPropertyDescriptor extends PropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor itemDescriptor;

	ItemPropertyDescriptor(Object object, IItemPropertyDescriptor itemDescriptor) {
		super(itemDescriptor.getId(object), itemDescriptor.getDisplayName(object));
		this.object = object;
		this.itemDescriptor = itemDescriptor;
		setCategory(itemDescriptor.getCategory(object));
		setDescription(itemDescriptor.getDescription(object));
		String[] filters = itemDescriptor.getFilterFlags(object);
		if (filters != null) {
			setFilterFlags(filters);
		}
	}

	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider labels = itemDescriptor.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object value) {
				return labels.getText(value);
			}
		};
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!itemDescriptor.canSetProperty(object) || itemDescriptor.isMany(object)
				|| !(itemDescriptor.getFeature(object) instanceof EStructuralFeature feature)) {
			return null;
		}
		Collection<?> choices = itemDescriptor.getChoiceOfValues(object);
		if (choices != null || feature.getEType() instanceof EEnum) {
			List<Object> values = new ArrayList<>(choices != null ? choices
					: ((EEnum) feature.getEType()).getELiterals().stream()
							.map(literal -> literal.getInstance()).toList());
			return new ChoiceCellEditor(parent, values, getLabelProvider());
		}
		if (feature instanceof EAttribute attribute) {
			return new DataTypeCellEditor(parent, attribute.getEAttributeType());
		}
		return null;
	}

	/** A text editor that converts between a data type's values and their literal form. */
	private static final class DataTypeCellEditor extends TextCellEditor {
		private final EDataType type;

		DataTypeCellEditor(Composite parent, EDataType type) {
			super(parent, SWT.SINGLE);
			this.type = type;
			setValidator(value -> {
				try {
					EcoreUtil.createFromString(type, (String) value);
					return null;
				} catch (RuntimeException e) {
					return "Not a valid " + type.getName() + ": '" + value + "'";
				}
			});
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
		}

		@Override
		protected Object doGetValue() {
			String text = (String) super.doGetValue();
			if (text.isEmpty() && !type.getInstanceClass().isPrimitive()) {
				return null;
			}
			return EcoreUtil.createFromString(type, text);
		}
	}

	/** A drop-down of the possible values (enumeration literals, or the objects a reference may name). */
	private static final class ChoiceCellEditor extends ComboBoxCellEditor {
		private final List<Object> values;

		ChoiceCellEditor(Composite parent, List<Object> values, ILabelProvider labels) {
			super(parent, values.stream().map(labels::getText).toArray(String[]::new), SWT.READ_ONLY);
			this.values = values;
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(Math.max(0, values.indexOf(value)));
		}

		@Override
		protected Object doGetValue() {
			int index = (Integer) super.doGetValue();
			return index >= 0 && index < values.size() ? values.get(index) : null;
		}
	}
}
