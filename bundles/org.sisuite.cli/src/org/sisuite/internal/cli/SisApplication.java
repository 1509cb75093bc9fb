package org.sisuite.internal.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;
import org.sisuite.core.SisHome;
import org.sisuite.core.SisLogging;

/**
 * The headless Equinox application the {@code sis} launcher starts. It turns the process into a
 * {@link CliContext} (bundle version, {@code $SIS_HOME}, standard streams) and hands the arguments
 * to {@link SisCommandLine}; its result becomes the process exit code.
 */
public final class SisApplication implements IApplication {

	@Override
	public Object start(IApplicationContext applicationContext) {
		String[] args = (String[]) applicationContext.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		applicationContext.applicationRunning();
		Charset charset = Charset.defaultCharset();
		PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true);
		PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true);
		SisHome home = SisHome.fromSystem();
		try {
			SisLogging.install(home.ensureDirectories(), "sis");
		} catch (CoreException e) {
			err.println("sis: " + e.getStatus().getMessage());
			return ExitCodes.FAILURE;
		}
		String version = FrameworkUtil.getBundle(SisApplication.class).getVersion().toString();
		CliContext context = new CliContext(version, home, System.getenv(), System.in, out, err,
				System.console() != null);
		return new SisCommandLine(context).execute(args == null ? new String[0] : args);
	}

	@Override
	public void stop() {
		// a command runs to completion on the main thread; there is nothing to interrupt here
	}
}
