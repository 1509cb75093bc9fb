/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sisuite.model.ConnectionKind;
import org.sisuite.model.Image;
import org.sisuite.model.ImageServer;
import org.sisuite.model.SisPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Image Server</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.impl.ImageServerImpl#getHost <em>Host</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ImageServerImpl#getConnection <em>Connection</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ImageServerImpl#getSshUser <em>Ssh User</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ImageServerImpl#getSshPort <em>Ssh Port</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ImageServerImpl#getImageRoot <em>Image Root</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ImageServerImpl#getRsyncPort <em>Rsync Port</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ImageServerImpl#getMonitorPort <em>Monitor Port</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ImageServerImpl#getBindAddress <em>Bind Address</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ImageServerImpl#getImages <em>Images</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImageServerImpl extends NamedElementImpl implements ImageServer {
	/**
	 * The default value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected String host = HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getConnection() <em>Connection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnection()
	 * @generated
	 * @ordered
	 */
	protected static final ConnectionKind CONNECTION_EDEFAULT = ConnectionKind.LOCAL;

	/**
	 * The cached value of the '{@link #getConnection() <em>Connection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnection()
	 * @generated
	 * @ordered
	 */
	protected ConnectionKind connection = CONNECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSshUser() <em>Ssh User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSshUser()
	 * @generated
	 * @ordered
	 */
	protected static final String SSH_USER_EDEFAULT = "root";

	/**
	 * The cached value of the '{@link #getSshUser() <em>Ssh User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSshUser()
	 * @generated
	 * @ordered
	 */
	protected String sshUser = SSH_USER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSshPort() <em>Ssh Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSshPort()
	 * @generated
	 * @ordered
	 */
	protected static final int SSH_PORT_EDEFAULT = 22;

	/**
	 * The cached value of the '{@link #getSshPort() <em>Ssh Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSshPort()
	 * @generated
	 * @ordered
	 */
	protected int sshPort = SSH_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getImageRoot() <em>Image Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageRoot()
	 * @generated
	 * @ordered
	 */
	protected static final String IMAGE_ROOT_EDEFAULT = "/var/lib/systemimager/images";

	/**
	 * The cached value of the '{@link #getImageRoot() <em>Image Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageRoot()
	 * @generated
	 * @ordered
	 */
	protected String imageRoot = IMAGE_ROOT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRsyncPort() <em>Rsync Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRsyncPort()
	 * @generated
	 * @ordered
	 */
	protected static final int RSYNC_PORT_EDEFAULT = 873;

	/**
	 * The cached value of the '{@link #getRsyncPort() <em>Rsync Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRsyncPort()
	 * @generated
	 * @ordered
	 */
	protected int rsyncPort = RSYNC_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMonitorPort() <em>Monitor Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonitorPort()
	 * @generated
	 * @ordered
	 */
	protected static final int MONITOR_PORT_EDEFAULT = 8181;

	/**
	 * The cached value of the '{@link #getMonitorPort() <em>Monitor Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonitorPort()
	 * @generated
	 * @ordered
	 */
	protected int monitorPort = MONITOR_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBindAddress() <em>Bind Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBindAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String BIND_ADDRESS_EDEFAULT = "127.0.0.1";

	/**
	 * The cached value of the '{@link #getBindAddress() <em>Bind Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBindAddress()
	 * @generated
	 * @ordered
	 */
	protected String bindAddress = BIND_ADDRESS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getImages() <em>Images</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImages()
	 * @generated
	 * @ordered
	 */
	protected EList<Image> images;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImageServerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SisPackage.Literals.IMAGE_SERVER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(String newHost) {
		String oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.IMAGE_SERVER__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConnectionKind getConnection() {
		return connection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnection(ConnectionKind newConnection) {
		ConnectionKind oldConnection = connection;
		connection = newConnection == null ? CONNECTION_EDEFAULT : newConnection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.IMAGE_SERVER__CONNECTION, oldConnection, connection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSshUser() {
		return sshUser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSshUser(String newSshUser) {
		String oldSshUser = sshUser;
		sshUser = newSshUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.IMAGE_SERVER__SSH_USER, oldSshUser, sshUser));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSshPort() {
		return sshPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSshPort(int newSshPort) {
		int oldSshPort = sshPort;
		sshPort = newSshPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.IMAGE_SERVER__SSH_PORT, oldSshPort, sshPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImageRoot() {
		return imageRoot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImageRoot(String newImageRoot) {
		String oldImageRoot = imageRoot;
		imageRoot = newImageRoot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.IMAGE_SERVER__IMAGE_ROOT, oldImageRoot, imageRoot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRsyncPort() {
		return rsyncPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRsyncPort(int newRsyncPort) {
		int oldRsyncPort = rsyncPort;
		rsyncPort = newRsyncPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.IMAGE_SERVER__RSYNC_PORT, oldRsyncPort, rsyncPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMonitorPort() {
		return monitorPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonitorPort(int newMonitorPort) {
		int oldMonitorPort = monitorPort;
		monitorPort = newMonitorPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.IMAGE_SERVER__MONITOR_PORT, oldMonitorPort, monitorPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBindAddress() {
		return bindAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBindAddress(String newBindAddress) {
		String oldBindAddress = bindAddress;
		bindAddress = newBindAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.IMAGE_SERVER__BIND_ADDRESS, oldBindAddress, bindAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Image> getImages() {
		if (images == null) {
			images = new EObjectContainmentWithInverseEList<Image>(Image.class, this, SisPackage.IMAGE_SERVER__IMAGES, SisPackage.IMAGE__SERVER);
		}
		return images;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SisPackage.IMAGE_SERVER__IMAGES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getImages()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SisPackage.IMAGE_SERVER__IMAGES:
				return ((InternalEList<?>)getImages()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SisPackage.IMAGE_SERVER__HOST:
				return getHost();
			case SisPackage.IMAGE_SERVER__CONNECTION:
				return getConnection();
			case SisPackage.IMAGE_SERVER__SSH_USER:
				return getSshUser();
			case SisPackage.IMAGE_SERVER__SSH_PORT:
				return getSshPort();
			case SisPackage.IMAGE_SERVER__IMAGE_ROOT:
				return getImageRoot();
			case SisPackage.IMAGE_SERVER__RSYNC_PORT:
				return getRsyncPort();
			case SisPackage.IMAGE_SERVER__MONITOR_PORT:
				return getMonitorPort();
			case SisPackage.IMAGE_SERVER__BIND_ADDRESS:
				return getBindAddress();
			case SisPackage.IMAGE_SERVER__IMAGES:
				return getImages();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SisPackage.IMAGE_SERVER__HOST:
				setHost((String)newValue);
				return;
			case SisPackage.IMAGE_SERVER__CONNECTION:
				setConnection((ConnectionKind)newValue);
				return;
			case SisPackage.IMAGE_SERVER__SSH_USER:
				setSshUser((String)newValue);
				return;
			case SisPackage.IMAGE_SERVER__SSH_PORT:
				setSshPort((Integer)newValue);
				return;
			case SisPackage.IMAGE_SERVER__IMAGE_ROOT:
				setImageRoot((String)newValue);
				return;
			case SisPackage.IMAGE_SERVER__RSYNC_PORT:
				setRsyncPort((Integer)newValue);
				return;
			case SisPackage.IMAGE_SERVER__MONITOR_PORT:
				setMonitorPort((Integer)newValue);
				return;
			case SisPackage.IMAGE_SERVER__BIND_ADDRESS:
				setBindAddress((String)newValue);
				return;
			case SisPackage.IMAGE_SERVER__IMAGES:
				getImages().clear();
				getImages().addAll((Collection<? extends Image>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SisPackage.IMAGE_SERVER__HOST:
				setHost(HOST_EDEFAULT);
				return;
			case SisPackage.IMAGE_SERVER__CONNECTION:
				setConnection(CONNECTION_EDEFAULT);
				return;
			case SisPackage.IMAGE_SERVER__SSH_USER:
				setSshUser(SSH_USER_EDEFAULT);
				return;
			case SisPackage.IMAGE_SERVER__SSH_PORT:
				setSshPort(SSH_PORT_EDEFAULT);
				return;
			case SisPackage.IMAGE_SERVER__IMAGE_ROOT:
				setImageRoot(IMAGE_ROOT_EDEFAULT);
				return;
			case SisPackage.IMAGE_SERVER__RSYNC_PORT:
				setRsyncPort(RSYNC_PORT_EDEFAULT);
				return;
			case SisPackage.IMAGE_SERVER__MONITOR_PORT:
				setMonitorPort(MONITOR_PORT_EDEFAULT);
				return;
			case SisPackage.IMAGE_SERVER__BIND_ADDRESS:
				setBindAddress(BIND_ADDRESS_EDEFAULT);
				return;
			case SisPackage.IMAGE_SERVER__IMAGES:
				getImages().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SisPackage.IMAGE_SERVER__HOST:
				return HOST_EDEFAULT == null ? host != null : !HOST_EDEFAULT.equals(host);
			case SisPackage.IMAGE_SERVER__CONNECTION:
				return connection != CONNECTION_EDEFAULT;
			case SisPackage.IMAGE_SERVER__SSH_USER:
				return SSH_USER_EDEFAULT == null ? sshUser != null : !SSH_USER_EDEFAULT.equals(sshUser);
			case SisPackage.IMAGE_SERVER__SSH_PORT:
				return sshPort != SSH_PORT_EDEFAULT;
			case SisPackage.IMAGE_SERVER__IMAGE_ROOT:
				return IMAGE_ROOT_EDEFAULT == null ? imageRoot != null : !IMAGE_ROOT_EDEFAULT.equals(imageRoot);
			case SisPackage.IMAGE_SERVER__RSYNC_PORT:
				return rsyncPort != RSYNC_PORT_EDEFAULT;
			case SisPackage.IMAGE_SERVER__MONITOR_PORT:
				return monitorPort != MONITOR_PORT_EDEFAULT;
			case SisPackage.IMAGE_SERVER__BIND_ADDRESS:
				return BIND_ADDRESS_EDEFAULT == null ? bindAddress != null : !BIND_ADDRESS_EDEFAULT.equals(bindAddress);
			case SisPackage.IMAGE_SERVER__IMAGES:
				return images != null && !images.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (host: ");
		result.append(host);
		result.append(", connection: ");
		result.append(connection);
		result.append(", sshUser: ");
		result.append(sshUser);
		result.append(", sshPort: ");
		result.append(sshPort);
		result.append(", imageRoot: ");
		result.append(imageRoot);
		result.append(", rsyncPort: ");
		result.append(rsyncPort);
		result.append(", monitorPort: ");
		result.append(monitorPort);
		result.append(", bindAddress: ");
		result.append(bindAddress);
		result.append(')');
		return result.toString();
	}

} //ImageServerImpl
