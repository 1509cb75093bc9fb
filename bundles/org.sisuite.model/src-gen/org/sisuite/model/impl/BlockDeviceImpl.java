/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.sisuite.model.BlockDevice;
import org.sisuite.model.SisPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Block Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class BlockDeviceImpl extends MinimalEObjectImpl.Container implements BlockDevice {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BlockDeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SisPackage.Literals.BLOCK_DEVICE;
	}

} //BlockDeviceImpl
