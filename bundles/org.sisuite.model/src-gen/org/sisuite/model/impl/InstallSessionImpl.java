/**
 * Generated from model/sis.ecore of org.sisuite.model by releng/generate-model.sh.
 * Do not edit: change the model and regenerate.
 */
package org.sisuite.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sisuite.model.Client;
import org.sisuite.model.Image;
import org.sisuite.model.ImageVersion;
import org.sisuite.model.InstallSession;
import org.sisuite.model.LogLine;
import org.sisuite.model.SessionState;
import org.sisuite.model.SisPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Install Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sisuite.model.impl.InstallSessionImpl#getClient <em>Client</em>}</li>
 *   <li>{@link org.sisuite.model.impl.InstallSessionImpl#getImage <em>Image</em>}</li>
 *   <li>{@link org.sisuite.model.impl.InstallSessionImpl#getImageVersion <em>Image Version</em>}</li>
 *   <li>{@link org.sisuite.model.impl.InstallSessionImpl#getState <em>State</em>}</li>
 *   <li>{@link org.sisuite.model.impl.InstallSessionImpl#getPercent <em>Percent</em>}</li>
 *   <li>{@link org.sisuite.model.impl.InstallSessionImpl#getSpeedKBps <em>Speed KBps</em>}</li>
 *   <li>{@link org.sisuite.model.impl.InstallSessionImpl#getStatusCode <em>Status Code</em>}</li>
 *   <li>{@link org.sisuite.model.impl.InstallSessionImpl#getStarted <em>Started</em>}</li>
 *   <li>{@link org.sisuite.model.impl.InstallSessionImpl#getLastSeen <em>Last Seen</em>}</li>
 *   <li>{@link org.sisuite.model.impl.InstallSessionImpl#getFinished <em>Finished</em>}</li>
 *   <li>{@link org.sisuite.model.impl.InstallSessionImpl#getLogLines <em>Log Lines</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstallSessionImpl extends MinimalEObjectImpl.Container implements InstallSession {
	/**
	 * The cached value of the '{@link #getClient() <em>Client</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClient()
	 * @generated
	 * @ordered
	 */
	protected Client client;

	/**
	 * The cached value of the '{@link #getImage() <em>Image</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected Image image;

	/**
	 * The cached value of the '{@link #getImageVersion() <em>Image Version</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageVersion()
	 * @generated
	 * @ordered
	 */
	protected ImageVersion imageVersion;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final SessionState STATE_EDEFAULT = SessionState.PENDING;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected SessionState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPercent() <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercent()
	 * @generated
	 * @ordered
	 */
	protected static final int PERCENT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPercent() <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercent()
	 * @generated
	 * @ordered
	 */
	protected int percent = PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpeedKBps() <em>Speed KBps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeedKBps()
	 * @generated
	 * @ordered
	 */
	protected static final long SPEED_KBPS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSpeedKBps() <em>Speed KBps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeedKBps()
	 * @generated
	 * @ordered
	 */
	protected long speedKBps = SPEED_KBPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatusCode() <em>Status Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusCode()
	 * @generated
	 * @ordered
	 */
	protected static final int STATUS_CODE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStatusCode() <em>Status Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusCode()
	 * @generated
	 * @ordered
	 */
	protected int statusCode = STATUS_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected static final Date STARTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected Date started = STARTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastSeen() <em>Last Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastSeen()
	 * @generated
	 * @ordered
	 */
	protected static final Date LAST_SEEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastSeen() <em>Last Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastSeen()
	 * @generated
	 * @ordered
	 */
	protected Date lastSeen = LAST_SEEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinished() <em>Finished</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinished()
	 * @generated
	 * @ordered
	 */
	protected static final Date FINISHED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFinished() <em>Finished</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinished()
	 * @generated
	 * @ordered
	 */
	protected Date finished = FINISHED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLogLines() <em>Log Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogLines()
	 * @generated
	 * @ordered
	 */
	protected EList<LogLine> logLines;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstallSessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SisPackage.Literals.INSTALL_SESSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Client getClient() {
		if (client != null && client.eIsProxy()) {
			InternalEObject oldClient = (InternalEObject)client;
			client = (Client)eResolveProxy(oldClient);
			if (client != oldClient) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SisPackage.INSTALL_SESSION__CLIENT, oldClient, client));
			}
		}
		return client;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Client basicGetClient() {
		return client;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClient(Client newClient) {
		Client oldClient = client;
		client = newClient;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.INSTALL_SESSION__CLIENT, oldClient, client));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Image getImage() {
		if (image != null && image.eIsProxy()) {
			InternalEObject oldImage = (InternalEObject)image;
			image = (Image)eResolveProxy(oldImage);
			if (image != oldImage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SisPackage.INSTALL_SESSION__IMAGE, oldImage, image));
			}
		}
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Image basicGetImage() {
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImage(Image newImage) {
		Image oldImage = image;
		image = newImage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.INSTALL_SESSION__IMAGE, oldImage, image));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageVersion getImageVersion() {
		if (imageVersion != null && imageVersion.eIsProxy()) {
			InternalEObject oldImageVersion = (InternalEObject)imageVersion;
			imageVersion = (ImageVersion)eResolveProxy(oldImageVersion);
			if (imageVersion != oldImageVersion) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SisPackage.INSTALL_SESSION__IMAGE_VERSION, oldImageVersion, imageVersion));
			}
		}
		return imageVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImageVersion basicGetImageVersion() {
		return imageVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImageVersion(ImageVersion newImageVersion) {
		ImageVersion oldImageVersion = imageVersion;
		imageVersion = newImageVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.INSTALL_SESSION__IMAGE_VERSION, oldImageVersion, imageVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SessionState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(SessionState newState) {
		SessionState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.INSTALL_SESSION__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPercent() {
		return percent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPercent(int newPercent) {
		int oldPercent = percent;
		percent = newPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.INSTALL_SESSION__PERCENT, oldPercent, percent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSpeedKBps() {
		return speedKBps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpeedKBps(long newSpeedKBps) {
		long oldSpeedKBps = speedKBps;
		speedKBps = newSpeedKBps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.INSTALL_SESSION__SPEED_KBPS, oldSpeedKBps, speedKBps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStatusCode() {
		return statusCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusCode(int newStatusCode) {
		int oldStatusCode = statusCode;
		statusCode = newStatusCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.INSTALL_SESSION__STATUS_CODE, oldStatusCode, statusCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStarted() {
		return started;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStarted(Date newStarted) {
		Date oldStarted = started;
		started = newStarted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.INSTALL_SESSION__STARTED, oldStarted, started));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastSeen() {
		return lastSeen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastSeen(Date newLastSeen) {
		Date oldLastSeen = lastSeen;
		lastSeen = newLastSeen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.INSTALL_SESSION__LAST_SEEN, oldLastSeen, lastSeen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getFinished() {
		return finished;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinished(Date newFinished) {
		Date oldFinished = finished;
		finished = newFinished;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SisPackage.INSTALL_SESSION__FINISHED, oldFinished, finished));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LogLine> getLogLines() {
		if (logLines == null) {
			logLines = new EObjectContainmentEList<LogLine>(LogLine.class, this, SisPackage.INSTALL_SESSION__LOG_LINES);
		}
		return logLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SisPackage.INSTALL_SESSION__LOG_LINES:
				return ((InternalEList<?>)getLogLines()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SisPackage.INSTALL_SESSION__CLIENT:
				if (resolve) return getClient();
				return basicGetClient();
			case SisPackage.INSTALL_SESSION__IMAGE:
				if (resolve) return getImage();
				return basicGetImage();
			case SisPackage.INSTALL_SESSION__IMAGE_VERSION:
				if (resolve) return getImageVersion();
				return basicGetImageVersion();
			case SisPackage.INSTALL_SESSION__STATE:
				return getState();
			case SisPackage.INSTALL_SESSION__PERCENT:
				return getPercent();
			case SisPackage.INSTALL_SESSION__SPEED_KBPS:
				return getSpeedKBps();
			case SisPackage.INSTALL_SESSION__STATUS_CODE:
				return getStatusCode();
			case SisPackage.INSTALL_SESSION__STARTED:
				return getStarted();
			case SisPackage.INSTALL_SESSION__LAST_SEEN:
				return getLastSeen();
			case SisPackage.INSTALL_SESSION__FINISHED:
				return getFinished();
			case SisPackage.INSTALL_SESSION__LOG_LINES:
				return getLogLines();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SisPackage.INSTALL_SESSION__CLIENT:
				setClient((Client)newValue);
				return;
			case SisPackage.INSTALL_SESSION__IMAGE:
				setImage((Image)newValue);
				return;
			case SisPackage.INSTALL_SESSION__IMAGE_VERSION:
				setImageVersion((ImageVersion)newValue);
				return;
			case SisPackage.INSTALL_SESSION__STATE:
				setState((SessionState)newValue);
				return;
			case SisPackage.INSTALL_SESSION__PERCENT:
				setPercent((Integer)newValue);
				return;
			case SisPackage.INSTALL_SESSION__SPEED_KBPS:
				setSpeedKBps((Long)newValue);
				return;
			case SisPackage.INSTALL_SESSION__STATUS_CODE:
				setStatusCode((Integer)newValue);
				return;
			case SisPackage.INSTALL_SESSION__STARTED:
				setStarted((Date)newValue);
				return;
			case SisPackage.INSTALL_SESSION__LAST_SEEN:
				setLastSeen((Date)newValue);
				return;
			case SisPackage.INSTALL_SESSION__FINISHED:
				setFinished((Date)newValue);
				return;
			case SisPackage.INSTALL_SESSION__LOG_LINES:
				getLogLines().clear();
				getLogLines().addAll((Collection<? extends LogLine>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SisPackage.INSTALL_SESSION__CLIENT:
				setClient((Client)null);
				return;
			case SisPackage.INSTALL_SESSION__IMAGE:
				setImage((Image)null);
				return;
			case SisPackage.INSTALL_SESSION__IMAGE_VERSION:
				setImageVersion((ImageVersion)null);
				return;
			case SisPackage.INSTALL_SESSION__STATE:
				setState(STATE_EDEFAULT);
				return;
			case SisPackage.INSTALL_SESSION__PERCENT:
				setPercent(PERCENT_EDEFAULT);
				return;
			case SisPackage.INSTALL_SESSION__SPEED_KBPS:
				setSpeedKBps(SPEED_KBPS_EDEFAULT);
				return;
			case SisPackage.INSTALL_SESSION__STATUS_CODE:
				setStatusCode(STATUS_CODE_EDEFAULT);
				return;
			case SisPackage.INSTALL_SESSION__STARTED:
				setStarted(STARTED_EDEFAULT);
				return;
			case SisPackage.INSTALL_SESSION__LAST_SEEN:
				setLastSeen(LAST_SEEN_EDEFAULT);
				return;
			case SisPackage.INSTALL_SESSION__FINISHED:
				setFinished(FINISHED_EDEFAULT);
				return;
			case SisPackage.INSTALL_SESSION__LOG_LINES:
				getLogLines().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SisPackage.INSTALL_SESSION__CLIENT:
				return client != null;
			case SisPackage.INSTALL_SESSION__IMAGE:
				return image != null;
			case SisPackage.INSTALL_SESSION__IMAGE_VERSION:
				return imageVersion != null;
			case SisPackage.INSTALL_SESSION__STATE:
				return state != STATE_EDEFAULT;
			case SisPackage.INSTALL_SESSION__PERCENT:
				return percent != PERCENT_EDEFAULT;
			case SisPackage.INSTALL_SESSION__SPEED_KBPS:
				return speedKBps != SPEED_KBPS_EDEFAULT;
			case SisPackage.INSTALL_SESSION__STATUS_CODE:
				return statusCode != STATUS_CODE_EDEFAULT;
			case SisPackage.INSTALL_SESSION__STARTED:
				return STARTED_EDEFAULT == null ? started != null : !STARTED_EDEFAULT.equals(started);
			case SisPackage.INSTALL_SESSION__LAST_SEEN:
				return LAST_SEEN_EDEFAULT == null ? lastSeen != null : !LAST_SEEN_EDEFAULT.equals(lastSeen);
			case SisPackage.INSTALL_SESSION__FINISHED:
				return FINISHED_EDEFAULT == null ? finished != null : !FINISHED_EDEFAULT.equals(finished);
			case SisPackage.INSTALL_SESSION__LOG_LINES:
				return logLines != null && !logLines.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (state: ");
		result.append(state);
		result.append(", percent: ");
		result.append(percent);
		result.append(", speedKBps: ");
		result.append(speedKBps);
		result.append(", statusCode: ");
		result.append(statusCode);
		result.append(", started: ");
		result.append(started);
		result.append(", lastSeen: ");
		result.append(lastSeen);
		result.append(", finished: ");
		result.append(finished);
		result.append(')');
		return result.toString();
	}

} //InstallSessionImpl
