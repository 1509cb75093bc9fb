/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Install Script</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A master install script of an image: which disk table to apply and what the client does when imaging is done.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.InstallScript#getDiskTable <em>Disk Table</em>}</li>
 *   <li>{@link org.sisuite.model.InstallScript#getPostAction <em>Post Action</em>}</li>
 * </ul>
 *
 * @see org.sisuite.model.SisPackage#getInstallScript()
 * @model
 * @generated
 */
public interface InstallScript extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Disk Table</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disk Table</em>' reference.
	 * @see #setDiskTable(DiskTable)
	 * @see org.sisuite.model.SisPackage#getInstallScript_DiskTable()
	 * @model
	 * @generated
	 */
	DiskTable getDiskTable();

	/**
	 * Sets the value of the '{@link org.sisuite.model.InstallScript#getDiskTable <em>Disk Table</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disk Table</em>' reference.
	 * @see #getDiskTable()
	 * @generated
	 */
	void setDiskTable(DiskTable value);

	/**
	 * Returns the value of the '<em><b>Post Action</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sisuite.model.FinishAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Post Action</em>' attribute.
	 * @see org.sisuite.model.FinishAction
	 * @see #setPostAction(FinishAction)
	 * @see org.sisuite.model.SisPackage#getInstallScript_PostAction()
	 * @model
	 * @generated
	 */
	FinishAction getPostAction();

	/**
	 * Sets the value of the '{@link org.sisuite.model.InstallScript#getPostAction <em>Post Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Post Action</em>' attribute.
	 * @see org.sisuite.model.FinishAction
	 * @see #getPostAction()
	 * @generated
	 */
	void setPostAction(FinishAction value);

} // InstallScript
