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
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sisuite.model.BootMode;
import org.sisuite.model.Client;
import org.sisuite.model.ClientRange;
import org.sisuite.model.Image;
import org.sisuite.model.InstallScript;
import org.sisuite.model.IpAssignment;
import org.sisuite.model.NetworkInterface;
import org.sisuite.model.SisPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Client</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.impl.ClientImpl#getHostname <em>Hostname</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ClientImpl#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ClientImpl#getMacs <em>Macs</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ClientImpl#getIpAssignment <em>Ip Assignment</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ClientImpl#getInterfaces <em>Interfaces</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ClientImpl#getImage <em>Image</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ClientImpl#getInstallScript <em>Install Script</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ClientImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ClientImpl#getBootMode <em>Boot Mode</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClientImpl extends MinimalEObjectImpl.Container implements Client {
	/**
	 * The default value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected static final String HOSTNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected String hostname = HOSTNAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected static final String DOMAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected String domain = DOMAIN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMacs() <em>Macs</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMacs()
	 * @generated
	 * @ordered
	 */
	protected EList<String> macs;

	/**
	 * The default value of the '{@link #getIpAssignment() <em>Ip Assignment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpAssignment()
	 * @generated
	 * @ordered
	 */
	protected static final IpAssignment IP_ASSIGNMENT_EDEFAULT = IpAssignment.STATIC;

	/**
	 * The cached value of the '{@link #getIpAssignment() <em>Ip Assignment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpAssignment()
	 * @generated
	 * @ordered
	 */
	protected IpAssignment ipAssignment = IP_ASSIGNMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInterfaces() <em>Interfaces</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterfaces()
	 * @generated
	 * @ordered
	 */
	protected EList<NetworkInterface> interfaces;

	/**
	 * The cached value of the '{@link #getImage() <em>Image</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected Image image;

	/**
	 * The cached value of the '{@link #getInstallScript() <em>Install Script</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstallScript()
	 * @generated
	 * @ordered
	 */
	protected InstallScript installScript;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<ClientRange> groups;

	/**
	 * The default value of the '{@link #getBootMode() <em>Boot Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootMode()
	 * @generated
	 * @ordered
	 */
	protected static final BootMode BOOT_MODE_EDEFAULT = BootMode.INSTALL;

	/**
	 * The cached value of the '{@link #getBootMode() <em>Boot Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootMode()
	 * @generated
	 * @ordered
	 */
	protected BootMode bootMode = BOOT_MODE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClientImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SisPackage.Literals.CLIENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostname() {
		return hostname;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostname(String newHostname) {
		String oldHostname = hostname;
		hostname = newHostname;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.CLIENT__HOSTNAME, oldHostname, hostname));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDomain() {
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomain(String newDomain) {
		String oldDomain = domain;
		domain = newDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.CLIENT__DOMAIN, oldDomain, domain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMacs() {
		if (macs == null) {
			macs = new EDataTypeUniqueEList<String>(String.class, this, SisPackage.CLIENT__MACS);
		}
		return macs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IpAssignment getIpAssignment() {
		return ipAssignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpAssignment(IpAssignment newIpAssignment) {
		IpAssignment oldIpAssignment = ipAssignment;
		ipAssignment = newIpAssignment == null ? IP_ASSIGNMENT_EDEFAULT : newIpAssignment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.CLIENT__IP_ASSIGNMENT, oldIpAssignment, ipAssignment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetworkInterface> getInterfaces() {
		if (interfaces == null) {
			interfaces = new EObjectContainmentEList<NetworkInterface>(NetworkInterface.class, this, SisPackage.CLIENT__INTERFACES);
		}
		return interfaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Image getImage() {
		if (image != null && image.eIsProxy()) {
			InternalEObject oldImage = (InternalEObject)image;
			image = (Image)eResolveProxy(oldImage);
			if (image != oldImage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SisPackage.CLIENT__IMAGE, oldImage, image));
			}
		}
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Image basicGetImage() {
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImage(Image newImage) {
		Image oldImage = image;
		image = newImage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.CLIENT__IMAGE, oldImage, image));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstallScript getInstallScript() {
		if (installScript != null && installScript.eIsProxy()) {
			InternalEObject oldInstallScript = (InternalEObject)installScript;
			installScript = (InstallScript)eResolveProxy(oldInstallScript);
			if (installScript != oldInstallScript) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SisPackage.CLIENT__INSTALL_SCRIPT, oldInstallScript, installScript));
			}
		}
		return installScript;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InstallScript basicGetInstallScript() {
		return installScript;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstallScript(InstallScript newInstallScript) {
		InstallScript oldInstallScript = installScript;
		installScript = newInstallScript;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.CLIENT__INSTALL_SCRIPT, oldInstallScript, installScript));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ClientRange> getGroups() {
		if (groups == null) {
			groups = new EObjectResolvingEList<ClientRange>(ClientRange.class, this, SisPackage.CLIENT__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BootMode getBootMode() {
		return bootMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBootMode(BootMode newBootMode) {
		BootMode oldBootMode = bootMode;
		bootMode = newBootMode == null ? BOOT_MODE_EDEFAULT : newBootMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.CLIENT__BOOT_MODE, oldBootMode, bootMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SisPackage.CLIENT__INTERFACES:
				return ((InternalEList<?>)getInterfaces()).basicRemove(otherEnd, msgs);
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
			case SisPackage.CLIENT__HOSTNAME:
				return getHostname();
			case SisPackage.CLIENT__DOMAIN:
				return getDomain();
			case SisPackage.CLIENT__MACS:
				return getMacs();
			case SisPackage.CLIENT__IP_ASSIGNMENT:
				return getIpAssignment();
			case SisPackage.CLIENT__INTERFACES:
				return getInterfaces();
			case SisPackage.CLIENT__IMAGE:
				if (resolve) return getImage();
				return basicGetImage();
			case SisPackage.CLIENT__INSTALL_SCRIPT:
				if (resolve) return getInstallScript();
				return basicGetInstallScript();
			case SisPackage.CLIENT__GROUPS:
				return getGroups();
			case SisPackage.CLIENT__BOOT_MODE:
				return getBootMode();
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
			case SisPackage.CLIENT__HOSTNAME:
				setHostname((String)newValue);
				return;
			case SisPackage.CLIENT__DOMAIN:
				setDomain((String)newValue);
				return;
			case SisPackage.CLIENT__MACS:
				getMacs().clear();
				getMacs().addAll((Collection<? extends String>)newValue);
				return;
			case SisPackage.CLIENT__IP_ASSIGNMENT:
				setIpAssignment((IpAssignment)newValue);
				return;
			case SisPackage.CLIENT__INTERFACES:
				getInterfaces().clear();
				getInterfaces().addAll((Collection<? extends NetworkInterface>)newValue);
				return;
			case SisPackage.CLIENT__IMAGE:
				setImage((Image)newValue);
				return;
			case SisPackage.CLIENT__INSTALL_SCRIPT:
				setInstallScript((InstallScript)newValue);
				return;
			case SisPackage.CLIENT__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends ClientRange>)newValue);
				return;
			case SisPackage.CLIENT__BOOT_MODE:
				setBootMode((BootMode)newValue);
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
			case SisPackage.CLIENT__HOSTNAME:
				setHostname(HOSTNAME_EDEFAULT);
				return;
			case SisPackage.CLIENT__DOMAIN:
				setDomain(DOMAIN_EDEFAULT);
				return;
			case SisPackage.CLIENT__MACS:
				getMacs().clear();
				return;
			case SisPackage.CLIENT__IP_ASSIGNMENT:
				setIpAssignment(IP_ASSIGNMENT_EDEFAULT);
				return;
			case SisPackage.CLIENT__INTERFACES:
				getInterfaces().clear();
				return;
			case SisPackage.CLIENT__IMAGE:
				setImage((Image)null);
				return;
			case SisPackage.CLIENT__INSTALL_SCRIPT:
				setInstallScript((InstallScript)null);
				return;
			case SisPackage.CLIENT__GROUPS:
				getGroups().clear();
				return;
			case SisPackage.CLIENT__BOOT_MODE:
				setBootMode(BOOT_MODE_EDEFAULT);
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
			case SisPackage.CLIENT__HOSTNAME:
				return HOSTNAME_EDEFAULT == null ? hostname != null : !HOSTNAME_EDEFAULT.equals(hostname);
			case SisPackage.CLIENT__DOMAIN:
				return DOMAIN_EDEFAULT == null ? domain != null : !DOMAIN_EDEFAULT.equals(domain);
			case SisPackage.CLIENT__MACS:
				return macs != null && !macs.isEmpty();
			case SisPackage.CLIENT__IP_ASSIGNMENT:
				return ipAssignment != IP_ASSIGNMENT_EDEFAULT;
			case SisPackage.CLIENT__INTERFACES:
				return interfaces != null && !interfaces.isEmpty();
			case SisPackage.CLIENT__IMAGE:
				return image != null;
			case SisPackage.CLIENT__INSTALL_SCRIPT:
				return installScript != null;
			case SisPackage.CLIENT__GROUPS:
				return groups != null && !groups.isEmpty();
			case SisPackage.CLIENT__BOOT_MODE:
				return bootMode != BOOT_MODE_EDEFAULT;
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
		result.append(" (hostname: ");
		result.append(hostname);
		result.append(", domain: ");
		result.append(domain);
		result.append(", macs: ");
		result.append(macs);
		result.append(", ipAssignment: ");
		result.append(ipAssignment);
		result.append(", bootMode: ");
		result.append(bootMode);
		result.append(')');
		return result.toString();
	}

} //ClientImpl
