/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.sisuite.model.DiskTable;
import org.sisuite.model.FinishAction;
import org.sisuite.model.InstallScript;
import org.sisuite.model.SisPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Install Script</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.impl.InstallScriptImpl#getDiskTable <em>Disk Table</em>}</li>
 *   <li>{@link org.sisuite.model.impl.InstallScriptImpl#getPostAction <em>Post Action</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstallScriptImpl extends NamedElementImpl implements InstallScript {
	/**
	 * The cached value of the '{@link #getDiskTable() <em>Disk Table</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskTable()
	 * @generated
	 * @ordered
	 */
	protected DiskTable diskTable;

	/**
	 * The default value of the '{@link #getPostAction() <em>Post Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostAction()
	 * @generated
	 * @ordered
	 */
	protected static final FinishAction POST_ACTION_EDEFAULT = FinishAction.REBOOT;

	/**
	 * The cached value of the '{@link #getPostAction() <em>Post Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostAction()
	 * @generated
	 * @ordered
	 */
	protected FinishAction postAction = POST_ACTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstallScriptImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SisPackage.Literals.INSTALL_SCRIPT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiskTable getDiskTable() {
		if (diskTable != null && diskTable.eIsProxy()) {
			InternalEObject oldDiskTable = (InternalEObject)diskTable;
			diskTable = (DiskTable)eResolveProxy(oldDiskTable);
			if (diskTable != oldDiskTable) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SisPackage.INSTALL_SCRIPT__DISK_TABLE, oldDiskTable, diskTable));
			}
		}
		return diskTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiskTable basicGetDiskTable() {
		return diskTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiskTable(DiskTable newDiskTable) {
		DiskTable oldDiskTable = diskTable;
		diskTable = newDiskTable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.INSTALL_SCRIPT__DISK_TABLE, oldDiskTable, diskTable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FinishAction getPostAction() {
		return postAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostAction(FinishAction newPostAction) {
		FinishAction oldPostAction = postAction;
		postAction = newPostAction == null ? POST_ACTION_EDEFAULT : newPostAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.INSTALL_SCRIPT__POST_ACTION, oldPostAction, postAction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SisPackage.INSTALL_SCRIPT__DISK_TABLE:
				if (resolve) return getDiskTable();
				return basicGetDiskTable();
			case SisPackage.INSTALL_SCRIPT__POST_ACTION:
				return getPostAction();
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
			case SisPackage.INSTALL_SCRIPT__DISK_TABLE:
				setDiskTable((DiskTable)newValue);
				return;
			case SisPackage.INSTALL_SCRIPT__POST_ACTION:
				setPostAction((FinishAction)newValue);
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
			case SisPackage.INSTALL_SCRIPT__DISK_TABLE:
				setDiskTable((DiskTable)null);
				return;
			case SisPackage.INSTALL_SCRIPT__POST_ACTION:
				setPostAction(POST_ACTION_EDEFAULT);
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
			case SisPackage.INSTALL_SCRIPT__DISK_TABLE:
				return diskTable != null;
			case SisPackage.INSTALL_SCRIPT__POST_ACTION:
				return postAction != POST_ACTION_EDEFAULT;
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
		result.append(" (postAction: ");
		result.append(postAction);
		result.append(')');
		return result.toString();
	}

} //InstallScriptImpl
