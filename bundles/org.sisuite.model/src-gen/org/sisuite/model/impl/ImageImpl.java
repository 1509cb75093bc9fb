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
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sisuite.model.DiskTable;
import org.sisuite.model.FootprintSet;
import org.sisuite.model.Image;
import org.sisuite.model.ImageServer;
import org.sisuite.model.ImageVersion;
import org.sisuite.model.InstallScript;
import org.sisuite.model.PackageList;
import org.sisuite.model.PostInstallAction;
import org.sisuite.model.SisPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Image</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.impl.ImageImpl#getServer <em>Server</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ImageImpl#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ImageImpl#getDistribution <em>Distribution</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ImageImpl#isDistributionDetected <em>Distribution Detected</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ImageImpl#getPath <em>Path</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ImageImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ImageImpl#getVersions <em>Versions</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ImageImpl#getCurrentVersion <em>Current Version</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ImageImpl#getPackageList <em>Package List</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ImageImpl#getDiskTables <em>Disk Tables</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ImageImpl#getFootprintSet <em>Footprint Set</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ImageImpl#getPostInstallActions <em>Post Install Actions</em>}</li>
 *   <li>{@link org.sisuite.model.impl.ImageImpl#getInstallScripts <em>Install Scripts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImageImpl extends NamedElementImpl implements Image {
	/**
	 * The default value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected static final String ARCHITECTURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected String architecture = ARCHITECTURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDistribution() <em>Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistribution()
	 * @generated
	 * @ordered
	 */
	protected static final String DISTRIBUTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDistribution() <em>Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistribution()
	 * @generated
	 * @ordered
	 */
	protected String distribution = DISTRIBUTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isDistributionDetected() <em>Distribution Detected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDistributionDetected()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DISTRIBUTION_DETECTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDistributionDetected() <em>Distribution Detected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDistributionDetected()
	 * @generated
	 * @ordered
	 */
	protected boolean distributionDetected = DISTRIBUTION_DETECTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVersions() <em>Versions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersions()
	 * @generated
	 * @ordered
	 */
	protected EList<ImageVersion> versions;

	/**
	 * The cached value of the '{@link #getCurrentVersion() <em>Current Version</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentVersion()
	 * @generated
	 * @ordered
	 */
	protected ImageVersion currentVersion;

	/**
	 * The cached value of the '{@link #getPackageList() <em>Package List</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPackageList()
	 * @generated
	 * @ordered
	 */
	protected PackageList packageList;

	/**
	 * The cached value of the '{@link #getDiskTables() <em>Disk Tables</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskTables()
	 * @generated
	 * @ordered
	 */
	protected EList<DiskTable> diskTables;

	/**
	 * The cached value of the '{@link #getFootprintSet() <em>Footprint Set</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFootprintSet()
	 * @generated
	 * @ordered
	 */
	protected FootprintSet footprintSet;

	/**
	 * The cached value of the '{@link #getPostInstallActions() <em>Post Install Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostInstallActions()
	 * @generated
	 * @ordered
	 */
	protected EList<PostInstallAction> postInstallActions;

	/**
	 * The cached value of the '{@link #getInstallScripts() <em>Install Scripts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstallScripts()
	 * @generated
	 * @ordered
	 */
	protected EList<InstallScript> installScripts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SisPackage.Literals.IMAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageServer getServer() {
		if (eContainerFeatureID() != SisPackage.IMAGE__SERVER) return null;
		return (ImageServer)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArchitecture() {
		return architecture;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchitecture(String newArchitecture) {
		String oldArchitecture = architecture;
		architecture = newArchitecture;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.IMAGE__ARCHITECTURE, oldArchitecture, architecture));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDistribution() {
		return distribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDistribution(String newDistribution) {
		String oldDistribution = distribution;
		distribution = newDistribution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.IMAGE__DISTRIBUTION, oldDistribution, distribution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDistributionDetected() {
		return distributionDetected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDistributionDetected(boolean newDistributionDetected) {
		boolean oldDistributionDetected = distributionDetected;
		distributionDetected = newDistributionDetected;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.IMAGE__DISTRIBUTION_DETECTED, oldDistributionDetected, distributionDetected));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.IMAGE__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.IMAGE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImageVersion> getVersions() {
		if (versions == null) {
			versions = new EObjectContainmentWithInverseEList<ImageVersion>(ImageVersion.class, this, SisPackage.IMAGE__VERSIONS, SisPackage.IMAGE_VERSION__IMAGE);
		}
		return versions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageVersion getCurrentVersion() {
		if (currentVersion != null && currentVersion.eIsProxy()) {
			InternalEObject oldCurrentVersion = (InternalEObject)currentVersion;
			currentVersion = (ImageVersion)eResolveProxy(oldCurrentVersion);
			if (currentVersion != oldCurrentVersion) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SisPackage.IMAGE__CURRENT_VERSION, oldCurrentVersion, currentVersion));
			}
		}
		return currentVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImageVersion basicGetCurrentVersion() {
		return currentVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentVersion(ImageVersion newCurrentVersion) {
		ImageVersion oldCurrentVersion = currentVersion;
		currentVersion = newCurrentVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.IMAGE__CURRENT_VERSION, oldCurrentVersion, currentVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PackageList getPackageList() {
		if (packageList != null && packageList.eIsProxy()) {
			InternalEObject oldPackageList = (InternalEObject)packageList;
			packageList = (PackageList)eResolveProxy(oldPackageList);
			if (packageList != oldPackageList) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SisPackage.IMAGE__PACKAGE_LIST, oldPackageList, packageList));
			}
		}
		return packageList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PackageList basicGetPackageList() {
		return packageList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPackageList(PackageList newPackageList) {
		PackageList oldPackageList = packageList;
		packageList = newPackageList;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.IMAGE__PACKAGE_LIST, oldPackageList, packageList));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DiskTable> getDiskTables() {
		if (diskTables == null) {
			diskTables = new EObjectResolvingEList<DiskTable>(DiskTable.class, this, SisPackage.IMAGE__DISK_TABLES);
		}
		return diskTables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FootprintSet getFootprintSet() {
		if (footprintSet != null && footprintSet.eIsProxy()) {
			InternalEObject oldFootprintSet = (InternalEObject)footprintSet;
			footprintSet = (FootprintSet)eResolveProxy(oldFootprintSet);
			if (footprintSet != oldFootprintSet) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SisPackage.IMAGE__FOOTPRINT_SET, oldFootprintSet, footprintSet));
			}
		}
		return footprintSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FootprintSet basicGetFootprintSet() {
		return footprintSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFootprintSet(FootprintSet newFootprintSet) {
		FootprintSet oldFootprintSet = footprintSet;
		footprintSet = newFootprintSet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.IMAGE__FOOTPRINT_SET, oldFootprintSet, footprintSet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PostInstallAction> getPostInstallActions() {
		if (postInstallActions == null) {
			postInstallActions = new EObjectContainmentEList<PostInstallAction>(PostInstallAction.class, this, SisPackage.IMAGE__POST_INSTALL_ACTIONS);
		}
		return postInstallActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InstallScript> getInstallScripts() {
		if (installScripts == null) {
			installScripts = new EObjectContainmentEList<InstallScript>(InstallScript.class, this, SisPackage.IMAGE__INSTALL_SCRIPTS);
		}
		return installScripts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SisPackage.IMAGE__SERVER:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return eBasicSetContainer(otherEnd, SisPackage.IMAGE__SERVER, msgs);
			case SisPackage.IMAGE__VERSIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getVersions()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SisPackage.IMAGE__SERVER:
				return eBasicSetContainer(null, SisPackage.IMAGE__SERVER, msgs);
			case SisPackage.IMAGE__VERSIONS:
				return ((InternalEList<?>)getVersions()).basicRemove(otherEnd, msgs);
			case SisPackage.IMAGE__POST_INSTALL_ACTIONS:
				return ((InternalEList<?>)getPostInstallActions()).basicRemove(otherEnd, msgs);
			case SisPackage.IMAGE__INSTALL_SCRIPTS:
				return ((InternalEList<?>)getInstallScripts()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case SisPackage.IMAGE__SERVER:
				return eInternalContainer().eInverseRemove(this, SisPackage.IMAGE_SERVER__IMAGES, ImageServer.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SisPackage.IMAGE__SERVER:
				return getServer();
			case SisPackage.IMAGE__ARCHITECTURE:
				return getArchitecture();
			case SisPackage.IMAGE__DISTRIBUTION:
				return getDistribution();
			case SisPackage.IMAGE__DISTRIBUTION_DETECTED:
				return isDistributionDetected();
			case SisPackage.IMAGE__PATH:
				return getPath();
			case SisPackage.IMAGE__DESCRIPTION:
				return getDescription();
			case SisPackage.IMAGE__VERSIONS:
				return getVersions();
			case SisPackage.IMAGE__CURRENT_VERSION:
				if (resolve) return getCurrentVersion();
				return basicGetCurrentVersion();
			case SisPackage.IMAGE__PACKAGE_LIST:
				if (resolve) return getPackageList();
				return basicGetPackageList();
			case SisPackage.IMAGE__DISK_TABLES:
				return getDiskTables();
			case SisPackage.IMAGE__FOOTPRINT_SET:
				if (resolve) return getFootprintSet();
				return basicGetFootprintSet();
			case SisPackage.IMAGE__POST_INSTALL_ACTIONS:
				return getPostInstallActions();
			case SisPackage.IMAGE__INSTALL_SCRIPTS:
				return getInstallScripts();
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
			case SisPackage.IMAGE__ARCHITECTURE:
				setArchitecture((String)newValue);
				return;
			case SisPackage.IMAGE__DISTRIBUTION:
				setDistribution((String)newValue);
				return;
			case SisPackage.IMAGE__DISTRIBUTION_DETECTED:
				setDistributionDetected((Boolean)newValue);
				return;
			case SisPackage.IMAGE__PATH:
				setPath((String)newValue);
				return;
			case SisPackage.IMAGE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SisPackage.IMAGE__VERSIONS:
				getVersions().clear();
				getVersions().addAll((Collection<? extends ImageVersion>)newValue);
				return;
			case SisPackage.IMAGE__CURRENT_VERSION:
				setCurrentVersion((ImageVersion)newValue);
				return;
			case SisPackage.IMAGE__PACKAGE_LIST:
				setPackageList((PackageList)newValue);
				return;
			case SisPackage.IMAGE__DISK_TABLES:
				getDiskTables().clear();
				getDiskTables().addAll((Collection<? extends DiskTable>)newValue);
				return;
			case SisPackage.IMAGE__FOOTPRINT_SET:
				setFootprintSet((FootprintSet)newValue);
				return;
			case SisPackage.IMAGE__POST_INSTALL_ACTIONS:
				getPostInstallActions().clear();
				getPostInstallActions().addAll((Collection<? extends PostInstallAction>)newValue);
				return;
			case SisPackage.IMAGE__INSTALL_SCRIPTS:
				getInstallScripts().clear();
				getInstallScripts().addAll((Collection<? extends InstallScript>)newValue);
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
			case SisPackage.IMAGE__ARCHITECTURE:
				setArchitecture(ARCHITECTURE_EDEFAULT);
				return;
			case SisPackage.IMAGE__DISTRIBUTION:
				setDistribution(DISTRIBUTION_EDEFAULT);
				return;
			case SisPackage.IMAGE__DISTRIBUTION_DETECTED:
				setDistributionDetected(DISTRIBUTION_DETECTED_EDEFAULT);
				return;
			case SisPackage.IMAGE__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case SisPackage.IMAGE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SisPackage.IMAGE__VERSIONS:
				getVersions().clear();
				return;
			case SisPackage.IMAGE__CURRENT_VERSION:
				setCurrentVersion((ImageVersion)null);
				return;
			case SisPackage.IMAGE__PACKAGE_LIST:
				setPackageList((PackageList)null);
				return;
			case SisPackage.IMAGE__DISK_TABLES:
				getDiskTables().clear();
				return;
			case SisPackage.IMAGE__FOOTPRINT_SET:
				setFootprintSet((FootprintSet)null);
				return;
			case SisPackage.IMAGE__POST_INSTALL_ACTIONS:
				getPostInstallActions().clear();
				return;
			case SisPackage.IMAGE__INSTALL_SCRIPTS:
				getInstallScripts().clear();
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
			case SisPackage.IMAGE__SERVER:
				return getServer() != null;
			case SisPackage.IMAGE__ARCHITECTURE:
				return ARCHITECTURE_EDEFAULT == null ? architecture != null : !ARCHITECTURE_EDEFAULT.equals(architecture);
			case SisPackage.IMAGE__DISTRIBUTION:
				return DISTRIBUTION_EDEFAULT == null ? distribution != null : !DISTRIBUTION_EDEFAULT.equals(distribution);
			case SisPackage.IMAGE__DISTRIBUTION_DETECTED:
				return distributionDetected != DISTRIBUTION_DETECTED_EDEFAULT;
			case SisPackage.IMAGE__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case SisPackage.IMAGE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SisPackage.IMAGE__VERSIONS:
				return versions != null && !versions.isEmpty();
			case SisPackage.IMAGE__CURRENT_VERSION:
				return currentVersion != null;
			case SisPackage.IMAGE__PACKAGE_LIST:
				return packageList != null;
			case SisPackage.IMAGE__DISK_TABLES:
				return diskTables != null && !diskTables.isEmpty();
			case SisPackage.IMAGE__FOOTPRINT_SET:
				return footprintSet != null;
			case SisPackage.IMAGE__POST_INSTALL_ACTIONS:
				return postInstallActions != null && !postInstallActions.isEmpty();
			case SisPackage.IMAGE__INSTALL_SCRIPTS:
				return installScripts != null && !installScripts.isEmpty();
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
		result.append(" (architecture: ");
		result.append(architecture);
		result.append(", distribution: ");
		result.append(distribution);
		result.append(", distributionDetected: ");
		result.append(distributionDetected);
		result.append(", path: ");
		result.append(path);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //ImageImpl
