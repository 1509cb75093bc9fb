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
 * A representation of the literals of the enumeration '<em><b>Finish Action</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a client does when imaging has finished.
 * <!-- end-model-doc -->
 * @see org.sisuite.model.SisPackage#getFinishAction()
 * @model
 * @generated
 */
public enum FinishAction implements Enumerator {
	/**
	 * The '<em><b>Reboot</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REBOOT_VALUE
	 * @generated
	 * @ordered
	 */
	REBOOT(0, "reboot", "reboot"),

	/**
	 * The '<em><b>Shutdown</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHUTDOWN_VALUE
	 * @generated
	 * @ordered
	 */
	SHUTDOWN(1, "shutdown", "shutdown"),

	/**
	 * The '<em><b>Beep</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEEP_VALUE
	 * @generated
	 * @ordered
	 */
	BEEP(2, "beep", "beep"),

	/**
	 * The '<em><b>Shell</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHELL_VALUE
	 * @generated
	 * @ordered
	 */
	SHELL(3, "shell", "shell"),

	/**
	 * The '<em><b>Kexec</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEXEC_VALUE
	 * @generated
	 * @ordered
	 */
	KEXEC(4, "kexec", "kexec");

	/**
	 * The '<em><b>Reboot</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REBOOT
	 * @model name="reboot"
	 * @generated
	 * @ordered
	 */
	public static final int REBOOT_VALUE = 0;

	/**
	 * The '<em><b>Shutdown</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHUTDOWN
	 * @model name="shutdown"
	 * @generated
	 * @ordered
	 */
	public static final int SHUTDOWN_VALUE = 1;

	/**
	 * The '<em><b>Beep</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEEP
	 * @model name="beep"
	 * @generated
	 * @ordered
	 */
	public static final int BEEP_VALUE = 2;

	/**
	 * The '<em><b>Shell</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHELL
	 * @model name="shell"
	 * @generated
	 * @ordered
	 */
	public static final int SHELL_VALUE = 3;

	/**
	 * The '<em><b>Kexec</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEXEC
	 * @model name="kexec"
	 * @generated
	 * @ordered
	 */
	public static final int KEXEC_VALUE = 4;

	/**
	 * An array of all the '<em><b>Finish Action</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FinishAction[] VALUES_ARRAY =
		new FinishAction[] {
			REBOOT,
			SHUTDOWN,
			BEEP,
			SHELL,
			KEXEC,
		};

	/**
	 * A public read-only list of all the '<em><b>Finish Action</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FinishAction> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Finish Action</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FinishAction get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FinishAction result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Finish Action</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FinishAction getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FinishAction result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Finish Action</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FinishAction get(int value) {
		switch (value) {
			case REBOOT_VALUE: return REBOOT;
			case SHUTDOWN_VALUE: return SHUTDOWN;
			case BEEP_VALUE: return BEEP;
			case SHELL_VALUE: return SHELL;
			case KEXEC_VALUE: return KEXEC;
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
	private FinishAction(int value, String name, String literal) {
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
	
} //FinishAction
