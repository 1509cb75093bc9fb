/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One package manager transaction of a package list.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.Stage#getOrder <em>Order</em>}</li>
 *   <li>{@link org.sisuite.model.Stage#getInstallFlags <em>Install Flags</em>}</li>
 *   <li>{@link org.sisuite.model.Stage#getRequests <em>Requests</em>}</li>
 * </ul>
 *
 * @see org.sisuite.model.SisPackage#getStage()
 * @model
 * @generated
 */
public interface Stage extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Order</em>' attribute.
	 * @see #setOrder(int)
	 * @see org.sisuite.model.SisPackage#getStage_Order()
	 * @model
	 * @generated
	 */
	int getOrder();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Stage#getOrder <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order</em>' attribute.
	 * @see #getOrder()
	 * @generated
	 */
	void setOrder(int value);

	/**
	 * Returns the value of the '<em><b>Install Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Extra flags for the package manager in this stage, e.g. "--nodeps --noscripts".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Install Flags</em>' attribute.
	 * @see #setInstallFlags(String)
	 * @see org.sisuite.model.SisPackage#getStage_InstallFlags()
	 * @model
	 * @generated
	 */
	String getInstallFlags();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Stage#getInstallFlags <em>Install Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Install Flags</em>' attribute.
	 * @see #getInstallFlags()
	 * @generated
	 */
	void setInstallFlags(String value);

	/**
	 * Returns the value of the '<em><b>Requests</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.PackageRequest}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requests</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getStage_Requests()
	 * @model containment="true"
	 * @generated
	 */
	EList<PackageRequest> getRequests();

} // Stage
