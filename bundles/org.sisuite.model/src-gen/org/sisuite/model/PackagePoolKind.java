/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Package Pool Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.sisuite.model.SisPackage#getPackagePoolKind()
 * @model
 * @generated
 */
public enum PackagePoolKind implements Enumerator {
	/**
	 * The '<em><b>Deb Repository</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEB_REPOSITORY_VALUE
	 * @generated
	 * @ordered
	 */
	DEB_REPOSITORY(0, "debRepository", "debRepository"),

	/**
	 * The '<em><b>Rpm Repository</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RPM_REPOSITORY_VALUE
	 * @generated
	 * @ordered
	 */
	RPM_REPOSITORY(1, "rpmRepository", "rpmRepository"),

	/**
	 * The '<em><b>Directory</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIRECTORY_VALUE
	 * @generated
	 * @ordered
	 */
	DIRECTORY(2, "directory", "directory");

	/**
	 * The '<em><b>Deb Repository</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEB_REPOSITORY
	 * @model name="debRepository"
	 * @generated
	 * @ordered
	 */
	public static final int DEB_REPOSITORY_VALUE = 0;

	/**
	 * The '<em><b>Rpm Repository</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RPM_REPOSITORY
	 * @model name="rpmRepository"
	 * @generated
	 * @ordered
	 */
	public static final int RPM_REPOSITORY_VALUE = 1;

	/**
	 * The '<em><b>Directory</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIRECTORY
	 * @model name="directory"
	 * @generated
	 * @ordered
	 */
	public static final int DIRECTORY_VALUE = 2;

	/**
	 * An array of all the '<em><b>Package Pool Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PackagePoolKind[] VALUES_ARRAY =
		new PackagePoolKind[] {
			DEB_REPOSITORY,
			RPM_REPOSITORY,
			DIRECTORY,
		};

	/**
	 * A public read-only list of all the '<em><b>Package Pool Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PackagePoolKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Package Pool Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PackagePoolKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PackagePoolKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Package Pool Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PackagePoolKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PackagePoolKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Package Pool Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PackagePoolKind get(int value) {
		switch (value) {
			case DEB_REPOSITORY_VALUE: return DEB_REPOSITORY;
			case RPM_REPOSITORY_VALUE: return RPM_REPOSITORY;
			case DIRECTORY_VALUE: return DIRECTORY;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private PackagePoolKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //PackagePoolKind
