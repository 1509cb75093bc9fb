/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Block Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anything that can hold a file system, be a RAID member or an LVM physical volume: a partition, a RAID array or a logical volume.
 * <!-- end-model-doc -->
 *
 *
 * @see org.sisuite.model.SisPackage#getBlockDevice()
 * @model abstract="true"
 * @generated
 */
public interface BlockDevice extends EObject {
} // BlockDevice
