/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.sisuite.model.Partition;
import org.sisuite.model.RaidArray;
import org.sisuite.model.RaidLevel;
import org.sisuite.model.SisPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Raid Array</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.impl.RaidArrayImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.sisuite.model.impl.RaidArrayImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.sisuite.model.impl.RaidArrayImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.sisuite.model.impl.RaidArrayImpl#getSpares <em>Spares</em>}</li>
 *   <li>{@link org.sisuite.model.impl.RaidArrayImpl#getChunkSizeKiB <em>Chunk Size Ki B</em>}</li>
 *   <li>{@link org.sisuite.model.impl.RaidArrayImpl#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link org.sisuite.model.impl.RaidArrayImpl#getLayout <em>Layout</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RaidArrayImpl extends BlockDeviceImpl implements RaidArray {
	/**
	 * The default value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected String device = DEVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final RaidLevel LEVEL_EDEFAULT = RaidLevel.RAID1;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected RaidLevel level = LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<Partition> members;

	/**
	 * The cached value of the '{@link #getSpares() <em>Spares</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpares()
	 * @generated
	 * @ordered
	 */
	protected EList<Partition> spares;

	/**
	 * The default value of the '{@link #getChunkSizeKiB() <em>Chunk Size Ki B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChunkSizeKiB()
	 * @generated
	 * @ordered
	 */
	protected static final Integer CHUNK_SIZE_KI_B_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChunkSizeKiB() <em>Chunk Size Ki B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChunkSizeKiB()
	 * @generated
	 * @ordered
	 */
	protected Integer chunkSizeKiB = CHUNK_SIZE_KI_B_EDEFAULT;

	/**
	 * The default value of the '{@link #getMetadata() <em>Metadata</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetadata()
	 * @generated
	 * @ordered
	 */
	protected static final String METADATA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMetadata() <em>Metadata</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetadata()
	 * @generated
	 * @ordered
	 */
	protected String metadata = METADATA_EDEFAULT;

	/**
	 * The default value of the '{@link #getLayout() <em>Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayout()
	 * @generated
	 * @ordered
	 */
	protected static final String LAYOUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLayout() <em>Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayout()
	 * @generated
	 * @ordered
	 */
	protected String layout = LAYOUT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RaidArrayImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SisPackage.Literals.RAID_ARRAY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(String newDevice) {
		String oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.RAID_ARRAY__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RaidLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(RaidLevel newLevel) {
		RaidLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.RAID_ARRAY__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Partition> getMembers() {
		if (members == null) {
			members = new EObjectResolvingEList<Partition>(Partition.class, this, SisPackage.RAID_ARRAY__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Partition> getSpares() {
		if (spares == null) {
			spares = new EObjectResolvingEList<Partition>(Partition.class, this, SisPackage.RAID_ARRAY__SPARES);
		}
		return spares;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getChunkSizeKiB() {
		return chunkSizeKiB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChunkSizeKiB(Integer newChunkSizeKiB) {
		Integer oldChunkSizeKiB = chunkSizeKiB;
		chunkSizeKiB = newChunkSizeKiB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.RAID_ARRAY__CHUNK_SIZE_KI_B, oldChunkSizeKiB, chunkSizeKiB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMetadata() {
		return metadata;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetadata(String newMetadata) {
		String oldMetadata = metadata;
		metadata = newMetadata;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.RAID_ARRAY__METADATA, oldMetadata, metadata));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLayout() {
		return layout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayout(String newLayout) {
		String oldLayout = layout;
		layout = newLayout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.RAID_ARRAY__LAYOUT, oldLayout, layout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SisPackage.RAID_ARRAY__DEVICE:
				return getDevice();
			case SisPackage.RAID_ARRAY__LEVEL:
				return getLevel();
			case SisPackage.RAID_ARRAY__MEMBERS:
				return getMembers();
			case SisPackage.RAID_ARRAY__SPARES:
				return getSpares();
			case SisPackage.RAID_ARRAY__CHUNK_SIZE_KI_B:
				return getChunkSizeKiB();
			case SisPackage.RAID_ARRAY__METADATA:
				return getMetadata();
			case SisPackage.RAID_ARRAY__LAYOUT:
				return getLayout();
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
			case SisPackage.RAID_ARRAY__DEVICE:
				setDevice((String)newValue);
				return;
			case SisPackage.RAID_ARRAY__LEVEL:
				setLevel((RaidLevel)newValue);
				return;
			case SisPackage.RAID_ARRAY__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends Partition>)newValue);
				return;
			case SisPackage.RAID_ARRAY__SPARES:
				getSpares().clear();
				getSpares().addAll((Collection<? extends Partition>)newValue);
				return;
			case SisPackage.RAID_ARRAY__CHUNK_SIZE_KI_B:
				setChunkSizeKiB((Integer)newValue);
				return;
			case SisPackage.RAID_ARRAY__METADATA:
				setMetadata((String)newValue);
				return;
			case SisPackage.RAID_ARRAY__LAYOUT:
				setLayout((String)newValue);
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
			case SisPackage.RAID_ARRAY__DEVICE:
				setDevice(DEVICE_EDEFAULT);
				return;
			case SisPackage.RAID_ARRAY__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case SisPackage.RAID_ARRAY__MEMBERS:
				getMembers().clear();
				return;
			case SisPackage.RAID_ARRAY__SPARES:
				getSpares().clear();
				return;
			case SisPackage.RAID_ARRAY__CHUNK_SIZE_KI_B:
				setChunkSizeKiB(CHUNK_SIZE_KI_B_EDEFAULT);
				return;
			case SisPackage.RAID_ARRAY__METADATA:
				setMetadata(METADATA_EDEFAULT);
				return;
			case SisPackage.RAID_ARRAY__LAYOUT:
				setLayout(LAYOUT_EDEFAULT);
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
			case SisPackage.RAID_ARRAY__DEVICE:
				return DEVICE_EDEFAULT == null ? device != null : !DEVICE_EDEFAULT.equals(device);
			case SisPackage.RAID_ARRAY__LEVEL:
				return level != LEVEL_EDEFAULT;
			case SisPackage.RAID_ARRAY__MEMBERS:
				return members != null && !members.isEmpty();
			case SisPackage.RAID_ARRAY__SPARES:
				return spares != null && !spares.isEmpty();
			case SisPackage.RAID_ARRAY__CHUNK_SIZE_KI_B:
				return CHUNK_SIZE_KI_B_EDEFAULT == null ? chunkSizeKiB != null : !CHUNK_SIZE_KI_B_EDEFAULT.equals(chunkSizeKiB);
			case SisPackage.RAID_ARRAY__METADATA:
				return METADATA_EDEFAULT == null ? metadata != null : !METADATA_EDEFAULT.equals(metadata);
			case SisPackage.RAID_ARRAY__LAYOUT:
				return LAYOUT_EDEFAULT == null ? layout != null : !LAYOUT_EDEFAULT.equals(layout);
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
		result.append(" (device: ");
		result.append(device);
		result.append(", level: ");
		result.append(level);
		result.append(", chunkSizeKiB: ");
		result.append(chunkSizeKiB);
		result.append(", metadata: ");
		result.append(metadata);
		result.append(", layout: ");
		result.append(layout);
		result.append(')');
		return result.toString();
	}

} //RaidArrayImpl
