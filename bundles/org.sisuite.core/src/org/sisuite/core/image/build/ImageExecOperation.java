package org.sisuite.core.image.build;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.sisuite.core.SisHome;
import org.sisuite.core.Statuses;
import org.sisuite.core.store.ImageStore;
import org.sisuite.core.store.ImageStore.BuildTarget;
import org.sisuite.core.store.StoreRecords.VersionSummary;

/**
 * Runs a command inside an image and keeps what it changed as a new version: copies the current
 * version {@code IMAGE_PATH/vN} to {@code IMAGE_PATH/.exec-TIME} ({@code cp -a --reflink=auto}: a
 * real copy, so that no edit in the copy can reach vN; shared blocks where the file system can),
 * mounts {@code /proc}, {@code /sys}, {@code /dev} and {@code /dev/pts} in it, runs
 * {@code chroot COPY COMMAND...} with a clean environment, unmounts (always: on success, failure
 * and cancellation), and only when the command exited 0 renames the copy to {@code vM} and records
 * version M (parent N) as current. Otherwise the copy is removed and the image stays as it was. The
 * command's output goes to {@code $SIS_HOME/logs/exec-IMAGE-TIME.log}, which is kept either way.
 */
public final class ImageExecOperation {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);
	private static final Map<String, String> ENVIRONMENT = Map.of("PATH",
			"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG", "C", "HOME", "/root", "TERM", "dumb");

	private final ImageStore store;
	private final SisHome home;
	private final ImageExecRequest request;

	public ImageExecOperation(ImageStore store, SisHome home, ImageExecRequest request) {
		this.store = store;
		this.home = home;
		this.request = request;
	}

	/**
	 * Runs the command.
	 *
	 * @throws CoreException              (bad input) for an unknown image, one without a version on disk or an
	 *                                    empty command; (failure) when the command fails, with its exit status,
	 *                                    its last lines of output and the log; the image is unchanged
	 * @throws OperationCanceledException when the monitor was cancelled; the image is unchanged
	 */
	public ImageExecResult execute(IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Running a command in image " + request.image(), 100);
		if (request.command().isEmpty() || request.command().get(0).isBlank()) {
			throw new CoreException(Statuses.badInput("No command to run in image " + request.image()));
		}
		BuildTarget target = store.buildTarget(request.image());
		if (target.currentVersion() == null) {
			throw new CoreException(Statuses.badInput("Image " + request.image() + " has no version yet: build it first (sis image build)"));
		}
		int from = target.currentVersion();
		Path source = ImageBuildOperation.versionDirectory(target.path(), from);
		if (!Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
			throw new CoreException(Statuses.badInput("Version " + from + " of image " + request.image() + " is not on disk at " + source));
		}
		String stamp = LocalDateTime.now().format(STAMP);
		Path logFile = home.logsDirectory().resolve("exec-" + request.image() + "-" + stamp + ".log");
		Path copy = target.path().resolve(".exec-" + stamp);
		try {
			Files.createDirectories(home.logsDirectory());
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot create " + home.logsDirectory() + ": " + e.getMessage(), e));
		}
		try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8))) {
			BuildProcesses processes = new BuildProcesses(log, request.output());
			processes.note("exec in image " + request.image() + " version " + from + ": " + String.join(" ", request.command()));
			boolean placed = false;
			try {
				progress.subTask("Copying version " + from);
				processes.run(List.of("cp", "-a", "--reflink=auto", source.toString(), copy.toString()), null, null, progress.split(40));
				runInChroot(copy, processes, logFile, from, progress.split(40));
				progress.subTask("Measuring the new version");
				long size = ImageBuildOperation.size(copy);
				progress.worked(10);
				VersionSummary recorded = store.recordVersion(request.image(), request.effectiveNote(), size, number -> {
					Path destination = ImageBuildOperation.versionDirectory(target.path(), number);
					try {
						if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
							throw new CoreException(Statuses.error(destination + " already exists (left by an earlier run?); move it away and try again"));
						}
						Files.move(copy, destination, StandardCopyOption.ATOMIC_MOVE);
					} catch (IOException e) {
						throw new CoreException(Statuses.error("Cannot move " + copy + " to " + destination + ": " + e.getMessage(), e));
					}
				});
				placed = true;
				progress.worked(10);
				Path made = ImageBuildOperation.versionDirectory(target.path(), recorded.number());
				processes.note("recorded version " + recorded.number() + " (parent " + recorded.parent() + ", " + size + " bytes) at " + made);
				return new ImageExecResult(request.image(), from, recorded, made.toString(), logFile.toString());
			} catch (CoreException | RuntimeException e) {
				processes.note((e instanceof OperationCanceledException ? "cancelled" : "failed: " + e.getMessage()) + "; removing " + copy);
				throw e;
			} catch (IOException e) {
				processes.note("failed: " + e.getMessage() + "; removing " + copy);
				throw new CoreException(Statuses.error("Cannot run a command in image " + request.image() + ": " + e.getMessage(), e));
			} finally {
				if (!placed) {
					ImageBuildOperation.deleteTree(copy, processes);
				}
			}
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot write the log " + logFile + ": " + e.getMessage(), e));
		}
	}

	private void runInChroot(Path copy, BuildProcesses processes, Path logFile, int from, IProgressMonitor monitor)
			throws CoreException {
		Map<String, String> environment = new java.util.HashMap<>(ENVIRONMENT);
		environment.put("SIS_IMAGE", request.image());
		List<String> command = new ArrayList<>();
		command.add("chroot");
		command.add(copy.toAbsolutePath().toString());
		command.addAll(request.command());
		try (ChrootMounts mounts = ChrootMounts.mount(copy, processes)) {
			processes.run(command, null, environment, monitor);
		} catch (CoreException e) {
			if (Statuses.isBadInput(e.getStatus())) {
				throw e;
			}
			throw new CoreException(Statuses.error("The command failed in a copy of image " + request.image() + " version " + from
					+ ", which is unchanged; log " + logFile + ": " + e.getStatus().getMessage(), e));
		}
	}
}
