/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Footprint Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Rules that decide which files of a golden client belong in an image.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.FootprintSet#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @see org.sisuite.model.SisPackage#getFootprintSet()
 * @model
 * @generated
 */
public interface FootprintSet extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.sisuite.model.FootprintRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see org.sisuite.model.SisPackage#getFootprintSet_Rules()
	 * @model containment="true"
	 * @generated
	 */
	EList<FootprintRule> getRules();

} // FootprintSet
