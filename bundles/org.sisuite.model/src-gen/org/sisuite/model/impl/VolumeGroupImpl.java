/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sisuite.model.BlockDevice;
import org.sisuite.model.LogicalVolume;
import org.sisuite.model.SisPackage;
import org.sisuite.model.VolumeGroup;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Volume Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.impl.VolumeGroupImpl#getPhysicalVolumes <em>Physical Volumes</em>}</li>
 *   <li>{@link org.sisuite.model.impl.VolumeGroupImpl#getLogicalVolumes <em>Logical Volumes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VolumeGroupImpl extends NamedElementImpl implements VolumeGroup {
	/**
	 * The cached value of the '{@link #getPhysicalVolumes() <em>Physical Volumes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhysicalVolumes()
	 * @generated
	 * @ordered
	 */
	protected EList<BlockDevice> physicalVolumes;

	/**
	 * The cached value of the '{@link #getLogicalVolumes() <em>Logical Volumes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogicalVolumes()
	 * @generated
	 * @ordered
	 */
	protected EList<LogicalVolume> logicalVolumes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VolumeGroupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SisPackage.Literals.VOLUME_GROUP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BlockDevice> getPhysicalVolumes() {
		if (physicalVolumes == null) {
			physicalVolumes = new EObjectResolvingEList<BlockDevice>(BlockDevice.class, this, SisPackage.VOLUME_GROUP__PHYSICAL_VOLUMES);
		}
		return physicalVolumes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LogicalVolume> getLogicalVolumes() {
		if (logicalVolumes == null) {
			logicalVolumes = new EObjectContainmentWithInverseEList<LogicalVolume>(LogicalVolume.class, this, SisPackage.VOLUME_GROUP__LOGICAL_VOLUMES, SisPackage.LOGICAL_VOLUME__VOLUME_GROUP);
		}
		return logicalVolumes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SisPackage.VOLUME_GROUP__LOGICAL_VOLUMES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getLogicalVolumes()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SisPackage.VOLUME_GROUP__LOGICAL_VOLUMES:
				return ((InternalEList<?>)getLogicalVolumes()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SisPackage.VOLUME_GROUP__PHYSICAL_VOLUMES:
				return getPhysicalVolumes();
			case SisPackage.VOLUME_GROUP__LOGICAL_VOLUMES:
				return getLogicalVolumes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SisPackage.VOLUME_GROUP__PHYSICAL_VOLUMES:
				getPhysicalVolumes().clear();
				getPhysicalVolumes().addAll((Collection<? extends BlockDevice>)newValue);
				return;
			case SisPackage.VOLUME_GROUP__LOGICAL_VOLUMES:
				getLogicalVolumes().clear();
				getLogicalVolumes().addAll((Collection<? extends LogicalVolume>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SisPackage.VOLUME_GROUP__PHYSICAL_VOLUMES:
				getPhysicalVolumes().clear();
				return;
			case SisPackage.VOLUME_GROUP__LOGICAL_VOLUMES:
				getLogicalVolumes().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SisPackage.VOLUME_GROUP__PHYSICAL_VOLUMES:
				return physicalVolumes != null && !physicalVolumes.isEmpty();
			case SisPackage.VOLUME_GROUP__LOGICAL_VOLUMES:
				return logicalVolumes != null && !logicalVolumes.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //VolumeGroupImpl
