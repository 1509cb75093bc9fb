/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Image</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A golden client's file system tree stored on an image server, with its versions and the recipes (package list, disk tables, install scripts, post-install actions) that build and deploy it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.Image#getServer <em>Server</em>}</li>
 *   <li>{@link org.sisuite.model.Image#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.sisuite.model.Image#getDistribution <em>Distribution</em>}</li>
 *   <li>{@link org.sisuite.model.Image#isDistributionDetected <em>Distribution Detected</em>}</li>
 *   <li>{@link org.sisuite.model.Image#getPath <em>Path</em>}</li>
 *   <li>{@link org.sisuite.model.Image#getDescription <em>Description</em>}</li>
 *   <li>{@link org.sisuite.model.Image#getVersions <em>Versions</em>}</li>
 *   <li>{@link org.sisuite.model.Image#getCurrentVersion <em>Current Version</em>}</li>
 *   <li>{@link org.sisuite.model.Image#getPackageList <em>Package List</em>}</li>
 *   <li>{@link org.sisuite.model.Image#getDiskTables <em>Disk Tables</em>}</li>
 *   <li>{@link org.sisuite.model.Image#getFootprintSet <em>Footprint Set</em>}</li>
 *   <li>{@link org.sisuite.model.Image#getPostInstallActions <em>Post Install Actions</em>}</li>
 *   <li>{@link org.sisuite.model.Image#getInstallScripts <em>Install Scripts</em>}</li>
 * </ul>
 *
 * @see org.sisuite.model.SisPackage#getImage()
 * @model
 * @generated
 */
public interface Image extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Server</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.sisuite.model.ImageServer#getImages <em>Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Server</em>' container reference.
	 * @see org.sisuite.model.SisPackage#getImage_Server()
	 * @see org.sisuite.model.ImageServer#getImages
	 * @model opposite="images" resolveProxies="false" changeable="false"
	 * @generated
	 */
	ImageServer getServer();

	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see #setArchitecture(String)
	 * @see org.sisuite.model.SisPackage#getImage_Architecture()
	 * @model
	 * @generated
	 */
	String getArchitecture();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Image#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(String value);

	/**
	 * Returns the value of the '<em><b>Distribution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Distribution</em>' attribute.
	 * @see #setDistribution(String)
	 * @see org.sisuite.model.SisPackage#getImage_Distribution()
	 * @model
	 * @generated
	 */
	String getDistribution();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Image#getDistribution <em>Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Distribution</em>' attribute.
	 * @see #getDistribution()
	 * @generated
	 */
	void setDistribution(String value);

	/**
	 * Returns the value of the '<em><b>Distribution Detected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether distribution was detected from the image contents rather than entered by the user.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Distribution Detected</em>' attribute.
	 * @see #setDistributionDetected(boolean)
	 * @see org.sisuite.model.SisPackage#getImage_DistributionDetected()
	 * @model
	 * @generated
	 */
	boolean isDistributionDetected();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Image#isDistributionDetected <em>Distribution Detected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Distribution Detected</em>' attribute.
	 * @see #isDistributionDetected()
	 * @generated
	 */
	void setDistributionDetected(boolean value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.sisuite.model.SisPackage#getImage_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Image#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.sisuite.model.SisPackage#getImage_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Image#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Versions</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.ImageVersion}.
	 * It is bidirectional and its opposite is '{@link org.sisuite.model.ImageVersion#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Versions</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getImage_Versions()
	 * @see org.sisuite.model.ImageVersion#getImage
	 * @model opposite="image" containment="true"
	 * @generated
	 */
	EList<ImageVersion> getVersions();

	/**
	 * Returns the value of the '<em><b>Current Version</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current Version</em>' reference.
	 * @see #setCurrentVersion(ImageVersion)
	 * @see org.sisuite.model.SisPackage#getImage_CurrentVersion()
	 * @model
	 * @generated
	 */
	ImageVersion getCurrentVersion();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Image#getCurrentVersion <em>Current Version</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Version</em>' reference.
	 * @see #getCurrentVersion()
	 * @generated
	 */
	void setCurrentVersion(ImageVersion value);

	/**
	 * Returns the value of the '<em><b>Package List</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Package List</em>' reference.
	 * @see #setPackageList(PackageList)
	 * @see org.sisuite.model.SisPackage#getImage_PackageList()
	 * @model
	 * @generated
	 */
	PackageList getPackageList();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Image#getPackageList <em>Package List</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Package List</em>' reference.
	 * @see #getPackageList()
	 * @generated
	 */
	void setPackageList(PackageList value);

	/**
	 * Returns the value of the '<em><b>Disk Tables</b></em>' reference list.
	 * The list contents are of type {@link org.sisuite.model.DiskTable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disk Tables</em>' reference list.
	 * @see org.sisuite.model.SisPackage#getImage_DiskTables()
	 * @model
	 * @generated
	 */
	EList<DiskTable> getDiskTables();

	/**
	 * Returns the value of the '<em><b>Footprint Set</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Footprint Set</em>' reference.
	 * @see #setFootprintSet(FootprintSet)
	 * @see org.sisuite.model.SisPackage#getImage_FootprintSet()
	 * @model
	 * @generated
	 */
	FootprintSet getFootprintSet();

	/**
	 * Sets the value of the '{@link org.sisuite.model.Image#getFootprintSet <em>Footprint Set</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Footprint Set</em>' reference.
	 * @see #getFootprintSet()
	 * @generated
	 */
	void setFootprintSet(FootprintSet value);

	/**
	 * Returns the value of the '<em><b>Post Install Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.PostInstallAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Post Install Actions</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getImage_PostInstallActions()
	 * @model containment="true"
	 * @generated
	 */
	EList<PostInstallAction> getPostInstallActions();

	/**
	 * Returns the value of the '<em><b>Install Scripts</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.InstallScript}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Install Scripts</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getImage_InstallScripts()
	 * @model containment="true"
	 * @generated
	 */
	EList<InstallScript> getInstallScripts();

} // Image
