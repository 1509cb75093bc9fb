/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Logical Volume</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.LogicalVolume#getVolumeGroup <em>Volume Group</em>}</li>
 *   <li>{@link org.sisuite.model.LogicalVolume#getSize <em>Size</em>}</li>
 *   <li>{@link org.sisuite.model.LogicalVolume#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.sisuite.model.LogicalVolume#isGrow <em>Grow</em>}</li>
 *   <li>{@link org.sisuite.model.LogicalVolume#getOptions <em>Options</em>}</li>
 * </ul>
 *
 * @see org.sisuite.model.SisPackage#getLogicalVolume()
 * @model
 * @generated
 */
public interface LogicalVolume extends NamedElement, BlockDevice {
	/**
	 * Returns the value of the '<em><b>Volume Group</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.sisuite.model.VolumeGroup#getLogicalVolumes <em>Logical Volumes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Group</em>' container reference.
	 * @see org.sisuite.model.SisPackage#getLogicalVolume_VolumeGroup()
	 * @see org.sisuite.model.VolumeGroup#getLogicalVolumes
	 * @model opposite="logicalVolumes" resolveProxies="false" changeable="false"
	 * @generated
	 */
	VolumeGroup getVolumeGroup();

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(BigDecimal)
	 * @see org.sisuite.model.SisPackage#getLogicalVolume_Size()
	 * @model
	 * @generated
	 */
	BigDecimal getSize();

	/**
	 * Sets the value of the '{@link org.sisuite.model.LogicalVolume#getSize <em>Size</em>}' attribute.
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
	 * @see org.sisuite.model.SisPackage#getLogicalVolume_Unit()
	 * @model default="MB"
	 * @generated
	 */
	SizeUnit getUnit();

	/**
	 * Sets the value of the '{@link org.sisuite.model.LogicalVolume#getUnit <em>Unit</em>}' attribute.
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
	 * @return the value of the '<em>Grow</em>' attribute.
	 * @see #setGrow(boolean)
	 * @see org.sisuite.model.SisPackage#getLogicalVolume_Grow()
	 * @model
	 * @generated
	 */
	boolean isGrow();

	/**
	 * Sets the value of the '{@link org.sisuite.model.LogicalVolume#isGrow <em>Grow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grow</em>' attribute.
	 * @see #isGrow()
	 * @generated
	 */
	void setGrow(boolean value);

	/**
	 * Returns the value of the '<em><b>Options</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Extra lvcreate options, e.g. --stripes 2; null for none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Options</em>' attribute.
	 * @see #setOptions(String)
	 * @see org.sisuite.model.SisPackage#getLogicalVolume_Options()
	 * @model
	 * @generated
	 */
	String getOptions();

	/**
	 * Sets the value of the '{@link org.sisuite.model.LogicalVolume#getOptions <em>Options</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Options</em>' attribute.
	 * @see #getOptions()
	 * @generated
	 */
	void setOptions(String value);

} // LogicalVolume
