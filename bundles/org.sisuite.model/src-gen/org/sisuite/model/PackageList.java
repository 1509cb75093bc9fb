/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Package List</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The packages an image is built from, installed in ordered stages from the referenced pools.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.PackageList#getDistributionFamily <em>Distribution Family</em>}</li>
 *   <li>{@link org.sisuite.model.PackageList#getPools <em>Pools</em>}</li>
 *   <li>{@link org.sisuite.model.PackageList#getStages <em>Stages</em>}</li>
 * </ul>
 *
 * @see org.sisuite.model.SisPackage#getPackageList()
 * @model
 * @generated
 */
public interface PackageList extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Distribution Family</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sisuite.model.DistributionFamily}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Distribution Family</em>' attribute.
	 * @see org.sisuite.model.DistributionFamily
	 * @see #setDistributionFamily(DistributionFamily)
	 * @see org.sisuite.model.SisPackage#getPackageList_DistributionFamily()
	 * @model
	 * @generated
	 */
	DistributionFamily getDistributionFamily();

	/**
	 * Sets the value of the '{@link org.sisuite.model.PackageList#getDistributionFamily <em>Distribution Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Distribution Family</em>' attribute.
	 * @see org.sisuite.model.DistributionFamily
	 * @see #getDistributionFamily()
	 * @generated
	 */
	void setDistributionFamily(DistributionFamily value);

	/**
	 * Returns the value of the '<em><b>Pools</b></em>' reference list.
	 * The list contents are of type {@link org.sisuite.model.PackagePool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pools</em>' reference list.
	 * @see org.sisuite.model.SisPackage#getPackageList_Pools()
	 * @model
	 * @generated
	 */
	EList<PackagePool> getPools();

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.Stage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stages</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getPackageList_Stages()
	 * @model containment="true"
	 * @generated
	 */
	EList<Stage> getStages();

} // PackageList
