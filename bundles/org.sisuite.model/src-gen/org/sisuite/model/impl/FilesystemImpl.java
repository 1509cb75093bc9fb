/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.sisuite.model.BlockDevice;
import org.sisuite.model.Filesystem;
import org.sisuite.model.FilesystemType;
import org.sisuite.model.FstabIdentifier;
import org.sisuite.model.SisPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Filesystem</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.impl.FilesystemImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.sisuite.model.impl.FilesystemImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.sisuite.model.impl.FilesystemImpl#getMountPoint <em>Mount Point</em>}</li>
 *   <li>{@link org.sisuite.model.impl.FilesystemImpl#getFsType <em>Fs Type</em>}</li>
 *   <li>{@link org.sisuite.model.impl.FilesystemImpl#getMkfsOptions <em>Mkfs Options</em>}</li>
 *   <li>{@link org.sisuite.model.impl.FilesystemImpl#getMountOptions <em>Mount Options</em>}</li>
 *   <li>{@link org.sisuite.model.impl.FilesystemImpl#getDump <em>Dump</em>}</li>
 *   <li>{@link org.sisuite.model.impl.FilesystemImpl#getPass <em>Pass</em>}</li>
 *   <li>{@link org.sisuite.model.impl.FilesystemImpl#isFormat <em>Format</em>}</li>
 *   <li>{@link org.sisuite.model.impl.FilesystemImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.sisuite.model.impl.FilesystemImpl#getFstabIdentifier <em>Fstab Identifier</em>}</li>
 *   <li>{@link org.sisuite.model.impl.FilesystemImpl#getUuid <em>Uuid</em>}</li>
 *   <li>{@link org.sisuite.model.impl.FilesystemImpl#getTypeName <em>Type Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FilesystemImpl extends MinimalEObjectImpl.Container implements Filesystem {
	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected BlockDevice device;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMountPoint() <em>Mount Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMountPoint()
	 * @generated
	 * @ordered
	 */
	protected static final String MOUNT_POINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMountPoint() <em>Mount Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMountPoint()
	 * @generated
	 * @ordered
	 */
	protected String mountPoint = MOUNT_POINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFsType() <em>Fs Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFsType()
	 * @generated
	 * @ordered
	 */
	protected static final FilesystemType FS_TYPE_EDEFAULT = FilesystemType.EXT4;

	/**
	 * The cached value of the '{@link #getFsType() <em>Fs Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFsType()
	 * @generated
	 * @ordered
	 */
	protected FilesystemType fsType = FS_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMkfsOptions() <em>Mkfs Options</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMkfsOptions()
	 * @generated
	 * @ordered
	 */
	protected static final String MKFS_OPTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMkfsOptions() <em>Mkfs Options</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMkfsOptions()
	 * @generated
	 * @ordered
	 */
	protected String mkfsOptions = MKFS_OPTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMountOptions() <em>Mount Options</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMountOptions()
	 * @generated
	 * @ordered
	 */
	protected static final String MOUNT_OPTIONS_EDEFAULT = "defaults";

	/**
	 * The cached value of the '{@link #getMountOptions() <em>Mount Options</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMountOptions()
	 * @generated
	 * @ordered
	 */
	protected String mountOptions = MOUNT_OPTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDump() <em>Dump</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDump()
	 * @generated
	 * @ordered
	 */
	protected static final int DUMP_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDump() <em>Dump</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDump()
	 * @generated
	 * @ordered
	 */
	protected int dump = DUMP_EDEFAULT;

	/**
	 * The default value of the '{@link #getPass() <em>Pass</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPass()
	 * @generated
	 * @ordered
	 */
	protected static final int PASS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPass() <em>Pass</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPass()
	 * @generated
	 * @ordered
	 */
	protected int pass = PASS_EDEFAULT;

	/**
	 * The default value of the '{@link #isFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFormat()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FORMAT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFormat()
	 * @generated
	 * @ordered
	 */
	protected boolean format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getFstabIdentifier() <em>Fstab Identifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFstabIdentifier()
	 * @generated
	 * @ordered
	 */
	protected static final FstabIdentifier FSTAB_IDENTIFIER_EDEFAULT = FstabIdentifier.UUID;

	/**
	 * The cached value of the '{@link #getFstabIdentifier() <em>Fstab Identifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFstabIdentifier()
	 * @generated
	 * @ordered
	 */
	protected FstabIdentifier fstabIdentifier = FSTAB_IDENTIFIER_EDEFAULT;

	/**
	 * The default value of the '{@link #getUuid() <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUuid()
	 * @generated
	 * @ordered
	 */
	protected static final String UUID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUuid() <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUuid()
	 * @generated
	 * @ordered
	 */
	protected String uuid = UUID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTypeName() <em>Type Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypeName()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTypeName() <em>Type Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypeName()
	 * @generated
	 * @ordered
	 */
	protected String typeName = TYPE_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FilesystemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SisPackage.Literals.FILESYSTEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BlockDevice getDevice() {
		if (device != null && device.eIsProxy()) {
			InternalEObject oldDevice = (InternalEObject)device;
			device = (BlockDevice)eResolveProxy(oldDevice);
			if (device != oldDevice) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SisPackage.FILESYSTEM__DEVICE, oldDevice, device));
			}
		}
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BlockDevice basicGetDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(BlockDevice newDevice) {
		BlockDevice oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.FILESYSTEM__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.FILESYSTEM__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMountPoint() {
		return mountPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMountPoint(String newMountPoint) {
		String oldMountPoint = mountPoint;
		mountPoint = newMountPoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.FILESYSTEM__MOUNT_POINT, oldMountPoint, mountPoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FilesystemType getFsType() {
		return fsType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFsType(FilesystemType newFsType) {
		FilesystemType oldFsType = fsType;
		fsType = newFsType == null ? FS_TYPE_EDEFAULT : newFsType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.FILESYSTEM__FS_TYPE, oldFsType, fsType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMkfsOptions() {
		return mkfsOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMkfsOptions(String newMkfsOptions) {
		String oldMkfsOptions = mkfsOptions;
		mkfsOptions = newMkfsOptions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.FILESYSTEM__MKFS_OPTIONS, oldMkfsOptions, mkfsOptions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMountOptions() {
		return mountOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMountOptions(String newMountOptions) {
		String oldMountOptions = mountOptions;
		mountOptions = newMountOptions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.FILESYSTEM__MOUNT_OPTIONS, oldMountOptions, mountOptions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDump() {
		return dump;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDump(int newDump) {
		int oldDump = dump;
		dump = newDump;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.FILESYSTEM__DUMP, oldDump, dump));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPass() {
		return pass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPass(int newPass) {
		int oldPass = pass;
		pass = newPass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.FILESYSTEM__PASS, oldPass, pass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(boolean newFormat) {
		boolean oldFormat = format;
		format = newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.FILESYSTEM__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.FILESYSTEM__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FstabIdentifier getFstabIdentifier() {
		return fstabIdentifier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFstabIdentifier(FstabIdentifier newFstabIdentifier) {
		FstabIdentifier oldFstabIdentifier = fstabIdentifier;
		fstabIdentifier = newFstabIdentifier == null ? FSTAB_IDENTIFIER_EDEFAULT : newFstabIdentifier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.FILESYSTEM__FSTAB_IDENTIFIER, oldFstabIdentifier, fstabIdentifier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUuid() {
		return uuid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUuid(String newUuid) {
		String oldUuid = uuid;
		uuid = newUuid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.FILESYSTEM__UUID, oldUuid, uuid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTypeName() {
		return typeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTypeName(String newTypeName) {
		String oldTypeName = typeName;
		typeName = newTypeName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.FILESYSTEM__TYPE_NAME, oldTypeName, typeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SisPackage.FILESYSTEM__DEVICE:
				if (resolve) return getDevice();
				return basicGetDevice();
			case SisPackage.FILESYSTEM__SOURCE:
				return getSource();
			case SisPackage.FILESYSTEM__MOUNT_POINT:
				return getMountPoint();
			case SisPackage.FILESYSTEM__FS_TYPE:
				return getFsType();
			case SisPackage.FILESYSTEM__MKFS_OPTIONS:
				return getMkfsOptions();
			case SisPackage.FILESYSTEM__MOUNT_OPTIONS:
				return getMountOptions();
			case SisPackage.FILESYSTEM__DUMP:
				return getDump();
			case SisPackage.FILESYSTEM__PASS:
				return getPass();
			case SisPackage.FILESYSTEM__FORMAT:
				return isFormat();
			case SisPackage.FILESYSTEM__LABEL:
				return getLabel();
			case SisPackage.FILESYSTEM__FSTAB_IDENTIFIER:
				return getFstabIdentifier();
			case SisPackage.FILESYSTEM__UUID:
				return getUuid();
			case SisPackage.FILESYSTEM__TYPE_NAME:
				return getTypeName();
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
			case SisPackage.FILESYSTEM__DEVICE:
				setDevice((BlockDevice)newValue);
				return;
			case SisPackage.FILESYSTEM__SOURCE:
				setSource((String)newValue);
				return;
			case SisPackage.FILESYSTEM__MOUNT_POINT:
				setMountPoint((String)newValue);
				return;
			case SisPackage.FILESYSTEM__FS_TYPE:
				setFsType((FilesystemType)newValue);
				return;
			case SisPackage.FILESYSTEM__MKFS_OPTIONS:
				setMkfsOptions((String)newValue);
				return;
			case SisPackage.FILESYSTEM__MOUNT_OPTIONS:
				setMountOptions((String)newValue);
				return;
			case SisPackage.FILESYSTEM__DUMP:
				setDump((Integer)newValue);
				return;
			case SisPackage.FILESYSTEM__PASS:
				setPass((Integer)newValue);
				return;
			case SisPackage.FILESYSTEM__FORMAT:
				setFormat((Boolean)newValue);
				return;
			case SisPackage.FILESYSTEM__LABEL:
				setLabel((String)newValue);
				return;
			case SisPackage.FILESYSTEM__FSTAB_IDENTIFIER:
				setFstabIdentifier((FstabIdentifier)newValue);
				return;
			case SisPackage.FILESYSTEM__UUID:
				setUuid((String)newValue);
				return;
			case SisPackage.FILESYSTEM__TYPE_NAME:
				setTypeName((String)newValue);
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
			case SisPackage.FILESYSTEM__DEVICE:
				setDevice((BlockDevice)null);
				return;
			case SisPackage.FILESYSTEM__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case SisPackage.FILESYSTEM__MOUNT_POINT:
				setMountPoint(MOUNT_POINT_EDEFAULT);
				return;
			case SisPackage.FILESYSTEM__FS_TYPE:
				setFsType(FS_TYPE_EDEFAULT);
				return;
			case SisPackage.FILESYSTEM__MKFS_OPTIONS:
				setMkfsOptions(MKFS_OPTIONS_EDEFAULT);
				return;
			case SisPackage.FILESYSTEM__MOUNT_OPTIONS:
				setMountOptions(MOUNT_OPTIONS_EDEFAULT);
				return;
			case SisPackage.FILESYSTEM__DUMP:
				setDump(DUMP_EDEFAULT);
				return;
			case SisPackage.FILESYSTEM__PASS:
				setPass(PASS_EDEFAULT);
				return;
			case SisPackage.FILESYSTEM__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case SisPackage.FILESYSTEM__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case SisPackage.FILESYSTEM__FSTAB_IDENTIFIER:
				setFstabIdentifier(FSTAB_IDENTIFIER_EDEFAULT);
				return;
			case SisPackage.FILESYSTEM__UUID:
				setUuid(UUID_EDEFAULT);
				return;
			case SisPackage.FILESYSTEM__TYPE_NAME:
				setTypeName(TYPE_NAME_EDEFAULT);
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
			case SisPackage.FILESYSTEM__DEVICE:
				return device != null;
			case SisPackage.FILESYSTEM__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case SisPackage.FILESYSTEM__MOUNT_POINT:
				return MOUNT_POINT_EDEFAULT == null ? mountPoint != null : !MOUNT_POINT_EDEFAULT.equals(mountPoint);
			case SisPackage.FILESYSTEM__FS_TYPE:
				return fsType != FS_TYPE_EDEFAULT;
			case SisPackage.FILESYSTEM__MKFS_OPTIONS:
				return MKFS_OPTIONS_EDEFAULT == null ? mkfsOptions != null : !MKFS_OPTIONS_EDEFAULT.equals(mkfsOptions);
			case SisPackage.FILESYSTEM__MOUNT_OPTIONS:
				return MOUNT_OPTIONS_EDEFAULT == null ? mountOptions != null : !MOUNT_OPTIONS_EDEFAULT.equals(mountOptions);
			case SisPackage.FILESYSTEM__DUMP:
				return dump != DUMP_EDEFAULT;
			case SisPackage.FILESYSTEM__PASS:
				return pass != PASS_EDEFAULT;
			case SisPackage.FILESYSTEM__FORMAT:
				return format != FORMAT_EDEFAULT;
			case SisPackage.FILESYSTEM__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case SisPackage.FILESYSTEM__FSTAB_IDENTIFIER:
				return fstabIdentifier != FSTAB_IDENTIFIER_EDEFAULT;
			case SisPackage.FILESYSTEM__UUID:
				return UUID_EDEFAULT == null ? uuid != null : !UUID_EDEFAULT.equals(uuid);
			case SisPackage.FILESYSTEM__TYPE_NAME:
				return TYPE_NAME_EDEFAULT == null ? typeName != null : !TYPE_NAME_EDEFAULT.equals(typeName);
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
		result.append(" (source: ");
		result.append(source);
		result.append(", mountPoint: ");
		result.append(mountPoint);
		result.append(", fsType: ");
		result.append(fsType);
		result.append(", mkfsOptions: ");
		result.append(mkfsOptions);
		result.append(", mountOptions: ");
		result.append(mountOptions);
		result.append(", dump: ");
		result.append(dump);
		result.append(", pass: ");
		result.append(pass);
		result.append(", format: ");
		result.append(format);
		result.append(", label: ");
		result.append(label);
		result.append(", fstabIdentifier: ");
		result.append(fstabIdentifier);
		result.append(", uuid: ");
		result.append(uuid);
		result.append(", typeName: ");
		result.append(typeName);
		result.append(')');
		return result.toString();
	}

} //FilesystemImpl
