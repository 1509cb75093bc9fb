/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Image Version</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One recorded state of an image; versions form a tree through parentVersion.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.ImageVersion#getImage <em>Image</em>}</li>
 *   <li>{@link org.sisuite.model.ImageVersion#getNumber <em>Number</em>}</li>
 *   <li>{@link org.sisuite.model.ImageVersion#getCreated <em>Created</em>}</li>
 *   <li>{@link org.sisuite.model.ImageVersion#getParentVersion <em>Parent Version</em>}</li>
 *   <li>{@link org.sisuite.model.ImageVersion#getNote <em>Note</em>}</li>
 *   <li>{@link org.sisuite.model.ImageVersion#getSizeBytes <em>Size Bytes</em>}</li>
 * </ul>
 *
 * @see org.sisuite.model.SisPackage#getImageVersion()
 * @model
 * @generated
 */
public interface ImageVersion extends EObject {
	/**
	 * Returns the value of the '<em><b>Image</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.sisuite.model.Image#getVersions <em>Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' container reference.
	 * @see org.sisuite.model.SisPackage#getImageVersion_Image()
	 * @see org.sisuite.model.Image#getVersions
	 * @model opposite="versions" resolveProxies="false" changeable="false"
	 * @generated
	 */
	Image getImage();

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.sisuite.model.SisPackage#getImageVersion_Number()
	 * @model required="true"
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.sisuite.model.ImageVersion#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.sisuite.model.SisPackage#getImageVersion_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.sisuite.model.ImageVersion#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Parent Version</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent Version</em>' reference.
	 * @see #setParentVersion(ImageVersion)
	 * @see org.sisuite.model.SisPackage#getImageVersion_ParentVersion()
	 * @model
	 * @generated
	 */
	ImageVersion getParentVersion();

	/**
	 * Sets the value of the '{@link org.sisuite.model.ImageVersion#getParentVersion <em>Parent Version</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Version</em>' reference.
	 * @see #getParentVersion()
	 * @generated
	 */
	void setParentVersion(ImageVersion value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.sisuite.model.SisPackage#getImageVersion_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.sisuite.model.ImageVersion#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size Bytes</em>' attribute.
	 * @see #setSizeBytes(long)
	 * @see org.sisuite.model.SisPackage#getImageVersion_SizeBytes()
	 * @model
	 * @generated
	 */
	long getSizeBytes();

	/**
	 * Sets the value of the '{@link org.sisuite.model.ImageVersion#getSizeBytes <em>Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size Bytes</em>' attribute.
	 * @see #getSizeBytes()
	 * @generated
	 */
	void setSizeBytes(long value);

} // ImageVersion
