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
 * A representation of the literals of the enumeration '<em><b>Boot Loader Flavour</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.sisuite.model.SisPackage#getBootLoaderFlavour()
 * @model
 * @generated
 */
public enum BootLoaderFlavour implements Enumerator {
	/**
	 * The '<em><b>Grub2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRUB2_VALUE
	 * @generated
	 * @ordered
	 */
	GRUB2(0, "grub2", "grub2"),

	/**
	 * The '<em><b>Systemd boot</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYSTEMD_BOOT_VALUE
	 * @generated
	 * @ordered
	 */
	SYSTEMD_BOOT(1, "systemd_boot", "systemd_boot"),

	/**
	 * The '<em><b>None</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(2, "none", "none"),

	/**
	 * The '<em><b>Grub</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GRUB legacy (0.9x).
	 * <!-- end-model-doc -->
	 * @see #GRUB_VALUE
	 * @generated
	 * @ordered
	 */
	GRUB(3, "grub", "grub"),

	/**
	 * The '<em><b>Refind</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFIND_VALUE
	 * @generated
	 * @ordered
	 */
	REFIND(4, "refind", "refind"),

	/**
	 * The '<em><b>Clover</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOVER_VALUE
	 * @generated
	 * @ordered
	 */
	CLOVER(5, "clover", "clover");

	/**
	 * The '<em><b>Grub2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRUB2
	 * @model name="grub2"
	 * @generated
	 * @ordered
	 */
	public static final int GRUB2_VALUE = 0;

	/**
	 * The '<em><b>Systemd boot</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYSTEMD_BOOT
	 * @model name="systemd_boot"
	 * @generated
	 * @ordered
	 */
	public static final int SYSTEMD_BOOT_VALUE = 1;

	/**
	 * The '<em><b>None</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model name="none"
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 2;

	/**
	 * The '<em><b>Grub</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GRUB legacy (0.9x).
	 * <!-- end-model-doc -->
	 * @see #GRUB
	 * @model name="grub"
	 * @generated
	 * @ordered
	 */
	public static final int GRUB_VALUE = 3;

	/**
	 * The '<em><b>Refind</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFIND
	 * @model name="refind"
	 * @generated
	 * @ordered
	 */
	public static final int REFIND_VALUE = 4;

	/**
	 * The '<em><b>Clover</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOVER
	 * @model name="clover"
	 * @generated
	 * @ordered
	 */
	public static final int CLOVER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Boot Loader Flavour</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BootLoaderFlavour[] VALUES_ARRAY =
		new BootLoaderFlavour[] {
			GRUB2,
			SYSTEMD_BOOT,
			NONE,
			GRUB,
			REFIND,
			CLOVER,
		};

	/**
	 * A public read-only list of all the '<em><b>Boot Loader Flavour</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BootLoaderFlavour> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Boot Loader Flavour</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BootLoaderFlavour get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BootLoaderFlavour result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Boot Loader Flavour</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BootLoaderFlavour getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BootLoaderFlavour result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Boot Loader Flavour</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BootLoaderFlavour get(int value) {
		switch (value) {
			case GRUB2_VALUE: return GRUB2;
			case SYSTEMD_BOOT_VALUE: return SYSTEMD_BOOT;
			case NONE_VALUE: return NONE;
			case GRUB_VALUE: return GRUB;
			case REFIND_VALUE: return REFIND;
			case CLOVER_VALUE: return CLOVER;
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
	private BootLoaderFlavour(int value, String name, String literal) {
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
	
} //BootLoaderFlavour
