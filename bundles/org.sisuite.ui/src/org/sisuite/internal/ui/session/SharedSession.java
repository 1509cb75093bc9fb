package org.sisuite.internal.ui.session;

import java.util.concurrent.Executor;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.sisuite.core.SisHome;
import org.sisuite.model.provider.SisItemProviderAdapterFactory;

/**
 * The one {@link WorkbenchSession} of the workbench, shared by the parts that show and edit the
 * site (the navigator, the Clients part): one site in memory, one undo history, one auto-save, so
 * an image dragged from the navigator is the same object the Clients part assigns, and two parts
 * never race each other's saves. The first part to acquire it starts it; it ends when the last
 * part releases it. Call on the UI thread.
 */
public final class SharedSession {

	private static WorkbenchSession session;
	private static ComposedAdapterFactory adapterFactory;
	private static int users;

	private SharedSession() {
	}

	/**
	 * The running session, started (loading the site in the background) if this is its first user.
	 *
	 * @param ui runs a task on the UI thread, asynchronously
	 */
	public static synchronized WorkbenchSession acquire(SisHome home, Executor ui) {
		if (session == null) {
			adapterFactory = new ComposedAdapterFactory();
			adapterFactory.addAdapterFactory(new SisItemProviderAdapterFactory());
			adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
			session = WorkbenchSession.forHome(home, adapterFactory, ui);
			session.start();
		}
		users++;
		return session;
	}

	/** Gives the session back; the last user's release disposes it (saves reach the database first). */
	public static synchronized void release(WorkbenchSession released) {
		if (released == null || released != session) {
			return;
		}
		users--;
		if (users == 0) {
			session.dispose();
			adapterFactory.dispose();
			session = null;
			adapterFactory = null;
		}
	}
}
