/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Disk Table</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A storage layout applied to a client: disks and partitions, software RAID, LVM, file systems and the boot loader.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.DiskTable#getDescription <em>Description</em>}</li>
 *   <li>{@link org.sisuite.model.DiskTable#getSourceFormat <em>Source Format</em>}</li>
 *   <li>{@link org.sisuite.model.DiskTable#getDisks <em>Disks</em>}</li>
 *   <li>{@link org.sisuite.model.DiskTable#getRaidArrays <em>Raid Arrays</em>}</li>
 *   <li>{@link org.sisuite.model.DiskTable#getVolumeGroups <em>Volume Groups</em>}</li>
 *   <li>{@link org.sisuite.model.DiskTable#getFilesystems <em>Filesystems</em>}</li>
 *   <li>{@link org.sisuite.model.DiskTable#getBootLoader <em>Boot Loader</em>}</li>
 * </ul>
 *
 * @see org.sisuite.model.SisPackage#getDiskTable()
 * @model
 * @generated
 */
public interface DiskTable extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.sisuite.model.SisPackage#getDiskTable_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.sisuite.model.DiskTable#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Source Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The format the table was imported from, if any (e.g. a SystemImager autoinstallscript.conf); null when it was created in the workbench.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Format</em>' attribute.
	 * @see #setSourceFormat(String)
	 * @see org.sisuite.model.SisPackage#getDiskTable_SourceFormat()
	 * @model
	 * @generated
	 */
	String getSourceFormat();

	/**
	 * Sets the value of the '{@link org.sisuite.model.DiskTable#getSourceFormat <em>Source Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Format</em>' attribute.
	 * @see #getSourceFormat()
	 * @generated
	 */
	void setSourceFormat(String value);

	/**
	 * Returns the value of the '<em><b>Disks</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.Disk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disks</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getDiskTable_Disks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Disk> getDisks();

	/**
	 * Returns the value of the '<em><b>Raid Arrays</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.RaidArray}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raid Arrays</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getDiskTable_RaidArrays()
	 * @model containment="true"
	 * @generated
	 */
	EList<RaidArray> getRaidArrays();

	/**
	 * Returns the value of the '<em><b>Volume Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.VolumeGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Groups</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getDiskTable_VolumeGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<VolumeGroup> getVolumeGroups();

	/**
	 * Returns the value of the '<em><b>Filesystems</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.Filesystem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filesystems</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getDiskTable_Filesystems()
	 * @model containment="true"
	 * @generated
	 */
	EList<Filesystem> getFilesystems();

	/**
	 * Returns the value of the '<em><b>Boot Loader</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Boot Loader</em>' containment reference.
	 * @see #setBootLoader(BootLoader)
	 * @see org.sisuite.model.SisPackage#getDiskTable_BootLoader()
	 * @model containment="true"
	 * @generated
	 */
	BootLoader getBootLoader();

	/**
	 * Sets the value of the '{@link org.sisuite.model.DiskTable#getBootLoader <em>Boot Loader</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Boot Loader</em>' containment reference.
	 * @see #getBootLoader()
	 * @generated
	 */
	void setBootLoader(BootLoader value);

} // DiskTable
