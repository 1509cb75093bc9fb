package org.sisuite.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.sisuite.core.image.build.ImageExecOperation;
import org.sisuite.core.image.build.ImageExecRequest;
import org.sisuite.core.image.build.ImageExecResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sis image exec IMAGE [--message TEXT] -- CMD [ARGS...]}: a command in a copy of the image, kept as a new version when it succeeds. */
@Command(name = "exec", mixinStandardHelpOptions = true, description = {
		"Run a command inside a copy of the image's current version (chroot, with /proc, /sys, /dev and /dev/pts",
		"mounted) and keep the copy as a new version, the current one, when the command exits 0. When it fails,",
		"or is interrupted (Ctrl-C), the image stays as it was and the exit code is 1; the command's output is",
		"printed and kept in $SIS_HOME/logs/exec-IMAGE-TIME.log. Needs root. Put -- before the command." })
final class ImageExecCommand implements Callable<Integer> {

	private final CliContext context;
	@Mixin
	JsonOutput output;
	@Parameters(index = "0", paramLabel = "IMAGE", description = "The image (it needs a version: sis image build).")
	String image;
	@Parameters(index = "1..*", arity = "1..*", paramLabel = "CMD", description = "The command and its arguments, run as chroot IMAGE CMD ARGS...")
	List<String> command = new ArrayList<>();
	@Option(names = { "-m", "--message" }, paramLabel = "TEXT", description = "The new version's note (default: exec: CMD ARGS...).")
	String message;

	ImageExecCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() throws CoreException {
		ImageExecRequest request = new ImageExecRequest(image, command, message,
				output.isJson() ? line -> context.err().println(line) : line -> context.out().println(line));
		ImageExecOperation operation = new ImageExecOperation(ImageCommand.store(context), context.home(), request);
		IProgressMonitor monitor = Interruptibly.monitor(context);
		ImageExecResult result;
		try {
			result = Interruptibly.run("sis image exec", operation::execute, monitor);
		} catch (OperationCanceledException e) {
			context.err().println("sis image exec: cancelled; image " + image + " is unchanged");
			return ExitCodes.FAILURE;
		}
		if (output.isJson()) {
			Json.print(context.out(), result);
		} else {
			context.out().println("Image " + result.image() + " version " + result.version().number() + " (parent " + result.from()
					+ "): " + result.version().sizeBytes() + " bytes in " + result.path());
			context.out().println("Log: " + result.log());
		}
		return ExitCodes.OK;
	}
}
