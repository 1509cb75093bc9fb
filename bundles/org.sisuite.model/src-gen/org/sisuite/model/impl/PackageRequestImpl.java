/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.sisuite.model.PackageRequest;
import org.sisuite.model.SisPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Package Request</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.impl.PackageRequestImpl#getVersionConstraint <em>Version Constraint</em>}</li>
 *   <li>{@link org.sisuite.model.impl.PackageRequestImpl#getArch <em>Arch</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PackageRequestImpl extends NamedElementImpl implements PackageRequest {
	/**
	 * The default value of the '{@link #getVersionConstraint() <em>Version Constraint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersionConstraint()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_CONSTRAINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersionConstraint() <em>Version Constraint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersionConstraint()
	 * @generated
	 * @ordered
	 */
	protected String versionConstraint = VERSION_CONSTRAINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getArch() <em>Arch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArch()
	 * @generated
	 * @ordered
	 */
	protected static final String ARCH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArch() <em>Arch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArch()
	 * @generated
	 * @ordered
	 */
	protected String arch = ARCH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PackageRequestImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SisPackage.Literals.PACKAGE_REQUEST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersionConstraint() {
		return versionConstraint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersionConstraint(String newVersionConstraint) {
		String oldVersionConstraint = versionConstraint;
		versionConstraint = newVersionConstraint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.PACKAGE_REQUEST__VERSION_CONSTRAINT, oldVersionConstraint, versionConstraint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArch() {
		return arch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArch(String newArch) {
		String oldArch = arch;
		arch = newArch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.PACKAGE_REQUEST__ARCH, oldArch, arch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SisPackage.PACKAGE_REQUEST__VERSION_CONSTRAINT:
				return getVersionConstraint();
			case SisPackage.PACKAGE_REQUEST__ARCH:
				return getArch();
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
			case SisPackage.PACKAGE_REQUEST__VERSION_CONSTRAINT:
				setVersionConstraint((String)newValue);
				return;
			case SisPackage.PACKAGE_REQUEST__ARCH:
				setArch((String)newValue);
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
			case SisPackage.PACKAGE_REQUEST__VERSION_CONSTRAINT:
				setVersionConstraint(VERSION_CONSTRAINT_EDEFAULT);
				return;
			case SisPackage.PACKAGE_REQUEST__ARCH:
				setArch(ARCH_EDEFAULT);
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
			case SisPackage.PACKAGE_REQUEST__VERSION_CONSTRAINT:
				return VERSION_CONSTRAINT_EDEFAULT == null ? versionConstraint != null : !VERSION_CONSTRAINT_EDEFAULT.equals(versionConstraint);
			case SisPackage.PACKAGE_REQUEST__ARCH:
				return ARCH_EDEFAULT == null ? arch != null : !ARCH_EDEFAULT.equals(arch);
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
		result.append(" (versionConstraint: ");
		result.append(versionConstraint);
		result.append(", arch: ");
		result.append(arch);
		result.append(')');
		return result.toString();
	}

} //PackageRequestImpl
