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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sisuite.model.BootLoader;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Filesystem;
import org.sisuite.model.RaidArray;
import org.sisuite.model.SisPackage;
import org.sisuite.model.VolumeGroup;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Disk Table</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.impl.DiskTableImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.sisuite.model.impl.DiskTableImpl#getSourceFormat <em>Source Format</em>}</li>
 *   <li>{@link org.sisuite.model.impl.DiskTableImpl#getDisks <em>Disks</em>}</li>
 *   <li>{@link org.sisuite.model.impl.DiskTableImpl#getRaidArrays <em>Raid Arrays</em>}</li>
 *   <li>{@link org.sisuite.model.impl.DiskTableImpl#getVolumeGroups <em>Volume Groups</em>}</li>
 *   <li>{@link org.sisuite.model.impl.DiskTableImpl#getFilesystems <em>Filesystems</em>}</li>
 *   <li>{@link org.sisuite.model.impl.DiskTableImpl#getBootLoader <em>Boot Loader</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiskTableImpl extends NamedElementImpl implements DiskTable {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceFormat() <em>Source Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceFormat() <em>Source Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFormat()
	 * @generated
	 * @ordered
	 */
	protected String sourceFormat = SOURCE_FORMAT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDisks() <em>Disks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisks()
	 * @generated
	 * @ordered
	 */
	protected EList<Disk> disks;

	/**
	 * The cached value of the '{@link #getRaidArrays() <em>Raid Arrays</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaidArrays()
	 * @generated
	 * @ordered
	 */
	protected EList<RaidArray> raidArrays;

	/**
	 * The cached value of the '{@link #getVolumeGroups() <em>Volume Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<VolumeGroup> volumeGroups;

	/**
	 * The cached value of the '{@link #getFilesystems() <em>Filesystems</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilesystems()
	 * @generated
	 * @ordered
	 */
	protected EList<Filesystem> filesystems;

	/**
	 * The cached value of the '{@link #getBootLoader() <em>Boot Loader</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootLoader()
	 * @generated
	 * @ordered
	 */
	protected BootLoader bootLoader;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiskTableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SisPackage.Literals.DISK_TABLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.DISK_TABLE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceFormat() {
		return sourceFormat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceFormat(String newSourceFormat) {
		String oldSourceFormat = sourceFormat;
		sourceFormat = newSourceFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.DISK_TABLE__SOURCE_FORMAT, oldSourceFormat, sourceFormat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Disk> getDisks() {
		if (disks == null) {
			disks = new EObjectContainmentEList<Disk>(Disk.class, this, SisPackage.DISK_TABLE__DISKS);
		}
		return disks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RaidArray> getRaidArrays() {
		if (raidArrays == null) {
			raidArrays = new EObjectContainmentEList<RaidArray>(RaidArray.class, this, SisPackage.DISK_TABLE__RAID_ARRAYS);
		}
		return raidArrays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VolumeGroup> getVolumeGroups() {
		if (volumeGroups == null) {
			volumeGroups = new EObjectContainmentEList<VolumeGroup>(VolumeGroup.class, this, SisPackage.DISK_TABLE__VOLUME_GROUPS);
		}
		return volumeGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Filesystem> getFilesystems() {
		if (filesystems == null) {
			filesystems = new EObjectContainmentEList<Filesystem>(Filesystem.class, this, SisPackage.DISK_TABLE__FILESYSTEMS);
		}
		return filesystems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BootLoader getBootLoader() {
		return bootLoader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBootLoader(BootLoader newBootLoader, NotificationChain msgs) {
		BootLoader oldBootLoader = bootLoader;
		bootLoader = newBootLoader;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SisPackage.DISK_TABLE__BOOT_LOADER, oldBootLoader, newBootLoader);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBootLoader(BootLoader newBootLoader) {
		if (newBootLoader != bootLoader) {
			NotificationChain msgs = null;
			if (bootLoader != null)
				msgs = ((InternalEObject)bootLoader).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SisPackage.DISK_TABLE__BOOT_LOADER, null, msgs);
			if (newBootLoader != null)
				msgs = ((InternalEObject)newBootLoader).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SisPackage.DISK_TABLE__BOOT_LOADER, null, msgs);
			msgs = basicSetBootLoader(newBootLoader, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.DISK_TABLE__BOOT_LOADER, newBootLoader, newBootLoader));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SisPackage.DISK_TABLE__DISKS:
				return ((InternalEList<?>)getDisks()).basicRemove(otherEnd, msgs);
			case SisPackage.DISK_TABLE__RAID_ARRAYS:
				return ((InternalEList<?>)getRaidArrays()).basicRemove(otherEnd, msgs);
			case SisPackage.DISK_TABLE__VOLUME_GROUPS:
				return ((InternalEList<?>)getVolumeGroups()).basicRemove(otherEnd, msgs);
			case SisPackage.DISK_TABLE__FILESYSTEMS:
				return ((InternalEList<?>)getFilesystems()).basicRemove(otherEnd, msgs);
			case SisPackage.DISK_TABLE__BOOT_LOADER:
				return basicSetBootLoader(null, msgs);
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
			case SisPackage.DISK_TABLE__DESCRIPTION:
				return getDescription();
			case SisPackage.DISK_TABLE__SOURCE_FORMAT:
				return getSourceFormat();
			case SisPackage.DISK_TABLE__DISKS:
				return getDisks();
			case SisPackage.DISK_TABLE__RAID_ARRAYS:
				return getRaidArrays();
			case SisPackage.DISK_TABLE__VOLUME_GROUPS:
				return getVolumeGroups();
			case SisPackage.DISK_TABLE__FILESYSTEMS:
				return getFilesystems();
			case SisPackage.DISK_TABLE__BOOT_LOADER:
				return getBootLoader();
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
			case SisPackage.DISK_TABLE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SisPackage.DISK_TABLE__SOURCE_FORMAT:
				setSourceFormat((String)newValue);
				return;
			case SisPackage.DISK_TABLE__DISKS:
				getDisks().clear();
				getDisks().addAll((Collection<? extends Disk>)newValue);
				return;
			case SisPackage.DISK_TABLE__RAID_ARRAYS:
				getRaidArrays().clear();
				getRaidArrays().addAll((Collection<? extends RaidArray>)newValue);
				return;
			case SisPackage.DISK_TABLE__VOLUME_GROUPS:
				getVolumeGroups().clear();
				getVolumeGroups().addAll((Collection<? extends VolumeGroup>)newValue);
				return;
			case SisPackage.DISK_TABLE__FILESYSTEMS:
				getFilesystems().clear();
				getFilesystems().addAll((Collection<? extends Filesystem>)newValue);
				return;
			case SisPackage.DISK_TABLE__BOOT_LOADER:
				setBootLoader((BootLoader)newValue);
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
			case SisPackage.DISK_TABLE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SisPackage.DISK_TABLE__SOURCE_FORMAT:
				setSourceFormat(SOURCE_FORMAT_EDEFAULT);
				return;
			case SisPackage.DISK_TABLE__DISKS:
				getDisks().clear();
				return;
			case SisPackage.DISK_TABLE__RAID_ARRAYS:
				getRaidArrays().clear();
				return;
			case SisPackage.DISK_TABLE__VOLUME_GROUPS:
				getVolumeGroups().clear();
				return;
			case SisPackage.DISK_TABLE__FILESYSTEMS:
				getFilesystems().clear();
				return;
			case SisPackage.DISK_TABLE__BOOT_LOADER:
				setBootLoader((BootLoader)null);
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
			case SisPackage.DISK_TABLE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SisPackage.DISK_TABLE__SOURCE_FORMAT:
				return SOURCE_FORMAT_EDEFAULT == null ? sourceFormat != null : !SOURCE_FORMAT_EDEFAULT.equals(sourceFormat);
			case SisPackage.DISK_TABLE__DISKS:
				return disks != null && !disks.isEmpty();
			case SisPackage.DISK_TABLE__RAID_ARRAYS:
				return raidArrays != null && !raidArrays.isEmpty();
			case SisPackage.DISK_TABLE__VOLUME_GROUPS:
				return volumeGroups != null && !volumeGroups.isEmpty();
			case SisPackage.DISK_TABLE__FILESYSTEMS:
				return filesystems != null && !filesystems.isEmpty();
			case SisPackage.DISK_TABLE__BOOT_LOADER:
				return bootLoader != null;
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
		result.append(" (description: ");
		result.append(description);
		result.append(", sourceFormat: ");
		result.append(sourceFormat);
		result.append(')');
		return result.toString();
	}

} //DiskTableImpl
