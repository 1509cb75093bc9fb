package org.sisuite.internal.ui.disk;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sisuite.core.Statuses;
import org.sisuite.internal.ui.UiStatus;
import org.sisuite.internal.ui.navigator.SisNavigatorPart;
import org.sisuite.internal.ui.session.WorkbenchSession;

/** File &gt; New Disk Table...: the {@link NewDiskTableWizard} on the navigator's site session. */
public final class NewDiskTableHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		WorkbenchSession session = siteSession(window);
		if (session == null || session.model().site() == null) {
			UiStatus.show(Statuses.error("Open the SIS Navigator first: disk tables are added to the site it shows."));
			return null;
		}
		new WizardDialog(window.getShell(), new NewDiskTableWizard(session, window.getActivePage())).open();
		return null;
	}

	/** The site session of the window's navigator, or null when the navigator is not open. */
	static WorkbenchSession siteSession(IWorkbenchWindow window) {
		EPartService parts = window.getService(EPartService.class);
		MPart part = parts == null ? null : parts.findPart(SisNavigatorPart.ID);
		return part != null && part.getObject() instanceof SisNavigatorPart navigator ? navigator.session() : null;
	}
}
