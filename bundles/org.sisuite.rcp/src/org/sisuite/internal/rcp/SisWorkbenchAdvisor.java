package org.sisuite.internal.rcp;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.sisuite.core.SisHome;
import org.sisuite.internal.ui.perspectives.ImagesPerspective;

/**
 * Opens SIS Workbench on the Images perspective and remembers the layout between sessions; gives
 * the parts the state location the application resolved ({@link SisHome} in the workbench context).
 */
final class SisWorkbenchAdvisor extends WorkbenchAdvisor {

	private final SisHome home;

	SisWorkbenchAdvisor(SisHome home) {
		this.home = home;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
	}

	@Override
	public void preStartup() {
		getWorkbenchConfigurer().getWorkbench().getService(IEclipseContext.class).set(SisHome.class, home);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return ImagesPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new SisWindowAdvisor(configurer);
	}
}
