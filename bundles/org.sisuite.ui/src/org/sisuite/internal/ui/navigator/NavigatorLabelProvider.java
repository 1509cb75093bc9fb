package org.sisuite.internal.ui.navigator;

import java.util.function.Supplier;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Labels and icons of the SIS navigator: the model objects' come from their EMF item providers;
 * folders (categories, groups, Ungrouped) show how many clients they hold.
 */
final class NavigatorLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final ItemImages images;
	private final Supplier<NavigatorTree> tree;

	NavigatorLabelProvider(AdapterFactory adapterFactory, ItemImages images, Supplier<NavigatorTree> tree) {
		this.adapterFactory = adapterFactory;
		this.images = images;
		this.tree = tree;
	}

	@Override
	public String getText(Object element) {
		if (element instanceof NavigatorCategory category) {
			return category.label();
		}
		String text = element == UngroupedClients.INSTANCE ? UngroupedClients.INSTANCE.label() : itemText(element);
		int members = tree.get().memberCount(element);
		return members < 0 ? text : text + " (" + members + ")";
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof NavigatorCategory || element == UngroupedClients.INSTANCE) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
		}
		IItemLabelProvider provider = labelProvider(element);
		return provider == null ? null : images.get(provider.getImage(element));
	}

	private String itemText(Object element) {
		IItemLabelProvider provider = labelProvider(element);
		return provider == null ? String.valueOf(element) : provider.getText(element);
	}

	private IItemLabelProvider labelProvider(Object element) {
		return (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
	}
}
