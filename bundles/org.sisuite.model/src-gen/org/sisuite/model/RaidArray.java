/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Raid Array</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Linux software RAID (md) array.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.RaidArray#getDevice <em>Device</em>}</li>
 *   <li>{@link org.sisuite.model.RaidArray#getLevel <em>Level</em>}</li>
 *   <li>{@link org.sisuite.model.RaidArray#getMembers <em>Members</em>}</li>
 *   <li>{@link org.sisuite.model.RaidArray#getSpares <em>Spares</em>}</li>
 *   <li>{@link org.sisuite.model.RaidArray#getChunkSizeKiB <em>Chunk Size Ki B</em>}</li>
 *   <li>{@link org.sisuite.model.RaidArray#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link org.sisuite.model.RaidArray#getLayout <em>Layout</em>}</li>
 * </ul>
 *
 * @see org.sisuite.model.SisPackage#getRaidArray()
 * @model
 * @generated
 */
public interface RaidArray extends BlockDevice {
	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see #setDevice(String)
	 * @see org.sisuite.model.SisPackage#getRaidArray_Device()
	 * @model required="true"
	 * @generated
	 */
	String getDevice();

	/**
	 * Sets the value of the '{@link org.sisuite.model.RaidArray#getDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The default value is <code>"raid1"</code>.
	 * The literals are from the enumeration {@link org.sisuite.model.RaidLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.sisuite.model.RaidLevel
	 * @see #setLevel(RaidLevel)
	 * @see org.sisuite.model.SisPackage#getRaidArray_Level()
	 * @model default="raid1"
	 * @generated
	 */
	RaidLevel getLevel();

	/**
	 * Sets the value of the '{@link org.sisuite.model.RaidArray#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.sisuite.model.RaidLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(RaidLevel value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.sisuite.model.Partition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.sisuite.model.SisPackage#getRaidArray_Members()
	 * @model
	 * @generated
	 */
	EList<Partition> getMembers();

	/**
	 * Returns the value of the '<em><b>Spares</b></em>' reference list.
	 * The list contents are of type {@link org.sisuite.model.Partition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Spares</em>' reference list.
	 * @see org.sisuite.model.SisPackage#getRaidArray_Spares()
	 * @model
	 * @generated
	 */
	EList<Partition> getSpares();

	/**
	 * Returns the value of the '<em><b>Chunk Size Ki B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chunk Size Ki B</em>' attribute.
	 * @see #setChunkSizeKiB(Integer)
	 * @see org.sisuite.model.SisPackage#getRaidArray_ChunkSizeKiB()
	 * @model
	 * @generated
	 */
	Integer getChunkSizeKiB();

	/**
	 * Sets the value of the '{@link org.sisuite.model.RaidArray#getChunkSizeKiB <em>Chunk Size Ki B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chunk Size Ki B</em>' attribute.
	 * @see #getChunkSizeKiB()
	 * @generated
	 */
	void setChunkSizeKiB(Integer value);

	/**
	 * Returns the value of the '<em><b>Metadata</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The md superblock format, e.g. 1.2; null for the mdadm default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metadata</em>' attribute.
	 * @see #setMetadata(String)
	 * @see org.sisuite.model.SisPackage#getRaidArray_Metadata()
	 * @model
	 * @generated
	 */
	String getMetadata();

	/**
	 * Sets the value of the '{@link org.sisuite.model.RaidArray#getMetadata <em>Metadata</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metadata</em>' attribute.
	 * @see #getMetadata()
	 * @generated
	 */
	void setMetadata(String value);

	/**
	 * Returns the value of the '<em><b>Layout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The parity layout of a RAID 5 or 6 array (mdadm --layout, e.g. left-symmetric); null for the mdadm default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layout</em>' attribute.
	 * @see #setLayout(String)
	 * @see org.sisuite.model.SisPackage#getRaidArray_Layout()
	 * @model
	 * @generated
	 */
	String getLayout();

	/**
	 * Sets the value of the '{@link org.sisuite.model.RaidArray#getLayout <em>Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout</em>' attribute.
	 * @see #getLayout()
	 * @generated
	 */
	void setLayout(String value);

} // RaidArray
