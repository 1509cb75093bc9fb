/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.sisuite.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SisFactoryImpl extends EFactoryImpl implements SisFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SisFactory init() {
		try {
			SisFactory theSisFactory = (SisFactory)EPackage.Registry.INSTANCE.getEFactory(SisPackage.eNS_URI);
			if (theSisFactory != null) {
				return theSisFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SisFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SisFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SisPackage.SITE: return createSite();
			case SisPackage.IMAGE_SERVER: return createImageServer();
			case SisPackage.IMAGE: return createImage();
			case SisPackage.IMAGE_VERSION: return createImageVersion();
			case SisPackage.POST_INSTALL_ACTION: return createPostInstallAction();
			case SisPackage.INSTALL_SCRIPT: return createInstallScript();
			case SisPackage.PACKAGE_LIST: return createPackageList();
			case SisPackage.STAGE: return createStage();
			case SisPackage.PACKAGE_REQUEST: return createPackageRequest();
			case SisPackage.PACKAGE_POOL: return createPackagePool();
			case SisPackage.DISK_TABLE: return createDiskTable();
			case SisPackage.DISK: return createDisk();
			case SisPackage.PARTITION: return createPartition();
			case SisPackage.RAID_ARRAY: return createRaidArray();
			case SisPackage.VOLUME_GROUP: return createVolumeGroup();
			case SisPackage.LOGICAL_VOLUME: return createLogicalVolume();
			case SisPackage.FILESYSTEM: return createFilesystem();
			case SisPackage.BOOT_LOADER: return createBootLoader();
			case SisPackage.CLIENT: return createClient();
			case SisPackage.NETWORK_INTERFACE: return createNetworkInterface();
			case SisPackage.CLIENT_RANGE: return createClientRange();
			case SisPackage.FOOTPRINT_SET: return createFootprintSet();
			case SisPackage.FOOTPRINT_RULE: return createFootprintRule();
			case SisPackage.INSTALL_SESSION: return createInstallSession();
			case SisPackage.LOG_LINE: return createLogLine();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case SisPackage.CONNECTION_KIND:
				return createConnectionKindFromString(eDataType, initialValue);
			case SisPackage.FINISH_ACTION:
				return createFinishActionFromString(eDataType, initialValue);
			case SisPackage.DISTRIBUTION_FAMILY:
				return createDistributionFamilyFromString(eDataType, initialValue);
			case SisPackage.PACKAGE_POOL_KIND:
				return createPackagePoolKindFromString(eDataType, initialValue);
			case SisPackage.PARTITION_TABLE_TYPE:
				return createPartitionTableTypeFromString(eDataType, initialValue);
			case SisPackage.SIZE_UNIT:
				return createSizeUnitFromString(eDataType, initialValue);
			case SisPackage.PARTITION_TYPE:
				return createPartitionTypeFromString(eDataType, initialValue);
			case SisPackage.PARTITION_FLAG:
				return createPartitionFlagFromString(eDataType, initialValue);
			case SisPackage.RAID_LEVEL:
				return createRaidLevelFromString(eDataType, initialValue);
			case SisPackage.FILESYSTEM_TYPE:
				return createFilesystemTypeFromString(eDataType, initialValue);
			case SisPackage.FSTAB_IDENTIFIER:
				return createFstabIdentifierFromString(eDataType, initialValue);
			case SisPackage.BOOT_LOADER_FLAVOUR:
				return createBootLoaderFlavourFromString(eDataType, initialValue);
			case SisPackage.IP_ASSIGNMENT:
				return createIpAssignmentFromString(eDataType, initialValue);
			case SisPackage.BOOT_MODE:
				return createBootModeFromString(eDataType, initialValue);
			case SisPackage.SESSION_STATE:
				return createSessionStateFromString(eDataType, initialValue);
			case SisPackage.LOG_LEVEL:
				return createLogLevelFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case SisPackage.CONNECTION_KIND:
				return convertConnectionKindToString(eDataType, instanceValue);
			case SisPackage.FINISH_ACTION:
				return convertFinishActionToString(eDataType, instanceValue);
			case SisPackage.DISTRIBUTION_FAMILY:
				return convertDistributionFamilyToString(eDataType, instanceValue);
			case SisPackage.PACKAGE_POOL_KIND:
				return convertPackagePoolKindToString(eDataType, instanceValue);
			case SisPackage.PARTITION_TABLE_TYPE:
				return convertPartitionTableTypeToString(eDataType, instanceValue);
			case SisPackage.SIZE_UNIT:
				return convertSizeUnitToString(eDataType, instanceValue);
			case SisPackage.PARTITION_TYPE:
				return convertPartitionTypeToString(eDataType, instanceValue);
			case SisPackage.PARTITION_FLAG:
				return convertPartitionFlagToString(eDataType, instanceValue);
			case SisPackage.RAID_LEVEL:
				return convertRaidLevelToString(eDataType, instanceValue);
			case SisPackage.FILESYSTEM_TYPE:
				return convertFilesystemTypeToString(eDataType, instanceValue);
			case SisPackage.FSTAB_IDENTIFIER:
				return convertFstabIdentifierToString(eDataType, instanceValue);
			case SisPackage.BOOT_LOADER_FLAVOUR:
				return convertBootLoaderFlavourToString(eDataType, instanceValue);
			case SisPackage.IP_ASSIGNMENT:
				return convertIpAssignmentToString(eDataType, instanceValue);
			case SisPackage.BOOT_MODE:
				return convertBootModeToString(eDataType, instanceValue);
			case SisPackage.SESSION_STATE:
				return convertSessionStateToString(eDataType, instanceValue);
			case SisPackage.LOG_LEVEL:
				return convertLogLevelToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site createSite() {
		SiteImpl site = new SiteImpl();
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageServer createImageServer() {
		ImageServerImpl imageServer = new ImageServerImpl();
		return imageServer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Image createImage() {
		ImageImpl image = new ImageImpl();
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageVersion createImageVersion() {
		ImageVersionImpl imageVersion = new ImageVersionImpl();
		return imageVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PostInstallAction createPostInstallAction() {
		PostInstallActionImpl postInstallAction = new PostInstallActionImpl();
		return postInstallAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstallScript createInstallScript() {
		InstallScriptImpl installScript = new InstallScriptImpl();
		return installScript;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PackageList createPackageList() {
		PackageListImpl packageList = new PackageListImpl();
		return packageList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stage createStage() {
		StageImpl stage = new StageImpl();
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PackageRequest createPackageRequest() {
		PackageRequestImpl packageRequest = new PackageRequestImpl();
		return packageRequest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PackagePool createPackagePool() {
		PackagePoolImpl packagePool = new PackagePoolImpl();
		return packagePool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiskTable createDiskTable() {
		DiskTableImpl diskTable = new DiskTableImpl();
		return diskTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Disk createDisk() {
		DiskImpl disk = new DiskImpl();
		return disk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Partition createPartition() {
		PartitionImpl partition = new PartitionImpl();
		return partition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RaidArray createRaidArray() {
		RaidArrayImpl raidArray = new RaidArrayImpl();
		return raidArray;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeGroup createVolumeGroup() {
		VolumeGroupImpl volumeGroup = new VolumeGroupImpl();
		return volumeGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogicalVolume createLogicalVolume() {
		LogicalVolumeImpl logicalVolume = new LogicalVolumeImpl();
		return logicalVolume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Filesystem createFilesystem() {
		FilesystemImpl filesystem = new FilesystemImpl();
		return filesystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BootLoader createBootLoader() {
		BootLoaderImpl bootLoader = new BootLoaderImpl();
		return bootLoader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Client createClient() {
		ClientImpl client = new ClientImpl();
		return client;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkInterface createNetworkInterface() {
		NetworkInterfaceImpl networkInterface = new NetworkInterfaceImpl();
		return networkInterface;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClientRange createClientRange() {
		ClientRangeImpl clientRange = new ClientRangeImpl();
		return clientRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FootprintSet createFootprintSet() {
		FootprintSetImpl footprintSet = new FootprintSetImpl();
		return footprintSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FootprintRule createFootprintRule() {
		FootprintRuleImpl footprintRule = new FootprintRuleImpl();
		return footprintRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstallSession createInstallSession() {
		InstallSessionImpl installSession = new InstallSessionImpl();
		return installSession;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogLine createLogLine() {
		LogLineImpl logLine = new LogLineImpl();
		return logLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConnectionKind createConnectionKindFromString(EDataType eDataType, String initialValue) {
		ConnectionKind result = ConnectionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConnectionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FinishAction createFinishActionFromString(EDataType eDataType, String initialValue) {
		FinishAction result = FinishAction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFinishActionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DistributionFamily createDistributionFamilyFromString(EDataType eDataType, String initialValue) {
		DistributionFamily result = DistributionFamily.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDistributionFamilyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PackagePoolKind createPackagePoolKindFromString(EDataType eDataType, String initialValue) {
		PackagePoolKind result = PackagePoolKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPackagePoolKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartitionTableType createPartitionTableTypeFromString(EDataType eDataType, String initialValue) {
		PartitionTableType result = PartitionTableType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPartitionTableTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SizeUnit createSizeUnitFromString(EDataType eDataType, String initialValue) {
		SizeUnit result = SizeUnit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSizeUnitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartitionType createPartitionTypeFromString(EDataType eDataType, String initialValue) {
		PartitionType result = PartitionType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPartitionTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartitionFlag createPartitionFlagFromString(EDataType eDataType, String initialValue) {
		PartitionFlag result = PartitionFlag.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPartitionFlagToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RaidLevel createRaidLevelFromString(EDataType eDataType, String initialValue) {
		RaidLevel result = RaidLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRaidLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FilesystemType createFilesystemTypeFromString(EDataType eDataType, String initialValue) {
		FilesystemType result = FilesystemType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFilesystemTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FstabIdentifier createFstabIdentifierFromString(EDataType eDataType, String initialValue) {
		FstabIdentifier result = FstabIdentifier.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFstabIdentifierToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BootLoaderFlavour createBootLoaderFlavourFromString(EDataType eDataType, String initialValue) {
		BootLoaderFlavour result = BootLoaderFlavour.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBootLoaderFlavourToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IpAssignment createIpAssignmentFromString(EDataType eDataType, String initialValue) {
		IpAssignment result = IpAssignment.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIpAssignmentToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BootMode createBootModeFromString(EDataType eDataType, String initialValue) {
		BootMode result = BootMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBootModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SessionState createSessionStateFromString(EDataType eDataType, String initialValue) {
		SessionState result = SessionState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSessionStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LogLevel createLogLevelFromString(EDataType eDataType, String initialValue) {
		LogLevel result = LogLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLogLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SisPackage getSisPackage() {
		return (SisPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SisPackage getPackage() {
		return SisPackage.eINSTANCE;
	}

} //SisFactoryImpl
