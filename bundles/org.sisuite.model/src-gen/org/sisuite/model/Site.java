/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a SIS model: one installation site with everything it manages.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.Site#getImageServers <em>Image Servers</em>}</li>
 *   <li>{@link org.sisuite.model.Site#getPackagePools <em>Package Pools</em>}</li>
 *   <li>{@link org.sisuite.model.Site#getPackageLists <em>Package Lists</em>}</li>
 *   <li>{@link org.sisuite.model.Site#getDiskTables <em>Disk Tables</em>}</li>
 *   <li>{@link org.sisuite.model.Site#getFootprintSets <em>Footprint Sets</em>}</li>
 *   <li>{@link org.sisuite.model.Site#getClientRanges <em>Client Ranges</em>}</li>
 *   <li>{@link org.sisuite.model.Site#getClients <em>Clients</em>}</li>
 *   <li>{@link org.sisuite.model.Site#getInstallSessions <em>Install Sessions</em>}</li>
 * </ul>
 *
 * @see org.sisuite.model.SisPackage#getSite()
 * @model
 * @generated
 */
public interface Site extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Image Servers</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.ImageServer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image Servers</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getSite_ImageServers()
	 * @model containment="true"
	 * @generated
	 */
	EList<ImageServer> getImageServers();

	/**
	 * Returns the value of the '<em><b>Package Pools</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.PackagePool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Package Pools</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getSite_PackagePools()
	 * @model containment="true"
	 * @generated
	 */
	EList<PackagePool> getPackagePools();

	/**
	 * Returns the value of the '<em><b>Package Lists</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.PackageList}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Package Lists</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getSite_PackageLists()
	 * @model containment="true"
	 * @generated
	 */
	EList<PackageList> getPackageLists();

	/**
	 * Returns the value of the '<em><b>Disk Tables</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.DiskTable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disk Tables</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getSite_DiskTables()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiskTable> getDiskTables();

	/**
	 * Returns the value of the '<em><b>Footprint Sets</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.FootprintSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Footprint Sets</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getSite_FootprintSets()
	 * @model containment="true"
	 * @generated
	 */
	EList<FootprintSet> getFootprintSets();

	/**
	 * Returns the value of the '<em><b>Client Ranges</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.ClientRange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Client Ranges</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getSite_ClientRanges()
	 * @model containment="true"
	 * @generated
	 */
	EList<ClientRange> getClientRanges();

	/**
	 * Returns the value of the '<em><b>Clients</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.Client}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clients</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getSite_Clients()
	 * @model containment="true"
	 * @generated
	 */
	EList<Client> getClients();

	/**
	 * Returns the value of the '<em><b>Install Sessions</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.InstallSession}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Install Sessions</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getSite_InstallSessions()
	 * @model containment="true"
	 * @generated
	 */
	EList<InstallSession> getInstallSessions();

} // Site
