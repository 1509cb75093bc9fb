/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Boot Loader</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.BootLoader#getFlavour <em>Flavour</em>}</li>
 *   <li>{@link org.sisuite.model.BootLoader#isEfi <em>Efi</em>}</li>
 *   <li>{@link org.sisuite.model.BootLoader#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.sisuite.model.BootLoader#getDefaultEntry <em>Default Entry</em>}</li>
 *   <li>{@link org.sisuite.model.BootLoader#getTimeout <em>Timeout</em>}</li>
 * </ul>
 *
 * @see org.sisuite.model.SisPackage#getBootLoader()
 * @model
 * @generated
 */
public interface BootLoader extends EObject {
	/**
	 * Returns the value of the '<em><b>Flavour</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sisuite.model.BootLoaderFlavour}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flavour</em>' attribute.
	 * @see org.sisuite.model.BootLoaderFlavour
	 * @see #setFlavour(BootLoaderFlavour)
	 * @see org.sisuite.model.SisPackage#getBootLoader_Flavour()
	 * @model
	 * @generated
	 */
	BootLoaderFlavour getFlavour();

	/**
	 * Sets the value of the '{@link org.sisuite.model.BootLoader#getFlavour <em>Flavour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flavour</em>' attribute.
	 * @see org.sisuite.model.BootLoaderFlavour
	 * @see #getFlavour()
	 * @generated
	 */
	void setFlavour(BootLoaderFlavour value);

	/**
	 * Returns the value of the '<em><b>Efi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Efi</em>' attribute.
	 * @see #setEfi(boolean)
	 * @see org.sisuite.model.SisPackage#getBootLoader_Efi()
	 * @model
	 * @generated
	 */
	boolean isEfi();

	/**
	 * Sets the value of the '{@link org.sisuite.model.BootLoader#isEfi <em>Efi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Efi</em>' attribute.
	 * @see #isEfi()
	 * @generated
	 */
	void setEfi(boolean value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where to install the boot loader, e.g. /dev/sda for BIOS, or the ESP mount point for EFI.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Targets</em>' attribute list.
	 * @see org.sisuite.model.SisPackage#getBootLoader_Targets()
	 * @model
	 * @generated
	 */
	EList<String> getTargets();

	/**
	 * Returns the value of the '<em><b>Default Entry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The menu entry booted by default: a number, or saved; null for the boot loader default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Entry</em>' attribute.
	 * @see #setDefaultEntry(String)
	 * @see org.sisuite.model.SisPackage#getBootLoader_DefaultEntry()
	 * @model
	 * @generated
	 */
	String getDefaultEntry();

	/**
	 * Sets the value of the '{@link org.sisuite.model.BootLoader#getDefaultEntry <em>Default Entry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Entry</em>' attribute.
	 * @see #getDefaultEntry()
	 * @generated
	 */
	void setDefaultEntry(String value);

	/**
	 * Returns the value of the '<em><b>Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seconds the menu waits; null for the boot loader default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timeout</em>' attribute.
	 * @see #setTimeout(Integer)
	 * @see org.sisuite.model.SisPackage#getBootLoader_Timeout()
	 * @model
	 * @generated
	 */
	Integer getTimeout();

	/**
	 * Sets the value of the '{@link org.sisuite.model.BootLoader#getTimeout <em>Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeout</em>' attribute.
	 * @see #getTimeout()
	 * @generated
	 */
	void setTimeout(Integer value);

} // BootLoader
