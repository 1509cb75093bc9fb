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
 * A representation of the literals of the enumeration '<em><b>Raid Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.sisuite.model.SisPackage#getRaidLevel()
 * @model
 * @generated
 */
public enum RaidLevel implements Enumerator {
	/**
	 * The '<em><b>Raid0</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID0_VALUE
	 * @generated
	 * @ordered
	 */
	RAID0(0, "raid0", "raid0"),

	/**
	 * The '<em><b>Raid1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID1_VALUE
	 * @generated
	 * @ordered
	 */
	RAID1(1, "raid1", "raid1"),

	/**
	 * The '<em><b>Raid4</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID4_VALUE
	 * @generated
	 * @ordered
	 */
	RAID4(4, "raid4", "raid4"),

	/**
	 * The '<em><b>Raid5</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID5_VALUE
	 * @generated
	 * @ordered
	 */
	RAID5(5, "raid5", "raid5"),

	/**
	 * The '<em><b>Raid6</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID6_VALUE
	 * @generated
	 * @ordered
	 */
	RAID6(6, "raid6", "raid6"),

	/**
	 * The '<em><b>Raid10</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID10_VALUE
	 * @generated
	 * @ordered
	 */
	RAID10(10, "raid10", "raid10"),

	/**
	 * The '<em><b>Linear</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINEAR_VALUE
	 * @generated
	 * @ordered
	 */
	LINEAR(100, "linear", "linear");

	/**
	 * The '<em><b>Raid0</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID0
	 * @model name="raid0"
	 * @generated
	 * @ordered
	 */
	public static final int RAID0_VALUE = 0;

	/**
	 * The '<em><b>Raid1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID1
	 * @model name="raid1"
	 * @generated
	 * @ordered
	 */
	public static final int RAID1_VALUE = 1;

	/**
	 * The '<em><b>Raid4</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID4
	 * @model name="raid4"
	 * @generated
	 * @ordered
	 */
	public static final int RAID4_VALUE = 4;

	/**
	 * The '<em><b>Raid5</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID5
	 * @model name="raid5"
	 * @generated
	 * @ordered
	 */
	public static final int RAID5_VALUE = 5;

	/**
	 * The '<em><b>Raid6</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID6
	 * @model name="raid6"
	 * @generated
	 * @ordered
	 */
	public static final int RAID6_VALUE = 6;

	/**
	 * The '<em><b>Raid10</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID10
	 * @model name="raid10"
	 * @generated
	 * @ordered
	 */
	public static final int RAID10_VALUE = 10;

	/**
	 * The '<em><b>Linear</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINEAR
	 * @model name="linear"
	 * @generated
	 * @ordered
	 */
	public static final int LINEAR_VALUE = 100;

	/**
	 * An array of all the '<em><b>Raid Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RaidLevel[] VALUES_ARRAY =
		new RaidLevel[] {
			RAID0,
			RAID1,
			RAID4,
			RAID5,
			RAID6,
			RAID10,
			LINEAR,
		};

	/**
	 * A public read-only list of all the '<em><b>Raid Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RaidLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Raid Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RaidLevel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RaidLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Raid Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RaidLevel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RaidLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Raid Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RaidLevel get(int value) {
		switch (value) {
			case RAID0_VALUE: return RAID0;
			case RAID1_VALUE: return RAID1;
			case RAID4_VALUE: return RAID4;
			case RAID5_VALUE: return RAID5;
			case RAID6_VALUE: return RAID6;
			case RAID10_VALUE: return RAID10;
			case LINEAR_VALUE: return LINEAR;
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
	private RaidLevel(int value, String name, String literal) {
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
	
} //RaidLevel
