/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Install Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One imaging of one client, as reported by the monitor: progress, state and log.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.InstallSession#getClient <em>Client</em>}</li>
 *   <li>{@link org.sisuite.model.InstallSession#getImage <em>Image</em>}</li>
 *   <li>{@link org.sisuite.model.InstallSession#getImageVersion <em>Image Version</em>}</li>
 *   <li>{@link org.sisuite.model.InstallSession#getState <em>State</em>}</li>
 *   <li>{@link org.sisuite.model.InstallSession#getPercent <em>Percent</em>}</li>
 *   <li>{@link org.sisuite.model.InstallSession#getSpeedKBps <em>Speed KBps</em>}</li>
 *   <li>{@link org.sisuite.model.InstallSession#getStatusCode <em>Status Code</em>}</li>
 *   <li>{@link org.sisuite.model.InstallSession#getStarted <em>Started</em>}</li>
 *   <li>{@link org.sisuite.model.InstallSession#getLastSeen <em>Last Seen</em>}</li>
 *   <li>{@link org.sisuite.model.InstallSession#getFinished <em>Finished</em>}</li>
 *   <li>{@link org.sisuite.model.InstallSession#getLogLines <em>Log Lines</em>}</li>
 * </ul>
 *
 * @see org.sisuite.model.SisPackage#getInstallSession()
 * @model
 * @generated
 */
public interface InstallSession extends EObject {
	/**
	 * Returns the value of the '<em><b>Client</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Client</em>' reference.
	 * @see #setClient(Client)
	 * @see org.sisuite.model.SisPackage#getInstallSession_Client()
	 * @model required="true"
	 * @generated
	 */
	Client getClient();

	/**
	 * Sets the value of the '{@link org.sisuite.model.InstallSession#getClient <em>Client</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client</em>' reference.
	 * @see #getClient()
	 * @generated
	 */
	void setClient(Client value);

	/**
	 * Returns the value of the '<em><b>Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' reference.
	 * @see #setImage(Image)
	 * @see org.sisuite.model.SisPackage#getInstallSession_Image()
	 * @model required="true"
	 * @generated
	 */
	Image getImage();

	/**
	 * Sets the value of the '{@link org.sisuite.model.InstallSession#getImage <em>Image</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' reference.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(Image value);

	/**
	 * Returns the value of the '<em><b>Image Version</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image Version</em>' reference.
	 * @see #setImageVersion(ImageVersion)
	 * @see org.sisuite.model.SisPackage#getInstallSession_ImageVersion()
	 * @model
	 * @generated
	 */
	ImageVersion getImageVersion();

	/**
	 * Sets the value of the '{@link org.sisuite.model.InstallSession#getImageVersion <em>Image Version</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image Version</em>' reference.
	 * @see #getImageVersion()
	 * @generated
	 */
	void setImageVersion(ImageVersion value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sisuite.model.SessionState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.sisuite.model.SessionState
	 * @see #setState(SessionState)
	 * @see org.sisuite.model.SisPackage#getInstallSession_State()
	 * @model
	 * @generated
	 */
	SessionState getState();

	/**
	 * Sets the value of the '{@link org.sisuite.model.InstallSession#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.sisuite.model.SessionState
	 * @see #getState()
	 * @generated
	 */
	void setState(SessionState value);

	/**
	 * Returns the value of the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Percent</em>' attribute.
	 * @see #setPercent(int)
	 * @see org.sisuite.model.SisPackage#getInstallSession_Percent()
	 * @model
	 * @generated
	 */
	int getPercent();

	/**
	 * Sets the value of the '{@link org.sisuite.model.InstallSession#getPercent <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent</em>' attribute.
	 * @see #getPercent()
	 * @generated
	 */
	void setPercent(int value);

	/**
	 * Returns the value of the '<em><b>Speed KBps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Speed KBps</em>' attribute.
	 * @see #setSpeedKBps(long)
	 * @see org.sisuite.model.SisPackage#getInstallSession_SpeedKBps()
	 * @model
	 * @generated
	 */
	long getSpeedKBps();

	/**
	 * Sets the value of the '{@link org.sisuite.model.InstallSession#getSpeedKBps <em>Speed KBps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speed KBps</em>' attribute.
	 * @see #getSpeedKBps()
	 * @generated
	 */
	void setSpeedKBps(long value);

	/**
	 * Returns the value of the '<em><b>Status Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status Code</em>' attribute.
	 * @see #setStatusCode(int)
	 * @see org.sisuite.model.SisPackage#getInstallSession_StatusCode()
	 * @model
	 * @generated
	 */
	int getStatusCode();

	/**
	 * Sets the value of the '{@link org.sisuite.model.InstallSession#getStatusCode <em>Status Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Code</em>' attribute.
	 * @see #getStatusCode()
	 * @generated
	 */
	void setStatusCode(int value);

	/**
	 * Returns the value of the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started</em>' attribute.
	 * @see #setStarted(Date)
	 * @see org.sisuite.model.SisPackage#getInstallSession_Started()
	 * @model
	 * @generated
	 */
	Date getStarted();

	/**
	 * Sets the value of the '{@link org.sisuite.model.InstallSession#getStarted <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started</em>' attribute.
	 * @see #getStarted()
	 * @generated
	 */
	void setStarted(Date value);

	/**
	 * Returns the value of the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Seen</em>' attribute.
	 * @see #setLastSeen(Date)
	 * @see org.sisuite.model.SisPackage#getInstallSession_LastSeen()
	 * @model
	 * @generated
	 */
	Date getLastSeen();

	/**
	 * Sets the value of the '{@link org.sisuite.model.InstallSession#getLastSeen <em>Last Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Seen</em>' attribute.
	 * @see #getLastSeen()
	 * @generated
	 */
	void setLastSeen(Date value);

	/**
	 * Returns the value of the '<em><b>Finished</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finished</em>' attribute.
	 * @see #setFinished(Date)
	 * @see org.sisuite.model.SisPackage#getInstallSession_Finished()
	 * @model
	 * @generated
	 */
	Date getFinished();

	/**
	 * Sets the value of the '{@link org.sisuite.model.InstallSession#getFinished <em>Finished</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished</em>' attribute.
	 * @see #getFinished()
	 * @generated
	 */
	void setFinished(Date value);

	/**
	 * Returns the value of the '<em><b>Log Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.LogLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Log Lines</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getInstallSession_LogLines()
	 * @model containment="true"
	 * @generated
	 */
	EList<LogLine> getLogLines();

} // InstallSession
