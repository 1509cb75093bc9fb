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
 * A representation of the literals of the enumeration '<em><b>Filesystem Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.sisuite.model.SisPackage#getFilesystemType()
 * @model
 * @generated
 */
public enum FilesystemType implements Enumerator {
	/**
	 * The '<em><b>Ext2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXT2_VALUE
	 * @generated
	 * @ordered
	 */
	EXT2(0, "ext2", "ext2"),

	/**
	 * The '<em><b>Ext3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXT3_VALUE
	 * @generated
	 * @ordered
	 */
	EXT3(1, "ext3", "ext3"),

	/**
	 * The '<em><b>Ext4</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXT4_VALUE
	 * @generated
	 * @ordered
	 */
	EXT4(2, "ext4", "ext4"),

	/**
	 * The '<em><b>Xfs</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XFS_VALUE
	 * @generated
	 * @ordered
	 */
	XFS(3, "xfs", "xfs"),

	/**
	 * The '<em><b>Btrfs</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BTRFS_VALUE
	 * @generated
	 * @ordered
	 */
	BTRFS(4, "btrfs", "btrfs"),

	/**
	 * The '<em><b>Vfat</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFAT_VALUE
	 * @generated
	 * @ordered
	 */
	VFAT(5, "vfat", "vfat"),

	/**
	 * The '<em><b>Swap</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWAP_VALUE
	 * @generated
	 * @ordered
	 */
	SWAP(6, "swap", "swap"),

	/**
	 * The '<em><b>Nfs</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NFS_VALUE
	 * @generated
	 * @ordered
	 */
	NFS(7, "nfs", "nfs"),

	/**
	 * The '<em><b>Tmpfs</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TMPFS_VALUE
	 * @generated
	 * @ordered
	 */
	TMPFS(8, "tmpfs", "tmpfs"),

	/**
	 * The '<em><b>Proc</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROC_VALUE
	 * @generated
	 * @ordered
	 */
	PROC(9, "proc", "proc"),

	/**
	 * The '<em><b>Sysfs</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYSFS_VALUE
	 * @generated
	 * @ordered
	 */
	SYSFS(10, "sysfs", "sysfs"),

	/**
	 * The '<em><b>Devpts</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVPTS_VALUE
	 * @generated
	 * @ordered
	 */
	DEVPTS(11, "devpts", "devpts"),

	/**
	 * The '<em><b>Reiserfs</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REISERFS_VALUE
	 * @generated
	 * @ordered
	 */
	REISERFS(12, "reiserfs", "reiserfs"),

	/**
	 * The '<em><b>Jfs</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JFS_VALUE
	 * @generated
	 * @ordered
	 */
	JFS(13, "jfs", "jfs"),

	/**
	 * The '<em><b>Ntfs</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NTFS_VALUE
	 * @generated
	 * @ordered
	 */
	NTFS(14, "ntfs", "ntfs"),

	/**
	 * The '<em><b>Msdos</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MSDOS_VALUE
	 * @generated
	 * @ordered
	 */
	MSDOS(15, "msdos", "msdos"),

	/**
	 * The '<em><b>Boot Default</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The distribution's default file system for /boot, chosen when the table is applied to an image (OSCAR's _BOOTFS_).
	 * <!-- end-model-doc -->
	 * @see #BOOT_DEFAULT_VALUE
	 * @generated
	 * @ordered
	 */
	BOOT_DEFAULT(16, "bootDefault", "bootDefault"),

