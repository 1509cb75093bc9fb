/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volume Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An LVM volume group built on partitions or RAID arrays.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.VolumeGroup#getPhysicalVolumes <em>Physical Volumes</em>}</li>
 *   <li>{@link org.sisuite.model.VolumeGroup#getLogicalVolumes <em>Logical Volumes</em>}</li>
 *   <li>{@link org.sisuite.model.VolumeGroup#getExtentSizeKiB <em>Extent Size Ki B</em>}</li>
 *   <li>{@link org.sisuite.model.VolumeGroup#getMaxLogicalVolumes <em>Max Logical Volumes</em>}</li>
 *   <li>{@link org.sisuite.model.VolumeGroup#getMaxPhysicalVolumes <em>Max Physical Volumes</em>}</li>
 * </ul>
 *
 * @see org.sisuite.model.SisPackage#getVolumeGroup()
 * @model
 * @generated
 */
public interface VolumeGroup extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Physical Volumes</b></em>' reference list.
	 * The list contents are of type {@link org.sisuite.model.BlockDevice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Physical Volumes</em>' reference list.
	 * @see org.sisuite.model.SisPackage#getVolumeGroup_PhysicalVolumes()
	 * @model
	 * @generated
	 */
	EList<BlockDevice> getPhysicalVolumes();

	/**
	 * Returns the value of the '<em><b>Logical Volumes</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.LogicalVolume}.
	 * It is bidirectional and its opposite is '{@link org.sisuite.model.LogicalVolume#getVolumeGroup <em>Volume Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Logical Volumes</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getVolumeGroup_LogicalVolumes()
	 * @see org.sisuite.model.LogicalVolume#getVolumeGroup
	 * @model opposite="volumeGroup" containment="true"
	 * @generated
	 */
	EList<LogicalVolume> getLogicalVolumes();

	/**
	 * Returns the value of the '<em><b>Extent Size Ki B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The physical extent size in KiB (a power of 2); null for the LVM default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extent Size Ki B</em>' attribute.
	 * @see #setExtentSizeKiB(Integer)
	 * @see org.sisuite.model.SisPackage#getVolumeGroup_ExtentSizeKiB()
	 * @model
	 * @generated
	 */
	Integer getExtentSizeKiB();

	/**
	 * Sets the value of the '{@link org.sisuite.model.VolumeGroup#getExtentSizeKiB <em>Extent Size Ki B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extent Size Ki B</em>' attribute.
	 * @see #getExtentSizeKiB()
	 * @generated
	 */
	void setExtentSizeKiB(Integer value);

	/**
	 * Returns the value of the '<em><b>Max Logical Volumes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The most logical volumes the group may hold (LVM1 metadata); null or 0 for no limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Logical Volumes</em>' attribute.
	 * @see #setMaxLogicalVolumes(Integer)
	 * @see org.sisuite.model.SisPackage#getVolumeGroup_MaxLogicalVolumes()
	 * @model
	 * @generated
	 */
	Integer getMaxLogicalVolumes();

	/**
	 * Sets the value of the '{@link org.sisuite.model.VolumeGroup#getMaxLogicalVolumes <em>Max Logical Volumes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Logical Volumes</em>' attribute.
	 * @see #getMaxLogicalVolumes()
	 * @generated
	 */
	void setMaxLogicalVolumes(Integer value);

	/**
	 * Returns the value of the '<em><b>Max Physical Volumes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The most physical volumes the group may hold (LVM1 metadata); null or 0 for no limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Physical Volumes</em>' attribute.
	 * @see #setMaxPhysicalVolumes(Integer)
	 * @see org.sisuite.model.SisPackage#getVolumeGroup_MaxPhysicalVolumes()
	 * @model
	 * @generated
	 */
	Integer getMaxPhysicalVolumes();

	/**
	 * Sets the value of the '{@link org.sisuite.model.VolumeGroup#getMaxPhysicalVolumes <em>Max Physical Volumes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Physical Volumes</em>' attribute.
	 * @see #getMaxPhysicalVolumes()
	 * @generated
	 */
	void setMaxPhysicalVolumes(Integer value);

} // VolumeGroup
