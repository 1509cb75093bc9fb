/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.sisuite.model.BootLoader;
import org.sisuite.model.BootLoaderFlavour;
import org.sisuite.model.SisPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Boot Loader</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.impl.BootLoaderImpl#getFlavour <em>Flavour</em>}</li>
 *   <li>{@link org.sisuite.model.impl.BootLoaderImpl#isEfi <em>Efi</em>}</li>
 *   <li>{@link org.sisuite.model.impl.BootLoaderImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.sisuite.model.impl.BootLoaderImpl#getDefaultEntry <em>Default Entry</em>}</li>
 *   <li>{@link org.sisuite.model.impl.BootLoaderImpl#getTimeout <em>Timeout</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BootLoaderImpl extends MinimalEObjectImpl.Container implements BootLoader {
	/**
	 * The default value of the '{@link #getFlavour() <em>Flavour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlavour()
	 * @generated
	 * @ordered
	 */
	protected static final BootLoaderFlavour FLAVOUR_EDEFAULT = BootLoaderFlavour.GRUB2;

	/**
	 * The cached value of the '{@link #getFlavour() <em>Flavour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlavour()
	 * @generated
	 * @ordered
	 */
	protected BootLoaderFlavour flavour = FLAVOUR_EDEFAULT;

	/**
	 * The default value of the '{@link #isEfi() <em>Efi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEfi()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EFI_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEfi() <em>Efi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEfi()
	 * @generated
	 * @ordered
	 */
	protected boolean efi = EFI_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<String> targets;

	/**
	 * The default value of the '{@link #getDefaultEntry() <em>Default Entry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultEntry()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFAULT_ENTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefaultEntry() <em>Default Entry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultEntry()
	 * @generated
	 * @ordered
	 */
	protected String defaultEntry = DEFAULT_ENTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeout() <em>Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeout()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TIMEOUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeout() <em>Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeout()
	 * @generated
	 * @ordered
	 */
	protected Integer timeout = TIMEOUT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BootLoaderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SisPackage.Literals.BOOT_LOADER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BootLoaderFlavour getFlavour() {
		return flavour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlavour(BootLoaderFlavour newFlavour) {
		BootLoaderFlavour oldFlavour = flavour;
		flavour = newFlavour == null ? FLAVOUR_EDEFAULT : newFlavour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.BOOT_LOADER__FLAVOUR, oldFlavour, flavour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEfi() {
		return efi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEfi(boolean newEfi) {
		boolean oldEfi = efi;
		efi = newEfi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.BOOT_LOADER__EFI, oldEfi, efi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTargets() {
		if (targets == null) {
			targets = new EDataTypeUniqueEList<String>(String.class, this, SisPackage.BOOT_LOADER__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefaultEntry() {
		return defaultEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultEntry(String newDefaultEntry) {
		String oldDefaultEntry = defaultEntry;
		defaultEntry = newDefaultEntry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.BOOT_LOADER__DEFAULT_ENTRY, oldDefaultEntry, defaultEntry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTimeout() {
		return timeout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeout(Integer newTimeout) {
		Integer oldTimeout = timeout;
		timeout = newTimeout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.BOOT_LOADER__TIMEOUT, oldTimeout, timeout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SisPackage.BOOT_LOADER__FLAVOUR:
				return getFlavour();
			case SisPackage.BOOT_LOADER__EFI:
				return isEfi();
			case SisPackage.BOOT_LOADER__TARGETS:
				return getTargets();
			case SisPackage.BOOT_LOADER__DEFAULT_ENTRY:
				return getDefaultEntry();
			case SisPackage.BOOT_LOADER__TIMEOUT:
				return getTimeout();
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
			case SisPackage.BOOT_LOADER__FLAVOUR:
				setFlavour((BootLoaderFlavour)newValue);
				return;
			case SisPackage.BOOT_LOADER__EFI:
				setEfi((Boolean)newValue);
				return;
			case SisPackage.BOOT_LOADER__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends String>)newValue);
				return;
			case SisPackage.BOOT_LOADER__DEFAULT_ENTRY:
				setDefaultEntry((String)newValue);
				return;
			case SisPackage.BOOT_LOADER__TIMEOUT:
				setTimeout((Integer)newValue);
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
			case SisPackage.BOOT_LOADER__FLAVOUR:
				setFlavour(FLAVOUR_EDEFAULT);
				return;
			case SisPackage.BOOT_LOADER__EFI:
				setEfi(EFI_EDEFAULT);
				return;
			case SisPackage.BOOT_LOADER__TARGETS:
				getTargets().clear();
				return;
			case SisPackage.BOOT_LOADER__DEFAULT_ENTRY:
				setDefaultEntry(DEFAULT_ENTRY_EDEFAULT);
				return;
			case SisPackage.BOOT_LOADER__TIMEOUT:
				setTimeout(TIMEOUT_EDEFAULT);
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
			case SisPackage.BOOT_LOADER__FLAVOUR:
				return flavour != FLAVOUR_EDEFAULT;
			case SisPackage.BOOT_LOADER__EFI:
				return efi != EFI_EDEFAULT;
			case SisPackage.BOOT_LOADER__TARGETS:
				return targets != null && !targets.isEmpty();
			case SisPackage.BOOT_LOADER__DEFAULT_ENTRY:
				return DEFAULT_ENTRY_EDEFAULT == null ? defaultEntry != null : !DEFAULT_ENTRY_EDEFAULT.equals(defaultEntry);
			case SisPackage.BOOT_LOADER__TIMEOUT:
				return TIMEOUT_EDEFAULT == null ? timeout != null : !TIMEOUT_EDEFAULT.equals(timeout);
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
		result.append(" (flavour: ");
		result.append(flavour);
		result.append(", efi: ");
		result.append(efi);
		result.append(", targets: ");
		result.append(targets);
		result.append(", defaultEntry: ");
		result.append(defaultEntry);
		result.append(", timeout: ");
		result.append(timeout);
		result.append(')');
		return result.toString();
	}

} //BootLoaderImpl
