/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

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
 *   <li>{@link org.sisuite.model.impl.VolumeGroupImpl#getExtentSizeKiB <em>Extent Size Ki B</em>}</li>
 *   <li>{@link org.sisuite.model.impl.VolumeGroupImpl#getMaxLogicalVolumes <em>Max Logical Volumes</em>}</li>
 *   <li>{@link org.sisuite.model.impl.VolumeGroupImpl#getMaxPhysicalVolumes <em>Max Physical Volumes</em>}</li>
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
	 * The default value of the '{@link #getExtentSizeKiB() <em>Extent Size Ki B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtentSizeKiB()
	 * @generated
	 * @ordered
	 */
	protected static final Integer EXTENT_SIZE_KI_B_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExtentSizeKiB() <em>Extent Size Ki B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtentSizeKiB()
	 * @generated
	 * @ordered
	 */
	protected Integer extentSizeKiB = EXTENT_SIZE_KI_B_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxLogicalVolumes() <em>Max Logical Volumes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxLogicalVolumes()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_LOGICAL_VOLUMES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxLogicalVolumes() <em>Max Logical Volumes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxLogicalVolumes()
	 * @generated
	 * @ordered
	 */
	protected Integer maxLogicalVolumes = MAX_LOGICAL_VOLUMES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxPhysicalVolumes() <em>Max Physical Volumes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxPhysicalVolumes()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_PHYSICAL_VOLUMES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxPhysicalVolumes() <em>Max Physical Volumes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxPhysicalVolumes()
	 * @generated
	 * @ordered
	 */
	protected Integer maxPhysicalVolumes = MAX_PHYSICAL_VOLUMES_EDEFAULT;

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
	@Override
	public Integer getExtentSizeKiB() {
		return extentSizeKiB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtentSizeKiB(Integer newExtentSizeKiB) {
		Integer oldExtentSizeKiB = extentSizeKiB;
		extentSizeKiB = newExtentSizeKiB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.VOLUME_GROUP__EXTENT_SIZE_KI_B, oldExtentSizeKiB, extentSizeKiB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaxLogicalVolumes() {
		return maxLogicalVolumes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxLogicalVolumes(Integer newMaxLogicalVolumes) {
		Integer oldMaxLogicalVolumes = maxLogicalVolumes;
		maxLogicalVolumes = newMaxLogicalVolumes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.VOLUME_GROUP__MAX_LOGICAL_VOLUMES, oldMaxLogicalVolumes, maxLogicalVolumes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaxPhysicalVolumes() {
		return maxPhysicalVolumes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxPhysicalVolumes(Integer newMaxPhysicalVolumes) {
		Integer oldMaxPhysicalVolumes = maxPhysicalVolumes;
		maxPhysicalVolumes = newMaxPhysicalVolumes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.VOLUME_GROUP__MAX_PHYSICAL_VOLUMES, oldMaxPhysicalVolumes, maxPhysicalVolumes));
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
			case SisPackage.VOLUME_GROUP__EXTENT_SIZE_KI_B:
				return getExtentSizeKiB();
			case SisPackage.VOLUME_GROUP__MAX_LOGICAL_VOLUMES:
				return getMaxLogicalVolumes();
			case SisPackage.VOLUME_GROUP__MAX_PHYSICAL_VOLUMES:
				return getMaxPhysicalVolumes();
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
			case SisPackage.VOLUME_GROUP__EXTENT_SIZE_KI_B:
				setExtentSizeKiB((Integer)newValue);
				return;
			case SisPackage.VOLUME_GROUP__MAX_LOGICAL_VOLUMES:
				setMaxLogicalVolumes((Integer)newValue);
				return;
			case SisPackage.VOLUME_GROUP__MAX_PHYSICAL_VOLUMES:
				setMaxPhysicalVolumes((Integer)newValue);
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
			case SisPackage.VOLUME_GROUP__EXTENT_SIZE_KI_B:
				setExtentSizeKiB(EXTENT_SIZE_KI_B_EDEFAULT);
				return;
			case SisPackage.VOLUME_GROUP__MAX_LOGICAL_VOLUMES:
				setMaxLogicalVolumes(MAX_LOGICAL_VOLUMES_EDEFAULT);
				return;
			case SisPackage.VOLUME_GROUP__MAX_PHYSICAL_VOLUMES:
				setMaxPhysicalVolumes(MAX_PHYSICAL_VOLUMES_EDEFAULT);
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
			case SisPackage.VOLUME_GROUP__EXTENT_SIZE_KI_B:
				return EXTENT_SIZE_KI_B_EDEFAULT == null ? extentSizeKiB != null : !EXTENT_SIZE_KI_B_EDEFAULT.equals(extentSizeKiB);
			case SisPackage.VOLUME_GROUP__MAX_LOGICAL_VOLUMES:
				return MAX_LOGICAL_VOLUMES_EDEFAULT == null ? maxLogicalVolumes != null : !MAX_LOGICAL_VOLUMES_EDEFAULT.equals(maxLogicalVolumes);
			case SisPackage.VOLUME_GROUP__MAX_PHYSICAL_VOLUMES:
				return MAX_PHYSICAL_VOLUMES_EDEFAULT == null ? maxPhysicalVolumes != null : !MAX_PHYSICAL_VOLUMES_EDEFAULT.equals(maxPhysicalVolumes);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (extentSizeKiB: ");
		result.append(extentSizeKiB);
		result.append(", maxLogicalVolumes: ");
		result.append(maxLogicalVolumes);
		result.append(", maxPhysicalVolumes: ");
		result.append(maxPhysicalVolumes);
		result.append(')');
		return result.toString();
	}

} //VolumeGroupImpl
