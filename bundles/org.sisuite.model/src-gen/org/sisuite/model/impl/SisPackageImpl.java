/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.sisuite.model.BlockDevice;
import org.sisuite.model.BootLoader;
import org.sisuite.model.BootLoaderFlavour;
import org.sisuite.model.BootMode;
import org.sisuite.model.Client;
import org.sisuite.model.ClientRange;
import org.sisuite.model.ConnectionKind;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.DistributionFamily;
import org.sisuite.model.Filesystem;
import org.sisuite.model.FilesystemType;
import org.sisuite.model.FinishAction;
import org.sisuite.model.FootprintRule;
import org.sisuite.model.FootprintSet;
import org.sisuite.model.FstabIdentifier;
import org.sisuite.model.Image;
import org.sisuite.model.ImageServer;
import org.sisuite.model.ImageVersion;
import org.sisuite.model.InstallScript;
import org.sisuite.model.InstallSession;
import org.sisuite.model.IpAssignment;
import org.sisuite.model.LogLevel;
import org.sisuite.model.LogLine;
import org.sisuite.model.LogicalVolume;
import org.sisuite.model.NamedElement;
import org.sisuite.model.NetworkInterface;
import org.sisuite.model.PackageList;
import org.sisuite.model.PackagePool;
import org.sisuite.model.PackagePoolKind;
import org.sisuite.model.PackageRequest;
import org.sisuite.model.Partition;
import org.sisuite.model.PartitionFlag;
import org.sisuite.model.PartitionTableType;
import org.sisuite.model.PartitionType;
import org.sisuite.model.PostInstallAction;
import org.sisuite.model.RaidArray;
import org.sisuite.model.RaidLevel;
import org.sisuite.model.SessionState;
import org.sisuite.model.SisFactory;
import org.sisuite.model.SisPackage;
import org.sisuite.model.Site;
import org.sisuite.model.SizeUnit;
import org.sisuite.model.Stage;
import org.sisuite.model.VolumeGroup;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SisPackageImpl extends EPackageImpl implements SisPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass siteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass imageServerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass imageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass imageVersionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass postInstallActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass installScriptEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass packageListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass packageRequestEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass packagePoolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diskTableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass blockDeviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass raidArrayEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass volumeGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass logicalVolumeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass filesystemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bootLoaderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clientEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkInterfaceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clientRangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass footprintSetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass footprintRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass installSessionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass logLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum connectionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum finishActionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum distributionFamilyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum packagePoolKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum partitionTableTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sizeUnitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum partitionTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum partitionFlagEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum raidLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum filesystemTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum fstabIdentifierEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum bootLoaderFlavourEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ipAssignmentEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum bootModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sessionStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum logLevelEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.sisuite.model.SisPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SisPackageImpl() {
		super(eNS_URI, SisFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link SisPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SisPackage init() {
		if (isInited) return (SisPackage)EPackage.Registry.INSTANCE.getEPackage(SisPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSisPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SisPackageImpl theSisPackage = registeredSisPackage instanceof SisPackageImpl ? (SisPackageImpl)registeredSisPackage : new SisPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theSisPackage.createPackageContents();

		// Initialize created meta-data
		theSisPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theSisPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SisPackage.eNS_URI, theSisPackage);
		return theSisPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSite() {
		return siteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_ImageServers() {
		return (EReference)siteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_PackagePools() {
		return (EReference)siteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_PackageLists() {
		return (EReference)siteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_DiskTables() {
		return (EReference)siteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_FootprintSets() {
		return (EReference)siteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_ClientRanges() {
		return (EReference)siteEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_Clients() {
		return (EReference)siteEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_InstallSessions() {
		return (EReference)siteEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImageServer() {
		return imageServerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageServer_Host() {
		return (EAttribute)imageServerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageServer_Connection() {
		return (EAttribute)imageServerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageServer_SshUser() {
		return (EAttribute)imageServerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageServer_SshPort() {
		return (EAttribute)imageServerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageServer_ImageRoot() {
		return (EAttribute)imageServerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageServer_RsyncPort() {
		return (EAttribute)imageServerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageServer_MonitorPort() {
		return (EAttribute)imageServerEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageServer_BindAddress() {
		return (EAttribute)imageServerEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImageServer_Images() {
		return (EReference)imageServerEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImage() {
		return imageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImage_Server() {
		return (EReference)imageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_Architecture() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_Distribution() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_DistributionDetected() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_Path() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_Description() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImage_Versions() {
		return (EReference)imageEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImage_CurrentVersion() {
		return (EReference)imageEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImage_PackageList() {
		return (EReference)imageEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImage_DiskTables() {
		return (EReference)imageEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImage_FootprintSet() {
		return (EReference)imageEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImage_PostInstallActions() {
		return (EReference)imageEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImage_InstallScripts() {
		return (EReference)imageEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImageVersion() {
		return imageVersionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImageVersion_Image() {
		return (EReference)imageVersionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageVersion_Number() {
		return (EAttribute)imageVersionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageVersion_Created() {
		return (EAttribute)imageVersionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImageVersion_ParentVersion() {
		return (EReference)imageVersionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageVersion_Note() {
		return (EAttribute)imageVersionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageVersion_SizeBytes() {
		return (EAttribute)imageVersionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPostInstallAction() {
		return postInstallActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPostInstallAction_Script() {
		return (EAttribute)postInstallActionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPostInstallAction_Order() {
		return (EAttribute)postInstallActionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInstallScript() {
		return installScriptEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstallScript_DiskTable() {
		return (EReference)installScriptEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstallScript_PostAction() {
		return (EAttribute)installScriptEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPackageList() {
		return packageListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPackageList_DistributionFamily() {
		return (EAttribute)packageListEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPackageList_Pools() {
		return (EReference)packageListEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPackageList_Stages() {
		return (EReference)packageListEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStage() {
		return stageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_Order() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_InstallFlags() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStage_Requests() {
		return (EReference)stageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPackageRequest() {
		return packageRequestEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPackageRequest_VersionConstraint() {
		return (EAttribute)packageRequestEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPackageRequest_Arch() {
		return (EAttribute)packageRequestEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPackagePool() {
		return packagePoolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPackagePool_Kind() {
		return (EAttribute)packagePoolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPackagePool_Url() {
		return (EAttribute)packagePoolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPackagePool_Suite() {
		return (EAttribute)packagePoolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPackagePool_Components() {
		return (EAttribute)packagePoolEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPackagePool_Architectures() {
		return (EAttribute)packagePoolEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiskTable() {
		return diskTableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiskTable_Description() {
		return (EAttribute)diskTableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiskTable_SourceFormat() {
		return (EAttribute)diskTableEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiskTable_Disks() {
		return (EReference)diskTableEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiskTable_RaidArrays() {
		return (EReference)diskTableEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiskTable_VolumeGroups() {
		return (EReference)diskTableEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiskTable_Filesystems() {
		return (EReference)diskTableEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiskTable_BootLoader() {
		return (EReference)diskTableEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDisk() {
		return diskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Device() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_DiskIndex() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Label() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Units() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_SizeBytes() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDisk_Partitions() {
		return (EReference)diskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBlockDevice() {
		return blockDeviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPartition() {
		return partitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartition_Disk() {
		return (EReference)partitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartition_Number() {
		return (EAttribute)partitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartition_Size() {
		return (EAttribute)partitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartition_Unit() {
		return (EAttribute)partitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartition_Grow() {
		return (EAttribute)partitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartition_Type() {
		return (EAttribute)partitionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartition_Flags() {
		return (EAttribute)partitionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartition_Name() {
		return (EAttribute)partitionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartition_PartitionId() {
		return (EAttribute)partitionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRaidArray() {
		return raidArrayEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaidArray_Device() {
		return (EAttribute)raidArrayEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaidArray_Level() {
		return (EAttribute)raidArrayEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRaidArray_Members() {
		return (EReference)raidArrayEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRaidArray_Spares() {
		return (EReference)raidArrayEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaidArray_ChunkSizeKiB() {
		return (EAttribute)raidArrayEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaidArray_Metadata() {
		return (EAttribute)raidArrayEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaidArray_Layout() {
		return (EAttribute)raidArrayEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVolumeGroup() {
		return volumeGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolumeGroup_PhysicalVolumes() {
		return (EReference)volumeGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolumeGroup_LogicalVolumes() {
		return (EReference)volumeGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeGroup_ExtentSizeKiB() {
		return (EAttribute)volumeGroupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeGroup_MaxLogicalVolumes() {
		return (EAttribute)volumeGroupEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeGroup_MaxPhysicalVolumes() {
		return (EAttribute)volumeGroupEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLogicalVolume() {
		return logicalVolumeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLogicalVolume_VolumeGroup() {
		return (EReference)logicalVolumeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogicalVolume_Size() {
		return (EAttribute)logicalVolumeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogicalVolume_Unit() {
		return (EAttribute)logicalVolumeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogicalVolume_Grow() {
		return (EAttribute)logicalVolumeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogicalVolume_Options() {
		return (EAttribute)logicalVolumeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFilesystem() {
		return filesystemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFilesystem_Device() {
		return (EReference)filesystemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilesystem_Source() {
		return (EAttribute)filesystemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilesystem_MountPoint() {
		return (EAttribute)filesystemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilesystem_FsType() {
		return (EAttribute)filesystemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilesystem_MkfsOptions() {
		return (EAttribute)filesystemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilesystem_MountOptions() {
		return (EAttribute)filesystemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilesystem_Dump() {
		return (EAttribute)filesystemEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilesystem_Pass() {
		return (EAttribute)filesystemEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilesystem_Format() {
		return (EAttribute)filesystemEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilesystem_Label() {
		return (EAttribute)filesystemEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilesystem_FstabIdentifier() {
		return (EAttribute)filesystemEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilesystem_Uuid() {
		return (EAttribute)filesystemEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilesystem_TypeName() {
		return (EAttribute)filesystemEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBootLoader() {
		return bootLoaderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBootLoader_Flavour() {
		return (EAttribute)bootLoaderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBootLoader_Efi() {
		return (EAttribute)bootLoaderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBootLoader_Targets() {
		return (EAttribute)bootLoaderEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBootLoader_DefaultEntry() {
		return (EAttribute)bootLoaderEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBootLoader_Timeout() {
		return (EAttribute)bootLoaderEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClient() {
		return clientEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_Hostname() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_Domain() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_Macs() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_IpAssignment() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClient_Interfaces() {
		return (EReference)clientEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClient_Image() {
		return (EReference)clientEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClient_InstallScript() {
		return (EReference)clientEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClient_Groups() {
		return (EReference)clientEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_BootMode() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkInterface() {
		return networkInterfaceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkInterface_Mac() {
		return (EAttribute)networkInterfaceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkInterface_Ip() {
		return (EAttribute)networkInterfaceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkInterface_Netmask() {
		return (EAttribute)networkInterfaceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkInterface_Gateway() {
		return (EAttribute)networkInterfaceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClientRange() {
		return clientRangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClientRange_Basename() {
		return (EAttribute)clientRangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClientRange_Start() {
		return (EAttribute)clientRangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClientRange_Count() {
		return (EAttribute)clientRangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClientRange_Padding() {
		return (EAttribute)clientRangeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClientRange_IpStart() {
		return (EAttribute)clientRangeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClientRange_Domain() {
		return (EAttribute)clientRangeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClientRange_Image() {
		return (EReference)clientRangeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClientRange_InstallScript() {
		return (EReference)clientRangeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClientRange_Hostnames() {
		return (EAttribute)clientRangeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClientRange_Members() {
		return (EReference)clientRangeEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClientRange__HostnameAt__int() {
		return clientRangeEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClientRange__IpAddressAt__int() {
		return clientRangeEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFootprintSet() {
		return footprintSetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFootprintSet_Rules() {
		return (EReference)footprintSetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFootprintRule() {
		return footprintRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFootprintRule_Condition() {
		return (EAttribute)footprintRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFootprintRule_Action() {
		return (EAttribute)footprintRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFootprintRule_Order() {
		return (EAttribute)footprintRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInstallSession() {
		return installSessionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstallSession_Client() {
		return (EReference)installSessionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstallSession_Image() {
		return (EReference)installSessionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstallSession_ImageVersion() {
		return (EReference)installSessionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstallSession_State() {
		return (EAttribute)installSessionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstallSession_Percent() {
		return (EAttribute)installSessionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstallSession_SpeedKBps() {
		return (EAttribute)installSessionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstallSession_StatusCode() {
		return (EAttribute)installSessionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstallSession_Started() {
		return (EAttribute)installSessionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstallSession_LastSeen() {
		return (EAttribute)installSessionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstallSession_Finished() {
		return (EAttribute)installSessionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstallSession_LogLines() {
		return (EReference)installSessionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLogLine() {
		return logLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogLine_Timestamp() {
		return (EAttribute)logLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogLine_Level() {
		return (EAttribute)logLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogLine_Text() {
		return (EAttribute)logLineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConnectionKind() {
		return connectionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFinishAction() {
		return finishActionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDistributionFamily() {
		return distributionFamilyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPackagePoolKind() {
		return packagePoolKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPartitionTableType() {
		return partitionTableTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSizeUnit() {
		return sizeUnitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPartitionType() {
		return partitionTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPartitionFlag() {
		return partitionFlagEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRaidLevel() {
		return raidLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFilesystemType() {
		return filesystemTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFstabIdentifier() {
		return fstabIdentifierEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBootLoaderFlavour() {
		return bootLoaderFlavourEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIpAssignment() {
		return ipAssignmentEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBootMode() {
		return bootModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSessionState() {
		return sessionStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLogLevel() {
		return logLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SisFactory getSisFactory() {
		return (SisFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);

		siteEClass = createEClass(SITE);
		createEReference(siteEClass, SITE__IMAGE_SERVERS);
		createEReference(siteEClass, SITE__PACKAGE_POOLS);
		createEReference(siteEClass, SITE__PACKAGE_LISTS);
		createEReference(siteEClass, SITE__DISK_TABLES);
		createEReference(siteEClass, SITE__FOOTPRINT_SETS);
		createEReference(siteEClass, SITE__CLIENT_RANGES);
		createEReference(siteEClass, SITE__CLIENTS);
		createEReference(siteEClass, SITE__INSTALL_SESSIONS);

		imageServerEClass = createEClass(IMAGE_SERVER);
		createEAttribute(imageServerEClass, IMAGE_SERVER__HOST);
		createEAttribute(imageServerEClass, IMAGE_SERVER__CONNECTION);
		createEAttribute(imageServerEClass, IMAGE_SERVER__SSH_USER);
		createEAttribute(imageServerEClass, IMAGE_SERVER__SSH_PORT);
		createEAttribute(imageServerEClass, IMAGE_SERVER__IMAGE_ROOT);
		createEAttribute(imageServerEClass, IMAGE_SERVER__RSYNC_PORT);
		createEAttribute(imageServerEClass, IMAGE_SERVER__MONITOR_PORT);
		createEAttribute(imageServerEClass, IMAGE_SERVER__BIND_ADDRESS);
		createEReference(imageServerEClass, IMAGE_SERVER__IMAGES);

		imageEClass = createEClass(IMAGE);
		createEReference(imageEClass, IMAGE__SERVER);
		createEAttribute(imageEClass, IMAGE__ARCHITECTURE);
		createEAttribute(imageEClass, IMAGE__DISTRIBUTION);
		createEAttribute(imageEClass, IMAGE__DISTRIBUTION_DETECTED);
		createEAttribute(imageEClass, IMAGE__PATH);
		createEAttribute(imageEClass, IMAGE__DESCRIPTION);
		createEReference(imageEClass, IMAGE__VERSIONS);
		createEReference(imageEClass, IMAGE__CURRENT_VERSION);
		createEReference(imageEClass, IMAGE__PACKAGE_LIST);
		createEReference(imageEClass, IMAGE__DISK_TABLES);
		createEReference(imageEClass, IMAGE__FOOTPRINT_SET);
		createEReference(imageEClass, IMAGE__POST_INSTALL_ACTIONS);
		createEReference(imageEClass, IMAGE__INSTALL_SCRIPTS);

		imageVersionEClass = createEClass(IMAGE_VERSION);
		createEReference(imageVersionEClass, IMAGE_VERSION__IMAGE);
		createEAttribute(imageVersionEClass, IMAGE_VERSION__NUMBER);
		createEAttribute(imageVersionEClass, IMAGE_VERSION__CREATED);
		createEReference(imageVersionEClass, IMAGE_VERSION__PARENT_VERSION);
		createEAttribute(imageVersionEClass, IMAGE_VERSION__NOTE);
		createEAttribute(imageVersionEClass, IMAGE_VERSION__SIZE_BYTES);

		postInstallActionEClass = createEClass(POST_INSTALL_ACTION);
		createEAttribute(postInstallActionEClass, POST_INSTALL_ACTION__SCRIPT);
		createEAttribute(postInstallActionEClass, POST_INSTALL_ACTION__ORDER);

		installScriptEClass = createEClass(INSTALL_SCRIPT);
		createEReference(installScriptEClass, INSTALL_SCRIPT__DISK_TABLE);
		createEAttribute(installScriptEClass, INSTALL_SCRIPT__POST_ACTION);

		packageListEClass = createEClass(PACKAGE_LIST);
		createEAttribute(packageListEClass, PACKAGE_LIST__DISTRIBUTION_FAMILY);
		createEReference(packageListEClass, PACKAGE_LIST__POOLS);
		createEReference(packageListEClass, PACKAGE_LIST__STAGES);

		stageEClass = createEClass(STAGE);
		createEAttribute(stageEClass, STAGE__ORDER);
		createEAttribute(stageEClass, STAGE__INSTALL_FLAGS);
		createEReference(stageEClass, STAGE__REQUESTS);

		packageRequestEClass = createEClass(PACKAGE_REQUEST);
		createEAttribute(packageRequestEClass, PACKAGE_REQUEST__VERSION_CONSTRAINT);
		createEAttribute(packageRequestEClass, PACKAGE_REQUEST__ARCH);

		packagePoolEClass = createEClass(PACKAGE_POOL);
		createEAttribute(packagePoolEClass, PACKAGE_POOL__KIND);
		createEAttribute(packagePoolEClass, PACKAGE_POOL__URL);
		createEAttribute(packagePoolEClass, PACKAGE_POOL__SUITE);
		createEAttribute(packagePoolEClass, PACKAGE_POOL__COMPONENTS);
		createEAttribute(packagePoolEClass, PACKAGE_POOL__ARCHITECTURES);

		diskTableEClass = createEClass(DISK_TABLE);
		createEAttribute(diskTableEClass, DISK_TABLE__DESCRIPTION);
		createEAttribute(diskTableEClass, DISK_TABLE__SOURCE_FORMAT);
		createEReference(diskTableEClass, DISK_TABLE__DISKS);
		createEReference(diskTableEClass, DISK_TABLE__RAID_ARRAYS);
		createEReference(diskTableEClass, DISK_TABLE__VOLUME_GROUPS);
		createEReference(diskTableEClass, DISK_TABLE__FILESYSTEMS);
		createEReference(diskTableEClass, DISK_TABLE__BOOT_LOADER);

		diskEClass = createEClass(DISK);
		createEAttribute(diskEClass, DISK__DEVICE);
		createEAttribute(diskEClass, DISK__DISK_INDEX);
		createEAttribute(diskEClass, DISK__LABEL);
		createEAttribute(diskEClass, DISK__UNITS);
		createEAttribute(diskEClass, DISK__SIZE_BYTES);
		createEReference(diskEClass, DISK__PARTITIONS);

		blockDeviceEClass = createEClass(BLOCK_DEVICE);

		partitionEClass = createEClass(PARTITION);
		createEReference(partitionEClass, PARTITION__DISK);
		createEAttribute(partitionEClass, PARTITION__NUMBER);
		createEAttribute(partitionEClass, PARTITION__SIZE);
		createEAttribute(partitionEClass, PARTITION__UNIT);
		createEAttribute(partitionEClass, PARTITION__GROW);
		createEAttribute(partitionEClass, PARTITION__TYPE);
		createEAttribute(partitionEClass, PARTITION__FLAGS);
		createEAttribute(partitionEClass, PARTITION__NAME);
		createEAttribute(partitionEClass, PARTITION__PARTITION_ID);

		raidArrayEClass = createEClass(RAID_ARRAY);
		createEAttribute(raidArrayEClass, RAID_ARRAY__DEVICE);
		createEAttribute(raidArrayEClass, RAID_ARRAY__LEVEL);
		createEReference(raidArrayEClass, RAID_ARRAY__MEMBERS);
		createEReference(raidArrayEClass, RAID_ARRAY__SPARES);
		createEAttribute(raidArrayEClass, RAID_ARRAY__CHUNK_SIZE_KI_B);
		createEAttribute(raidArrayEClass, RAID_ARRAY__METADATA);
		createEAttribute(raidArrayEClass, RAID_ARRAY__LAYOUT);

		volumeGroupEClass = createEClass(VOLUME_GROUP);
		createEReference(volumeGroupEClass, VOLUME_GROUP__PHYSICAL_VOLUMES);
		createEReference(volumeGroupEClass, VOLUME_GROUP__LOGICAL_VOLUMES);
		createEAttribute(volumeGroupEClass, VOLUME_GROUP__EXTENT_SIZE_KI_B);
		createEAttribute(volumeGroupEClass, VOLUME_GROUP__MAX_LOGICAL_VOLUMES);
		createEAttribute(volumeGroupEClass, VOLUME_GROUP__MAX_PHYSICAL_VOLUMES);

		logicalVolumeEClass = createEClass(LOGICAL_VOLUME);
		createEReference(logicalVolumeEClass, LOGICAL_VOLUME__VOLUME_GROUP);
		createEAttribute(logicalVolumeEClass, LOGICAL_VOLUME__SIZE);
		createEAttribute(logicalVolumeEClass, LOGICAL_VOLUME__UNIT);
		createEAttribute(logicalVolumeEClass, LOGICAL_VOLUME__GROW);
		createEAttribute(logicalVolumeEClass, LOGICAL_VOLUME__OPTIONS);

		filesystemEClass = createEClass(FILESYSTEM);
		createEReference(filesystemEClass, FILESYSTEM__DEVICE);
		createEAttribute(filesystemEClass, FILESYSTEM__SOURCE);
		createEAttribute(filesystemEClass, FILESYSTEM__MOUNT_POINT);
		createEAttribute(filesystemEClass, FILESYSTEM__FS_TYPE);
		createEAttribute(filesystemEClass, FILESYSTEM__MKFS_OPTIONS);
		createEAttribute(filesystemEClass, FILESYSTEM__MOUNT_OPTIONS);
		createEAttribute(filesystemEClass, FILESYSTEM__DUMP);
		createEAttribute(filesystemEClass, FILESYSTEM__PASS);
		createEAttribute(filesystemEClass, FILESYSTEM__FORMAT);
		createEAttribute(filesystemEClass, FILESYSTEM__LABEL);
		createEAttribute(filesystemEClass, FILESYSTEM__FSTAB_IDENTIFIER);
		createEAttribute(filesystemEClass, FILESYSTEM__UUID);
		createEAttribute(filesystemEClass, FILESYSTEM__TYPE_NAME);

		bootLoaderEClass = createEClass(BOOT_LOADER);
		createEAttribute(bootLoaderEClass, BOOT_LOADER__FLAVOUR);
		createEAttribute(bootLoaderEClass, BOOT_LOADER__EFI);
		createEAttribute(bootLoaderEClass, BOOT_LOADER__TARGETS);
		createEAttribute(bootLoaderEClass, BOOT_LOADER__DEFAULT_ENTRY);
		createEAttribute(bootLoaderEClass, BOOT_LOADER__TIMEOUT);

		clientEClass = createEClass(CLIENT);
		createEAttribute(clientEClass, CLIENT__HOSTNAME);
		createEAttribute(clientEClass, CLIENT__DOMAIN);
		createEAttribute(clientEClass, CLIENT__MACS);
		createEAttribute(clientEClass, CLIENT__IP_ASSIGNMENT);
		createEReference(clientEClass, CLIENT__INTERFACES);
		createEReference(clientEClass, CLIENT__IMAGE);
		createEReference(clientEClass, CLIENT__INSTALL_SCRIPT);
		createEReference(clientEClass, CLIENT__GROUPS);
		createEAttribute(clientEClass, CLIENT__BOOT_MODE);

		networkInterfaceEClass = createEClass(NETWORK_INTERFACE);
		createEAttribute(networkInterfaceEClass, NETWORK_INTERFACE__MAC);
		createEAttribute(networkInterfaceEClass, NETWORK_INTERFACE__IP);
		createEAttribute(networkInterfaceEClass, NETWORK_INTERFACE__NETMASK);
		createEAttribute(networkInterfaceEClass, NETWORK_INTERFACE__GATEWAY);

		clientRangeEClass = createEClass(CLIENT_RANGE);
		createEAttribute(clientRangeEClass, CLIENT_RANGE__BASENAME);
		createEAttribute(clientRangeEClass, CLIENT_RANGE__START);
		createEAttribute(clientRangeEClass, CLIENT_RANGE__COUNT);
		createEAttribute(clientRangeEClass, CLIENT_RANGE__PADDING);
		createEAttribute(clientRangeEClass, CLIENT_RANGE__IP_START);
		createEAttribute(clientRangeEClass, CLIENT_RANGE__DOMAIN);
		createEReference(clientRangeEClass, CLIENT_RANGE__IMAGE);
		createEReference(clientRangeEClass, CLIENT_RANGE__INSTALL_SCRIPT);
		createEAttribute(clientRangeEClass, CLIENT_RANGE__HOSTNAMES);
		createEReference(clientRangeEClass, CLIENT_RANGE__MEMBERS);
		createEOperation(clientRangeEClass, CLIENT_RANGE___HOSTNAME_AT__INT);
		createEOperation(clientRangeEClass, CLIENT_RANGE___IP_ADDRESS_AT__INT);

		footprintSetEClass = createEClass(FOOTPRINT_SET);
		createEReference(footprintSetEClass, FOOTPRINT_SET__RULES);

		footprintRuleEClass = createEClass(FOOTPRINT_RULE);
		createEAttribute(footprintRuleEClass, FOOTPRINT_RULE__CONDITION);
		createEAttribute(footprintRuleEClass, FOOTPRINT_RULE__ACTION);
		createEAttribute(footprintRuleEClass, FOOTPRINT_RULE__ORDER);

		installSessionEClass = createEClass(INSTALL_SESSION);
		createEReference(installSessionEClass, INSTALL_SESSION__CLIENT);
		createEReference(installSessionEClass, INSTALL_SESSION__IMAGE);
		createEReference(installSessionEClass, INSTALL_SESSION__IMAGE_VERSION);
		createEAttribute(installSessionEClass, INSTALL_SESSION__STATE);
		createEAttribute(installSessionEClass, INSTALL_SESSION__PERCENT);
		createEAttribute(installSessionEClass, INSTALL_SESSION__SPEED_KBPS);
		createEAttribute(installSessionEClass, INSTALL_SESSION__STATUS_CODE);
		createEAttribute(installSessionEClass, INSTALL_SESSION__STARTED);
		createEAttribute(installSessionEClass, INSTALL_SESSION__LAST_SEEN);
		createEAttribute(installSessionEClass, INSTALL_SESSION__FINISHED);
		createEReference(installSessionEClass, INSTALL_SESSION__LOG_LINES);

		logLineEClass = createEClass(LOG_LINE);
		createEAttribute(logLineEClass, LOG_LINE__TIMESTAMP);
		createEAttribute(logLineEClass, LOG_LINE__LEVEL);
		createEAttribute(logLineEClass, LOG_LINE__TEXT);

		// Create enums
		connectionKindEEnum = createEEnum(CONNECTION_KIND);
		finishActionEEnum = createEEnum(FINISH_ACTION);
		distributionFamilyEEnum = createEEnum(DISTRIBUTION_FAMILY);
		packagePoolKindEEnum = createEEnum(PACKAGE_POOL_KIND);
		partitionTableTypeEEnum = createEEnum(PARTITION_TABLE_TYPE);
		sizeUnitEEnum = createEEnum(SIZE_UNIT);
		partitionTypeEEnum = createEEnum(PARTITION_TYPE);
		partitionFlagEEnum = createEEnum(PARTITION_FLAG);
		raidLevelEEnum = createEEnum(RAID_LEVEL);
		filesystemTypeEEnum = createEEnum(FILESYSTEM_TYPE);
		fstabIdentifierEEnum = createEEnum(FSTAB_IDENTIFIER);
		bootLoaderFlavourEEnum = createEEnum(BOOT_LOADER_FLAVOUR);
		ipAssignmentEEnum = createEEnum(IP_ASSIGNMENT);
		bootModeEEnum = createEEnum(BOOT_MODE);
		sessionStateEEnum = createEEnum(SESSION_STATE);
		logLevelEEnum = createEEnum(LOG_LEVEL);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		siteEClass.getESuperTypes().add(this.getNamedElement());
		imageServerEClass.getESuperTypes().add(this.getNamedElement());
		imageEClass.getESuperTypes().add(this.getNamedElement());
		postInstallActionEClass.getESuperTypes().add(this.getNamedElement());
		installScriptEClass.getESuperTypes().add(this.getNamedElement());
		packageListEClass.getESuperTypes().add(this.getNamedElement());
		stageEClass.getESuperTypes().add(this.getNamedElement());
		packageRequestEClass.getESuperTypes().add(this.getNamedElement());
		packagePoolEClass.getESuperTypes().add(this.getNamedElement());
		diskTableEClass.getESuperTypes().add(this.getNamedElement());
		partitionEClass.getESuperTypes().add(this.getBlockDevice());
		raidArrayEClass.getESuperTypes().add(this.getBlockDevice());
		volumeGroupEClass.getESuperTypes().add(this.getNamedElement());
		logicalVolumeEClass.getESuperTypes().add(this.getNamedElement());
		logicalVolumeEClass.getESuperTypes().add(this.getBlockDevice());
		networkInterfaceEClass.getESuperTypes().add(this.getNamedElement());
		clientRangeEClass.getESuperTypes().add(this.getNamedElement());
		footprintSetEClass.getESuperTypes().add(this.getNamedElement());
		footprintRuleEClass.getESuperTypes().add(this.getNamedElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 1, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(siteEClass, Site.class, "Site", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSite_ImageServers(), this.getImageServer(), null, "imageServers", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_PackagePools(), this.getPackagePool(), null, "packagePools", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_PackageLists(), this.getPackageList(), null, "packageLists", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_DiskTables(), this.getDiskTable(), null, "diskTables", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_FootprintSets(), this.getFootprintSet(), null, "footprintSets", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_ClientRanges(), this.getClientRange(), null, "clientRanges", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_Clients(), this.getClient(), null, "clients", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_InstallSessions(), this.getInstallSession(), null, "installSessions", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(imageServerEClass, ImageServer.class, "ImageServer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImageServer_Host(), ecorePackage.getEString(), "host", null, 0, 1, ImageServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageServer_Connection(), this.getConnectionKind(), "connection", null, 0, 1, ImageServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageServer_SshUser(), ecorePackage.getEString(), "sshUser", "root", 0, 1, ImageServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageServer_SshPort(), ecorePackage.getEInt(), "sshPort", "22", 0, 1, ImageServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageServer_ImageRoot(), ecorePackage.getEString(), "imageRoot", "/var/lib/systemimager/images", 0, 1, ImageServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageServer_RsyncPort(), ecorePackage.getEInt(), "rsyncPort", "873", 0, 1, ImageServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageServer_MonitorPort(), ecorePackage.getEInt(), "monitorPort", "8181", 0, 1, ImageServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageServer_BindAddress(), ecorePackage.getEString(), "bindAddress", "127.0.0.1", 0, 1, ImageServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImageServer_Images(), this.getImage(), this.getImage_Server(), "images", null, 0, -1, ImageServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(imageEClass, Image.class, "Image", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getImage_Server(), this.getImageServer(), this.getImageServer_Images(), "server", null, 0, 1, Image.class, IS_TRANSIENT, !IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_Architecture(), ecorePackage.getEString(), "architecture", null, 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_Distribution(), ecorePackage.getEString(), "distribution", null, 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_DistributionDetected(), ecorePackage.getEBoolean(), "distributionDetected", null, 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_Path(), ecorePackage.getEString(), "path", null, 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_Description(), ecorePackage.getEString(), "description", null, 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImage_Versions(), this.getImageVersion(), this.getImageVersion_Image(), "versions", null, 0, -1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImage_CurrentVersion(), this.getImageVersion(), null, "currentVersion", null, 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImage_PackageList(), this.getPackageList(), null, "packageList", null, 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImage_DiskTables(), this.getDiskTable(), null, "diskTables", null, 0, -1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImage_FootprintSet(), this.getFootprintSet(), null, "footprintSet", null, 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImage_PostInstallActions(), this.getPostInstallAction(), null, "postInstallActions", null, 0, -1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImage_InstallScripts(), this.getInstallScript(), null, "installScripts", null, 0, -1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(imageVersionEClass, ImageVersion.class, "ImageVersion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getImageVersion_Image(), this.getImage(), this.getImage_Versions(), "image", null, 0, 1, ImageVersion.class, IS_TRANSIENT, !IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageVersion_Number(), ecorePackage.getEInt(), "number", null, 1, 1, ImageVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageVersion_Created(), ecorePackage.getEDate(), "created", null, 0, 1, ImageVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImageVersion_ParentVersion(), this.getImageVersion(), null, "parentVersion", null, 0, 1, ImageVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageVersion_Note(), ecorePackage.getEString(), "note", null, 0, 1, ImageVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageVersion_SizeBytes(), ecorePackage.getELong(), "sizeBytes", null, 0, 1, ImageVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(postInstallActionEClass, PostInstallAction.class, "PostInstallAction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPostInstallAction_Script(), ecorePackage.getEString(), "script", null, 0, 1, PostInstallAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPostInstallAction_Order(), ecorePackage.getEInt(), "order", null, 0, 1, PostInstallAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(installScriptEClass, InstallScript.class, "InstallScript", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getInstallScript_DiskTable(), this.getDiskTable(), null, "diskTable", null, 0, 1, InstallScript.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstallScript_PostAction(), this.getFinishAction(), "postAction", null, 0, 1, InstallScript.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(packageListEClass, PackageList.class, "PackageList", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPackageList_DistributionFamily(), this.getDistributionFamily(), "distributionFamily", null, 0, 1, PackageList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPackageList_Pools(), this.getPackagePool(), null, "pools", null, 0, -1, PackageList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPackageList_Stages(), this.getStage(), null, "stages", null, 0, -1, PackageList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stageEClass, Stage.class, "Stage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStage_Order(), ecorePackage.getEInt(), "order", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStage_InstallFlags(), ecorePackage.getEString(), "installFlags", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStage_Requests(), this.getPackageRequest(), null, "requests", null, 0, -1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(packageRequestEClass, PackageRequest.class, "PackageRequest", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPackageRequest_VersionConstraint(), ecorePackage.getEString(), "versionConstraint", null, 0, 1, PackageRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPackageRequest_Arch(), ecorePackage.getEString(), "arch", null, 0, 1, PackageRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(packagePoolEClass, PackagePool.class, "PackagePool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPackagePool_Kind(), this.getPackagePoolKind(), "kind", null, 0, 1, PackagePool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPackagePool_Url(), ecorePackage.getEString(), "url", null, 0, 1, PackagePool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPackagePool_Suite(), ecorePackage.getEString(), "suite", null, 0, 1, PackagePool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPackagePool_Components(), ecorePackage.getEString(), "components", null, 0, -1, PackagePool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPackagePool_Architectures(), ecorePackage.getEString(), "architectures", null, 0, -1, PackagePool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diskTableEClass, DiskTable.class, "DiskTable", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiskTable_Description(), ecorePackage.getEString(), "description", null, 0, 1, DiskTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiskTable_SourceFormat(), ecorePackage.getEString(), "sourceFormat", null, 0, 1, DiskTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiskTable_Disks(), this.getDisk(), null, "disks", null, 0, -1, DiskTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiskTable_RaidArrays(), this.getRaidArray(), null, "raidArrays", null, 0, -1, DiskTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiskTable_VolumeGroups(), this.getVolumeGroup(), null, "volumeGroups", null, 0, -1, DiskTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiskTable_Filesystems(), this.getFilesystem(), null, "filesystems", null, 0, -1, DiskTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiskTable_BootLoader(), this.getBootLoader(), null, "bootLoader", null, 0, 1, DiskTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diskEClass, Disk.class, "Disk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDisk_Device(), ecorePackage.getEString(), "device", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_DiskIndex(), ecorePackage.getEIntegerObject(), "diskIndex", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_Label(), this.getPartitionTableType(), "label", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_Units(), this.getSizeUnit(), "units", "MB", 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_SizeBytes(), ecorePackage.getELongObject(), "sizeBytes", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDisk_Partitions(), this.getPartition(), this.getPartition_Disk(), "partitions", null, 0, -1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(blockDeviceEClass, BlockDevice.class, "BlockDevice", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(partitionEClass, Partition.class, "Partition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPartition_Disk(), this.getDisk(), this.getDisk_Partitions(), "disk", null, 0, 1, Partition.class, IS_TRANSIENT, !IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartition_Number(), ecorePackage.getEInt(), "number", null, 1, 1, Partition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartition_Size(), ecorePackage.getEBigDecimal(), "size", null, 0, 1, Partition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartition_Unit(), this.getSizeUnit(), "unit", "MB", 0, 1, Partition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartition_Grow(), ecorePackage.getEBoolean(), "grow", null, 0, 1, Partition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartition_Type(), this.getPartitionType(), "type", null, 0, 1, Partition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartition_Flags(), this.getPartitionFlag(), "flags", null, 0, -1, Partition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartition_Name(), ecorePackage.getEString(), "name", null, 0, 1, Partition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartition_PartitionId(), ecorePackage.getEString(), "partitionId", null, 0, 1, Partition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(raidArrayEClass, RaidArray.class, "RaidArray", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRaidArray_Device(), ecorePackage.getEString(), "device", null, 1, 1, RaidArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRaidArray_Level(), this.getRaidLevel(), "level", "raid1", 0, 1, RaidArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRaidArray_Members(), this.getPartition(), null, "members", null, 0, -1, RaidArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRaidArray_Spares(), this.getPartition(), null, "spares", null, 0, -1, RaidArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRaidArray_ChunkSizeKiB(), ecorePackage.getEIntegerObject(), "chunkSizeKiB", null, 0, 1, RaidArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRaidArray_Metadata(), ecorePackage.getEString(), "metadata", null, 0, 1, RaidArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRaidArray_Layout(), ecorePackage.getEString(), "layout", null, 0, 1, RaidArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(volumeGroupEClass, VolumeGroup.class, "VolumeGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getVolumeGroup_PhysicalVolumes(), this.getBlockDevice(), null, "physicalVolumes", null, 0, -1, VolumeGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVolumeGroup_LogicalVolumes(), this.getLogicalVolume(), this.getLogicalVolume_VolumeGroup(), "logicalVolumes", null, 0, -1, VolumeGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolumeGroup_ExtentSizeKiB(), ecorePackage.getEIntegerObject(), "extentSizeKiB", null, 0, 1, VolumeGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolumeGroup_MaxLogicalVolumes(), ecorePackage.getEIntegerObject(), "maxLogicalVolumes", null, 0, 1, VolumeGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolumeGroup_MaxPhysicalVolumes(), ecorePackage.getEIntegerObject(), "maxPhysicalVolumes", null, 0, 1, VolumeGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(logicalVolumeEClass, LogicalVolume.class, "LogicalVolume", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLogicalVolume_VolumeGroup(), this.getVolumeGroup(), this.getVolumeGroup_LogicalVolumes(), "volumeGroup", null, 0, 1, LogicalVolume.class, IS_TRANSIENT, !IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogicalVolume_Size(), ecorePackage.getEBigDecimal(), "size", null, 0, 1, LogicalVolume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogicalVolume_Unit(), this.getSizeUnit(), "unit", "MB", 0, 1, LogicalVolume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogicalVolume_Grow(), ecorePackage.getEBoolean(), "grow", null, 0, 1, LogicalVolume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogicalVolume_Options(), ecorePackage.getEString(), "options", null, 0, 1, LogicalVolume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(filesystemEClass, Filesystem.class, "Filesystem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFilesystem_Device(), this.getBlockDevice(), null, "device", null, 0, 1, Filesystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilesystem_Source(), ecorePackage.getEString(), "source", null, 0, 1, Filesystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilesystem_MountPoint(), ecorePackage.getEString(), "mountPoint", null, 0, 1, Filesystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilesystem_FsType(), this.getFilesystemType(), "fsType", "ext4", 0, 1, Filesystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilesystem_MkfsOptions(), ecorePackage.getEString(), "mkfsOptions", null, 0, 1, Filesystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilesystem_MountOptions(), ecorePackage.getEString(), "mountOptions", "defaults", 0, 1, Filesystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilesystem_Dump(), ecorePackage.getEInt(), "dump", null, 0, 1, Filesystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilesystem_Pass(), ecorePackage.getEInt(), "pass", null, 0, 1, Filesystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilesystem_Format(), ecorePackage.getEBoolean(), "format", "true", 0, 1, Filesystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilesystem_Label(), ecorePackage.getEString(), "label", null, 0, 1, Filesystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilesystem_FstabIdentifier(), this.getFstabIdentifier(), "fstabIdentifier", null, 0, 1, Filesystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilesystem_Uuid(), ecorePackage.getEString(), "uuid", null, 0, 1, Filesystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilesystem_TypeName(), ecorePackage.getEString(), "typeName", null, 0, 1, Filesystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bootLoaderEClass, BootLoader.class, "BootLoader", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBootLoader_Flavour(), this.getBootLoaderFlavour(), "flavour", null, 0, 1, BootLoader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBootLoader_Efi(), ecorePackage.getEBoolean(), "efi", null, 0, 1, BootLoader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBootLoader_Targets(), ecorePackage.getEString(), "targets", null, 0, -1, BootLoader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBootLoader_DefaultEntry(), ecorePackage.getEString(), "defaultEntry", null, 0, 1, BootLoader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBootLoader_Timeout(), ecorePackage.getEIntegerObject(), "timeout", null, 0, 1, BootLoader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(clientEClass, Client.class, "Client", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getClient_Hostname(), ecorePackage.getEString(), "hostname", null, 1, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClient_Domain(), ecorePackage.getEString(), "domain", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClient_Macs(), ecorePackage.getEString(), "macs", null, 0, -1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClient_IpAssignment(), this.getIpAssignment(), "ipAssignment", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClient_Interfaces(), this.getNetworkInterface(), null, "interfaces", null, 0, -1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClient_Image(), this.getImage(), null, "image", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClient_InstallScript(), this.getInstallScript(), null, "installScript", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClient_Groups(), this.getClientRange(), null, "groups", null, 0, -1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClient_BootMode(), this.getBootMode(), "bootMode", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(networkInterfaceEClass, NetworkInterface.class, "NetworkInterface", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNetworkInterface_Mac(), ecorePackage.getEString(), "mac", null, 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkInterface_Ip(), ecorePackage.getEString(), "ip", null, 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkInterface_Netmask(), ecorePackage.getEString(), "netmask", null, 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkInterface_Gateway(), ecorePackage.getEString(), "gateway", null, 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(clientRangeEClass, ClientRange.class, "ClientRange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getClientRange_Basename(), ecorePackage.getEString(), "basename", null, 0, 1, ClientRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClientRange_Start(), ecorePackage.getEInt(), "start", "1", 0, 1, ClientRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClientRange_Count(), ecorePackage.getEInt(), "count", null, 0, 1, ClientRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClientRange_Padding(), ecorePackage.getEInt(), "padding", null, 0, 1, ClientRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClientRange_IpStart(), ecorePackage.getEString(), "ipStart", null, 0, 1, ClientRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClientRange_Domain(), ecorePackage.getEString(), "domain", null, 0, 1, ClientRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClientRange_Image(), this.getImage(), null, "image", null, 0, 1, ClientRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClientRange_InstallScript(), this.getInstallScript(), null, "installScript", null, 0, 1, ClientRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClientRange_Hostnames(), ecorePackage.getEString(), "hostnames", null, 0, -1, ClientRange.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getClientRange_Members(), this.getClient(), null, "members", null, 0, -1, ClientRange.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getClientRange__HostnameAt__int(), ecorePackage.getEString(), "hostnameAt", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "index", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getClientRange__IpAddressAt__int(), ecorePackage.getEString(), "ipAddressAt", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "index", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(footprintSetEClass, FootprintSet.class, "FootprintSet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFootprintSet_Rules(), this.getFootprintRule(), null, "rules", null, 0, -1, FootprintSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(footprintRuleEClass, FootprintRule.class, "FootprintRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFootprintRule_Condition(), ecorePackage.getEString(), "condition", null, 0, 1, FootprintRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFootprintRule_Action(), ecorePackage.getEString(), "action", null, 0, 1, FootprintRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFootprintRule_Order(), ecorePackage.getEInt(), "order", null, 0, 1, FootprintRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(installSessionEClass, InstallSession.class, "InstallSession", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getInstallSession_Client(), this.getClient(), null, "client", null, 1, 1, InstallSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstallSession_Image(), this.getImage(), null, "image", null, 1, 1, InstallSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstallSession_ImageVersion(), this.getImageVersion(), null, "imageVersion", null, 0, 1, InstallSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstallSession_State(), this.getSessionState(), "state", null, 0, 1, InstallSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstallSession_Percent(), ecorePackage.getEInt(), "percent", null, 0, 1, InstallSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstallSession_SpeedKBps(), ecorePackage.getELong(), "speedKBps", null, 0, 1, InstallSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstallSession_StatusCode(), ecorePackage.getEInt(), "statusCode", null, 0, 1, InstallSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstallSession_Started(), ecorePackage.getEDate(), "started", null, 0, 1, InstallSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstallSession_LastSeen(), ecorePackage.getEDate(), "lastSeen", null, 0, 1, InstallSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstallSession_Finished(), ecorePackage.getEDate(), "finished", null, 0, 1, InstallSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstallSession_LogLines(), this.getLogLine(), null, "logLines", null, 0, -1, InstallSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(logLineEClass, LogLine.class, "LogLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLogLine_Timestamp(), ecorePackage.getEDate(), "timestamp", null, 0, 1, LogLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogLine_Level(), this.getLogLevel(), "level", "info", 0, 1, LogLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogLine_Text(), ecorePackage.getEString(), "text", null, 0, 1, LogLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(connectionKindEEnum, ConnectionKind.class, "ConnectionKind");
		addEEnumLiteral(connectionKindEEnum, ConnectionKind.LOCAL);
		addEEnumLiteral(connectionKindEEnum, ConnectionKind.SSH);

		initEEnum(finishActionEEnum, FinishAction.class, "FinishAction");
		addEEnumLiteral(finishActionEEnum, FinishAction.REBOOT);
		addEEnumLiteral(finishActionEEnum, FinishAction.SHUTDOWN);
		addEEnumLiteral(finishActionEEnum, FinishAction.BEEP);
		addEEnumLiteral(finishActionEEnum, FinishAction.SHELL);
		addEEnumLiteral(finishActionEEnum, FinishAction.KEXEC);

		initEEnum(distributionFamilyEEnum, DistributionFamily.class, "DistributionFamily");
		addEEnumLiteral(distributionFamilyEEnum, DistributionFamily.DEB);
		addEEnumLiteral(distributionFamilyEEnum, DistributionFamily.RPM);

		initEEnum(packagePoolKindEEnum, PackagePoolKind.class, "PackagePoolKind");
		addEEnumLiteral(packagePoolKindEEnum, PackagePoolKind.DEB_REPOSITORY);
		addEEnumLiteral(packagePoolKindEEnum, PackagePoolKind.RPM_REPOSITORY);
		addEEnumLiteral(packagePoolKindEEnum, PackagePoolKind.DIRECTORY);

		initEEnum(partitionTableTypeEEnum, PartitionTableType.class, "PartitionTableType");
		addEEnumLiteral(partitionTableTypeEEnum, PartitionTableType.MSDOS);
		addEEnumLiteral(partitionTableTypeEEnum, PartitionTableType.GPT);

		initEEnum(sizeUnitEEnum, SizeUnit.class, "SizeUnit");
		addEEnumLiteral(sizeUnitEEnum, SizeUnit.B);
		addEEnumLiteral(sizeUnitEEnum, SizeUnit.KB);
		addEEnumLiteral(sizeUnitEEnum, SizeUnit.MB);
		addEEnumLiteral(sizeUnitEEnum, SizeUnit.GB);
		addEEnumLiteral(sizeUnitEEnum, SizeUnit.TB);
		addEEnumLiteral(sizeUnitEEnum, SizeUnit.KIB);
		addEEnumLiteral(sizeUnitEEnum, SizeUnit.MIB);
		addEEnumLiteral(sizeUnitEEnum, SizeUnit.GIB);
		addEEnumLiteral(sizeUnitEEnum, SizeUnit.TIB);
		addEEnumLiteral(sizeUnitEEnum, SizeUnit.PERCENT);
		addEEnumLiteral(sizeUnitEEnum, SizeUnit.S);

		initEEnum(partitionTypeEEnum, PartitionType.class, "PartitionType");
		addEEnumLiteral(partitionTypeEEnum, PartitionType.PRIMARY);
		addEEnumLiteral(partitionTypeEEnum, PartitionType.EXTENDED);
		addEEnumLiteral(partitionTypeEEnum, PartitionType.LOGICAL);

		initEEnum(partitionFlagEEnum, PartitionFlag.class, "PartitionFlag");
		addEEnumLiteral(partitionFlagEEnum, PartitionFlag.BOOT);
		addEEnumLiteral(partitionFlagEEnum, PartitionFlag.ESP);
		addEEnumLiteral(partitionFlagEEnum, PartitionFlag.RAID);
		addEEnumLiteral(partitionFlagEEnum, PartitionFlag.LVM);
		addEEnumLiteral(partitionFlagEEnum, PartitionFlag.BIOS_GRUB);
		addEEnumLiteral(partitionFlagEEnum, PartitionFlag.SWAP);
		addEEnumLiteral(partitionFlagEEnum, PartitionFlag.LEGACY_BOOT);
		addEEnumLiteral(partitionFlagEEnum, PartitionFlag.HIDDEN);
		addEEnumLiteral(partitionFlagEEnum, PartitionFlag.LBA);
		addEEnumLiteral(partitionFlagEEnum, PartitionFlag.ROOT);

		initEEnum(raidLevelEEnum, RaidLevel.class, "RaidLevel");
		addEEnumLiteral(raidLevelEEnum, RaidLevel.RAID0);
		addEEnumLiteral(raidLevelEEnum, RaidLevel.RAID1);
		addEEnumLiteral(raidLevelEEnum, RaidLevel.RAID4);
		addEEnumLiteral(raidLevelEEnum, RaidLevel.RAID5);
		addEEnumLiteral(raidLevelEEnum, RaidLevel.RAID6);
		addEEnumLiteral(raidLevelEEnum, RaidLevel.RAID10);
		addEEnumLiteral(raidLevelEEnum, RaidLevel.LINEAR);

		initEEnum(filesystemTypeEEnum, FilesystemType.class, "FilesystemType");
		addEEnumLiteral(filesystemTypeEEnum, FilesystemType.EXT2);
		addEEnumLiteral(filesystemTypeEEnum, FilesystemType.EXT3);
		addEEnumLiteral(filesystemTypeEEnum, FilesystemType.EXT4);
		addEEnumLiteral(filesystemTypeEEnum, FilesystemType.XFS);
		addEEnumLiteral(filesystemTypeEEnum, FilesystemType.BTRFS);
		addEEnumLiteral(filesystemTypeEEnum, FilesystemType.VFAT);
		addEEnumLiteral(filesystemTypeEEnum, FilesystemType.SWAP);
		addEEnumLiteral(filesystemTypeEEnum, FilesystemType.NFS);
		addEEnumLiteral(filesystemTypeEEnum, FilesystemType.TMPFS);
		addEEnumLiteral(filesystemTypeEEnum, FilesystemType.PROC);
		addEEnumLiteral(filesystemTypeEEnum, FilesystemType.SYSFS);
		addEEnumLiteral(filesystemTypeEEnum, FilesystemType.DEVPTS);
		addEEnumLiteral(filesystemTypeEEnum, FilesystemType.REISERFS);
		addEEnumLiteral(filesystemTypeEEnum, FilesystemType.JFS);
		addEEnumLiteral(filesystemTypeEEnum, FilesystemType.NTFS);
		addEEnumLiteral(filesystemTypeEEnum, FilesystemType.MSDOS);
		addEEnumLiteral(filesystemTypeEEnum, FilesystemType.BOOT_DEFAULT);
		addEEnumLiteral(filesystemTypeEEnum, FilesystemType.ROOT_DEFAULT);
		addEEnumLiteral(filesystemTypeEEnum, FilesystemType.OTHER);

		initEEnum(fstabIdentifierEEnum, FstabIdentifier.class, "FstabIdentifier");
		addEEnumLiteral(fstabIdentifierEEnum, FstabIdentifier.UUID);
		addEEnumLiteral(fstabIdentifierEEnum, FstabIdentifier.LABEL);
		addEEnumLiteral(fstabIdentifierEEnum, FstabIdentifier.DEVICE);

		initEEnum(bootLoaderFlavourEEnum, BootLoaderFlavour.class, "BootLoaderFlavour");
		addEEnumLiteral(bootLoaderFlavourEEnum, BootLoaderFlavour.GRUB2);
		addEEnumLiteral(bootLoaderFlavourEEnum, BootLoaderFlavour.SYSTEMD_BOOT);
		addEEnumLiteral(bootLoaderFlavourEEnum, BootLoaderFlavour.NONE);
		addEEnumLiteral(bootLoaderFlavourEEnum, BootLoaderFlavour.GRUB);
		addEEnumLiteral(bootLoaderFlavourEEnum, BootLoaderFlavour.REFIND);
		addEEnumLiteral(bootLoaderFlavourEEnum, BootLoaderFlavour.CLOVER);

		initEEnum(ipAssignmentEEnum, IpAssignment.class, "IpAssignment");
		addEEnumLiteral(ipAssignmentEEnum, IpAssignment.STATIC);
		addEEnumLiteral(ipAssignmentEEnum, IpAssignment.DHCP);
		addEEnumLiteral(ipAssignmentEEnum, IpAssignment.STATIC_DHCP);
		addEEnumLiteral(ipAssignmentEEnum, IpAssignment.REPLICANT);

		initEEnum(bootModeEEnum, BootMode.class, "BootMode");
		addEEnumLiteral(bootModeEEnum, BootMode.INSTALL);
		addEEnumLiteral(bootModeEEnum, BootMode.LOCAL);

		initEEnum(sessionStateEEnum, SessionState.class, "SessionState");
		addEEnumLiteral(sessionStateEEnum, SessionState.PENDING);
		addEEnumLiteral(sessionStateEEnum, SessionState.RUNNING);
		addEEnumLiteral(sessionStateEEnum, SessionState.IMAGED);
		addEEnumLiteral(sessionStateEEnum, SessionState.FINALIZING);
		addEEnumLiteral(sessionStateEEnum, SessionState.REBOOTED);
		addEEnumLiteral(sessionStateEEnum, SessionState.FAILED);
		addEEnumLiteral(sessionStateEEnum, SessionState.CANCELLED);

		initEEnum(logLevelEEnum, LogLevel.class, "LogLevel");
		addEEnumLiteral(logLevelEEnum, LogLevel.DEBUG);
		addEEnumLiteral(logLevelEEnum, LogLevel.INFO);
		addEEnumLiteral(logLevelEEnum, LogLevel.WARNING);
		addEEnumLiteral(logLevelEEnum, LogLevel.ERROR);

		// Create resource
		createResource(eNS_URI);
	}

} //SisPackageImpl