	/**
	 * The '<em><b>Root Default</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The distribution's default file system for / and data, chosen when the table is applied to an image (OSCAR's _ROOTFS_).
	 * <!-- end-model-doc -->
	 * @see #ROOT_DEFAULT_VALUE
	 * @generated
	 * @ordered
	 */
	ROOT_DEFAULT(17, "rootDefault", "rootDefault"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A type SIS mounts but does not create (e.g. subfs, cifs, iso9660); its fstab name is the file system's typeName.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(18, "other", "other");

	/**
	 * The '<em><b>Ext2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXT2
	 * @model name="ext2"
	 * @generated
	 * @ordered
	 */
	public static final int EXT2_VALUE = 0;

	/**
	 * The '<em><b>Ext3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXT3
	 * @model name="ext3"
	 * @generated
	 * @ordered
	 */
	public static final int EXT3_VALUE = 1;

	/**
	 * The '<em><b>Ext4</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXT4
	 * @model name="ext4"
	 * @generated
	 * @ordered
	 */
	public static final int EXT4_VALUE = 2;

	/**
	 * The '<em><b>Xfs</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XFS
	 * @model name="xfs"
	 * @generated
	 * @ordered
	 */
	public static final int XFS_VALUE = 3;

	/**
	 * The '<em><b>Btrfs</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BTRFS
	 * @model name="btrfs"
	 * @generated
	 * @ordered
	 */
	public static final int BTRFS_VALUE = 4;

	/**
	 * The '<em><b>Vfat</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFAT
	 * @model name="vfat"
	 * @generated
	 * @ordered
	 */
	public static final int VFAT_VALUE = 5;

	/**
	 * The '<em><b>Swap</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWAP
	 * @model name="swap"
	 * @generated
	 * @ordered
	 */
	public static final int SWAP_VALUE = 6;

	/**
	 * The '<em><b>Nfs</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NFS
	 * @model name="nfs"
	 * @generated
	 * @ordered
	 */
	public static final int NFS_VALUE = 7;

	/**
	 * The '<em><b>Tmpfs</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TMPFS
	 * @model name="tmpfs"
	 * @generated
	 * @ordered
	 */
	public static final int TMPFS_VALUE = 8;

	/**
	 * The '<em><b>Proc</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROC
	 * @model name="proc"
	 * @generated
	 * @ordered
	 */
	public static final int PROC_VALUE = 9;

	/**
	 * The '<em><b>Sysfs</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYSFS
	 * @model name="sysfs"
	 * @generated
	 * @ordered
	 */
	public static final int SYSFS_VALUE = 10;

	/**
	 * The '<em><b>Devpts</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVPTS
	 * @model name="devpts"
	 * @generated
	 * @ordered
	 */
	public static final int DEVPTS_VALUE = 11;

	/**
	 * The '<em><b>Reiserfs</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REISERFS
	 * @model name="reiserfs"
	 * @generated
	 * @ordered
	 */
	public static final int REISERFS_VALUE = 12;

	/**
	 * The '<em><b>Jfs</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JFS
	 * @model name="jfs"
	 * @generated
	 * @ordered
	 */
	public static final int JFS_VALUE = 13;

	/**
	 * The '<em><b>Ntfs</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NTFS
	 * @model name="ntfs"
	 * @generated
	 * @ordered
	 */
	public static final int NTFS_VALUE = 14;

	/**
	 * The '<em><b>Msdos</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MSDOS
	 * @model name="msdos"
	 * @generated
	 * @ordered
	 */
	public static final int MSDOS_VALUE = 15;

	/**
	 * The '<em><b>Boot Default</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The distribution's default file system for /boot, chosen when the table is applied to an image (OSCAR's _BOOTFS_).
	 * <!-- end-model-doc -->
	 * @see #BOOT_DEFAULT
	 * @model name="bootDefault"
	 * @generated
	 * @ordered
	 */
	public static final int BOOT_DEFAULT_VALUE = 16;

	/**
	 * The '<em><b>Root Default</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The distribution's default file system for / and data, chosen when the table is applied to an image (OSCAR's _ROOTFS_).
	 * <!-- end-model-doc -->
	 * @see #ROOT_DEFAULT
	 * @model name="rootDefault"
	 * @generated
	 * @ordered
	 */
	public static final int ROOT_DEFAULT_VALUE = 17;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A type SIS mounts but does not create (e.g. subfs, cifs, iso9660); its fstab name is the file system's typeName.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 18;

	/**
	 * An array of all the '<em><b>Filesystem Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FilesystemType[] VALUES_ARRAY =
		new FilesystemType[] {
			EXT2,
			EXT3,
			EXT4,
			XFS,
			BTRFS,
			VFAT,
			SWAP,
			NFS,
			TMPFS,
			PROC,
			SYSFS,
			DEVPTS,
			REISERFS,
			JFS,
			NTFS,
			MSDOS,
			BOOT_DEFAULT,
			ROOT_DEFAULT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Filesystem Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FilesystemType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Filesystem Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FilesystemType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FilesystemType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Filesystem Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FilesystemType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FilesystemType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Filesystem Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FilesystemType get(int value) {
		switch (value) {
			case EXT2_VALUE: return EXT2;
			case EXT3_VALUE: return EXT3;
			case EXT4_VALUE: return EXT4;
			case XFS_VALUE: return XFS;
			case BTRFS_VALUE: return BTRFS;
			case VFAT_VALUE: return VFAT;
			case SWAP_VALUE: return SWAP;
			case NFS_VALUE: return NFS;
			case TMPFS_VALUE: return TMPFS;
			case PROC_VALUE: return PROC;
			case SYSFS_VALUE: return SYSFS;
			case DEVPTS_VALUE: return DEVPTS;
			case REISERFS_VALUE: return REISERFS;
			case JFS_VALUE: return JFS;
			case NTFS_VALUE: return NTFS;
			case MSDOS_VALUE: return MSDOS;
			case BOOT_DEFAULT_VALUE: return BOOT_DEFAULT;
			case ROOT_DEFAULT_VALUE: return ROOT_DEFAULT;
			case OTHER_VALUE: return OTHER;
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
	private FilesystemType(int value, String name, String literal) {
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
	
} //FilesystemType
