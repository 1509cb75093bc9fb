/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Client Range</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of clients, optionally defined as a numbered range (basename + start .. start + count - 1, zero padded). Clients point to their groups; the members of a group are derived, never stored.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.ClientRange#getBasename <em>Basename</em>}</li>
 *   <li>{@link org.sisuite.model.ClientRange#getStart <em>Start</em>}</li>
 *   <li>{@link org.sisuite.model.ClientRange#getCount <em>Count</em>}</li>
 *   <li>{@link org.sisuite.model.ClientRange#getPadding <em>Padding</em>}</li>
 *   <li>{@link org.sisuite.model.ClientRange#getIpStart <em>Ip Start</em>}</li>
 *   <li>{@link org.sisuite.model.ClientRange#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.sisuite.model.ClientRange#getImage <em>Image</em>}</li>
 *   <li>{@link org.sisuite.model.ClientRange#getInstallScript <em>Install Script</em>}</li>
 *   <li>{@link org.sisuite.model.ClientRange#getHostnames <em>Hostnames</em>}</li>
 *   <li>{@link org.sisuite.model.ClientRange#getMembers <em>Members</em>}</li>
 * </ul>
 *
 * @see org.sisuite.model.SisPackage#getClientRange()
 * @model
 * @generated
 */
public interface ClientRange extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Basename</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Basename</em>' attribute.
	 * @see #setBasename(String)
	 * @see org.sisuite.model.SisPackage#getClientRange_Basename()
	 * @model
	 * @generated
	 */
	String getBasename();

	/**
	 * Sets the value of the '{@link org.sisuite.model.ClientRange#getBasename <em>Basename</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Basename</em>' attribute.
	 * @see #getBasename()
	 * @generated
	 */
	void setBasename(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(int)
	 * @see org.sisuite.model.SisPackage#getClientRange_Start()
	 * @model default="1"
	 * @generated
	 */
	int getStart();

	/**
	 * Sets the value of the '{@link org.sisuite.model.ClientRange#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(int value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.sisuite.model.SisPackage#getClientRange_Count()
	 * @model
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.sisuite.model.ClientRange#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Padding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Padding</em>' attribute.
	 * @see #setPadding(int)
	 * @see org.sisuite.model.SisPackage#getClientRange_Padding()
	 * @model
	 * @generated
	 */
	int getPadding();

	/**
	 * Sets the value of the '{@link org.sisuite.model.ClientRange#getPadding <em>Padding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Padding</em>' attribute.
	 * @see #getPadding()
	 * @generated
	 */
	void setPadding(int value);

	/**
	 * Returns the value of the '<em><b>Ip Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ip Start</em>' attribute.
	 * @see #setIpStart(String)
	 * @see org.sisuite.model.SisPackage#getClientRange_IpStart()
	 * @model
	 * @generated
	 */
	String getIpStart();

	/**
	 * Sets the value of the '{@link org.sisuite.model.ClientRange#getIpStart <em>Ip Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ip Start</em>' attribute.
	 * @see #getIpStart()
	 * @generated
	 */
	void setIpStart(String value);

	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see #setDomain(String)
	 * @see org.sisuite.model.SisPackage#getClientRange_Domain()
	 * @model
	 * @generated
	 */
	String getDomain();

	/**
	 * Sets the value of the '{@link org.sisuite.model.ClientRange#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(String value);

	/**
	 * Returns the value of the '<em><b>Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' reference.
	 * @see #setImage(Image)
	 * @see org.sisuite.model.SisPackage#getClientRange_Image()
	 * @model
	 * @generated
	 */
	Image getImage();

	/**
	 * Sets the value of the '{@link org.sisuite.model.ClientRange#getImage <em>Image</em>}' reference.
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
	 * @see org.sisuite.model.SisPackage#getClientRange_InstallScript()
	 * @model
	 * @generated
	 */
	InstallScript getInstallScript();

	/**
	 * Sets the value of the '{@link org.sisuite.model.ClientRange#getInstallScript <em>Install Script</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Install Script</em>' reference.
	 * @see #getInstallScript()
	 * @generated
	 */
	void setInstallScript(InstallScript value);

	/**
	 * Returns the value of the '<em><b>Hostnames</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The host names of the range, hostnameAt(0) .. hostnameAt(count - 1). Derived, never stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hostnames</em>' attribute list.
	 * @see org.sisuite.model.SisPackage#getClientRange_Hostnames()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<String> getHostnames();

	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.sisuite.model.Client}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The clients of the site whose groups contain this range. Derived from Client.groups, never stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.sisuite.model.SisPackage#getClientRange_Members()
	 * @model resolveProxies="false" transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<Client> getMembers();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The host name of the index-th client of the range (index 0 is number start): basename followed by the number, zero padded to padding digits.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String hostnameAt(int index);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The IPv4 address of the index-th client of the range: ipStart plus index; null when ipStart is not a dotted-quad IPv4 address or the result leaves the address space.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String ipAddressAt(int index);

} // ClientRange
