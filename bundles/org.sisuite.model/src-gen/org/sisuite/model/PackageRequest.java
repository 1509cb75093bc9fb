/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Package Request</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A package to install; name is the package name.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.PackageRequest#getVersionConstraint <em>Version Constraint</em>}</li>
 *   <li>{@link org.sisuite.model.PackageRequest#getArch <em>Arch</em>}</li>
 * </ul>
 *
 * @see org.sisuite.model.SisPackage#getPackageRequest()
 * @model
 * @generated
 */
public interface PackageRequest extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Version Constraint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version Constraint</em>' attribute.
	 * @see #setVersionConstraint(String)
	 * @see org.sisuite.model.SisPackage#getPackageRequest_VersionConstraint()
	 * @model
	 * @generated
	 */
	String getVersionConstraint();

	/**
	 * Sets the value of the '{@link org.sisuite.model.PackageRequest#getVersionConstraint <em>Version Constraint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version Constraint</em>' attribute.
	 * @see #getVersionConstraint()
	 * @generated
	 */
	void setVersionConstraint(String value);

	/**
	 * Returns the value of the '<em><b>Arch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arch</em>' attribute.
	 * @see #setArch(String)
	 * @see org.sisuite.model.SisPackage#getPackageRequest_Arch()
	 * @model
	 * @generated
	 */
	String getArch();

	/**
	 * Sets the value of the '{@link org.sisuite.model.PackageRequest#getArch <em>Arch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arch</em>' attribute.
	 * @see #getArch()
	 * @generated
	 */
	void setArch(String value);

} // PackageRequest
