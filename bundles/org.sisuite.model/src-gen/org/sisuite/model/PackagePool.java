/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Package Pool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A source of packages: a Debian or RPM repository, or a directory of package files.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.PackagePool#getKind <em>Kind</em>}</li>
 *   <li>{@link org.sisuite.model.PackagePool#getUrl <em>Url</em>}</li>
 *   <li>{@link org.sisuite.model.PackagePool#getSuite <em>Suite</em>}</li>
 *   <li>{@link org.sisuite.model.PackagePool#getComponents <em>Components</em>}</li>
 *   <li>{@link org.sisuite.model.PackagePool#getArchitectures <em>Architectures</em>}</li>
 * </ul>
 *
 * @see org.sisuite.model.SisPackage#getPackagePool()
 * @model
 * @generated
 */
public interface PackagePool extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sisuite.model.PackagePoolKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.sisuite.model.PackagePoolKind
	 * @see #setKind(PackagePoolKind)
	 * @see org.sisuite.model.SisPackage#getPackagePool_Kind()
	 * @model
	 * @generated
	 */
	PackagePoolKind getKind();

	/**
	 * Sets the value of the '{@link org.sisuite.model.PackagePool#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.sisuite.model.PackagePoolKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PackagePoolKind value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see org.sisuite.model.SisPackage#getPackagePool_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link org.sisuite.model.PackagePool#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Suite</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Suite</em>' attribute.
	 * @see #setSuite(String)
	 * @see org.sisuite.model.SisPackage#getPackagePool_Suite()
	 * @model
	 * @generated
	 */
	String getSuite();

	/**
	 * Sets the value of the '{@link org.sisuite.model.PackagePool#getSuite <em>Suite</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suite</em>' attribute.
	 * @see #getSuite()
	 * @generated
	 */
	void setSuite(String value);

	/**
	 * Returns the value of the '<em><b>Components</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Components</em>' attribute list.
	 * @see org.sisuite.model.SisPackage#getPackagePool_Components()
	 * @model
	 * @generated
	 */
	EList<String> getComponents();

	/**
	 * Returns the value of the '<em><b>Architectures</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Architectures</em>' attribute list.
	 * @see org.sisuite.model.SisPackage#getPackagePool_Architectures()
	 * @model
	 * @generated
	 */
	EList<String> getArchitectures();

} // PackagePool
