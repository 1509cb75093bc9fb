/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The SIS Workbench model: everything one site manages with SystemImager/SystemInstaller - image servers and their images, package lists and pools, disk layouts, clients and client groups, footprint rules and install sessions.
 * <!-- end-model-doc -->
 * @see org.sisuite.model.SisFactory
 * @model kind="package"
 * @generated
 */
public interface SisPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.sisuite.org/sis/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "sis";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SisPackage eINSTANCE = org.sisuite.model.impl.SisPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.NamedElementImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = 0;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.SiteImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getSite()
	 * @generated
	 */
	int SITE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Image Servers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__IMAGE_SERVERS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Package Pools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__PACKAGE_POOLS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Package Lists</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__PACKAGE_LISTS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Disk Tables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__DISK_TABLES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Footprint Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__FOOTPRINT_SETS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Client Ranges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__CLIENT_RANGES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Clients</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__CLIENTS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Install Sessions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__INSTALL_SESSIONS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.ImageServerImpl <em>Image Server</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.ImageServerImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getImageServer()
	 * @generated
	 */
	int IMAGE_SERVER = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERVER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERVER__HOST = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Connection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERVER__CONNECTION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Ssh User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERVER__SSH_USER = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Ssh Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERVER__SSH_PORT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Image Root</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERVER__IMAGE_ROOT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Rsync Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERVER__RSYNC_PORT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Monitor Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERVER__MONITOR_PORT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Bind Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERVER__BIND_ADDRESS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Images</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERVER__IMAGES = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Image Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERVER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Image Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERVER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.ImageImpl <em>Image</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.ImageImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getImage()
	 * @generated
	 */
	int IMAGE = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Server</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__SERVER = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__ARCHITECTURE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Distribution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__DISTRIBUTION = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Distribution Detected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__DISTRIBUTION_DETECTED = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__PATH = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__DESCRIPTION = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Versions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__VERSIONS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Current Version</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__CURRENT_VERSION = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Package List</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__PACKAGE_LIST = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Disk Tables</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__DISK_TABLES = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Footprint Set</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__FOOTPRINT_SET = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Post Install Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__POST_INSTALL_ACTIONS = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Install Scripts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__INSTALL_SCRIPTS = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.ImageVersionImpl <em>Image Version</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.ImageVersionImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getImageVersion()
	 * @generated
	 */
	int IMAGE_VERSION = 4;

	/**
	 * The feature id for the '<em><b>Image</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_VERSION__IMAGE = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_VERSION__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_VERSION__CREATED = 2;

	/**
	 * The feature id for the '<em><b>Parent Version</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_VERSION__PARENT_VERSION = 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_VERSION__NOTE = 4;

	/**
	 * The feature id for the '<em><b>Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_VERSION__SIZE_BYTES = 5;

	/**
	 * The number of structural features of the '<em>Image Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_VERSION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Image Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_VERSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.PostInstallActionImpl <em>Post Install Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.PostInstallActionImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getPostInstallAction()
	 * @generated
	 */
	int POST_INSTALL_ACTION = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_INSTALL_ACTION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Script</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_INSTALL_ACTION__SCRIPT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_INSTALL_ACTION__ORDER = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Post Install Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_INSTALL_ACTION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Post Install Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_INSTALL_ACTION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.InstallScriptImpl <em>Install Script</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.InstallScriptImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getInstallScript()
	 * @generated
	 */
	int INSTALL_SCRIPT = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_SCRIPT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Disk Table</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_SCRIPT__DISK_TABLE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Post Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_SCRIPT__POST_ACTION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Install Script</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_SCRIPT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Install Script</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_SCRIPT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.PackageListImpl <em>Package List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.PackageListImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getPackageList()
	 * @generated
	 */
	int PACKAGE_LIST = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_LIST__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Distribution Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_LIST__DISTRIBUTION_FAMILY = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Pools</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_LIST__POOLS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_LIST__STAGES = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Package List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_LIST_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Package List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_LIST_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.StageImpl <em>Stage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.StageImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getStage()
	 * @generated
	 */
	int STAGE = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__ORDER = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Install Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__INSTALL_FLAGS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Requests</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__REQUESTS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.PackageRequestImpl <em>Package Request</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.PackageRequestImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getPackageRequest()
	 * @generated
	 */
	int PACKAGE_REQUEST = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_REQUEST__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Version Constraint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_REQUEST__VERSION_CONSTRAINT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Arch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_REQUEST__ARCH = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Package Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_REQUEST_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Package Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_REQUEST_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.PackagePoolImpl <em>Package Pool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.PackagePoolImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getPackagePool()
	 * @generated
	 */
	int PACKAGE_POOL = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_POOL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_POOL__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_POOL__URL = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Suite</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_POOL__SUITE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Components</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_POOL__COMPONENTS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Architectures</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_POOL__ARCHITECTURES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Package Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_POOL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Package Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_POOL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.DiskTableImpl <em>Disk Table</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.DiskTableImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getDiskTable()
	 * @generated
	 */
	int DISK_TABLE = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_TABLE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_TABLE__DESCRIPTION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_TABLE__SOURCE_FORMAT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Disks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_TABLE__DISKS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Raid Arrays</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_TABLE__RAID_ARRAYS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Volume Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_TABLE__VOLUME_GROUPS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Filesystems</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_TABLE__FILESYSTEMS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Boot Loader</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_TABLE__BOOT_LOADER = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Disk Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_TABLE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Disk Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_TABLE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.DiskImpl <em>Disk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.DiskImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getDisk()
	 * @generated
	 */
	int DISK = 12;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__DEVICE = 0;

	/**
	 * The feature id for the '<em><b>Disk Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__DISK_INDEX = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__UNITS = 3;

	/**
	 * The feature id for the '<em><b>Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__SIZE_BYTES = 4;

	/**
	 * The feature id for the '<em><b>Partitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__PARTITIONS = 5;

	/**
	 * The number of structural features of the '<em>Disk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Disk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.BlockDeviceImpl <em>Block Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.BlockDeviceImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getBlockDevice()
	 * @generated
	 */
	int BLOCK_DEVICE = 13;

	/**
	 * The number of structural features of the '<em>Block Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_DEVICE_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Block Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_DEVICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.PartitionImpl <em>Partition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.PartitionImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getPartition()
	 * @generated
	 */
	int PARTITION = 14;

	/**
	 * The feature id for the '<em><b>Disk</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__DISK = BLOCK_DEVICE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__NUMBER = BLOCK_DEVICE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__SIZE = BLOCK_DEVICE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__UNIT = BLOCK_DEVICE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Grow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__GROW = BLOCK_DEVICE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__TYPE = BLOCK_DEVICE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__FLAGS = BLOCK_DEVICE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__NAME = BLOCK_DEVICE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Partition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__PARTITION_ID = BLOCK_DEVICE_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Partition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION_FEATURE_COUNT = BLOCK_DEVICE_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Partition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION_OPERATION_COUNT = BLOCK_DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.RaidArrayImpl <em>Raid Array</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.RaidArrayImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getRaidArray()
	 * @generated
	 */
	int RAID_ARRAY = 15;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAID_ARRAY__DEVICE = BLOCK_DEVICE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAID_ARRAY__LEVEL = BLOCK_DEVICE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAID_ARRAY__MEMBERS = BLOCK_DEVICE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Spares</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAID_ARRAY__SPARES = BLOCK_DEVICE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Chunk Size Ki B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAID_ARRAY__CHUNK_SIZE_KI_B = BLOCK_DEVICE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAID_ARRAY__METADATA = BLOCK_DEVICE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAID_ARRAY__LAYOUT = BLOCK_DEVICE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Raid Array</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAID_ARRAY_FEATURE_COUNT = BLOCK_DEVICE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Raid Array</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAID_ARRAY_OPERATION_COUNT = BLOCK_DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.VolumeGroupImpl <em>Volume Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.VolumeGroupImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getVolumeGroup()
	 * @generated
	 */
	int VOLUME_GROUP = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_GROUP__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Physical Volumes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_GROUP__PHYSICAL_VOLUMES = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Logical Volumes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_GROUP__LOGICAL_VOLUMES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Extent Size Ki B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_GROUP__EXTENT_SIZE_KI_B = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Max Logical Volumes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_GROUP__MAX_LOGICAL_VOLUMES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Max Physical Volumes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_GROUP__MAX_PHYSICAL_VOLUMES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Volume Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_GROUP_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Volume Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_GROUP_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.LogicalVolumeImpl <em>Logical Volume</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.LogicalVolumeImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getLogicalVolume()
	 * @generated
	 */
	int LOGICAL_VOLUME = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_VOLUME__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Volume Group</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_VOLUME__VOLUME_GROUP = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_VOLUME__SIZE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_VOLUME__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Grow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_VOLUME__GROW = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Options</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_VOLUME__OPTIONS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Logical Volume</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_VOLUME_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Logical Volume</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_VOLUME_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.FilesystemImpl <em>Filesystem</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.FilesystemImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getFilesystem()
	 * @generated
	 */
	int FILESYSTEM = 18;

	/**
	 * The feature id for the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILESYSTEM__DEVICE = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILESYSTEM__SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Mount Point</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILESYSTEM__MOUNT_POINT = 2;

	/**
	 * The feature id for the '<em><b>Fs Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILESYSTEM__FS_TYPE = 3;

	/**
	 * The feature id for the '<em><b>Mkfs Options</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILESYSTEM__MKFS_OPTIONS = 4;

	/**
	 * The feature id for the '<em><b>Mount Options</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILESYSTEM__MOUNT_OPTIONS = 5;

	/**
	 * The feature id for the '<em><b>Dump</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILESYSTEM__DUMP = 6;

	/**
	 * The feature id for the '<em><b>Pass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILESYSTEM__PASS = 7;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILESYSTEM__FORMAT = 8;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILESYSTEM__LABEL = 9;

	/**
	 * The feature id for the '<em><b>Fstab Identifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILESYSTEM__FSTAB_IDENTIFIER = 10;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILESYSTEM__UUID = 11;

	/**
	 * The feature id for the '<em><b>Type Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILESYSTEM__TYPE_NAME = 12;

	/**
	 * The number of structural features of the '<em>Filesystem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILESYSTEM_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Filesystem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILESYSTEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.BootLoaderImpl <em>Boot Loader</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.BootLoaderImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getBootLoader()
	 * @generated
	 */
	int BOOT_LOADER = 19;

	/**
	 * The feature id for the '<em><b>Flavour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOT_LOADER__FLAVOUR = 0;

	/**
	 * The feature id for the '<em><b>Efi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOT_LOADER__EFI = 1;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOT_LOADER__TARGETS = 2;

	/**
	 * The feature id for the '<em><b>Default Entry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOT_LOADER__DEFAULT_ENTRY = 3;

	/**
	 * The feature id for the '<em><b>Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOT_LOADER__TIMEOUT = 4;

	/**
	 * The number of structural features of the '<em>Boot Loader</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOT_LOADER_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Boot Loader</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOT_LOADER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.ClientImpl <em>Client</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.ClientImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getClient()
	 * @generated
	 */
	int CLIENT = 20;

	/**
	 * The feature id for the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__HOSTNAME = 0;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__DOMAIN = 1;

	/**
	 * The feature id for the '<em><b>Macs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__MACS = 2;

	/**
	 * The feature id for the '<em><b>Ip Assignment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__IP_ASSIGNMENT = 3;

	/**
	 * The feature id for the '<em><b>Interfaces</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__INTERFACES = 4;

	/**
	 * The feature id for the '<em><b>Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__IMAGE = 5;

	/**
	 * The feature id for the '<em><b>Install Script</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__INSTALL_SCRIPT = 6;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__GROUPS = 7;

	/**
	 * The feature id for the '<em><b>Boot Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__BOOT_MODE = 8;

	/**
	 * The number of structural features of the '<em>Client</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Client</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.NetworkInterfaceImpl <em>Network Interface</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.NetworkInterfaceImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getNetworkInterface()
	 * @generated
	 */
	int NETWORK_INTERFACE = 21;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__MAC = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__IP = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Netmask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__NETMASK = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Gateway</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__GATEWAY = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Network Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Network Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.ClientRangeImpl <em>Client Range</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.ClientRangeImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getClientRange()
	 * @generated
	 */
	int CLIENT_RANGE = 22;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_RANGE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Basename</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_RANGE__BASENAME = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_RANGE__START = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_RANGE__COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Padding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_RANGE__PADDING = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Ip Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_RANGE__IP_START = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_RANGE__DOMAIN = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_RANGE__IMAGE = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Install Script</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_RANGE__INSTALL_SCRIPT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Hostnames</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_RANGE__HOSTNAMES = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_RANGE__MEMBERS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Client Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_RANGE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The operation id for the '<em>Hostname At</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_RANGE___HOSTNAME_AT__INT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Ip Address At</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_RANGE___IP_ADDRESS_AT__INT = NAMED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Client Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_RANGE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.FootprintSetImpl <em>Footprint Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.FootprintSetImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getFootprintSet()
	 * @generated
	 */
	int FOOTPRINT_SET = 23;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOOTPRINT_SET__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOOTPRINT_SET__RULES = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Footprint Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOOTPRINT_SET_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Footprint Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOOTPRINT_SET_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.FootprintRuleImpl <em>Footprint Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.FootprintRuleImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getFootprintRule()
	 * @generated
	 */
	int FOOTPRINT_RULE = 24;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOOTPRINT_RULE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOOTPRINT_RULE__CONDITION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOOTPRINT_RULE__ACTION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOOTPRINT_RULE__ORDER = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Footprint Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOOTPRINT_RULE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Footprint Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOOTPRINT_RULE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.InstallSessionImpl <em>Install Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.InstallSessionImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getInstallSession()
	 * @generated
	 */
	int INSTALL_SESSION = 25;

	/**
	 * The feature id for the '<em><b>Client</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_SESSION__CLIENT = 0;

	/**
	 * The feature id for the '<em><b>Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_SESSION__IMAGE = 1;

	/**
	 * The feature id for the '<em><b>Image Version</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_SESSION__IMAGE_VERSION = 2;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_SESSION__STATE = 3;

	/**
	 * The feature id for the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_SESSION__PERCENT = 4;

	/**
	 * The feature id for the '<em><b>Speed KBps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_SESSION__SPEED_KBPS = 5;

	/**
	 * The feature id for the '<em><b>Status Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_SESSION__STATUS_CODE = 6;

	/**
	 * The feature id for the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_SESSION__STARTED = 7;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_SESSION__LAST_SEEN = 8;

	/**
	 * The feature id for the '<em><b>Finished</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_SESSION__FINISHED = 9;

	/**
	 * The feature id for the '<em><b>Log Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_SESSION__LOG_LINES = 10;

	/**
	 * The number of structural features of the '<em>Install Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_SESSION_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Install Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALL_SESSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.impl.LogLineImpl <em>Log Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.impl.LogLineImpl
	 * @see org.sisuite.model.impl.SisPackageImpl#getLogLine()
	 * @generated
	 */
	int LOG_LINE = 26;

	/**
	 * The feature id for the '<em><b>Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_LINE__TIMESTAMP = 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_LINE__LEVEL = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_LINE__TEXT = 2;

	/**
	 * The number of structural features of the '<em>Log Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_LINE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Log Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_LINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sisuite.model.ConnectionKind <em>Connection Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.ConnectionKind
	 * @see org.sisuite.model.impl.SisPackageImpl#getConnectionKind()
	 * @generated
	 */
	int CONNECTION_KIND = 27;

	/**
	 * The meta object id for the '{@link org.sisuite.model.FinishAction <em>Finish Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.FinishAction
	 * @see org.sisuite.model.impl.SisPackageImpl#getFinishAction()
	 * @generated
	 */
	int FINISH_ACTION = 28;

	/**
	 * The meta object id for the '{@link org.sisuite.model.DistributionFamily <em>Distribution Family</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.DistributionFamily
	 * @see org.sisuite.model.impl.SisPackageImpl#getDistributionFamily()
	 * @generated
	 */
	int DISTRIBUTION_FAMILY = 29;

	/**
	 * The meta object id for the '{@link org.sisuite.model.PackagePoolKind <em>Package Pool Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.PackagePoolKind
	 * @see org.sisuite.model.impl.SisPackageImpl#getPackagePoolKind()
	 * @generated
	 */
	int PACKAGE_POOL_KIND = 30;

	/**
	 * The meta object id for the '{@link org.sisuite.model.PartitionTableType <em>Partition Table Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.PartitionTableType
	 * @see org.sisuite.model.impl.SisPackageImpl#getPartitionTableType()
	 * @generated
	 */
	int PARTITION_TABLE_TYPE = 31;

	/**
	 * The meta object id for the '{@link org.sisuite.model.SizeUnit <em>Size Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.SizeUnit
	 * @see org.sisuite.model.impl.SisPackageImpl#getSizeUnit()
	 * @generated
	 */
	int SIZE_UNIT = 32;

	/**
	 * The meta object id for the '{@link org.sisuite.model.PartitionType <em>Partition Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.PartitionType
	 * @see org.sisuite.model.impl.SisPackageImpl#getPartitionType()
	 * @generated
	 */
	int PARTITION_TYPE = 33;

	/**
	 * The meta object id for the '{@link org.sisuite.model.PartitionFlag <em>Partition Flag</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.PartitionFlag
	 * @see org.sisuite.model.impl.SisPackageImpl#getPartitionFlag()
	 * @generated
	 */
	int PARTITION_FLAG = 34;

	/**
	 * The meta object id for the '{@link org.sisuite.model.RaidLevel <em>Raid Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.RaidLevel
	 * @see org.sisuite.model.impl.SisPackageImpl#getRaidLevel()
	 * @generated
	 */
	int RAID_LEVEL = 35;

	/**
	 * The meta object id for the '{@link org.sisuite.model.FilesystemType <em>Filesystem Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.FilesystemType
	 * @see org.sisuite.model.impl.SisPackageImpl#getFilesystemType()
	 * @generated
	 */
	int FILESYSTEM_TYPE = 36;

	/**
	 * The meta object id for the '{@link org.sisuite.model.FstabIdentifier <em>Fstab Identifier</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.FstabIdentifier
	 * @see org.sisuite.model.impl.SisPackageImpl#getFstabIdentifier()
	 * @generated
	 */
	int FSTAB_IDENTIFIER = 37;

	/**
	 * The meta object id for the '{@link org.sisuite.model.BootLoaderFlavour <em>Boot Loader Flavour</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.BootLoaderFlavour
	 * @see org.sisuite.model.impl.SisPackageImpl#getBootLoaderFlavour()
	 * @generated
	 */
	int BOOT_LOADER_FLAVOUR = 38;

	/**
	 * The meta object id for the '{@link org.sisuite.model.IpAssignment <em>Ip Assignment</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.IpAssignment
	 * @see org.sisuite.model.impl.SisPackageImpl#getIpAssignment()
	 * @generated
	 */
	int IP_ASSIGNMENT = 39;

	/**
	 * The meta object id for the '{@link org.sisuite.model.BootMode <em>Boot Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.BootMode
	 * @see org.sisuite.model.impl.SisPackageImpl#getBootMode()
	 * @generated
	 */
	int BOOT_MODE = 40;

	/**
	 * The meta object id for the '{@link org.sisuite.model.SessionState <em>Session State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.SessionState
	 * @see org.sisuite.model.impl.SisPackageImpl#getSessionState()
	 * @generated
	 */
	int SESSION_STATE = 41;

	/**
	 * The meta object id for the '{@link org.sisuite.model.LogLevel <em>Log Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sisuite.model.LogLevel
	 * @see org.sisuite.model.impl.SisPackageImpl#getLogLevel()
	 * @generated
	 */
	int LOG_LEVEL = 42;


	/**
	 * Returns the meta object for class '{@link org.sisuite.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.sisuite.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sisuite.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see org.sisuite.model.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.Site#getImageServers <em>Image Servers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Image Servers</em>'.
	 * @see org.sisuite.model.Site#getImageServers()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_ImageServers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.Site#getPackagePools <em>Package Pools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Package Pools</em>'.
	 * @see org.sisuite.model.Site#getPackagePools()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_PackagePools();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.Site#getPackageLists <em>Package Lists</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Package Lists</em>'.
	 * @see org.sisuite.model.Site#getPackageLists()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_PackageLists();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.Site#getDiskTables <em>Disk Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Disk Tables</em>'.
	 * @see org.sisuite.model.Site#getDiskTables()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_DiskTables();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.Site#getFootprintSets <em>Footprint Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Footprint Sets</em>'.
	 * @see org.sisuite.model.Site#getFootprintSets()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_FootprintSets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.Site#getClientRanges <em>Client Ranges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Client Ranges</em>'.
	 * @see org.sisuite.model.Site#getClientRanges()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_ClientRanges();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.Site#getClients <em>Clients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Clients</em>'.
	 * @see org.sisuite.model.Site#getClients()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Clients();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.Site#getInstallSessions <em>Install Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Install Sessions</em>'.
	 * @see org.sisuite.model.Site#getInstallSessions()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_InstallSessions();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.ImageServer <em>Image Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Image Server</em>'.
	 * @see org.sisuite.model.ImageServer
	 * @generated
	 */
	EClass getImageServer();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.ImageServer#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see org.sisuite.model.ImageServer#getHost()
	 * @see #getImageServer()
	 * @generated
	 */
	EAttribute getImageServer_Host();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.ImageServer#getConnection <em>Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connection</em>'.
	 * @see org.sisuite.model.ImageServer#getConnection()
	 * @see #getImageServer()
	 * @generated
	 */
	EAttribute getImageServer_Connection();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.ImageServer#getSshUser <em>Ssh User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ssh User</em>'.
	 * @see org.sisuite.model.ImageServer#getSshUser()
	 * @see #getImageServer()
	 * @generated
	 */
	EAttribute getImageServer_SshUser();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.ImageServer#getSshPort <em>Ssh Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ssh Port</em>'.
	 * @see org.sisuite.model.ImageServer#getSshPort()
	 * @see #getImageServer()
	 * @generated
	 */
	EAttribute getImageServer_SshPort();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.ImageServer#getImageRoot <em>Image Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image Root</em>'.
	 * @see org.sisuite.model.ImageServer#getImageRoot()
	 * @see #getImageServer()
	 * @generated
	 */
	EAttribute getImageServer_ImageRoot();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.ImageServer#getRsyncPort <em>Rsync Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rsync Port</em>'.
	 * @see org.sisuite.model.ImageServer#getRsyncPort()
	 * @see #getImageServer()
	 * @generated
	 */
	EAttribute getImageServer_RsyncPort();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.ImageServer#getMonitorPort <em>Monitor Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Monitor Port</em>'.
	 * @see org.sisuite.model.ImageServer#getMonitorPort()
	 * @see #getImageServer()
	 * @generated
	 */
	EAttribute getImageServer_MonitorPort();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.ImageServer#getBindAddress <em>Bind Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bind Address</em>'.
	 * @see org.sisuite.model.ImageServer#getBindAddress()
	 * @see #getImageServer()
	 * @generated
	 */
	EAttribute getImageServer_BindAddress();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.ImageServer#getImages <em>Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Images</em>'.
	 * @see org.sisuite.model.ImageServer#getImages()
	 * @see #getImageServer()
	 * @generated
	 */
	EReference getImageServer_Images();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.Image <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Image</em>'.
	 * @see org.sisuite.model.Image
	 * @generated
	 */
	EClass getImage();

	/**
	 * Returns the meta object for the container reference '{@link org.sisuite.model.Image#getServer <em>Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Server</em>'.
	 * @see org.sisuite.model.Image#getServer()
	 * @see #getImage()
	 * @generated
	 */
	EReference getImage_Server();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Image#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see org.sisuite.model.Image#getArchitecture()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Architecture();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Image#getDistribution <em>Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Distribution</em>'.
	 * @see org.sisuite.model.Image#getDistribution()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Distribution();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Image#isDistributionDetected <em>Distribution Detected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Distribution Detected</em>'.
	 * @see org.sisuite.model.Image#isDistributionDetected()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_DistributionDetected();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Image#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.sisuite.model.Image#getPath()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Image#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.sisuite.model.Image#getDescription()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.Image#getVersions <em>Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Versions</em>'.
	 * @see org.sisuite.model.Image#getVersions()
	 * @see #getImage()
	 * @generated
	 */
	EReference getImage_Versions();

	/**
	 * Returns the meta object for the reference '{@link org.sisuite.model.Image#getCurrentVersion <em>Current Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Current Version</em>'.
	 * @see org.sisuite.model.Image#getCurrentVersion()
	 * @see #getImage()
	 * @generated
	 */
	EReference getImage_CurrentVersion();

	/**
	 * Returns the meta object for the reference '{@link org.sisuite.model.Image#getPackageList <em>Package List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Package List</em>'.
	 * @see org.sisuite.model.Image#getPackageList()
	 * @see #getImage()
	 * @generated
	 */
	EReference getImage_PackageList();

	/**
	 * Returns the meta object for the reference list '{@link org.sisuite.model.Image#getDiskTables <em>Disk Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Disk Tables</em>'.
	 * @see org.sisuite.model.Image#getDiskTables()
	 * @see #getImage()
	 * @generated
	 */
	EReference getImage_DiskTables();

	/**
	 * Returns the meta object for the reference '{@link org.sisuite.model.Image#getFootprintSet <em>Footprint Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Footprint Set</em>'.
	 * @see org.sisuite.model.Image#getFootprintSet()
	 * @see #getImage()
	 * @generated
	 */
	EReference getImage_FootprintSet();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.Image#getPostInstallActions <em>Post Install Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Post Install Actions</em>'.
	 * @see org.sisuite.model.Image#getPostInstallActions()
	 * @see #getImage()
	 * @generated
	 */
	EReference getImage_PostInstallActions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.Image#getInstallScripts <em>Install Scripts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Install Scripts</em>'.
	 * @see org.sisuite.model.Image#getInstallScripts()
	 * @see #getImage()
	 * @generated
	 */
	EReference getImage_InstallScripts();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.ImageVersion <em>Image Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Image Version</em>'.
	 * @see org.sisuite.model.ImageVersion
	 * @generated
	 */
	EClass getImageVersion();

	/**
	 * Returns the meta object for the container reference '{@link org.sisuite.model.ImageVersion#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Image</em>'.
	 * @see org.sisuite.model.ImageVersion#getImage()
	 * @see #getImageVersion()
	 * @generated
	 */
	EReference getImageVersion_Image();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.ImageVersion#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.sisuite.model.ImageVersion#getNumber()
	 * @see #getImageVersion()
	 * @generated
	 */
	EAttribute getImageVersion_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.ImageVersion#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.sisuite.model.ImageVersion#getCreated()
	 * @see #getImageVersion()
	 * @generated
	 */
	EAttribute getImageVersion_Created();

	/**
	 * Returns the meta object for the reference '{@link org.sisuite.model.ImageVersion#getParentVersion <em>Parent Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent Version</em>'.
	 * @see org.sisuite.model.ImageVersion#getParentVersion()
	 * @see #getImageVersion()
	 * @generated
	 */
	EReference getImageVersion_ParentVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.ImageVersion#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.sisuite.model.ImageVersion#getNote()
	 * @see #getImageVersion()
	 * @generated
	 */
	EAttribute getImageVersion_Note();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.ImageVersion#getSizeBytes <em>Size Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size Bytes</em>'.
	 * @see org.sisuite.model.ImageVersion#getSizeBytes()
	 * @see #getImageVersion()
	 * @generated
	 */
	EAttribute getImageVersion_SizeBytes();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.PostInstallAction <em>Post Install Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Post Install Action</em>'.
	 * @see org.sisuite.model.PostInstallAction
	 * @generated
	 */
	EClass getPostInstallAction();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.PostInstallAction#getScript <em>Script</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Script</em>'.
	 * @see org.sisuite.model.PostInstallAction#getScript()
	 * @see #getPostInstallAction()
	 * @generated
	 */
	EAttribute getPostInstallAction_Script();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.PostInstallAction#getOrder <em>Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order</em>'.
	 * @see org.sisuite.model.PostInstallAction#getOrder()
	 * @see #getPostInstallAction()
	 * @generated
	 */
	EAttribute getPostInstallAction_Order();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.InstallScript <em>Install Script</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Install Script</em>'.
	 * @see org.sisuite.model.InstallScript
	 * @generated
	 */
	EClass getInstallScript();

	/**
	 * Returns the meta object for the reference '{@link org.sisuite.model.InstallScript#getDiskTable <em>Disk Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Disk Table</em>'.
	 * @see org.sisuite.model.InstallScript#getDiskTable()
	 * @see #getInstallScript()
	 * @generated
	 */
	EReference getInstallScript_DiskTable();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.InstallScript#getPostAction <em>Post Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Post Action</em>'.
	 * @see org.sisuite.model.InstallScript#getPostAction()
	 * @see #getInstallScript()
	 * @generated
	 */
	EAttribute getInstallScript_PostAction();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.PackageList <em>Package List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Package List</em>'.
	 * @see org.sisuite.model.PackageList
	 * @generated
	 */
	EClass getPackageList();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.PackageList#getDistributionFamily <em>Distribution Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Distribution Family</em>'.
	 * @see org.sisuite.model.PackageList#getDistributionFamily()
	 * @see #getPackageList()
	 * @generated
	 */
	EAttribute getPackageList_DistributionFamily();

	/**
	 * Returns the meta object for the reference list '{@link org.sisuite.model.PackageList#getPools <em>Pools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Pools</em>'.
	 * @see org.sisuite.model.PackageList#getPools()
	 * @see #getPackageList()
	 * @generated
	 */
	EReference getPackageList_Pools();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.PackageList#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stages</em>'.
	 * @see org.sisuite.model.PackageList#getStages()
	 * @see #getPackageList()
	 * @generated
	 */
	EReference getPackageList_Stages();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.Stage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stage</em>'.
	 * @see org.sisuite.model.Stage
	 * @generated
	 */
	EClass getStage();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Stage#getOrder <em>Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order</em>'.
	 * @see org.sisuite.model.Stage#getOrder()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_Order();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Stage#getInstallFlags <em>Install Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Install Flags</em>'.
	 * @see org.sisuite.model.Stage#getInstallFlags()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_InstallFlags();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.Stage#getRequests <em>Requests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Requests</em>'.
	 * @see org.sisuite.model.Stage#getRequests()
	 * @see #getStage()
	 * @generated
	 */
	EReference getStage_Requests();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.PackageRequest <em>Package Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Package Request</em>'.
	 * @see org.sisuite.model.PackageRequest
	 * @generated
	 */
	EClass getPackageRequest();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.PackageRequest#getVersionConstraint <em>Version Constraint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version Constraint</em>'.
	 * @see org.sisuite.model.PackageRequest#getVersionConstraint()
	 * @see #getPackageRequest()
	 * @generated
	 */
	EAttribute getPackageRequest_VersionConstraint();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.PackageRequest#getArch <em>Arch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arch</em>'.
	 * @see org.sisuite.model.PackageRequest#getArch()
	 * @see #getPackageRequest()
	 * @generated
	 */
	EAttribute getPackageRequest_Arch();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.PackagePool <em>Package Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Package Pool</em>'.
	 * @see org.sisuite.model.PackagePool
	 * @generated
	 */
	EClass getPackagePool();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.PackagePool#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.sisuite.model.PackagePool#getKind()
	 * @see #getPackagePool()
	 * @generated
	 */
	EAttribute getPackagePool_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.PackagePool#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.sisuite.model.PackagePool#getUrl()
	 * @see #getPackagePool()
	 * @generated
	 */
	EAttribute getPackagePool_Url();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.PackagePool#getSuite <em>Suite</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suite</em>'.
	 * @see org.sisuite.model.PackagePool#getSuite()
	 * @see #getPackagePool()
	 * @generated
	 */
	EAttribute getPackagePool_Suite();

	/**
	 * Returns the meta object for the attribute list '{@link org.sisuite.model.PackagePool#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Components</em>'.
	 * @see org.sisuite.model.PackagePool#getComponents()
	 * @see #getPackagePool()
	 * @generated
	 */
	EAttribute getPackagePool_Components();

	/**
	 * Returns the meta object for the attribute list '{@link org.sisuite.model.PackagePool#getArchitectures <em>Architectures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Architectures</em>'.
	 * @see org.sisuite.model.PackagePool#getArchitectures()
	 * @see #getPackagePool()
	 * @generated
	 */
	EAttribute getPackagePool_Architectures();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.DiskTable <em>Disk Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Disk Table</em>'.
	 * @see org.sisuite.model.DiskTable
	 * @generated
	 */
	EClass getDiskTable();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.DiskTable#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.sisuite.model.DiskTable#getDescription()
	 * @see #getDiskTable()
	 * @generated
	 */
	EAttribute getDiskTable_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.DiskTable#getSourceFormat <em>Source Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Format</em>'.
	 * @see org.sisuite.model.DiskTable#getSourceFormat()
	 * @see #getDiskTable()
	 * @generated
	 */
	EAttribute getDiskTable_SourceFormat();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.DiskTable#getDisks <em>Disks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Disks</em>'.
	 * @see org.sisuite.model.DiskTable#getDisks()
	 * @see #getDiskTable()
	 * @generated
	 */
	EReference getDiskTable_Disks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.DiskTable#getRaidArrays <em>Raid Arrays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Raid Arrays</em>'.
	 * @see org.sisuite.model.DiskTable#getRaidArrays()
	 * @see #getDiskTable()
	 * @generated
	 */
	EReference getDiskTable_RaidArrays();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.DiskTable#getVolumeGroups <em>Volume Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Volume Groups</em>'.
	 * @see org.sisuite.model.DiskTable#getVolumeGroups()
	 * @see #getDiskTable()
	 * @generated
	 */
	EReference getDiskTable_VolumeGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.DiskTable#getFilesystems <em>Filesystems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Filesystems</em>'.
	 * @see org.sisuite.model.DiskTable#getFilesystems()
	 * @see #getDiskTable()
	 * @generated
	 */
	EReference getDiskTable_Filesystems();

	/**
	 * Returns the meta object for the containment reference '{@link org.sisuite.model.DiskTable#getBootLoader <em>Boot Loader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Boot Loader</em>'.
	 * @see org.sisuite.model.DiskTable#getBootLoader()
	 * @see #getDiskTable()
	 * @generated
	 */
	EReference getDiskTable_BootLoader();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.Disk <em>Disk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Disk</em>'.
	 * @see org.sisuite.model.Disk
	 * @generated
	 */
	EClass getDisk();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Disk#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see org.sisuite.model.Disk#getDevice()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Disk#getDiskIndex <em>Disk Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disk Index</em>'.
	 * @see org.sisuite.model.Disk#getDiskIndex()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_DiskIndex();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Disk#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.sisuite.model.Disk#getLabel()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Disk#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Units</em>'.
	 * @see org.sisuite.model.Disk#getUnits()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Units();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Disk#getSizeBytes <em>Size Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size Bytes</em>'.
	 * @see org.sisuite.model.Disk#getSizeBytes()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_SizeBytes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.Disk#getPartitions <em>Partitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Partitions</em>'.
	 * @see org.sisuite.model.Disk#getPartitions()
	 * @see #getDisk()
	 * @generated
	 */
	EReference getDisk_Partitions();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.BlockDevice <em>Block Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Block Device</em>'.
	 * @see org.sisuite.model.BlockDevice
	 * @generated
	 */
	EClass getBlockDevice();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.Partition <em>Partition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Partition</em>'.
	 * @see org.sisuite.model.Partition
	 * @generated
	 */
	EClass getPartition();

	/**
	 * Returns the meta object for the container reference '{@link org.sisuite.model.Partition#getDisk <em>Disk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Disk</em>'.
	 * @see org.sisuite.model.Partition#getDisk()
	 * @see #getPartition()
	 * @generated
	 */
	EReference getPartition_Disk();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Partition#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.sisuite.model.Partition#getNumber()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Partition#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.sisuite.model.Partition#getSize()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Partition#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.sisuite.model.Partition#getUnit()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Partition#isGrow <em>Grow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grow</em>'.
	 * @see org.sisuite.model.Partition#isGrow()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_Grow();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Partition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.sisuite.model.Partition#getType()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_Type();

	/**
	 * Returns the meta object for the attribute list '{@link org.sisuite.model.Partition#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Flags</em>'.
	 * @see org.sisuite.model.Partition#getFlags()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_Flags();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Partition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sisuite.model.Partition#getName()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Partition#getPartitionId <em>Partition Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partition Id</em>'.
	 * @see org.sisuite.model.Partition#getPartitionId()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_PartitionId();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.RaidArray <em>Raid Array</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Raid Array</em>'.
	 * @see org.sisuite.model.RaidArray
	 * @generated
	 */
	EClass getRaidArray();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.RaidArray#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see org.sisuite.model.RaidArray#getDevice()
	 * @see #getRaidArray()
	 * @generated
	 */
	EAttribute getRaidArray_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.RaidArray#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.sisuite.model.RaidArray#getLevel()
	 * @see #getRaidArray()
	 * @generated
	 */
	EAttribute getRaidArray_Level();

	/**
	 * Returns the meta object for the reference list '{@link org.sisuite.model.RaidArray#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.sisuite.model.RaidArray#getMembers()
	 * @see #getRaidArray()
	 * @generated
	 */
	EReference getRaidArray_Members();

	/**
	 * Returns the meta object for the reference list '{@link org.sisuite.model.RaidArray#getSpares <em>Spares</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Spares</em>'.
	 * @see org.sisuite.model.RaidArray#getSpares()
	 * @see #getRaidArray()
	 * @generated
	 */
	EReference getRaidArray_Spares();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.RaidArray#getChunkSizeKiB <em>Chunk Size Ki B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chunk Size Ki B</em>'.
	 * @see org.sisuite.model.RaidArray#getChunkSizeKiB()
	 * @see #getRaidArray()
	 * @generated
	 */
	EAttribute getRaidArray_ChunkSizeKiB();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.RaidArray#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metadata</em>'.
	 * @see org.sisuite.model.RaidArray#getMetadata()
	 * @see #getRaidArray()
	 * @generated
	 */
	EAttribute getRaidArray_Metadata();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.RaidArray#getLayout <em>Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layout</em>'.
	 * @see org.sisuite.model.RaidArray#getLayout()
	 * @see #getRaidArray()
	 * @generated
	 */
	EAttribute getRaidArray_Layout();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.VolumeGroup <em>Volume Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Volume Group</em>'.
	 * @see org.sisuite.model.VolumeGroup
	 * @generated
	 */
	EClass getVolumeGroup();

	/**
	 * Returns the meta object for the reference list '{@link org.sisuite.model.VolumeGroup#getPhysicalVolumes <em>Physical Volumes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Physical Volumes</em>'.
	 * @see org.sisuite.model.VolumeGroup#getPhysicalVolumes()
	 * @see #getVolumeGroup()
	 * @generated
	 */
	EReference getVolumeGroup_PhysicalVolumes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.VolumeGroup#getLogicalVolumes <em>Logical Volumes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Logical Volumes</em>'.
	 * @see org.sisuite.model.VolumeGroup#getLogicalVolumes()
	 * @see #getVolumeGroup()
	 * @generated
	 */
	EReference getVolumeGroup_LogicalVolumes();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.VolumeGroup#getExtentSizeKiB <em>Extent Size Ki B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extent Size Ki B</em>'.
	 * @see org.sisuite.model.VolumeGroup#getExtentSizeKiB()
	 * @see #getVolumeGroup()
	 * @generated
	 */
	EAttribute getVolumeGroup_ExtentSizeKiB();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.VolumeGroup#getMaxLogicalVolumes <em>Max Logical Volumes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Logical Volumes</em>'.
	 * @see org.sisuite.model.VolumeGroup#getMaxLogicalVolumes()
	 * @see #getVolumeGroup()
	 * @generated
	 */
	EAttribute getVolumeGroup_MaxLogicalVolumes();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.VolumeGroup#getMaxPhysicalVolumes <em>Max Physical Volumes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Physical Volumes</em>'.
	 * @see org.sisuite.model.VolumeGroup#getMaxPhysicalVolumes()
	 * @see #getVolumeGroup()
	 * @generated
	 */
	EAttribute getVolumeGroup_MaxPhysicalVolumes();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.LogicalVolume <em>Logical Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Logical Volume</em>'.
	 * @see org.sisuite.model.LogicalVolume
	 * @generated
	 */
	EClass getLogicalVolume();

	/**
	 * Returns the meta object for the container reference '{@link org.sisuite.model.LogicalVolume#getVolumeGroup <em>Volume Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Volume Group</em>'.
	 * @see org.sisuite.model.LogicalVolume#getVolumeGroup()
	 * @see #getLogicalVolume()
	 * @generated
	 */
	EReference getLogicalVolume_VolumeGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.LogicalVolume#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.sisuite.model.LogicalVolume#getSize()
	 * @see #getLogicalVolume()
	 * @generated
	 */
	EAttribute getLogicalVolume_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.LogicalVolume#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.sisuite.model.LogicalVolume#getUnit()
	 * @see #getLogicalVolume()
	 * @generated
	 */
	EAttribute getLogicalVolume_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.LogicalVolume#isGrow <em>Grow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grow</em>'.
	 * @see org.sisuite.model.LogicalVolume#isGrow()
	 * @see #getLogicalVolume()
	 * @generated
	 */
	EAttribute getLogicalVolume_Grow();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.LogicalVolume#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Options</em>'.
	 * @see org.sisuite.model.LogicalVolume#getOptions()
	 * @see #getLogicalVolume()
	 * @generated
	 */
	EAttribute getLogicalVolume_Options();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.Filesystem <em>Filesystem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Filesystem</em>'.
	 * @see org.sisuite.model.Filesystem
	 * @generated
	 */
	EClass getFilesystem();

	/**
	 * Returns the meta object for the reference '{@link org.sisuite.model.Filesystem#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Device</em>'.
	 * @see org.sisuite.model.Filesystem#getDevice()
	 * @see #getFilesystem()
	 * @generated
	 */
	EReference getFilesystem_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Filesystem#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.sisuite.model.Filesystem#getSource()
	 * @see #getFilesystem()
	 * @generated
	 */
	EAttribute getFilesystem_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Filesystem#getMountPoint <em>Mount Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mount Point</em>'.
	 * @see org.sisuite.model.Filesystem#getMountPoint()
	 * @see #getFilesystem()
	 * @generated
	 */
	EAttribute getFilesystem_MountPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Filesystem#getFsType <em>Fs Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fs Type</em>'.
	 * @see org.sisuite.model.Filesystem#getFsType()
	 * @see #getFilesystem()
	 * @generated
	 */
	EAttribute getFilesystem_FsType();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Filesystem#getMkfsOptions <em>Mkfs Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mkfs Options</em>'.
	 * @see org.sisuite.model.Filesystem#getMkfsOptions()
	 * @see #getFilesystem()
	 * @generated
	 */
	EAttribute getFilesystem_MkfsOptions();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Filesystem#getMountOptions <em>Mount Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mount Options</em>'.
	 * @see org.sisuite.model.Filesystem#getMountOptions()
	 * @see #getFilesystem()
	 * @generated
	 */
	EAttribute getFilesystem_MountOptions();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Filesystem#getDump <em>Dump</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dump</em>'.
	 * @see org.sisuite.model.Filesystem#getDump()
	 * @see #getFilesystem()
	 * @generated
	 */
	EAttribute getFilesystem_Dump();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Filesystem#getPass <em>Pass</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pass</em>'.
	 * @see org.sisuite.model.Filesystem#getPass()
	 * @see #getFilesystem()
	 * @generated
	 */
	EAttribute getFilesystem_Pass();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Filesystem#isFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.sisuite.model.Filesystem#isFormat()
	 * @see #getFilesystem()
	 * @generated
	 */
	EAttribute getFilesystem_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Filesystem#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.sisuite.model.Filesystem#getLabel()
	 * @see #getFilesystem()
	 * @generated
	 */
	EAttribute getFilesystem_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Filesystem#getFstabIdentifier <em>Fstab Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fstab Identifier</em>'.
	 * @see org.sisuite.model.Filesystem#getFstabIdentifier()
	 * @see #getFilesystem()
	 * @generated
	 */
	EAttribute getFilesystem_FstabIdentifier();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Filesystem#getUuid <em>Uuid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uuid</em>'.
	 * @see org.sisuite.model.Filesystem#getUuid()
	 * @see #getFilesystem()
	 * @generated
	 */
	EAttribute getFilesystem_Uuid();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Filesystem#getTypeName <em>Type Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type Name</em>'.
	 * @see org.sisuite.model.Filesystem#getTypeName()
	 * @see #getFilesystem()
	 * @generated
	 */
	EAttribute getFilesystem_TypeName();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.BootLoader <em>Boot Loader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Boot Loader</em>'.
	 * @see org.sisuite.model.BootLoader
	 * @generated
	 */
	EClass getBootLoader();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.BootLoader#getFlavour <em>Flavour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flavour</em>'.
	 * @see org.sisuite.model.BootLoader#getFlavour()
	 * @see #getBootLoader()
	 * @generated
	 */
	EAttribute getBootLoader_Flavour();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.BootLoader#isEfi <em>Efi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Efi</em>'.
	 * @see org.sisuite.model.BootLoader#isEfi()
	 * @see #getBootLoader()
	 * @generated
	 */
	EAttribute getBootLoader_Efi();

	/**
	 * Returns the meta object for the attribute list '{@link org.sisuite.model.BootLoader#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Targets</em>'.
	 * @see org.sisuite.model.BootLoader#getTargets()
	 * @see #getBootLoader()
	 * @generated
	 */
	EAttribute getBootLoader_Targets();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.BootLoader#getDefaultEntry <em>Default Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Entry</em>'.
	 * @see org.sisuite.model.BootLoader#getDefaultEntry()
	 * @see #getBootLoader()
	 * @generated
	 */
	EAttribute getBootLoader_DefaultEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.BootLoader#getTimeout <em>Timeout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeout</em>'.
	 * @see org.sisuite.model.BootLoader#getTimeout()
	 * @see #getBootLoader()
	 * @generated
	 */
	EAttribute getBootLoader_Timeout();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.Client <em>Client</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Client</em>'.
	 * @see org.sisuite.model.Client
	 * @generated
	 */
	EClass getClient();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Client#getHostname <em>Hostname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hostname</em>'.
	 * @see org.sisuite.model.Client#getHostname()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_Hostname();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Client#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see org.sisuite.model.Client#getDomain()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_Domain();

	/**
	 * Returns the meta object for the attribute list '{@link org.sisuite.model.Client#getMacs <em>Macs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Macs</em>'.
	 * @see org.sisuite.model.Client#getMacs()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_Macs();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Client#getIpAssignment <em>Ip Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ip Assignment</em>'.
	 * @see org.sisuite.model.Client#getIpAssignment()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_IpAssignment();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.Client#getInterfaces <em>Interfaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interfaces</em>'.
	 * @see org.sisuite.model.Client#getInterfaces()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_Interfaces();

	/**
	 * Returns the meta object for the reference '{@link org.sisuite.model.Client#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Image</em>'.
	 * @see org.sisuite.model.Client#getImage()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_Image();

	/**
	 * Returns the meta object for the reference '{@link org.sisuite.model.Client#getInstallScript <em>Install Script</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Install Script</em>'.
	 * @see org.sisuite.model.Client#getInstallScript()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_InstallScript();

	/**
	 * Returns the meta object for the reference list '{@link org.sisuite.model.Client#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Groups</em>'.
	 * @see org.sisuite.model.Client#getGroups()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_Groups();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.Client#getBootMode <em>Boot Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Boot Mode</em>'.
	 * @see org.sisuite.model.Client#getBootMode()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_BootMode();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.NetworkInterface <em>Network Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Interface</em>'.
	 * @see org.sisuite.model.NetworkInterface
	 * @generated
	 */
	EClass getNetworkInterface();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.NetworkInterface#getMac <em>Mac</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mac</em>'.
	 * @see org.sisuite.model.NetworkInterface#getMac()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_Mac();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.NetworkInterface#getIp <em>Ip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ip</em>'.
	 * @see org.sisuite.model.NetworkInterface#getIp()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_Ip();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.NetworkInterface#getNetmask <em>Netmask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Netmask</em>'.
	 * @see org.sisuite.model.NetworkInterface#getNetmask()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_Netmask();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.NetworkInterface#getGateway <em>Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gateway</em>'.
	 * @see org.sisuite.model.NetworkInterface#getGateway()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_Gateway();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.ClientRange <em>Client Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Client Range</em>'.
	 * @see org.sisuite.model.ClientRange
	 * @generated
	 */
	EClass getClientRange();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.ClientRange#getBasename <em>Basename</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Basename</em>'.
	 * @see org.sisuite.model.ClientRange#getBasename()
	 * @see #getClientRange()
	 * @generated
	 */
	EAttribute getClientRange_Basename();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.ClientRange#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.sisuite.model.ClientRange#getStart()
	 * @see #getClientRange()
	 * @generated
	 */
	EAttribute getClientRange_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.ClientRange#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.sisuite.model.ClientRange#getCount()
	 * @see #getClientRange()
	 * @generated
	 */
	EAttribute getClientRange_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.ClientRange#getPadding <em>Padding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Padding</em>'.
	 * @see org.sisuite.model.ClientRange#getPadding()
	 * @see #getClientRange()
	 * @generated
	 */
	EAttribute getClientRange_Padding();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.ClientRange#getIpStart <em>Ip Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ip Start</em>'.
	 * @see org.sisuite.model.ClientRange#getIpStart()
	 * @see #getClientRange()
	 * @generated
	 */
	EAttribute getClientRange_IpStart();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.ClientRange#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see org.sisuite.model.ClientRange#getDomain()
	 * @see #getClientRange()
	 * @generated
	 */
	EAttribute getClientRange_Domain();

	/**
	 * Returns the meta object for the reference '{@link org.sisuite.model.ClientRange#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Image</em>'.
	 * @see org.sisuite.model.ClientRange#getImage()
	 * @see #getClientRange()
	 * @generated
	 */
	EReference getClientRange_Image();

	/**
	 * Returns the meta object for the reference '{@link org.sisuite.model.ClientRange#getInstallScript <em>Install Script</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Install Script</em>'.
	 * @see org.sisuite.model.ClientRange#getInstallScript()
	 * @see #getClientRange()
	 * @generated
	 */
	EReference getClientRange_InstallScript();

	/**
	 * Returns the meta object for the attribute list '{@link org.sisuite.model.ClientRange#getHostnames <em>Hostnames</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hostnames</em>'.
	 * @see org.sisuite.model.ClientRange#getHostnames()
	 * @see #getClientRange()
	 * @generated
	 */
	EAttribute getClientRange_Hostnames();

	/**
	 * Returns the meta object for the reference list '{@link org.sisuite.model.ClientRange#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.sisuite.model.ClientRange#getMembers()
	 * @see #getClientRange()
	 * @generated
	 */
	EReference getClientRange_Members();

	/**
	 * Returns the meta object for the '{@link org.sisuite.model.ClientRange#hostnameAt(int) <em>Hostname At</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Hostname At</em>' operation.
	 * @see org.sisuite.model.ClientRange#hostnameAt(int)
	 * @generated
	 */
	EOperation getClientRange__HostnameAt__int();

	/**
	 * Returns the meta object for the '{@link org.sisuite.model.ClientRange#ipAddressAt(int) <em>Ip Address At</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Ip Address At</em>' operation.
	 * @see org.sisuite.model.ClientRange#ipAddressAt(int)
	 * @generated
	 */
	EOperation getClientRange__IpAddressAt__int();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.FootprintSet <em>Footprint Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Footprint Set</em>'.
	 * @see org.sisuite.model.FootprintSet
	 * @generated
	 */
	EClass getFootprintSet();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.FootprintSet#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see org.sisuite.model.FootprintSet#getRules()
	 * @see #getFootprintSet()
	 * @generated
	 */
	EReference getFootprintSet_Rules();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.FootprintRule <em>Footprint Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Footprint Rule</em>'.
	 * @see org.sisuite.model.FootprintRule
	 * @generated
	 */
	EClass getFootprintRule();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.FootprintRule#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.sisuite.model.FootprintRule#getCondition()
	 * @see #getFootprintRule()
	 * @generated
	 */
	EAttribute getFootprintRule_Condition();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.FootprintRule#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.sisuite.model.FootprintRule#getAction()
	 * @see #getFootprintRule()
	 * @generated
	 */
	EAttribute getFootprintRule_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.FootprintRule#getOrder <em>Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order</em>'.
	 * @see org.sisuite.model.FootprintRule#getOrder()
	 * @see #getFootprintRule()
	 * @generated
	 */
	EAttribute getFootprintRule_Order();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.InstallSession <em>Install Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Install Session</em>'.
	 * @see org.sisuite.model.InstallSession
	 * @generated
	 */
	EClass getInstallSession();

	/**
	 * Returns the meta object for the reference '{@link org.sisuite.model.InstallSession#getClient <em>Client</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Client</em>'.
	 * @see org.sisuite.model.InstallSession#getClient()
	 * @see #getInstallSession()
	 * @generated
	 */
	EReference getInstallSession_Client();

	/**
	 * Returns the meta object for the reference '{@link org.sisuite.model.InstallSession#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Image</em>'.
	 * @see org.sisuite.model.InstallSession#getImage()
	 * @see #getInstallSession()
	 * @generated
	 */
	EReference getInstallSession_Image();

	/**
	 * Returns the meta object for the reference '{@link org.sisuite.model.InstallSession#getImageVersion <em>Image Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Image Version</em>'.
	 * @see org.sisuite.model.InstallSession#getImageVersion()
	 * @see #getInstallSession()
	 * @generated
	 */
	EReference getInstallSession_ImageVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.InstallSession#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.sisuite.model.InstallSession#getState()
	 * @see #getInstallSession()
	 * @generated
	 */
	EAttribute getInstallSession_State();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.InstallSession#getPercent <em>Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percent</em>'.
	 * @see org.sisuite.model.InstallSession#getPercent()
	 * @see #getInstallSession()
	 * @generated
	 */
	EAttribute getInstallSession_Percent();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.InstallSession#getSpeedKBps <em>Speed KBps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Speed KBps</em>'.
	 * @see org.sisuite.model.InstallSession#getSpeedKBps()
	 * @see #getInstallSession()
	 * @generated
	 */
	EAttribute getInstallSession_SpeedKBps();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.InstallSession#getStatusCode <em>Status Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Code</em>'.
	 * @see org.sisuite.model.InstallSession#getStatusCode()
	 * @see #getInstallSession()
	 * @generated
	 */
	EAttribute getInstallSession_StatusCode();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.InstallSession#getStarted <em>Started</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started</em>'.
	 * @see org.sisuite.model.InstallSession#getStarted()
	 * @see #getInstallSession()
	 * @generated
	 */
	EAttribute getInstallSession_Started();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.InstallSession#getLastSeen <em>Last Seen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Seen</em>'.
	 * @see org.sisuite.model.InstallSession#getLastSeen()
	 * @see #getInstallSession()
	 * @generated
	 */
	EAttribute getInstallSession_LastSeen();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.InstallSession#getFinished <em>Finished</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished</em>'.
	 * @see org.sisuite.model.InstallSession#getFinished()
	 * @see #getInstallSession()
	 * @generated
	 */
	EAttribute getInstallSession_Finished();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sisuite.model.InstallSession#getLogLines <em>Log Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Log Lines</em>'.
	 * @see org.sisuite.model.InstallSession#getLogLines()
	 * @see #getInstallSession()
	 * @generated
	 */
	EReference getInstallSession_LogLines();

	/**
	 * Returns the meta object for class '{@link org.sisuite.model.LogLine <em>Log Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Log Line</em>'.
	 * @see org.sisuite.model.LogLine
	 * @generated
	 */
	EClass getLogLine();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.LogLine#getTimestamp <em>Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timestamp</em>'.
	 * @see org.sisuite.model.LogLine#getTimestamp()
	 * @see #getLogLine()
	 * @generated
	 */
	EAttribute getLogLine_Timestamp();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.LogLine#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.sisuite.model.LogLine#getLevel()
	 * @see #getLogLine()
	 * @generated
	 */
	EAttribute getLogLine_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.sisuite.model.LogLine#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.sisuite.model.LogLine#getText()
	 * @see #getLogLine()
	 * @generated
	 */
	EAttribute getLogLine_Text();

	/**
	 * Returns the meta object for enum '{@link org.sisuite.model.ConnectionKind <em>Connection Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Connection Kind</em>'.
	 * @see org.sisuite.model.ConnectionKind
	 * @generated
	 */
	EEnum getConnectionKind();

	/**
	 * Returns the meta object for enum '{@link org.sisuite.model.FinishAction <em>Finish Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Finish Action</em>'.
	 * @see org.sisuite.model.FinishAction
	 * @generated
	 */
	EEnum getFinishAction();

	/**
	 * Returns the meta object for enum '{@link org.sisuite.model.DistributionFamily <em>Distribution Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Distribution Family</em>'.
	 * @see org.sisuite.model.DistributionFamily
	 * @generated
	 */
	EEnum getDistributionFamily();

	/**
	 * Returns the meta object for enum '{@link org.sisuite.model.PackagePoolKind <em>Package Pool Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Package Pool Kind</em>'.
	 * @see org.sisuite.model.PackagePoolKind
	 * @generated
	 */
	EEnum getPackagePoolKind();

	/**
	 * Returns the meta object for enum '{@link org.sisuite.model.PartitionTableType <em>Partition Table Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Partition Table Type</em>'.
	 * @see org.sisuite.model.PartitionTableType
	 * @generated
	 */
	EEnum getPartitionTableType();

	/**
	 * Returns the meta object for enum '{@link org.sisuite.model.SizeUnit <em>Size Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Size Unit</em>'.
	 * @see org.sisuite.model.SizeUnit
	 * @generated
	 */
	EEnum getSizeUnit();

	/**
	 * Returns the meta object for enum '{@link org.sisuite.model.PartitionType <em>Partition Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Partition Type</em>'.
	 * @see org.sisuite.model.PartitionType
	 * @generated
	 */
	EEnum getPartitionType();

	/**
	 * Returns the meta object for enum '{@link org.sisuite.model.PartitionFlag <em>Partition Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Partition Flag</em>'.
	 * @see org.sisuite.model.PartitionFlag
	 * @generated
	 */
	EEnum getPartitionFlag();

	/**
	 * Returns the meta object for enum '{@link org.sisuite.model.RaidLevel <em>Raid Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Raid Level</em>'.
	 * @see org.sisuite.model.RaidLevel
	 * @generated
	 */
	EEnum getRaidLevel();

	/**
	 * Returns the meta object for enum '{@link org.sisuite.model.FilesystemType <em>Filesystem Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Filesystem Type</em>'.
	 * @see org.sisuite.model.FilesystemType
	 * @generated
	 */
	EEnum getFilesystemType();

	/**
	 * Returns the meta object for enum '{@link org.sisuite.model.FstabIdentifier <em>Fstab Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Fstab Identifier</em>'.
	 * @see org.sisuite.model.FstabIdentifier
	 * @generated
	 */
	EEnum getFstabIdentifier();

	/**
	 * Returns the meta object for enum '{@link org.sisuite.model.BootLoaderFlavour <em>Boot Loader Flavour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Boot Loader Flavour</em>'.
	 * @see org.sisuite.model.BootLoaderFlavour
	 * @generated
	 */
	EEnum getBootLoaderFlavour();

	/**
	 * Returns the meta object for enum '{@link org.sisuite.model.IpAssignment <em>Ip Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ip Assignment</em>'.
	 * @see org.sisuite.model.IpAssignment
	 * @generated
	 */
	EEnum getIpAssignment();

	/**
	 * Returns the meta object for enum '{@link org.sisuite.model.BootMode <em>Boot Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Boot Mode</em>'.
	 * @see org.sisuite.model.BootMode
	 * @generated
	 */
	EEnum getBootMode();

	/**
	 * Returns the meta object for enum '{@link org.sisuite.model.SessionState <em>Session State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Session State</em>'.
	 * @see org.sisuite.model.SessionState
	 * @generated
	 */
	EEnum getSessionState();

	/**
	 * Returns the meta object for enum '{@link org.sisuite.model.LogLevel <em>Log Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Log Level</em>'.
	 * @see org.sisuite.model.LogLevel
	 * @generated
	 */
	EEnum getLogLevel();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SisFactory getSisFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.NamedElementImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.SiteImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>Image Servers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__IMAGE_SERVERS = eINSTANCE.getSite_ImageServers();

		/**
		 * The meta object literal for the '<em><b>Package Pools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__PACKAGE_POOLS = eINSTANCE.getSite_PackagePools();

		/**
		 * The meta object literal for the '<em><b>Package Lists</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__PACKAGE_LISTS = eINSTANCE.getSite_PackageLists();

		/**
		 * The meta object literal for the '<em><b>Disk Tables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__DISK_TABLES = eINSTANCE.getSite_DiskTables();

		/**
		 * The meta object literal for the '<em><b>Footprint Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__FOOTPRINT_SETS = eINSTANCE.getSite_FootprintSets();

		/**
		 * The meta object literal for the '<em><b>Client Ranges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__CLIENT_RANGES = eINSTANCE.getSite_ClientRanges();

		/**
		 * The meta object literal for the '<em><b>Clients</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__CLIENTS = eINSTANCE.getSite_Clients();

		/**
		 * The meta object literal for the '<em><b>Install Sessions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__INSTALL_SESSIONS = eINSTANCE.getSite_InstallSessions();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.ImageServerImpl <em>Image Server</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.ImageServerImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getImageServer()
		 * @generated
		 */
		EClass IMAGE_SERVER = eINSTANCE.getImageServer();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERVER__HOST = eINSTANCE.getImageServer_Host();

		/**
		 * The meta object literal for the '<em><b>Connection</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERVER__CONNECTION = eINSTANCE.getImageServer_Connection();

		/**
		 * The meta object literal for the '<em><b>Ssh User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERVER__SSH_USER = eINSTANCE.getImageServer_SshUser();

		/**
		 * The meta object literal for the '<em><b>Ssh Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERVER__SSH_PORT = eINSTANCE.getImageServer_SshPort();

		/**
		 * The meta object literal for the '<em><b>Image Root</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERVER__IMAGE_ROOT = eINSTANCE.getImageServer_ImageRoot();

		/**
		 * The meta object literal for the '<em><b>Rsync Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERVER__RSYNC_PORT = eINSTANCE.getImageServer_RsyncPort();

		/**
		 * The meta object literal for the '<em><b>Monitor Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERVER__MONITOR_PORT = eINSTANCE.getImageServer_MonitorPort();

		/**
		 * The meta object literal for the '<em><b>Bind Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERVER__BIND_ADDRESS = eINSTANCE.getImageServer_BindAddress();

		/**
		 * The meta object literal for the '<em><b>Images</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMAGE_SERVER__IMAGES = eINSTANCE.getImageServer_Images();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.ImageImpl <em>Image</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.ImageImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getImage()
		 * @generated
		 */
		EClass IMAGE = eINSTANCE.getImage();

		/**
		 * The meta object literal for the '<em><b>Server</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMAGE__SERVER = eINSTANCE.getImage_Server();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__ARCHITECTURE = eINSTANCE.getImage_Architecture();

		/**
		 * The meta object literal for the '<em><b>Distribution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__DISTRIBUTION = eINSTANCE.getImage_Distribution();

		/**
		 * The meta object literal for the '<em><b>Distribution Detected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__DISTRIBUTION_DETECTED = eINSTANCE.getImage_DistributionDetected();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__PATH = eINSTANCE.getImage_Path();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__DESCRIPTION = eINSTANCE.getImage_Description();

		/**
		 * The meta object literal for the '<em><b>Versions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMAGE__VERSIONS = eINSTANCE.getImage_Versions();

		/**
		 * The meta object literal for the '<em><b>Current Version</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMAGE__CURRENT_VERSION = eINSTANCE.getImage_CurrentVersion();

		/**
		 * The meta object literal for the '<em><b>Package List</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMAGE__PACKAGE_LIST = eINSTANCE.getImage_PackageList();

		/**
		 * The meta object literal for the '<em><b>Disk Tables</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMAGE__DISK_TABLES = eINSTANCE.getImage_DiskTables();

		/**
		 * The meta object literal for the '<em><b>Footprint Set</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMAGE__FOOTPRINT_SET = eINSTANCE.getImage_FootprintSet();

		/**
		 * The meta object literal for the '<em><b>Post Install Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMAGE__POST_INSTALL_ACTIONS = eINSTANCE.getImage_PostInstallActions();

		/**
		 * The meta object literal for the '<em><b>Install Scripts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMAGE__INSTALL_SCRIPTS = eINSTANCE.getImage_InstallScripts();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.ImageVersionImpl <em>Image Version</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.ImageVersionImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getImageVersion()
		 * @generated
		 */
		EClass IMAGE_VERSION = eINSTANCE.getImageVersion();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMAGE_VERSION__IMAGE = eINSTANCE.getImageVersion_Image();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_VERSION__NUMBER = eINSTANCE.getImageVersion_Number();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_VERSION__CREATED = eINSTANCE.getImageVersion_Created();

		/**
		 * The meta object literal for the '<em><b>Parent Version</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMAGE_VERSION__PARENT_VERSION = eINSTANCE.getImageVersion_ParentVersion();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_VERSION__NOTE = eINSTANCE.getImageVersion_Note();

		/**
		 * The meta object literal for the '<em><b>Size Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_VERSION__SIZE_BYTES = eINSTANCE.getImageVersion_SizeBytes();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.PostInstallActionImpl <em>Post Install Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.PostInstallActionImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getPostInstallAction()
		 * @generated
		 */
		EClass POST_INSTALL_ACTION = eINSTANCE.getPostInstallAction();

		/**
		 * The meta object literal for the '<em><b>Script</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST_INSTALL_ACTION__SCRIPT = eINSTANCE.getPostInstallAction_Script();

		/**
		 * The meta object literal for the '<em><b>Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST_INSTALL_ACTION__ORDER = eINSTANCE.getPostInstallAction_Order();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.InstallScriptImpl <em>Install Script</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.InstallScriptImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getInstallScript()
		 * @generated
		 */
		EClass INSTALL_SCRIPT = eINSTANCE.getInstallScript();

		/**
		 * The meta object literal for the '<em><b>Disk Table</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTALL_SCRIPT__DISK_TABLE = eINSTANCE.getInstallScript_DiskTable();

		/**
		 * The meta object literal for the '<em><b>Post Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTALL_SCRIPT__POST_ACTION = eINSTANCE.getInstallScript_PostAction();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.PackageListImpl <em>Package List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.PackageListImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getPackageList()
		 * @generated
		 */
		EClass PACKAGE_LIST = eINSTANCE.getPackageList();

		/**
		 * The meta object literal for the '<em><b>Distribution Family</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKAGE_LIST__DISTRIBUTION_FAMILY = eINSTANCE.getPackageList_DistributionFamily();

		/**
		 * The meta object literal for the '<em><b>Pools</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PACKAGE_LIST__POOLS = eINSTANCE.getPackageList_Pools();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PACKAGE_LIST__STAGES = eINSTANCE.getPackageList_Stages();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.StageImpl <em>Stage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.StageImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getStage()
		 * @generated
		 */
		EClass STAGE = eINSTANCE.getStage();

		/**
		 * The meta object literal for the '<em><b>Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__ORDER = eINSTANCE.getStage_Order();

		/**
		 * The meta object literal for the '<em><b>Install Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__INSTALL_FLAGS = eINSTANCE.getStage_InstallFlags();

		/**
		 * The meta object literal for the '<em><b>Requests</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE__REQUESTS = eINSTANCE.getStage_Requests();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.PackageRequestImpl <em>Package Request</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.PackageRequestImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getPackageRequest()
		 * @generated
		 */
		EClass PACKAGE_REQUEST = eINSTANCE.getPackageRequest();

		/**
		 * The meta object literal for the '<em><b>Version Constraint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKAGE_REQUEST__VERSION_CONSTRAINT = eINSTANCE.getPackageRequest_VersionConstraint();

		/**
		 * The meta object literal for the '<em><b>Arch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKAGE_REQUEST__ARCH = eINSTANCE.getPackageRequest_Arch();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.PackagePoolImpl <em>Package Pool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.PackagePoolImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getPackagePool()
		 * @generated
		 */
		EClass PACKAGE_POOL = eINSTANCE.getPackagePool();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKAGE_POOL__KIND = eINSTANCE.getPackagePool_Kind();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKAGE_POOL__URL = eINSTANCE.getPackagePool_Url();

		/**
		 * The meta object literal for the '<em><b>Suite</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKAGE_POOL__SUITE = eINSTANCE.getPackagePool_Suite();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKAGE_POOL__COMPONENTS = eINSTANCE.getPackagePool_Components();

		/**
		 * The meta object literal for the '<em><b>Architectures</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKAGE_POOL__ARCHITECTURES = eINSTANCE.getPackagePool_Architectures();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.DiskTableImpl <em>Disk Table</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.DiskTableImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getDiskTable()
		 * @generated
		 */
		EClass DISK_TABLE = eINSTANCE.getDiskTable();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK_TABLE__DESCRIPTION = eINSTANCE.getDiskTable_Description();

		/**
		 * The meta object literal for the '<em><b>Source Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK_TABLE__SOURCE_FORMAT = eINSTANCE.getDiskTable_SourceFormat();

		/**
		 * The meta object literal for the '<em><b>Disks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISK_TABLE__DISKS = eINSTANCE.getDiskTable_Disks();

		/**
		 * The meta object literal for the '<em><b>Raid Arrays</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISK_TABLE__RAID_ARRAYS = eINSTANCE.getDiskTable_RaidArrays();

		/**
		 * The meta object literal for the '<em><b>Volume Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISK_TABLE__VOLUME_GROUPS = eINSTANCE.getDiskTable_VolumeGroups();

		/**
		 * The meta object literal for the '<em><b>Filesystems</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISK_TABLE__FILESYSTEMS = eINSTANCE.getDiskTable_Filesystems();

		/**
		 * The meta object literal for the '<em><b>Boot Loader</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISK_TABLE__BOOT_LOADER = eINSTANCE.getDiskTable_BootLoader();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.DiskImpl <em>Disk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.DiskImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getDisk()
		 * @generated
		 */
		EClass DISK = eINSTANCE.getDisk();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__DEVICE = eINSTANCE.getDisk_Device();

		/**
		 * The meta object literal for the '<em><b>Disk Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__DISK_INDEX = eINSTANCE.getDisk_DiskIndex();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__LABEL = eINSTANCE.getDisk_Label();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__UNITS = eINSTANCE.getDisk_Units();

		/**
		 * The meta object literal for the '<em><b>Size Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__SIZE_BYTES = eINSTANCE.getDisk_SizeBytes();

		/**
		 * The meta object literal for the '<em><b>Partitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISK__PARTITIONS = eINSTANCE.getDisk_Partitions();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.BlockDeviceImpl <em>Block Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.BlockDeviceImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getBlockDevice()
		 * @generated
		 */
		EClass BLOCK_DEVICE = eINSTANCE.getBlockDevice();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.PartitionImpl <em>Partition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.PartitionImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getPartition()
		 * @generated
		 */
		EClass PARTITION = eINSTANCE.getPartition();

		/**
		 * The meta object literal for the '<em><b>Disk</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTITION__DISK = eINSTANCE.getPartition_Disk();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__NUMBER = eINSTANCE.getPartition_Number();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__SIZE = eINSTANCE.getPartition_Size();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__UNIT = eINSTANCE.getPartition_Unit();

		/**
		 * The meta object literal for the '<em><b>Grow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__GROW = eINSTANCE.getPartition_Grow();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__TYPE = eINSTANCE.getPartition_Type();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__FLAGS = eINSTANCE.getPartition_Flags();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__NAME = eINSTANCE.getPartition_Name();

		/**
		 * The meta object literal for the '<em><b>Partition Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__PARTITION_ID = eINSTANCE.getPartition_PartitionId();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.RaidArrayImpl <em>Raid Array</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.RaidArrayImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getRaidArray()
		 * @generated
		 */
		EClass RAID_ARRAY = eINSTANCE.getRaidArray();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAID_ARRAY__DEVICE = eINSTANCE.getRaidArray_Device();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAID_ARRAY__LEVEL = eINSTANCE.getRaidArray_Level();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RAID_ARRAY__MEMBERS = eINSTANCE.getRaidArray_Members();

		/**
		 * The meta object literal for the '<em><b>Spares</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RAID_ARRAY__SPARES = eINSTANCE.getRaidArray_Spares();

		/**
		 * The meta object literal for the '<em><b>Chunk Size Ki B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAID_ARRAY__CHUNK_SIZE_KI_B = eINSTANCE.getRaidArray_ChunkSizeKiB();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAID_ARRAY__METADATA = eINSTANCE.getRaidArray_Metadata();

		/**
		 * The meta object literal for the '<em><b>Layout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAID_ARRAY__LAYOUT = eINSTANCE.getRaidArray_Layout();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.VolumeGroupImpl <em>Volume Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.VolumeGroupImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getVolumeGroup()
		 * @generated
		 */
		EClass VOLUME_GROUP = eINSTANCE.getVolumeGroup();

		/**
		 * The meta object literal for the '<em><b>Physical Volumes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_GROUP__PHYSICAL_VOLUMES = eINSTANCE.getVolumeGroup_PhysicalVolumes();

		/**
		 * The meta object literal for the '<em><b>Logical Volumes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_GROUP__LOGICAL_VOLUMES = eINSTANCE.getVolumeGroup_LogicalVolumes();

		/**
		 * The meta object literal for the '<em><b>Extent Size Ki B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_GROUP__EXTENT_SIZE_KI_B = eINSTANCE.getVolumeGroup_ExtentSizeKiB();

		/**
		 * The meta object literal for the '<em><b>Max Logical Volumes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_GROUP__MAX_LOGICAL_VOLUMES = eINSTANCE.getVolumeGroup_MaxLogicalVolumes();

		/**
		 * The meta object literal for the '<em><b>Max Physical Volumes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_GROUP__MAX_PHYSICAL_VOLUMES = eINSTANCE.getVolumeGroup_MaxPhysicalVolumes();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.LogicalVolumeImpl <em>Logical Volume</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.LogicalVolumeImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getLogicalVolume()
		 * @generated
		 */
		EClass LOGICAL_VOLUME = eINSTANCE.getLogicalVolume();

		/**
		 * The meta object literal for the '<em><b>Volume Group</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOGICAL_VOLUME__VOLUME_GROUP = eINSTANCE.getLogicalVolume_VolumeGroup();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGICAL_VOLUME__SIZE = eINSTANCE.getLogicalVolume_Size();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGICAL_VOLUME__UNIT = eINSTANCE.getLogicalVolume_Unit();

		/**
		 * The meta object literal for the '<em><b>Grow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGICAL_VOLUME__GROW = eINSTANCE.getLogicalVolume_Grow();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGICAL_VOLUME__OPTIONS = eINSTANCE.getLogicalVolume_Options();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.FilesystemImpl <em>Filesystem</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.FilesystemImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getFilesystem()
		 * @generated
		 */
		EClass FILESYSTEM = eINSTANCE.getFilesystem();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FILESYSTEM__DEVICE = eINSTANCE.getFilesystem_Device();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILESYSTEM__SOURCE = eINSTANCE.getFilesystem_Source();

		/**
		 * The meta object literal for the '<em><b>Mount Point</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILESYSTEM__MOUNT_POINT = eINSTANCE.getFilesystem_MountPoint();

		/**
		 * The meta object literal for the '<em><b>Fs Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILESYSTEM__FS_TYPE = eINSTANCE.getFilesystem_FsType();

		/**
		 * The meta object literal for the '<em><b>Mkfs Options</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILESYSTEM__MKFS_OPTIONS = eINSTANCE.getFilesystem_MkfsOptions();

		/**
		 * The meta object literal for the '<em><b>Mount Options</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILESYSTEM__MOUNT_OPTIONS = eINSTANCE.getFilesystem_MountOptions();

		/**
		 * The meta object literal for the '<em><b>Dump</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILESYSTEM__DUMP = eINSTANCE.getFilesystem_Dump();

		/**
		 * The meta object literal for the '<em><b>Pass</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILESYSTEM__PASS = eINSTANCE.getFilesystem_Pass();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILESYSTEM__FORMAT = eINSTANCE.getFilesystem_Format();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILESYSTEM__LABEL = eINSTANCE.getFilesystem_Label();

		/**
		 * The meta object literal for the '<em><b>Fstab Identifier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILESYSTEM__FSTAB_IDENTIFIER = eINSTANCE.getFilesystem_FstabIdentifier();

		/**
		 * The meta object literal for the '<em><b>Uuid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILESYSTEM__UUID = eINSTANCE.getFilesystem_Uuid();

		/**
		 * The meta object literal for the '<em><b>Type Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILESYSTEM__TYPE_NAME = eINSTANCE.getFilesystem_TypeName();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.BootLoaderImpl <em>Boot Loader</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.BootLoaderImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getBootLoader()
		 * @generated
		 */
		EClass BOOT_LOADER = eINSTANCE.getBootLoader();

		/**
		 * The meta object literal for the '<em><b>Flavour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOT_LOADER__FLAVOUR = eINSTANCE.getBootLoader_Flavour();

		/**
		 * The meta object literal for the '<em><b>Efi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOT_LOADER__EFI = eINSTANCE.getBootLoader_Efi();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOT_LOADER__TARGETS = eINSTANCE.getBootLoader_Targets();

		/**
		 * The meta object literal for the '<em><b>Default Entry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOT_LOADER__DEFAULT_ENTRY = eINSTANCE.getBootLoader_DefaultEntry();

		/**
		 * The meta object literal for the '<em><b>Timeout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOT_LOADER__TIMEOUT = eINSTANCE.getBootLoader_Timeout();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.ClientImpl <em>Client</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.ClientImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getClient()
		 * @generated
		 */
		EClass CLIENT = eINSTANCE.getClient();

		/**
		 * The meta object literal for the '<em><b>Hostname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__HOSTNAME = eINSTANCE.getClient_Hostname();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__DOMAIN = eINSTANCE.getClient_Domain();

		/**
		 * The meta object literal for the '<em><b>Macs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__MACS = eINSTANCE.getClient_Macs();

		/**
		 * The meta object literal for the '<em><b>Ip Assignment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__IP_ASSIGNMENT = eINSTANCE.getClient_IpAssignment();

		/**
		 * The meta object literal for the '<em><b>Interfaces</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__INTERFACES = eINSTANCE.getClient_Interfaces();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__IMAGE = eINSTANCE.getClient_Image();

		/**
		 * The meta object literal for the '<em><b>Install Script</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__INSTALL_SCRIPT = eINSTANCE.getClient_InstallScript();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__GROUPS = eINSTANCE.getClient_Groups();

		/**
		 * The meta object literal for the '<em><b>Boot Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__BOOT_MODE = eINSTANCE.getClient_BootMode();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.NetworkInterfaceImpl <em>Network Interface</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.NetworkInterfaceImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getNetworkInterface()
		 * @generated
		 */
		EClass NETWORK_INTERFACE = eINSTANCE.getNetworkInterface();

		/**
		 * The meta object literal for the '<em><b>Mac</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__MAC = eINSTANCE.getNetworkInterface_Mac();

		/**
		 * The meta object literal for the '<em><b>Ip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__IP = eINSTANCE.getNetworkInterface_Ip();

		/**
		 * The meta object literal for the '<em><b>Netmask</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__NETMASK = eINSTANCE.getNetworkInterface_Netmask();

		/**
		 * The meta object literal for the '<em><b>Gateway</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__GATEWAY = eINSTANCE.getNetworkInterface_Gateway();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.ClientRangeImpl <em>Client Range</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.ClientRangeImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getClientRange()
		 * @generated
		 */
		EClass CLIENT_RANGE = eINSTANCE.getClientRange();

		/**
		 * The meta object literal for the '<em><b>Basename</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT_RANGE__BASENAME = eINSTANCE.getClientRange_Basename();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT_RANGE__START = eINSTANCE.getClientRange_Start();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT_RANGE__COUNT = eINSTANCE.getClientRange_Count();

		/**
		 * The meta object literal for the '<em><b>Padding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT_RANGE__PADDING = eINSTANCE.getClientRange_Padding();

		/**
		 * The meta object literal for the '<em><b>Ip Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT_RANGE__IP_START = eINSTANCE.getClientRange_IpStart();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT_RANGE__DOMAIN = eINSTANCE.getClientRange_Domain();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT_RANGE__IMAGE = eINSTANCE.getClientRange_Image();

		/**
		 * The meta object literal for the '<em><b>Install Script</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT_RANGE__INSTALL_SCRIPT = eINSTANCE.getClientRange_InstallScript();

		/**
		 * The meta object literal for the '<em><b>Hostnames</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT_RANGE__HOSTNAMES = eINSTANCE.getClientRange_Hostnames();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT_RANGE__MEMBERS = eINSTANCE.getClientRange_Members();

		/**
		 * The meta object literal for the '<em><b>Hostname At</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLIENT_RANGE___HOSTNAME_AT__INT = eINSTANCE.getClientRange__HostnameAt__int();

		/**
		 * The meta object literal for the '<em><b>Ip Address At</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLIENT_RANGE___IP_ADDRESS_AT__INT = eINSTANCE.getClientRange__IpAddressAt__int();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.FootprintSetImpl <em>Footprint Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.FootprintSetImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getFootprintSet()
		 * @generated
		 */
		EClass FOOTPRINT_SET = eINSTANCE.getFootprintSet();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOOTPRINT_SET__RULES = eINSTANCE.getFootprintSet_Rules();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.FootprintRuleImpl <em>Footprint Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.FootprintRuleImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getFootprintRule()
		 * @generated
		 */
		EClass FOOTPRINT_RULE = eINSTANCE.getFootprintRule();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOOTPRINT_RULE__CONDITION = eINSTANCE.getFootprintRule_Condition();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOOTPRINT_RULE__ACTION = eINSTANCE.getFootprintRule_Action();

		/**
		 * The meta object literal for the '<em><b>Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOOTPRINT_RULE__ORDER = eINSTANCE.getFootprintRule_Order();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.InstallSessionImpl <em>Install Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.InstallSessionImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getInstallSession()
		 * @generated
		 */
		EClass INSTALL_SESSION = eINSTANCE.getInstallSession();

		/**
		 * The meta object literal for the '<em><b>Client</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTALL_SESSION__CLIENT = eINSTANCE.getInstallSession_Client();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTALL_SESSION__IMAGE = eINSTANCE.getInstallSession_Image();

		/**
		 * The meta object literal for the '<em><b>Image Version</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTALL_SESSION__IMAGE_VERSION = eINSTANCE.getInstallSession_ImageVersion();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTALL_SESSION__STATE = eINSTANCE.getInstallSession_State();

		/**
		 * The meta object literal for the '<em><b>Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTALL_SESSION__PERCENT = eINSTANCE.getInstallSession_Percent();

		/**
		 * The meta object literal for the '<em><b>Speed KBps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTALL_SESSION__SPEED_KBPS = eINSTANCE.getInstallSession_SpeedKBps();

		/**
		 * The meta object literal for the '<em><b>Status Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTALL_SESSION__STATUS_CODE = eINSTANCE.getInstallSession_StatusCode();

		/**
		 * The meta object literal for the '<em><b>Started</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTALL_SESSION__STARTED = eINSTANCE.getInstallSession_Started();

		/**
		 * The meta object literal for the '<em><b>Last Seen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTALL_SESSION__LAST_SEEN = eINSTANCE.getInstallSession_LastSeen();

		/**
		 * The meta object literal for the '<em><b>Finished</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTALL_SESSION__FINISHED = eINSTANCE.getInstallSession_Finished();

		/**
		 * The meta object literal for the '<em><b>Log Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTALL_SESSION__LOG_LINES = eINSTANCE.getInstallSession_LogLines();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.impl.LogLineImpl <em>Log Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.impl.LogLineImpl
		 * @see org.sisuite.model.impl.SisPackageImpl#getLogLine()
		 * @generated
		 */
		EClass LOG_LINE = eINSTANCE.getLogLine();

		/**
		 * The meta object literal for the '<em><b>Timestamp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_LINE__TIMESTAMP = eINSTANCE.getLogLine_Timestamp();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_LINE__LEVEL = eINSTANCE.getLogLine_Level();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_LINE__TEXT = eINSTANCE.getLogLine_Text();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.ConnectionKind <em>Connection Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.ConnectionKind
		 * @see org.sisuite.model.impl.SisPackageImpl#getConnectionKind()
		 * @generated
		 */
		EEnum CONNECTION_KIND = eINSTANCE.getConnectionKind();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.FinishAction <em>Finish Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.FinishAction
		 * @see org.sisuite.model.impl.SisPackageImpl#getFinishAction()
		 * @generated
		 */
		EEnum FINISH_ACTION = eINSTANCE.getFinishAction();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.DistributionFamily <em>Distribution Family</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.DistributionFamily
		 * @see org.sisuite.model.impl.SisPackageImpl#getDistributionFamily()
		 * @generated
		 */
		EEnum DISTRIBUTION_FAMILY = eINSTANCE.getDistributionFamily();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.PackagePoolKind <em>Package Pool Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.PackagePoolKind
		 * @see org.sisuite.model.impl.SisPackageImpl#getPackagePoolKind()
		 * @generated
		 */
		EEnum PACKAGE_POOL_KIND = eINSTANCE.getPackagePoolKind();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.PartitionTableType <em>Partition Table Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.PartitionTableType
		 * @see org.sisuite.model.impl.SisPackageImpl#getPartitionTableType()
		 * @generated
		 */
		EEnum PARTITION_TABLE_TYPE = eINSTANCE.getPartitionTableType();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.SizeUnit <em>Size Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.SizeUnit
		 * @see org.sisuite.model.impl.SisPackageImpl#getSizeUnit()
		 * @generated
		 */
		EEnum SIZE_UNIT = eINSTANCE.getSizeUnit();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.PartitionType <em>Partition Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.PartitionType
		 * @see org.sisuite.model.impl.SisPackageImpl#getPartitionType()
		 * @generated
		 */
		EEnum PARTITION_TYPE = eINSTANCE.getPartitionType();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.PartitionFlag <em>Partition Flag</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.PartitionFlag
		 * @see org.sisuite.model.impl.SisPackageImpl#getPartitionFlag()
		 * @generated
		 */
		EEnum PARTITION_FLAG = eINSTANCE.getPartitionFlag();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.RaidLevel <em>Raid Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.RaidLevel
		 * @see org.sisuite.model.impl.SisPackageImpl#getRaidLevel()
		 * @generated
		 */
		EEnum RAID_LEVEL = eINSTANCE.getRaidLevel();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.FilesystemType <em>Filesystem Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.FilesystemType
		 * @see org.sisuite.model.impl.SisPackageImpl#getFilesystemType()
		 * @generated
		 */
		EEnum FILESYSTEM_TYPE = eINSTANCE.getFilesystemType();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.FstabIdentifier <em>Fstab Identifier</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.FstabIdentifier
		 * @see org.sisuite.model.impl.SisPackageImpl#getFstabIdentifier()
		 * @generated
		 */
		EEnum FSTAB_IDENTIFIER = eINSTANCE.getFstabIdentifier();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.BootLoaderFlavour <em>Boot Loader Flavour</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.BootLoaderFlavour
		 * @see org.sisuite.model.impl.SisPackageImpl#getBootLoaderFlavour()
		 * @generated
		 */
		EEnum BOOT_LOADER_FLAVOUR = eINSTANCE.getBootLoaderFlavour();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.IpAssignment <em>Ip Assignment</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.IpAssignment
		 * @see org.sisuite.model.impl.SisPackageImpl#getIpAssignment()
		 * @generated
		 */
		EEnum IP_ASSIGNMENT = eINSTANCE.getIpAssignment();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.BootMode <em>Boot Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.BootMode
		 * @see org.sisuite.model.impl.SisPackageImpl#getBootMode()
		 * @generated
		 */
		EEnum BOOT_MODE = eINSTANCE.getBootMode();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.SessionState <em>Session State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.SessionState
		 * @see org.sisuite.model.impl.SisPackageImpl#getSessionState()
		 * @generated
		 */
		EEnum SESSION_STATE = eINSTANCE.getSessionState();

		/**
		 * The meta object literal for the '{@link org.sisuite.model.LogLevel <em>Log Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sisuite.model.LogLevel
		 * @see org.sisuite.model.impl.SisPackageImpl#getLogLevel()
		 * @generated
		 */
		EEnum LOG_LEVEL = eINSTANCE.getLogLevel();

	}

} //SisPackage
