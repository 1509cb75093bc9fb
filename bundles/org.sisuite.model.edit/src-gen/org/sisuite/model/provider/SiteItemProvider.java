/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.sisuite.model.SisFactory;
import org.sisuite.model.SisPackage;
import org.sisuite.model.Site;

/**
 * This is the item provider adapter for a {@link org.sisuite.model.Site} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SiteItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SiteItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

		}
		return itemPropertyDescriptors;
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(SisPackage.Literals.SITE__IMAGE_SERVERS);
			childrenFeatures.add(SisPackage.Literals.SITE__PACKAGE_POOLS);
			childrenFeatures.add(SisPackage.Literals.SITE__PACKAGE_LISTS);
			childrenFeatures.add(SisPackage.Literals.SITE__DISK_TABLES);
			childrenFeatures.add(SisPackage.Literals.SITE__FOOTPRINT_SETS);
			childrenFeatures.add(SisPackage.Literals.SITE__CLIENT_RANGES);
			childrenFeatures.add(SisPackage.Literals.SITE__CLIENTS);
			childrenFeatures.add(SisPackage.Literals.SITE__INSTALL_SESSIONS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Site.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Site"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Site)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Site_type") :
			getString("_UI_Site_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Site.class)) {
			case SisPackage.SITE__IMAGE_SERVERS:
			case SisPackage.SITE__PACKAGE_POOLS:
			case SisPackage.SITE__PACKAGE_LISTS:
			case SisPackage.SITE__DISK_TABLES:
			case SisPackage.SITE__FOOTPRINT_SETS:
			case SisPackage.SITE__CLIENT_RANGES:
			case SisPackage.SITE__CLIENTS:
			case SisPackage.SITE__INSTALL_SESSIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(SisPackage.Literals.SITE__IMAGE_SERVERS,
				 SisFactory.eINSTANCE.createImageServer()));

		newChildDescriptors.add
			(createChildParameter
				(SisPackage.Literals.SITE__PACKAGE_POOLS,
				 SisFactory.eINSTANCE.createPackagePool()));

		newChildDescriptors.add
			(createChildParameter
				(SisPackage.Literals.SITE__PACKAGE_LISTS,
				 SisFactory.eINSTANCE.createPackageList()));

		newChildDescriptors.add
			(createChildParameter
				(SisPackage.Literals.SITE__DISK_TABLES,
				 SisFactory.eINSTANCE.createDiskTable()));

		newChildDescriptors.add
			(createChildParameter
				(SisPackage.Literals.SITE__FOOTPRINT_SETS,
				 SisFactory.eINSTANCE.createFootprintSet()));

		newChildDescriptors.add
			(createChildParameter
				(SisPackage.Literals.SITE__CLIENT_RANGES,
				 SisFactory.eINSTANCE.createClientRange()));

		newChildDescriptors.add
			(createChildParameter
				(SisPackage.Literals.SITE__CLIENTS,
				 SisFactory.eINSTANCE.createClient()));

		newChildDescriptors.add
			(createChildParameter
				(SisPackage.Literals.SITE__INSTALL_SESSIONS,
				 SisFactory.eINSTANCE.createInstallSession()));
	}

}
