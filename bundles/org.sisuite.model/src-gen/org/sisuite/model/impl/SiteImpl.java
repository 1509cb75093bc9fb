/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sisuite.model.Client;
import org.sisuite.model.ClientRange;
import org.sisuite.model.DiskTable;
import org.sisuite.model.FootprintSet;
import org.sisuite.model.ImageServer;
import org.sisuite.model.InstallSession;
import org.sisuite.model.PackageList;
import org.sisuite.model.PackagePool;
import org.sisuite.model.SisPackage;
import org.sisuite.model.Site;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.impl.SiteImpl#getImageServers <em>Image Servers</em>}</li>
 *   <li>{@link org.sisuite.model.impl.SiteImpl#getPackagePools <em>Package Pools</em>}</li>
 *   <li>{@link org.sisuite.model.impl.SiteImpl#getPackageLists <em>Package Lists</em>}</li>
 *   <li>{@link org.sisuite.model.impl.SiteImpl#getDiskTables <em>Disk Tables</em>}</li>
 *   <li>{@link org.sisuite.model.impl.SiteImpl#getFootprintSets <em>Footprint Sets</em>}</li>
 *   <li>{@link org.sisuite.model.impl.SiteImpl#getClientRanges <em>Client Ranges</em>}</li>
 *   <li>{@link org.sisuite.model.impl.SiteImpl#getClients <em>Clients</em>}</li>
 *   <li>{@link org.sisuite.model.impl.SiteImpl#getInstallSessions <em>Install Sessions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SiteImpl extends NamedElementImpl implements Site {
	/**
	 * The cached value of the '{@link #getImageServers() <em>Image Servers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageServers()
	 * @generated
	 * @ordered
	 */
	protected EList<ImageServer> imageServers;

	/**
	 * The cached value of the '{@link #getPackagePools() <em>Package Pools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPackagePools()
	 * @generated
	 * @ordered
	 */
	protected EList<PackagePool> packagePools;

	/**
	 * The cached value of the '{@link #getPackageLists() <em>Package Lists</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPackageLists()
	 * @generated
	 * @ordered
	 */
	protected EList<PackageList> packageLists;

	/**
	 * The cached value of the '{@link #getDiskTables() <em>Disk Tables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskTables()
	 * @generated
	 * @ordered
	 */
	protected EList<DiskTable> diskTables;

	/**
	 * The cached value of the '{@link #getFootprintSets() <em>Footprint Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFootprintSets()
	 * @generated
	 * @ordered
	 */
	protected EList<FootprintSet> footprintSets;

	/**
	 * The cached value of the '{@link #getClientRanges() <em>Client Ranges</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientRanges()
	 * @generated
	 * @ordered
	 */
	protected EList<ClientRange> clientRanges;

	/**
	 * The cached value of the '{@link #getClients() <em>Clients</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClients()
	 * @generated
	 * @ordered
	 */
	protected EList<Client> clients;

	/**
	 * The cached value of the '{@link #getInstallSessions() <em>Install Sessions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstallSessions()
	 * @generated
	 * @ordered
	 */
	protected EList<InstallSession> installSessions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SiteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SisPackage.Literals.SITE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImageServer> getImageServers() {
		if (imageServers == null) {
			imageServers = new EObjectContainmentEList<ImageServer>(ImageServer.class, this, SisPackage.SITE__IMAGE_SERVERS);
		}
		return imageServers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PackagePool> getPackagePools() {
		if (packagePools == null) {
			packagePools = new EObjectContainmentEList<PackagePool>(PackagePool.class, this, SisPackage.SITE__PACKAGE_POOLS);
		}
		return packagePools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PackageList> getPackageLists() {
		if (packageLists == null) {
			packageLists = new EObjectContainmentEList<PackageList>(PackageList.class, this, SisPackage.SITE__PACKAGE_LISTS);
		}
		return packageLists;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DiskTable> getDiskTables() {
		if (diskTables == null) {
			diskTables = new EObjectContainmentEList<DiskTable>(DiskTable.class, this, SisPackage.SITE__DISK_TABLES);
		}
		return diskTables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FootprintSet> getFootprintSets() {
		if (footprintSets == null) {
			footprintSets = new EObjectContainmentEList<FootprintSet>(FootprintSet.class, this, SisPackage.SITE__FOOTPRINT_SETS);
		}
		return footprintSets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ClientRange> getClientRanges() {
		if (clientRanges == null) {
			clientRanges = new EObjectContainmentEList<ClientRange>(ClientRange.class, this, SisPackage.SITE__CLIENT_RANGES);
		}
		return clientRanges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Client> getClients() {
		if (clients == null) {
			clients = new EObjectContainmentEList<Client>(Client.class, this, SisPackage.SITE__CLIENTS);
		}
		return clients;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InstallSession> getInstallSessions() {
		if (installSessions == null) {
			installSessions = new EObjectContainmentEList<InstallSession>(InstallSession.class, this, SisPackage.SITE__INSTALL_SESSIONS);
		}
		return installSessions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SisPackage.SITE__IMAGE_SERVERS:
				return ((InternalEList<?>)getImageServers()).basicRemove(otherEnd, msgs);
			case SisPackage.SITE__PACKAGE_POOLS:
				return ((InternalEList<?>)getPackagePools()).basicRemove(otherEnd, msgs);
			case SisPackage.SITE__PACKAGE_LISTS:
				return ((InternalEList<?>)getPackageLists()).basicRemove(otherEnd, msgs);
			case SisPackage.SITE__DISK_TABLES:
				return ((InternalEList<?>)getDiskTables()).basicRemove(otherEnd, msgs);
			case SisPackage.SITE__FOOTPRINT_SETS:
				return ((InternalEList<?>)getFootprintSets()).basicRemove(otherEnd, msgs);
			case SisPackage.SITE__CLIENT_RANGES:
				return ((InternalEList<?>)getClientRanges()).basicRemove(otherEnd, msgs);
			case SisPackage.SITE__CLIENTS:
				return ((InternalEList<?>)getClients()).basicRemove(otherEnd, msgs);
			case SisPackage.SITE__INSTALL_SESSIONS:
				return ((InternalEList<?>)getInstallSessions()).basicRemove(otherEnd, msgs);
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
			case SisPackage.SITE__IMAGE_SERVERS:
				return getImageServers();
			case SisPackage.SITE__PACKAGE_POOLS:
				return getPackagePools();
			case SisPackage.SITE__PACKAGE_LISTS:
				return getPackageLists();
			case SisPackage.SITE__DISK_TABLES:
				return getDiskTables();
			case SisPackage.SITE__FOOTPRINT_SETS:
				return getFootprintSets();
			case SisPackage.SITE__CLIENT_RANGES:
				return getClientRanges();
			case SisPackage.SITE__CLIENTS:
				return getClients();
			case SisPackage.SITE__INSTALL_SESSIONS:
				return getInstallSessions();
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
			case SisPackage.SITE__IMAGE_SERVERS:
				getImageServers().clear();
				getImageServers().addAll((Collection<? extends ImageServer>)newValue);
				return;
			case SisPackage.SITE__PACKAGE_POOLS:
				getPackagePools().clear();
				getPackagePools().addAll((Collection<? extends PackagePool>)newValue);
				return;
			case SisPackage.SITE__PACKAGE_LISTS:
				getPackageLists().clear();
				getPackageLists().addAll((Collection<? extends PackageList>)newValue);
				return;
			case SisPackage.SITE__DISK_TABLES:
				getDiskTables().clear();
				getDiskTables().addAll((Collection<? extends DiskTable>)newValue);
				return;
			case SisPackage.SITE__FOOTPRINT_SETS:
				getFootprintSets().clear();
				getFootprintSets().addAll((Collection<? extends FootprintSet>)newValue);
				return;
			case SisPackage.SITE__CLIENT_RANGES:
				getClientRanges().clear();
				getClientRanges().addAll((Collection<? extends ClientRange>)newValue);
				return;
			case SisPackage.SITE__CLIENTS:
				getClients().clear();
				getClients().addAll((Collection<? extends Client>)newValue);
				return;
			case SisPackage.SITE__INSTALL_SESSIONS:
				getInstallSessions().clear();
				getInstallSessions().addAll((Collection<? extends InstallSession>)newValue);
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
			case SisPackage.SITE__IMAGE_SERVERS:
				getImageServers().clear();
				return;
			case SisPackage.SITE__PACKAGE_POOLS:
				getPackagePools().clear();
				return;
			case SisPackage.SITE__PACKAGE_LISTS:
				getPackageLists().clear();
				return;
			case SisPackage.SITE__DISK_TABLES:
				getDiskTables().clear();
				return;
			case SisPackage.SITE__FOOTPRINT_SETS:
				getFootprintSets().clear();
				return;
			case SisPackage.SITE__CLIENT_RANGES:
				getClientRanges().clear();
				return;
			case SisPackage.SITE__CLIENTS:
				getClients().clear();
				return;
			case SisPackage.SITE__INSTALL_SESSIONS:
				getInstallSessions().clear();
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
			case SisPackage.SITE__IMAGE_SERVERS:
				return imageServers != null && !imageServers.isEmpty();
			case SisPackage.SITE__PACKAGE_POOLS:
				return packagePools != null && !packagePools.isEmpty();
			case SisPackage.SITE__PACKAGE_LISTS:
				return packageLists != null && !packageLists.isEmpty();
			case SisPackage.SITE__DISK_TABLES:
				return diskTables != null && !diskTables.isEmpty();
			case SisPackage.SITE__FOOTPRINT_SETS:
				return footprintSets != null && !footprintSets.isEmpty();
			case SisPackage.SITE__CLIENT_RANGES:
				return clientRanges != null && !clientRanges.isEmpty();
			case SisPackage.SITE__CLIENTS:
				return clients != null && !clients.isEmpty();
			case SisPackage.SITE__INSTALL_SESSIONS:
				return installSessions != null && !installSessions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //SiteImpl
