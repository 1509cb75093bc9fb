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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.sisuite.model.PackagePool;
import org.sisuite.model.PackagePoolKind;
import org.sisuite.model.SisPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Package Pool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.impl.PackagePoolImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.sisuite.model.impl.PackagePoolImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link org.sisuite.model.impl.PackagePoolImpl#getSuite <em>Suite</em>}</li>
 *   <li>{@link org.sisuite.model.impl.PackagePoolImpl#getComponents <em>Components</em>}</li>
 *   <li>{@link org.sisuite.model.impl.PackagePoolImpl#getArchitectures <em>Architectures</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PackagePoolImpl extends NamedElementImpl implements PackagePool {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final PackagePoolKind KIND_EDEFAULT = PackagePoolKind.DEB_REPOSITORY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected PackagePoolKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSuite() <em>Suite</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuite()
	 * @generated
	 * @ordered
	 */
	protected static final String SUITE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSuite() <em>Suite</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuite()
	 * @generated
	 * @ordered
	 */
	protected String suite = SUITE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getComponents() <em>Components</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponents()
	 * @generated
	 * @ordered
	 */
	protected EList<String> components;

	/**
	 * The cached value of the '{@link #getArchitectures() <em>Architectures</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitectures()
	 * @generated
	 * @ordered
	 */
	protected EList<String> architectures;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PackagePoolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SisPackage.Literals.PACKAGE_POOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PackagePoolKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(PackagePoolKind newKind) {
		PackagePoolKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.PACKAGE_POOL__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.PACKAGE_POOL__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSuite() {
		return suite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuite(String newSuite) {
		String oldSuite = suite;
		suite = newSuite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.PACKAGE_POOL__SUITE, oldSuite, suite));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getComponents() {
		if (components == null) {
			components = new EDataTypeUniqueEList<String>(String.class, this, SisPackage.PACKAGE_POOL__COMPONENTS);
		}
		return components;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getArchitectures() {
		if (architectures == null) {
			architectures = new EDataTypeUniqueEList<String>(String.class, this, SisPackage.PACKAGE_POOL__ARCHITECTURES);
		}
		return architectures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SisPackage.PACKAGE_POOL__KIND:
				return getKind();
			case SisPackage.PACKAGE_POOL__URL:
				return getUrl();
			case SisPackage.PACKAGE_POOL__SUITE:
				return getSuite();
			case SisPackage.PACKAGE_POOL__COMPONENTS:
				return getComponents();
			case SisPackage.PACKAGE_POOL__ARCHITECTURES:
				return getArchitectures();
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
			case SisPackage.PACKAGE_POOL__KIND:
				setKind((PackagePoolKind)newValue);
				return;
			case SisPackage.PACKAGE_POOL__URL:
				setUrl((String)newValue);
				return;
			case SisPackage.PACKAGE_POOL__SUITE:
				setSuite((String)newValue);
				return;
			case SisPackage.PACKAGE_POOL__COMPONENTS:
				getComponents().clear();
				getComponents().addAll((Collection<? extends String>)newValue);
				return;
			case SisPackage.PACKAGE_POOL__ARCHITECTURES:
				getArchitectures().clear();
				getArchitectures().addAll((Collection<? extends String>)newValue);
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
			case SisPackage.PACKAGE_POOL__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SisPackage.PACKAGE_POOL__URL:
				setUrl(URL_EDEFAULT);
				return;
			case SisPackage.PACKAGE_POOL__SUITE:
				setSuite(SUITE_EDEFAULT);
				return;
			case SisPackage.PACKAGE_POOL__COMPONENTS:
				getComponents().clear();
				return;
			case SisPackage.PACKAGE_POOL__ARCHITECTURES:
				getArchitectures().clear();
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
			case SisPackage.PACKAGE_POOL__KIND:
				return kind != KIND_EDEFAULT;
			case SisPackage.PACKAGE_POOL__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case SisPackage.PACKAGE_POOL__SUITE:
				return SUITE_EDEFAULT == null ? suite != null : !SUITE_EDEFAULT.equals(suite);
			case SisPackage.PACKAGE_POOL__COMPONENTS:
				return components != null && !components.isEmpty();
			case SisPackage.PACKAGE_POOL__ARCHITECTURES:
				return architectures != null && !architectures.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", url: ");
		result.append(url);
		result.append(", suite: ");
		result.append(suite);
		result.append(", components: ");
		result.append(components);
		result.append(", architectures: ");
		result.append(architectures);
		result.append(')');
		return result.toString();
	}

} //PackagePoolImpl
