/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.sisuite.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.sisuite.model.SisPackage
 * @generated
 */
public class SisAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SisPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SisAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = SisPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SisSwitch<Adapter> modelSwitch =
		new SisSwitch<Adapter>() {
			@Override
			public Adapter caseNamedElement(NamedElement object) {
				return createNamedElementAdapter();
			}
			@Override
			public Adapter caseSite(Site object) {
				return createSiteAdapter();
			}
			@Override
			public Adapter caseImageServer(ImageServer object) {
				return createImageServerAdapter();
			}
			@Override
			public Adapter caseImage(Image object) {
				return createImageAdapter();
			}
			@Override
			public Adapter caseImageVersion(ImageVersion object) {
				return createImageVersionAdapter();
			}
			@Override
			public Adapter casePostInstallAction(PostInstallAction object) {
				return createPostInstallActionAdapter();
			}
			@Override
			public Adapter caseInstallScript(InstallScript object) {
				return createInstallScriptAdapter();
			}
			@Override
			public Adapter casePackageList(PackageList object) {
				return createPackageListAdapter();
			}
			@Override
			public Adapter caseStage(Stage object) {
				return createStageAdapter();
			}
			@Override
			public Adapter casePackageRequest(PackageRequest object) {
				return createPackageRequestAdapter();
			}
			@Override
			public Adapter casePackagePool(PackagePool object) {
				return createPackagePoolAdapter();
			}
			@Override
			public Adapter caseDiskTable(DiskTable object) {
				return createDiskTableAdapter();
			}
			@Override
			public Adapter caseDisk(Disk object) {
				return createDiskAdapter();
			}
			@Override
			public Adapter caseBlockDevice(BlockDevice object) {
				return createBlockDeviceAdapter();
			}
			@Override
			public Adapter casePartition(Partition object) {
				return createPartitionAdapter();
			}
			@Override
			public Adapter caseRaidArray(RaidArray object) {
				return createRaidArrayAdapter();
			}
			@Override
			public Adapter caseVolumeGroup(VolumeGroup object) {
				return createVolumeGroupAdapter();
			}
			@Override
			public Adapter caseLogicalVolume(LogicalVolume object) {
				return createLogicalVolumeAdapter();
			}
			@Override
			public Adapter caseFilesystem(Filesystem object) {
				return createFilesystemAdapter();
			}
			@Override
			public Adapter caseBootLoader(BootLoader object) {
				return createBootLoaderAdapter();
			}
			@Override
			public Adapter caseClient(Client object) {
				return createClientAdapter();
			}
			@Override
			public Adapter caseNetworkInterface(NetworkInterface object) {
				return createNetworkInterfaceAdapter();
			}
			@Override
			public Adapter caseClientRange(ClientRange object) {
				return createClientRangeAdapter();
			}
			@Override
			public Adapter caseFootprintSet(FootprintSet object) {
				return createFootprintSetAdapter();
			}
			@Override
			public Adapter caseFootprintRule(FootprintRule object) {
				return createFootprintRuleAdapter();
			}
			@Override
			public Adapter caseInstallSession(InstallSession object) {
				return createInstallSessionAdapter();
			}
			@Override
			public Adapter caseLogLine(LogLine object) {
				return createLogLineAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.Site
	 * @generated
	 */
	public Adapter createSiteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.ImageServer <em>Image Server</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.ImageServer
	 * @generated
	 */
	public Adapter createImageServerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.Image <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.Image
	 * @generated
	 */
	public Adapter createImageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.ImageVersion <em>Image Version</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.ImageVersion
	 * @generated
	 */
	public Adapter createImageVersionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.PostInstallAction <em>Post Install Action</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.PostInstallAction
	 * @generated
	 */
	public Adapter createPostInstallActionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.InstallScript <em>Install Script</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.InstallScript
	 * @generated
	 */
	public Adapter createInstallScriptAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.PackageList <em>Package List</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.PackageList
	 * @generated
	 */
	public Adapter createPackageListAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.Stage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.Stage
	 * @generated
	 */
	public Adapter createStageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.PackageRequest <em>Package Request</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.PackageRequest
	 * @generated
	 */
	public Adapter createPackageRequestAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.PackagePool <em>Package Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.PackagePool
	 * @generated
	 */
	public Adapter createPackagePoolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.DiskTable <em>Disk Table</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.DiskTable
	 * @generated
	 */
	public Adapter createDiskTableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.Disk <em>Disk</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.Disk
	 * @generated
	 */
	public Adapter createDiskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.BlockDevice <em>Block Device</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.BlockDevice
	 * @generated
	 */
	public Adapter createBlockDeviceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.Partition <em>Partition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.Partition
	 * @generated
	 */
	public Adapter createPartitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.RaidArray <em>Raid Array</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.RaidArray
	 * @generated
	 */
	public Adapter createRaidArrayAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.VolumeGroup <em>Volume Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.VolumeGroup
	 * @generated
	 */
	public Adapter createVolumeGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.LogicalVolume <em>Logical Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.LogicalVolume
	 * @generated
	 */
	public Adapter createLogicalVolumeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.Filesystem <em>Filesystem</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.Filesystem
	 * @generated
	 */
	public Adapter createFilesystemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.BootLoader <em>Boot Loader</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.BootLoader
	 * @generated
	 */
	public Adapter createBootLoaderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.Client <em>Client</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.Client
	 * @generated
	 */
	public Adapter createClientAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.NetworkInterface <em>Network Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.NetworkInterface
	 * @generated
	 */
	public Adapter createNetworkInterfaceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.ClientRange <em>Client Range</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.ClientRange
	 * @generated
	 */
	public Adapter createClientRangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.FootprintSet <em>Footprint Set</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.FootprintSet
	 * @generated
	 */
	public Adapter createFootprintSetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.FootprintRule <em>Footprint Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.FootprintRule
	 * @generated
	 */
	public Adapter createFootprintRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.InstallSession <em>Install Session</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.InstallSession
	 * @generated
	 */
	public Adapter createInstallSessionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.sisuite.model.LogLine <em>Log Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.sisuite.model.LogLine
	 * @generated
	 */
	public Adapter createLogLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //SisAdapterFactory
