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
 * A representation of the literals of the enumeration '<em><b>Partition Flag</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.sisuite.model.SisPackage#getPartitionFlag()
 * @model
 * @generated
 */
public enum PartitionFlag implements Enumerator {
	/**
	 * The '<em><b>Boot</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOOT_VALUE
	 * @generated
	 * @ordered
	 */
	BOOT(0, "boot", "boot"),

	/**
	 * The '<em><b>Esp</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ESP_VALUE
	 * @generated
	 * @ordered
	 */
	ESP(1, "esp", "esp"),

	/**
	 * The '<em><b>Raid</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID_VALUE
	 * @generated
	 * @ordered
	 */
	RAID(2, "raid", "raid"),

	/**
	 * The '<em><b>Lvm</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LVM_VALUE
	 * @generated
	 * @ordered
	 */
	LVM(3, "lvm", "lvm"),

	/**
	 * The '<em><b>Bios grub</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIOS_GRUB_VALUE
	 * @generated
	 * @ordered
	 */
	BIOS_GRUB(4, "bios_grub", "bios_grub"),

	/**
	 * The '<em><b>Swap</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWAP_VALUE
	 * @generated
	 * @ordered
	 */
	SWAP(5, "swap", "swap"),

	/**
	 * The '<em><b>Legacy boot</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGACY_BOOT_VALUE
	 * @generated
	 * @ordered
	 */
	LEGACY_BOOT(6, "legacy_boot", "legacy_boot"),

	/**
	 * The '<em><b>Hidden</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIDDEN_VALUE
	 * @generated
	 * @ordered
	 */
	HIDDEN(7, "hidden", "hidden"),

	/**
	 * The '<em><b>Lba</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LBA_VALUE
	 * @generated
	 * @ordered
	 */
	LBA(8, "lba", "lba"),

	/**
	 * The '<em><b>Root</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROOT_VALUE
	 * @generated
	 * @ordered
	 */
	ROOT(9, "root", "root");

	/**
	 * The '<em><b>Boot</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOOT
	 * @model name="boot"
	 * @generated
	 * @ordered
	 */
	public static final int BOOT_VALUE = 0;

	/**
	 * The '<em><b>Esp</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ESP
	 * @model name="esp"
	 * @generated
	 * @ordered
	 */
	public static final int ESP_VALUE = 1;

	/**
	 * The '<em><b>Raid</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID
	 * @model name="raid"
	 * @generated
	 * @ordered
	 */
	public static final int RAID_VALUE = 2;

	/**
	 * The '<em><b>Lvm</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LVM
	 * @model name="lvm"
	 * @generated
	 * @ordered
	 */
	public static final int LVM_VALUE = 3;

	/**
	 * The '<em><b>Bios grub</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIOS_GRUB
	 * @model name="bios_grub"
	 * @generated
	 * @ordered
	 */
	public static final int BIOS_GRUB_VALUE = 4;

	/**
	 * The '<em><b>Swap</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWAP
	 * @model name="swap"
	 * @generated
	 * @ordered
	 */
	public static final int SWAP_VALUE = 5;

	/**
	 * The '<em><b>Legacy boot</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGACY_BOOT
	 * @model name="legacy_boot"
	 * @generated
	 * @ordered
	 */
	public static final int LEGACY_BOOT_VALUE = 6;

	/**
	 * The '<em><b>Hidden</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIDDEN
	 * @model name="hidden"
	 * @generated
	 * @ordered
	 */
	public static final int HIDDEN_VALUE = 7;

	/**
	 * The '<em><b>Lba</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LBA
	 * @model name="lba"
	 * @generated
	 * @ordered
	 */
	public static final int LBA_VALUE = 8;

	/**
	 * The '<em><b>Root</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROOT
	 * @model name="root"
	 * @generated
	 * @ordered
	 */
	public static final int ROOT_VALUE = 9;

	/**
	 * An array of all the '<em><b>Partition Flag</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PartitionFlag[] VALUES_ARRAY =
		new PartitionFlag[] {
			BOOT,
			ESP,
			RAID,
			LVM,
			BIOS_GRUB,
			SWAP,
			LEGACY_BOOT,
			HIDDEN,
			LBA,
			ROOT,
		};

	/**
	 * A public read-only list of all the '<em><b>Partition Flag</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PartitionFlag> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Partition Flag</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartitionFlag get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PartitionFlag result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Partition Flag</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartitionFlag getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PartitionFlag result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Partition Flag</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartitionFlag get(int value) {
		switch (value) {
			case BOOT_VALUE: return BOOT;
			case ESP_VALUE: return ESP;
			case RAID_VALUE: return RAID;
			case LVM_VALUE: return LVM;
			case BIOS_GRUB_VALUE: return BIOS_GRUB;
			case SWAP_VALUE: return SWAP;
			case LEGACY_BOOT_VALUE: return LEGACY_BOOT;
			case HIDDEN_VALUE: return HIDDEN;
			case LBA_VALUE: return LBA;
			case ROOT_VALUE: return ROOT;
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
	private PartitionFlag(int value, String name, String literal) {
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
	
} //PartitionFlag
