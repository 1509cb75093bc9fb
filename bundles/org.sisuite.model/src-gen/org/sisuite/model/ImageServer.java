/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Image Server</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A machine that stores images and serves them to clients (rsync daemon, monitor daemon). Reached locally or over SSH.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.ImageServer#getHost <em>Host</em>}</li>
 *   <li>{@link org.sisuite.model.ImageServer#getConnection <em>Connection</em>}</li>
 *   <li>{@link org.sisuite.model.ImageServer#getSshUser <em>Ssh User</em>}</li>
 *   <li>{@link org.sisuite.model.ImageServer#getSshPort <em>Ssh Port</em>}</li>
 *   <li>{@link org.sisuite.model.ImageServer#getImageRoot <em>Image Root</em>}</li>
 *   <li>{@link org.sisuite.model.ImageServer#getRsyncPort <em>Rsync Port</em>}</li>
 *   <li>{@link org.sisuite.model.ImageServer#getMonitorPort <em>Monitor Port</em>}</li>
 *   <li>{@link org.sisuite.model.ImageServer#getBindAddress <em>Bind Address</em>}</li>
 *   <li>{@link org.sisuite.model.ImageServer#getImages <em>Images</em>}</li>
 * </ul>
 *
 * @see org.sisuite.model.SisPackage#getImageServer()
 * @model
 * @generated
 */
public interface ImageServer extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see org.sisuite.model.SisPackage#getImageServer_Host()
	 * @model
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link org.sisuite.model.ImageServer#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Connection</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sisuite.model.ConnectionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connection</em>' attribute.
	 * @see org.sisuite.model.ConnectionKind
	 * @see #setConnection(ConnectionKind)
	 * @see org.sisuite.model.SisPackage#getImageServer_Connection()
	 * @model
	 * @generated
	 */
	ConnectionKind getConnection();

	/**
	 * Sets the value of the '{@link org.sisuite.model.ImageServer#getConnection <em>Connection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connection</em>' attribute.
	 * @see org.sisuite.model.ConnectionKind
	 * @see #getConnection()
	 * @generated
	 */
	void setConnection(ConnectionKind value);

	/**
	 * Returns the value of the '<em><b>Ssh User</b></em>' attribute.
	 * The default value is <code>"root"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ssh User</em>' attribute.
	 * @see #setSshUser(String)
	 * @see org.sisuite.model.SisPackage#getImageServer_SshUser()
	 * @model default="root"
	 * @generated
	 */
	String getSshUser();

	/**
	 * Sets the value of the '{@link org.sisuite.model.ImageServer#getSshUser <em>Ssh User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ssh User</em>' attribute.
	 * @see #getSshUser()
	 * @generated
	 */
	void setSshUser(String value);

	/**
	 * Returns the value of the '<em><b>Ssh Port</b></em>' attribute.
	 * The default value is <code>"22"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ssh Port</em>' attribute.
	 * @see #setSshPort(int)
	 * @see org.sisuite.model.SisPackage#getImageServer_SshPort()
	 * @model default="22"
	 * @generated
	 */
	int getSshPort();

	/**
	 * Sets the value of the '{@link org.sisuite.model.ImageServer#getSshPort <em>Ssh Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ssh Port</em>' attribute.
	 * @see #getSshPort()
	 * @generated
	 */
	void setSshPort(int value);

	/**
	 * Returns the value of the '<em><b>Image Root</b></em>' attribute.
	 * The default value is <code>"/var/lib/systemimager/images"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image Root</em>' attribute.
	 * @see #setImageRoot(String)
	 * @see org.sisuite.model.SisPackage#getImageServer_ImageRoot()
	 * @model default="/var/lib/systemimager/images"
	 * @generated
	 */
	String getImageRoot();

	/**
	 * Sets the value of the '{@link org.sisuite.model.ImageServer#getImageRoot <em>Image Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image Root</em>' attribute.
	 * @see #getImageRoot()
	 * @generated
	 */
	void setImageRoot(String value);

	/**
	 * Returns the value of the '<em><b>Rsync Port</b></em>' attribute.
	 * The default value is <code>"873"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rsync Port</em>' attribute.
	 * @see #setRsyncPort(int)
	 * @see org.sisuite.model.SisPackage#getImageServer_RsyncPort()
	 * @model default="873"
	 * @generated
	 */
	int getRsyncPort();

	/**
	 * Sets the value of the '{@link org.sisuite.model.ImageServer#getRsyncPort <em>Rsync Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rsync Port</em>' attribute.
	 * @see #getRsyncPort()
	 * @generated
	 */
	void setRsyncPort(int value);

	/**
	 * Returns the value of the '<em><b>Monitor Port</b></em>' attribute.
	 * The default value is <code>"8181"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Monitor Port</em>' attribute.
	 * @see #setMonitorPort(int)
	 * @see org.sisuite.model.SisPackage#getImageServer_MonitorPort()
	 * @model default="8181"
	 * @generated
	 */
	int getMonitorPort();

	/**
	 * Sets the value of the '{@link org.sisuite.model.ImageServer#getMonitorPort <em>Monitor Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Monitor Port</em>' attribute.
	 * @see #getMonitorPort()
	 * @generated
	 */
	void setMonitorPort(int value);

	/**
	 * Returns the value of the '<em><b>Bind Address</b></em>' attribute.
	 * The default value is <code>"127.0.0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bind Address</em>' attribute.
	 * @see #setBindAddress(String)
	 * @see org.sisuite.model.SisPackage#getImageServer_BindAddress()
	 * @model default="127.0.0.1"
	 * @generated
	 */
	String getBindAddress();

	/**
	 * Sets the value of the '{@link org.sisuite.model.ImageServer#getBindAddress <em>Bind Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bind Address</em>' attribute.
	 * @see #getBindAddress()
	 * @generated
	 */
	void setBindAddress(String value);

	/**
	 * Returns the value of the '<em><b>Images</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.Image}.
	 * It is bidirectional and its opposite is '{@link org.sisuite.model.Image#getServer <em>Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Images</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getImageServer_Images()
	 * @see org.sisuite.model.Image#getServer
	 * @model opposite="server" containment="true"
	 * @generated
	 */
	EList<Image> getImages();

} // ImageServer
