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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sisuite.model.DistributionFamily;
import org.sisuite.model.PackageList;
import org.sisuite.model.PackagePool;
import org.sisuite.model.SisPackage;
import org.sisuite.model.Stage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Package List</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.impl.PackageListImpl#getDistributionFamily <em>Distribution Family</em>}</li>
 *   <li>{@link org.sisuite.model.impl.PackageListImpl#getPools <em>Pools</em>}</li>
 *   <li>{@link org.sisuite.model.impl.PackageListImpl#getStages <em>Stages</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PackageListImpl extends NamedElementImpl implements PackageList {
	/**
	 * The default value of the '{@link #getDistributionFamily() <em>Distribution Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistributionFamily()
	 * @generated
	 * @ordered
	 */
	protected static final DistributionFamily DISTRIBUTION_FAMILY_EDEFAULT = DistributionFamily.DEB;

	/**
	 * The cached value of the '{@link #getDistributionFamily() <em>Distribution Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistributionFamily()
	 * @generated
	 * @ordered
	 */
	protected DistributionFamily distributionFamily = DISTRIBUTION_FAMILY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPools() <em>Pools</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPools()
	 * @generated
	 * @ordered
	 */
	protected EList<PackagePool> pools;

	/**
	 * The cached value of the '{@link #getStages() <em>Stages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStages()
	 * @generated
	 * @ordered
	 */
	protected EList<Stage> stages;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PackageListImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SisPackage.Literals.PACKAGE_LIST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DistributionFamily getDistributionFamily() {
		return distributionFamily;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDistributionFamily(DistributionFamily newDistributionFamily) {
		DistributionFamily oldDistributionFamily = distributionFamily;
		distributionFamily = newDistributionFamily == null ? DISTRIBUTION_FAMILY_EDEFAULT : newDistributionFamily;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.PACKAGE_LIST__DISTRIBUTION_FAMILY, oldDistributionFamily, distributionFamily));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PackagePool> getPools() {
		if (pools == null) {
			pools = new EObjectResolvingEList<PackagePool>(PackagePool.class, this, SisPackage.PACKAGE_LIST__POOLS);
		}
		return pools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stage> getStages() {
		if (stages == null) {
			stages = new EObjectContainmentEList<Stage>(Stage.class, this, SisPackage.PACKAGE_LIST__STAGES);
		}
		return stages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SisPackage.PACKAGE_LIST__STAGES:
				return ((InternalEList<?>)getStages()).basicRemove(otherEnd, msgs);
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
			case SisPackage.PACKAGE_LIST__DISTRIBUTION_FAMILY:
				return getDistributionFamily();
			case SisPackage.PACKAGE_LIST__POOLS:
				return getPools();
			case SisPackage.PACKAGE_LIST__STAGES:
				return getStages();
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
			case SisPackage.PACKAGE_LIST__DISTRIBUTION_FAMILY:
				setDistributionFamily((DistributionFamily)newValue);
				return;
			case SisPackage.PACKAGE_LIST__POOLS:
				getPools().clear();
				getPools().addAll((Collection<? extends PackagePool>)newValue);
				return;
			case SisPackage.PACKAGE_LIST__STAGES:
				getStages().clear();
				getStages().addAll((Collection<? extends Stage>)newValue);
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
			case SisPackage.PACKAGE_LIST__DISTRIBUTION_FAMILY:
				setDistributionFamily(DISTRIBUTION_FAMILY_EDEFAULT);
				return;
			case SisPackage.PACKAGE_LIST__POOLS:
				getPools().clear();
				return;
			case SisPackage.PACKAGE_LIST__STAGES:
				getStages().clear();
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
			case SisPackage.PACKAGE_LIST__DISTRIBUTION_FAMILY:
				return distributionFamily != DISTRIBUTION_FAMILY_EDEFAULT;
			case SisPackage.PACKAGE_LIST__POOLS:
				return pools != null && !pools.isEmpty();
			case SisPackage.PACKAGE_LIST__STAGES:
				return stages != null && !stages.isEmpty();
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
		result.append(" (distributionFamily: ");
		result.append(distributionFamily);
		result.append(')');
		return result.toString();
	}

} //PackageListImpl
