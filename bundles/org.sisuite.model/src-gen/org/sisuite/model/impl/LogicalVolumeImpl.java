/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.sisuite.model.LogicalVolume;
import org.sisuite.model.SisPackage;
import org.sisuite.model.SizeUnit;
import org.sisuite.model.VolumeGroup;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Logical Volume</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.impl.LogicalVolumeImpl#getVolumeGroup <em>Volume Group</em>}</li>
 *   <li>{@link org.sisuite.model.impl.LogicalVolumeImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.sisuite.model.impl.LogicalVolumeImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.sisuite.model.impl.LogicalVolumeImpl#isGrow <em>Grow</em>}</li>
 *   <li>{@link org.sisuite.model.impl.LogicalVolumeImpl#getOptions <em>Options</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LogicalVolumeImpl extends NamedElementImpl implements LogicalVolume {
	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal SIZE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final SizeUnit UNIT_EDEFAULT = SizeUnit.MB;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected SizeUnit unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #isGrow() <em>Grow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGrow()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GROW_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGrow() <em>Grow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGrow()
	 * @generated
	 * @ordered
	 */
	protected boolean grow = GROW_EDEFAULT;

	/**
	 * The default value of the '{@link #getOptions() <em>Options</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptions()
	 * @generated
	 * @ordered
	 */
	protected static final String OPTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOptions() <em>Options</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptions()
	 * @generated
	 * @ordered
	 */
	protected String options = OPTIONS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LogicalVolumeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SisPackage.Literals.LOGICAL_VOLUME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeGroup getVolumeGroup() {
		if (eContainerFeatureID() != SisPackage.LOGICAL_VOLUME__VOLUME_GROUP) return null;
		return (VolumeGroup)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(BigDecimal newSize) {
		BigDecimal oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.LOGICAL_VOLUME__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SizeUnit getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(SizeUnit newUnit) {
		SizeUnit oldUnit = unit;
		unit = newUnit == null ? UNIT_EDEFAULT : newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.LOGICAL_VOLUME__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGrow() {
		return grow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrow(boolean newGrow) {
		boolean oldGrow = grow;
		grow = newGrow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.LOGICAL_VOLUME__GROW, oldGrow, grow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOptions() {
		return options;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptions(String newOptions) {
		String oldOptions = options;
		options = newOptions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.LOGICAL_VOLUME__OPTIONS, oldOptions, options));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SisPackage.LOGICAL_VOLUME__VOLUME_GROUP:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return eBasicSetContainer(otherEnd, SisPackage.LOGICAL_VOLUME__VOLUME_GROUP, msgs);
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
			case SisPackage.LOGICAL_VOLUME__VOLUME_GROUP:
				return eBasicSetContainer(null, SisPackage.LOGICAL_VOLUME__VOLUME_GROUP, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case SisPackage.LOGICAL_VOLUME__VOLUME_GROUP:
				return eInternalContainer().eInverseRemove(this, SisPackage.VOLUME_GROUP__LOGICAL_VOLUMES, VolumeGroup.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SisPackage.LOGICAL_VOLUME__VOLUME_GROUP:
				return getVolumeGroup();
			case SisPackage.LOGICAL_VOLUME__SIZE:
				return getSize();
			case SisPackage.LOGICAL_VOLUME__UNIT:
				return getUnit();
			case SisPackage.LOGICAL_VOLUME__GROW:
				return isGrow();
			case SisPackage.LOGICAL_VOLUME__OPTIONS:
				return getOptions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SisPackage.LOGICAL_VOLUME__SIZE:
				setSize((BigDecimal)newValue);
				return;
			case SisPackage.LOGICAL_VOLUME__UNIT:
				setUnit((SizeUnit)newValue);
				return;
			case SisPackage.LOGICAL_VOLUME__GROW:
				setGrow((Boolean)newValue);
				return;
			case SisPackage.LOGICAL_VOLUME__OPTIONS:
				setOptions((String)newValue);
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
			case SisPackage.LOGICAL_VOLUME__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case SisPackage.LOGICAL_VOLUME__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case SisPackage.LOGICAL_VOLUME__GROW:
				setGrow(GROW_EDEFAULT);
				return;
			case SisPackage.LOGICAL_VOLUME__OPTIONS:
				setOptions(OPTIONS_EDEFAULT);
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
			case SisPackage.LOGICAL_VOLUME__VOLUME_GROUP:
				return getVolumeGroup() != null;
			case SisPackage.LOGICAL_VOLUME__SIZE:
				return SIZE_EDEFAULT == null ? size != null : !SIZE_EDEFAULT.equals(size);
			case SisPackage.LOGICAL_VOLUME__UNIT:
				return unit != UNIT_EDEFAULT;
			case SisPackage.LOGICAL_VOLUME__GROW:
				return grow != GROW_EDEFAULT;
			case SisPackage.LOGICAL_VOLUME__OPTIONS:
				return OPTIONS_EDEFAULT == null ? options != null : !OPTIONS_EDEFAULT.equals(options);
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
		result.append(" (size: ");
		result.append(size);
		result.append(", unit: ");
		result.append(unit);
		result.append(", grow: ");
		result.append(grow);
		result.append(", options: ");
		result.append(options);
		result.append(')');
		return result.toString();
	}

} //LogicalVolumeImpl
