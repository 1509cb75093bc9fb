/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreEList;

import org.sisuite.model.Client;
import org.sisuite.model.ClientRange;
import org.sisuite.model.Image;
import org.sisuite.model.InstallScript;
import org.sisuite.model.SisPackage;
import org.sisuite.model.Site;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Client Range</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.impl.ClientRangeImpl#getBasename <em>Basename</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ClientRangeImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ClientRangeImpl#getCount <em>Count</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ClientRangeImpl#getPadding <em>Padding</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ClientRangeImpl#getIpStart <em>Ip Start</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ClientRangeImpl#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ClientRangeImpl#getImage <em>Image</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ClientRangeImpl#getInstallScript <em>Install Script</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ClientRangeImpl#getHostnames <em>Hostnames</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ClientRangeImpl#getMembers <em>Members</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClientRangeImpl extends NamedElementImpl implements ClientRange {
	/**
	 * The default value of the '{@link #getBasename() <em>Basename</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasename()
	 * @generated
	 * @ordered
	 */
	protected static final String BASENAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBasename() <em>Basename</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasename()
	 * @generated
	 * @ordered
	 */
	protected String basename = BASENAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final int START_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected int start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected int count = COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPadding() <em>Padding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPadding()
	 * @generated
	 * @ordered
	 */
	protected static final int PADDING_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPadding() <em>Padding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPadding()
	 * @generated
	 * @ordered
	 */
	protected int padding = PADDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getIpStart() <em>Ip Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpStart()
	 * @generated
	 * @ordered
	 */
	protected static final String IP_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIpStart() <em>Ip Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpStart()
	 * @generated
	 * @ordered
	 */
	protected String ipStart = IP_START_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClientRangeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SisPackage.Literals.CLIENT_RANGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBasename() {
		return basename;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBasename(String newBasename) {
		String oldBasename = basename;
		basename = newBasename;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.CLIENT_RANGE__BASENAME, oldBasename, basename));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(int newStart) {
		int oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.CLIENT_RANGE__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(int newCount) {
		int oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.CLIENT_RANGE__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPadding() {
		return padding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPadding(int newPadding) {
		int oldPadding = padding;
		padding = newPadding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.CLIENT_RANGE__PADDING, oldPadding, padding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIpStart() {
		return ipStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpStart(String newIpStart) {
		String oldIpStart = ipStart;
		ipStart = newIpStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.CLIENT_RANGE__IP_START, oldIpStart, ipStart));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.CLIENT_RANGE__DOMAIN, oldDomain, domain));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SisPackage.CLIENT_RANGE__IMAGE, oldImage, image));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.CLIENT_RANGE__IMAGE, oldImage, image));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SisPackage.CLIENT_RANGE__INSTALL_SCRIPT, oldInstallScript, installScript));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.CLIENT_RANGE__INSTALL_SCRIPT, oldInstallScript, installScript));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getHostnames() {
		int size = Math.max(0, getCount());
		Object[] names = new Object[size];
		for (int i = 0; i < size; i++) {
			names[i] = hostnameAt(i);
		}
		return new EcoreEList.UnmodifiableEList<String>(this, SisPackage.Literals.CLIENT_RANGE__HOSTNAMES, size, names);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Client> getMembers() {
		List<Client> result = new ArrayList<Client>();
		if (eInternalContainer() instanceof Site site) {
			for (Client client : site.getClients()) {
				if (client.getGroups().contains(this)) {
					result.add(client);
				}
			}
		}
		return new EcoreEList.UnmodifiableEList<Client>(this, SisPackage.Literals.CLIENT_RANGE__MEMBERS, result.size(), result.toArray());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String hostnameAt(final int index) {
		String number = Integer.toString(getStart() + index);
		StringBuilder result = new StringBuilder(getBasename() == null ? "" : getBasename());
		for (int i = number.length(); i < getPadding(); i++) {
			result.append('0');
		}
		return result.append(number).toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String ipAddressAt(final int index) {
		String start = getIpStart();
		if (start == null) {
			return null;
		}
		String[] octets = start.trim().split("\\.", -1);
		if (octets.length != 4) {
			return null;
		}
		long address = 0;
		for (String octet : octets) {
			if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(Character::isDigit)) {
				return null;
			}
			int value = Integer.parseInt(octet);
			if (value > 255) {
				return null;
			}
			address = (address << 8) | value;
		}
		address += index;
		if (index < 0 || address > 0xFFFFFFFFL) {
			return null;
		}
		return ((address >> 24) & 0xFF) + "." + ((address >> 16) & 0xFF) + "." + ((address >> 8) & 0xFF) + "." + (address & 0xFF);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SisPackage.CLIENT_RANGE__BASENAME:
				return getBasename();
			case SisPackage.CLIENT_RANGE__START:
				return getStart();
			case SisPackage.CLIENT_RANGE__COUNT:
				return getCount();
			case SisPackage.CLIENT_RANGE__PADDING:
				return getPadding();
			case SisPackage.CLIENT_RANGE__IP_START:
				return getIpStart();
			case SisPackage.CLIENT_RANGE__DOMAIN:
				return getDomain();
			case SisPackage.CLIENT_RANGE__IMAGE:
				if (resolve) return getImage();
				return basicGetImage();
			case SisPackage.CLIENT_RANGE__INSTALL_SCRIPT:
				if (resolve) return getInstallScript();
				return basicGetInstallScript();
			case SisPackage.CLIENT_RANGE__HOSTNAMES:
				return getHostnames();
			case SisPackage.CLIENT_RANGE__MEMBERS:
				return getMembers();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SisPackage.CLIENT_RANGE__BASENAME:
				setBasename((String)newValue);
				return;
			case SisPackage.CLIENT_RANGE__START:
				setStart((Integer)newValue);
				return;
			case SisPackage.CLIENT_RANGE__COUNT:
				setCount((Integer)newValue);
				return;
			case SisPackage.CLIENT_RANGE__PADDING:
				setPadding((Integer)newValue);
				return;
			case SisPackage.CLIENT_RANGE__IP_START:
				setIpStart((String)newValue);
				return;
			case SisPackage.CLIENT_RANGE__DOMAIN:
				setDomain((String)newValue);
				return;
			case SisPackage.CLIENT_RANGE__IMAGE:
				setImage((Image)newValue);
				return;
			case SisPackage.CLIENT_RANGE__INSTALL_SCRIPT:
				setInstallScript((InstallScript)newValue);
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
			case SisPackage.CLIENT_RANGE__BASENAME:
				setBasename(BASENAME_EDEFAULT);
				return;
			case SisPackage.CLIENT_RANGE__START:
				setStart(START_EDEFAULT);
				return;
			case SisPackage.CLIENT_RANGE__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case SisPackage.CLIENT_RANGE__PADDING:
				setPadding(PADDING_EDEFAULT);
				return;
			case SisPackage.CLIENT_RANGE__IP_START:
				setIpStart(IP_START_EDEFAULT);
				return;
			case SisPackage.CLIENT_RANGE__DOMAIN:
				setDomain(DOMAIN_EDEFAULT);
				return;
			case SisPackage.CLIENT_RANGE__IMAGE:
				setImage((Image)null);
				return;
			case SisPackage.CLIENT_RANGE__INSTALL_SCRIPT:
				setInstallScript((InstallScript)null);
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
			case SisPackage.CLIENT_RANGE__BASENAME:
				return BASENAME_EDEFAULT == null ? basename != null : !BASENAME_EDEFAULT.equals(basename);
			case SisPackage.CLIENT_RANGE__START:
				return start != START_EDEFAULT;
			case SisPackage.CLIENT_RANGE__COUNT:
				return count != COUNT_EDEFAULT;
			case SisPackage.CLIENT_RANGE__PADDING:
				return padding != PADDING_EDEFAULT;
			case SisPackage.CLIENT_RANGE__IP_START:
				return IP_START_EDEFAULT == null ? ipStart != null : !IP_START_EDEFAULT.equals(ipStart);
			case SisPackage.CLIENT_RANGE__DOMAIN:
				return DOMAIN_EDEFAULT == null ? domain != null : !DOMAIN_EDEFAULT.equals(domain);
			case SisPackage.CLIENT_RANGE__IMAGE:
				return image != null;
			case SisPackage.CLIENT_RANGE__INSTALL_SCRIPT:
				return installScript != null;
			case SisPackage.CLIENT_RANGE__HOSTNAMES:
				return !getHostnames().isEmpty();
			case SisPackage.CLIENT_RANGE__MEMBERS:
				return !getMembers().isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case SisPackage.CLIENT_RANGE___HOSTNAME_AT__INT:
				return hostnameAt((Integer)arguments.get(0));
			case SisPackage.CLIENT_RANGE___IP_ADDRESS_AT__INT:
				return ipAddressAt((Integer)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (basename: ");
		result.append(basename);
		result.append(", start: ");
		result.append(start);
		result.append(", count: ");
		result.append(count);
		result.append(", padding: ");
		result.append(padding);
		result.append(", ipStart: ");
		result.append(ipStart);
		result.append(", domain: ");
		result.append(domain);
		result.append(')');
		return result.toString();
	}

} //ClientRangeImpl
