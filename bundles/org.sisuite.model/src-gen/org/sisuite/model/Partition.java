/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Partition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.Partition#getDisk <em>Disk</em>}</li>
 *   <li>{@link org.sisuite.model.Partition#getNumber <em>Number</em>}</li>
 *   <li>{@link org.sisuite.model.Partition#getSize <em>Size</em>}</li>
 *   <li>{@link org.sisuite.model.Partition#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.sisuite.model.Partition#isGrow <em>Grow</em>}</li>
 *   <li>{@link org.sisuite.model.Partition#getType <em>Type</em>}</li>
 *   <li>{@link org.sisuite.model.Partition#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.sisuite.model.Partition#getName <em>Name</em>}</li>
 *   <li>{@link org.sisuite.model.Partition#getPartitionId <em>Partition Id</em>}</li>
 * </ul>
 *
 * @see org.sisuite.model.SisPackage#getPartition()
 * @model
 * @generated
 */
public interface Partition extends BlockDevice {
	/**
	 * Returns the value of the '<em><b>Disk</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.sisuite.model.Disk#getPartitions <em>Partitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disk</em>' container reference.
	 * @see org.sisuite.model.SisPackage#getPartition_Disk()
	 * @see org.sisuite.model.Disk#getPartitions
	 * @model opposite="partitions" resolveProxies="false" changeable="false"
	 * @generated
	 */
	Disk getDisk();

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.sisuite.model.SisPackage#getPartition_Number()
	 * @model required="true"
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Partition#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(BigDecimal)
	 * @see org.sisuite.model.SisPackage#getPartition_Size()
	 * @model
	 * @generated
	 */
	BigDecimal getSize();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Partition#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * The default value is <code>"MB"</code>.
	 * The literals are from the enumeration {@link org.sisuite.model.SizeUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see org.sisuite.model.SizeUnit
	 * @see #setUnit(SizeUnit)
	 * @see org.sisuite.model.SisPackage#getPartition_Unit()
	 * @model default="MB"
	 * @generated
	 */
	SizeUnit getUnit();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Partition#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see org.sisuite.model.SizeUnit
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(SizeUnit value);

	/**
	 * Returns the value of the '<em><b>Grow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the partition takes the space left on the disk (size is then a minimum, or ignored when null).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Grow</em>' attribute.
	 * @see #setGrow(boolean)
	 * @see org.sisuite.model.SisPackage#getPartition_Grow()
	 * @model
	 * @generated
	 */
	boolean isGrow();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Partition#isGrow <em>Grow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grow</em>' attribute.
	 * @see #isGrow()
	 * @generated
	 */
	void setGrow(boolean value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sisuite.model.PartitionType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.sisuite.model.PartitionType
	 * @see #setType(PartitionType)
	 * @see org.sisuite.model.SisPackage#getPartition_Type()
	 * @model
	 * @generated
	 */
	PartitionType getType();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Partition#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.sisuite.model.PartitionType
	 * @see #getType()
	 * @generated
	 */
	void setType(PartitionType value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute list.
	 * The list contents are of type {@link org.sisuite.model.PartitionFlag}.
	 * The literals are from the enumeration {@link org.sisuite.model.PartitionFlag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flags</em>' attribute list.
	 * @see org.sisuite.model.PartitionFlag
	 * @see org.sisuite.model.SisPackage#getPartition_Flags()
	 * @model
	 * @generated
	 */
	EList<PartitionFlag> getFlags();

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The partition name (GPT) or label; optional.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.sisuite.model.SisPackage#getPartition_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Partition#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Partition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The partition type id: an MBR type byte such as 83, or a GPT type GUID.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partition Id</em>' attribute.
	 * @see #setPartitionId(String)
	 * @see org.sisuite.model.SisPackage#getPartition_PartitionId()
	 * @model
	 * @generated
	 */
	String getPartitionId();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Partition#getPartitionId <em>Partition Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partition Id</em>' attribute.
	 * @see #getPartitionId()
	 * @generated
	 */
	void setPartitionId(String value);

} // Partition
