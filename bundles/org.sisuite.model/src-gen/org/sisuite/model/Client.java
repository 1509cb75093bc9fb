/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Client</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A machine that is imaged.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.Client#getHostname <em>Hostname</em>}</li>
 *   <li>{@link org.sisuite.model.Client#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.sisuite.model.Client#getMacs <em>Macs</em>}</li>
 *   <li>{@link org.sisuite.model.Client#getIpAssignment <em>Ip Assignment</em>}</li>
 *   <li>{@link org.sisuite.model.Client#getInterfaces <em>Interfaces</em>}</li>
 *   <li>{@link org.sisuite.model.Client#getImage <em>Image</em>}</li>
 *   <li>{@link org.sisuite.model.Client#getInstallScript <em>Install Script</em>}</li>
 *   <li>{@link org.sisuite.model.Client#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.sisuite.model.Client#getBootMode <em>Boot Mode</em>}</li>
 * </ul>
 *
 * @see org.sisuite.model.SisPackage#getClient()
 * @model
 * @generated
 */
public interface Client extends EObject {
	/**
	 * Returns the value of the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hostname</em>' attribute.
	 * @see #setHostname(String)
	 * @see org.sisuite.model.SisPackage#getClient_Hostname()
	 * @model required="true"
	 * @generated
	 */
	String getHostname();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Client#getHostname <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hostname</em>' attribute.
	 * @see #getHostname()
	 * @generated
	 */
	void setHostname(String value);

	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see #setDomain(String)
	 * @see org.sisuite.model.SisPackage#getClient_Domain()
	 * @model
	 * @generated
	 */
	String getDomain();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Client#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(String value);

	/**
	 * Returns the value of the '<em><b>Macs</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Macs</em>' attribute list.
	 * @see org.sisuite.model.SisPackage#getClient_Macs()
	 * @model
	 * @generated
	 */
	EList<String> getMacs();

	/**
	 * Returns the value of the '<em><b>Ip Assignment</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sisuite.model.IpAssignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ip Assignment</em>' attribute.
	 * @see org.sisuite.model.IpAssignment
	 * @see #setIpAssignment(IpAssignment)
	 * @see org.sisuite.model.SisPackage#getClient_IpAssignment()
	 * @model
	 * @generated
	 */
	IpAssignment getIpAssignment();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Client#getIpAssignment <em>Ip Assignment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ip Assignment</em>' attribute.
	 * @see org.sisuite.model.IpAssignment
	 * @see #getIpAssignment()
	 * @generated
	 */
	void setIpAssignment(IpAssignment value);

	/**
	 * Returns the value of the '<em><b>Interfaces</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.NetworkInterface}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interfaces</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getClient_Interfaces()
	 * @model containment="true"
	 * @generated
	 */
	EList<NetworkInterface> getInterfaces();

	/**
	 * Returns the value of the '<em><b>Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' reference.
	 * @see #setImage(Image)
	 * @see org.sisuite.model.SisPackage#getClient_Image()
	 * @model
	 * @generated
	 */
	Image getImage();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Client#getImage <em>Image</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' reference.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(Image value);

	/**
	 * Returns the value of the '<em><b>Install Script</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Install Script</em>' reference.
	 * @see #setInstallScript(InstallScript)
	 * @see org.sisuite.model.SisPackage#getClient_InstallScript()
	 * @model
	 * @generated
	 */
	InstallScript getInstallScript();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Client#getInstallScript <em>Install Script</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Install Script</em>' reference.
	 * @see #getInstallScript()
	 * @generated
	 */
	void setInstallScript(InstallScript value);

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' reference list.
	 * The list contents are of type {@link org.sisuite.model.ClientRange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groups</em>' reference list.
	 * @see org.sisuite.model.SisPackage#getClient_Groups()
	 * @model
	 * @generated
	 */
	EList<ClientRange> getGroups();

	/**
	 * Returns the value of the '<em><b>Boot Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sisuite.model.BootMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Boot Mode</em>' attribute.
	 * @see org.sisuite.model.BootMode
	 * @see #setBootMode(BootMode)
	 * @see org.sisuite.model.SisPackage#getClient_BootMode()
	 * @model
	 * @generated
	 */
	BootMode getBootMode();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Client#getBootMode <em>Boot Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Boot Mode</em>' attribute.
	 * @see org.sisuite.model.BootMode
	 * @see #getBootMode()
	 * @generated
	 */
	void setBootMode(BootMode value);

} // Client
