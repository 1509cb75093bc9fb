/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.sisuite.model.Disk;
import org.sisuite.model.Partition;
import org.sisuite.model.PartitionFlag;
import org.sisuite.model.PartitionType;
import org.sisuite.model.SisPackage;
import org.sisuite.model.SizeUnit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Partition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.impl.PartitionImpl#getDisk <em>Disk</em>}</li>
 *   <li>{@link org.sisuite.model.impl.PartitionImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.sisuite.model.impl.PartitionImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.sisuite.model.impl.PartitionImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.sisuite.model.impl.PartitionImpl#isGrow <em>Grow</em>}</li>
 *   <li>{@link org.sisuite.model.impl.PartitionImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.sisuite.model.impl.PartitionImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.sisuite.model.impl.PartitionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.sisuite.model.impl.PartitionImpl#getPartitionId <em>Partition Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PartitionImpl extends BlockDeviceImpl implements Partition {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

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
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final PartitionType TYPE_EDEFAULT = PartitionType.PRIMARY;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected PartitionType type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected EList<PartitionFlag> flags;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPartitionId() <em>Partition Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartitionId()
	 * @generated
	 * @ordered
	 */
	protected static final String PARTITION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPartitionId() <em>Partition Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartitionId()
	 * @generated
	 * @ordered
	 */
	protected String partitionId = PARTITION_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PartitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SisPackage.Literals.PARTITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Disk getDisk() {
		if (eContainerFeatureID() != SisPackage.PARTITION__DISK) return null;
		return (Disk)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.PARTITION__NUMBER, oldNumber, number));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.PARTITION__SIZE, oldSize, size));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.PARTITION__UNIT, oldUnit, unit));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.PARTITION__GROW, oldGrow, grow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartitionType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(PartitionType newType) {
		PartitionType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.PARTITION__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PartitionFlag> getFlags() {
		if (flags == null) {
			flags = new EDataTypeUniqueEList<PartitionFlag>(PartitionFlag.class, this, SisPackage.PARTITION__FLAGS);
		}
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.PARTITION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPartitionId() {
		return partitionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartitionId(String newPartitionId) {
		String oldPartitionId = partitionId;
		partitionId = newPartitionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.PARTITION__PARTITION_ID, oldPartitionId, partitionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SisPackage.PARTITION__DISK:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return eBasicSetContainer(otherEnd, SisPackage.PARTITION__DISK, msgs);
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
			case SisPackage.PARTITION__DISK:
				return eBasicSetContainer(null, SisPackage.PARTITION__DISK, msgs);
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
			case SisPackage.PARTITION__DISK:
				return eInternalContainer().eInverseRemove(this, SisPackage.DISK__PARTITIONS, Disk.class, msgs);
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
			case SisPackage.PARTITION__DISK:
				return getDisk();
			case SisPackage.PARTITION__NUMBER:
				return getNumber();
			case SisPackage.PARTITION__SIZE:
				return getSize();
			case SisPackage.PARTITION__UNIT:
				return getUnit();
			case SisPackage.PARTITION__GROW:
				return isGrow();
			case SisPackage.PARTITION__TYPE:
				return getType();
			case SisPackage.PARTITION__FLAGS:
				return getFlags();
			case SisPackage.PARTITION__NAME:
				return getName();
			case SisPackage.PARTITION__PARTITION_ID:
				return getPartitionId();
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
			case SisPackage.PARTITION__NUMBER:
				setNumber((Integer)newValue);
				return;
			case SisPackage.PARTITION__SIZE:
				setSize((BigDecimal)newValue);
				return;
			case SisPackage.PARTITION__UNIT:
				setUnit((SizeUnit)newValue);
				return;
			case SisPackage.PARTITION__GROW:
				setGrow((Boolean)newValue);
				return;
			case SisPackage.PARTITION__TYPE:
				setType((PartitionType)newValue);
				return;
			case SisPackage.PARTITION__FLAGS:
				getFlags().clear();
				getFlags().addAll((Collection<? extends PartitionFlag>)newValue);
				return;
			case SisPackage.PARTITION__NAME:
				setName((String)newValue);
				return;
			case SisPackage.PARTITION__PARTITION_ID:
				setPartitionId((String)newValue);
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
			case SisPackage.PARTITION__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case SisPackage.PARTITION__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case SisPackage.PARTITION__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case SisPackage.PARTITION__GROW:
				setGrow(GROW_EDEFAULT);
				return;
			case SisPackage.PARTITION__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case SisPackage.PARTITION__FLAGS:
				getFlags().clear();
				return;
			case SisPackage.PARTITION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SisPackage.PARTITION__PARTITION_ID:
				setPartitionId(PARTITION_ID_EDEFAULT);
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
			case SisPackage.PARTITION__DISK:
				return getDisk() != null;
			case SisPackage.PARTITION__NUMBER:
				return number != NUMBER_EDEFAULT;
			case SisPackage.PARTITION__SIZE:
				return SIZE_EDEFAULT == null ? size != null : !SIZE_EDEFAULT.equals(size);
			case SisPackage.PARTITION__UNIT:
				return unit != UNIT_EDEFAULT;
			case SisPackage.PARTITION__GROW:
				return grow != GROW_EDEFAULT;
			case SisPackage.PARTITION__TYPE:
				return type != TYPE_EDEFAULT;
			case SisPackage.PARTITION__FLAGS:
				return flags != null && !flags.isEmpty();
			case SisPackage.PARTITION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SisPackage.PARTITION__PARTITION_ID:
				return PARTITION_ID_EDEFAULT == null ? partitionId != null : !PARTITION_ID_EDEFAULT.equals(partitionId);
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
		result.append(" (number: ");
		result.append(number);
		result.append(", size: ");
		result.append(size);
		result.append(", unit: ");
		result.append(unit);
		result.append(", grow: ");
		result.append(grow);
		result.append(", type: ");
		result.append(type);
		result.append(", flags: ");
		result.append(flags);
		result.append(", name: ");
		result.append(name);
		result.append(", partitionId: ");
		result.append(partitionId);
		result.append(')');
		return result.toString();
	}

} //PartitionImpl
