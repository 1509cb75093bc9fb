/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Disk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A physical disk of the client and its partition table.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.Disk#getDevice <em>Device</em>}</li>
 *   <li>{@link org.sisuite.model.Disk#getDiskIndex <em>Disk Index</em>}</li>
 *   <li>{@link org.sisuite.model.Disk#getLabel <em>Label</em>}</li>
 *   <li>{@link org.sisuite.model.Disk#getUnits <em>Units</em>}</li>
 *   <li>{@link org.sisuite.model.Disk#getSizeBytes <em>Size Bytes</em>}</li>
 *   <li>{@link org.sisuite.model.Disk#getPartitions <em>Partitions</em>}</li>
 * </ul>
 *
 * @see org.sisuite.model.SisPackage#getDisk()
 * @model
 * @generated
 */
public interface Disk extends EObject {
	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device node, e.g. /dev/sda; null to pick the disk by diskIndex.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see #setDevice(String)
	 * @see org.sisuite.model.SisPackage#getDisk_Device()
	 * @model
	 * @generated
	 */
	String getDevice();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Disk#getDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(String value);

	/**
	 * Returns the value of the '<em><b>Disk Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When device is null: the position of the disk among the disks the client detects, 0 being the first disk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disk Index</em>' attribute.
	 * @see #setDiskIndex(Integer)
	 * @see org.sisuite.model.SisPackage#getDisk_DiskIndex()
	 * @model
	 * @generated
	 */
	Integer getDiskIndex();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Disk#getDiskIndex <em>Disk Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disk Index</em>' attribute.
	 * @see #getDiskIndex()
	 * @generated
	 */
	void setDiskIndex(Integer value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sisuite.model.PartitionTableType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see org.sisuite.model.PartitionTableType
	 * @see #setLabel(PartitionTableType)
	 * @see org.sisuite.model.SisPackage#getDisk_Label()
	 * @model
	 * @generated
	 */
	PartitionTableType getLabel();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Disk#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see org.sisuite.model.PartitionTableType
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(PartitionTableType value);

	/**
	 * Returns the value of the '<em><b>Units</b></em>' attribute.
	 * The default value is <code>"MB"</code>.
	 * The literals are from the enumeration {@link org.sisuite.model.SizeUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Units</em>' attribute.
	 * @see org.sisuite.model.SizeUnit
	 * @see #setUnits(SizeUnit)
	 * @see org.sisuite.model.SisPackage#getDisk_Units()
	 * @model default="MB"
	 * @generated
	 */
	SizeUnit getUnits();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Disk#getUnits <em>Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Units</em>' attribute.
	 * @see org.sisuite.model.SizeUnit
	 * @see #getUnits()
	 * @generated
	 */
	void setUnits(SizeUnit value);

	/**
	 * Returns the value of the '<em><b>Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The disk size when known (e.g. read from the golden client); null when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size Bytes</em>' attribute.
	 * @see #setSizeBytes(Long)
	 * @see org.sisuite.model.SisPackage#getDisk_SizeBytes()
	 * @model
	 * @generated
	 */
	Long getSizeBytes();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Disk#getSizeBytes <em>Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size Bytes</em>' attribute.
	 * @see #getSizeBytes()
	 * @generated
	 */
	void setSizeBytes(Long value);

	/**
	 * Returns the value of the '<em><b>Partitions</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.Partition}.
	 * It is bidirectional and its opposite is '{@link org.sisuite.model.Partition#getDisk <em>Disk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partitions</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getDisk_Partitions()
	 * @see org.sisuite.model.Partition#getDisk
	 * @model opposite="disk" containment="true"
	 * @generated
	 */
	EList<Partition> getPartitions();

} // Disk
