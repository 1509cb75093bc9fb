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

} // VolumeGroup
