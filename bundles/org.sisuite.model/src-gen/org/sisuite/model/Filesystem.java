/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Filesystem</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A file system to create and/or mount, i.e. one fstab line: on a block device of this table, or on a source such as an NFS export or a pseudo file system.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.Filesystem#getDevice <em>Device</em>}</li>
 *   <li>{@link org.sisuite.model.Filesystem#getSource <em>Source</em>}</li>
 *   <li>{@link org.sisuite.model.Filesystem#getMountPoint <em>Mount Point</em>}</li>
 *   <li>{@link org.sisuite.model.Filesystem#getFsType <em>Fs Type</em>}</li>
 *   <li>{@link org.sisuite.model.Filesystem#getMkfsOptions <em>Mkfs Options</em>}</li>
 *   <li>{@link org.sisuite.model.Filesystem#getMountOptions <em>Mount Options</em>}</li>
 *   <li>{@link org.sisuite.model.Filesystem#getDump <em>Dump</em>}</li>
 *   <li>{@link org.sisuite.model.Filesystem#getPass <em>Pass</em>}</li>
 *   <li>{@link org.sisuite.model.Filesystem#isFormat <em>Format</em>}</li>
 *   <li>{@link org.sisuite.model.Filesystem#getLabel <em>Label</em>}</li>
 *   <li>{@link org.sisuite.model.Filesystem#getFstabIdentifier <em>Fstab Identifier</em>}</li>
 *   <li>{@link org.sisuite.model.Filesystem#getUuid <em>Uuid</em>}</li>
 *   <li>{@link org.sisuite.model.Filesystem#getTypeName <em>Type Name</em>}</li>
 * </ul>
 *
 * @see org.sisuite.model.SisPackage#getFilesystem()
 * @model
 * @generated
 */
public interface Filesystem extends EObject {
	/**
	 * Returns the value of the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' reference.
	 * @see #setDevice(BlockDevice)
	 * @see org.sisuite.model.SisPackage#getFilesystem_Device()
	 * @model
	 * @generated
	 */
	BlockDevice getDevice();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Filesystem#getDevice <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' reference.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(BlockDevice value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fstab source when there is no device, e.g. server:/export for nfs, or tmpfs, proc.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.sisuite.model.SisPackage#getFilesystem_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Filesystem#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Mount Point</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mount Point</em>' attribute.
	 * @see #setMountPoint(String)
	 * @see org.sisuite.model.SisPackage#getFilesystem_MountPoint()
	 * @model
	 * @generated
	 */
	String getMountPoint();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Filesystem#getMountPoint <em>Mount Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mount Point</em>' attribute.
	 * @see #getMountPoint()
	 * @generated
	 */
	void setMountPoint(String value);

	/**
	 * Returns the value of the '<em><b>Fs Type</b></em>' attribute.
	 * The default value is <code>"ext4"</code>.
	 * The literals are from the enumeration {@link org.sisuite.model.FilesystemType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fs Type</em>' attribute.
	 * @see org.sisuite.model.FilesystemType
	 * @see #setFsType(FilesystemType)
	 * @see org.sisuite.model.SisPackage#getFilesystem_FsType()
	 * @model default="ext4"
	 * @generated
	 */
	FilesystemType getFsType();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Filesystem#getFsType <em>Fs Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fs Type</em>' attribute.
	 * @see org.sisuite.model.FilesystemType
	 * @see #getFsType()
	 * @generated
	 */
	void setFsType(FilesystemType value);

	/**
	 * Returns the value of the '<em><b>Mkfs Options</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mkfs Options</em>' attribute.
	 * @see #setMkfsOptions(String)
	 * @see org.sisuite.model.SisPackage#getFilesystem_MkfsOptions()
	 * @model
	 * @generated
	 */
	String getMkfsOptions();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Filesystem#getMkfsOptions <em>Mkfs Options</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mkfs Options</em>' attribute.
	 * @see #getMkfsOptions()
	 * @generated
	 */
	void setMkfsOptions(String value);

	/**
	 * Returns the value of the '<em><b>Mount Options</b></em>' attribute.
	 * The default value is <code>"defaults"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mount Options</em>' attribute.
	 * @see #setMountOptions(String)
	 * @see org.sisuite.model.SisPackage#getFilesystem_MountOptions()
	 * @model default="defaults"
	 * @generated
	 */
	String getMountOptions();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Filesystem#getMountOptions <em>Mount Options</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mount Options</em>' attribute.
	 * @see #getMountOptions()
	 * @generated
	 */
	void setMountOptions(String value);

	/**
	 * Returns the value of the '<em><b>Dump</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dump</em>' attribute.
	 * @see #setDump(int)
	 * @see org.sisuite.model.SisPackage#getFilesystem_Dump()
	 * @model
	 * @generated
	 */
	int getDump();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Filesystem#getDump <em>Dump</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dump</em>' attribute.
	 * @see #getDump()
	 * @generated
	 */
	void setDump(int value);

	/**
	 * Returns the value of the '<em><b>Pass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pass</em>' attribute.
	 * @see #setPass(int)
	 * @see org.sisuite.model.SisPackage#getFilesystem_Pass()
	 * @model
	 * @generated
	 */
	int getPass();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Filesystem#getPass <em>Pass</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pass</em>' attribute.
	 * @see #getPass()
	 * @generated
	 */
	void setPass(int value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether to create the file system; false keeps the existing one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see #setFormat(boolean)
	 * @see org.sisuite.model.SisPackage#getFilesystem_Format()
	 * @model default="true"
	 * @generated
	 */
	boolean isFormat();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Filesystem#isFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see #isFormat()
	 * @generated
	 */
	void setFormat(boolean value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.sisuite.model.SisPackage#getFilesystem_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Filesystem#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Fstab Identifier</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sisuite.model.FstabIdentifier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fstab Identifier</em>' attribute.
	 * @see org.sisuite.model.FstabIdentifier
	 * @see #setFstabIdentifier(FstabIdentifier)
	 * @see org.sisuite.model.SisPackage#getFilesystem_FstabIdentifier()
	 * @model
	 * @generated
	 */
	FstabIdentifier getFstabIdentifier();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Filesystem#getFstabIdentifier <em>Fstab Identifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fstab Identifier</em>' attribute.
	 * @see org.sisuite.model.FstabIdentifier
	 * @see #getFstabIdentifier()
	 * @generated
	 */
	void setFstabIdentifier(FstabIdentifier value);

	/**
	 * Returns the value of the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The UUID to create the file system with and name in fstab, when the table pins one (e.g. captured from a machine); null lets mkfs choose.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uuid</em>' attribute.
	 * @see #setUuid(String)
	 * @see org.sisuite.model.SisPackage#getFilesystem_Uuid()
	 * @model
	 * @generated
	 */
	String getUuid();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Filesystem#getUuid <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uuid</em>' attribute.
	 * @see #getUuid()
	 * @generated
	 */
	void setUuid(String value);

	/**
	 * Returns the value of the '<em><b>Type Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fstab type when fsType is other, e.g. subfs; null otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type Name</em>' attribute.
	 * @see #setTypeName(String)
	 * @see org.sisuite.model.SisPackage#getFilesystem_TypeName()
	 * @model
	 * @generated
	 */
	String getTypeName();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Filesystem#getTypeName <em>Type Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type Name</em>' attribute.
	 * @see #getTypeName()
	 * @generated
	 */
	void setTypeName(String value);

} // Filesystem
