package org.sisuite.core.image.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;

/**
 * The kernel file systems a command in a chroot expects: {@code /proc}, {@code /sys}, {@code /dev}
 * (a bind of the host's) and {@code /dev/pts} (a bind too). {@link #close()} unmounts whatever was
 * mounted, deepest first, lazily when a straggler keeps a mount busy, and removes the mount
 * points it had to create; it never throws, so it can run in a {@code finally} after a failure or
 * a cancellation.
 */
final class ChrootMounts implements AutoCloseable {

	private final Path root;
	private final BuildProcesses processes;
	private final List<Path> mounted = new ArrayList<>();
	private final List<Path> created = new ArrayList<>();

	private ChrootMounts(Path root, BuildProcesses processes) {
		this.root = root;
		this.processes = processes;
	}

	/**
	 * Mounts them below {@code root}; on a failure undoes what was done.
	 *
	 * @throws CoreException when a mount point is not a directory or a mount fails
	 */
	static ChrootMounts mount(Path root, BuildProcesses processes) throws CoreException {
		ChrootMounts mounts = new ChrootMounts(root, processes);
		try {
			mounts.mount("proc", List.of("mount", "-t", "proc", "proc"));
			mounts.mount("sys", List.of("mount", "-t", "sysfs", "sysfs"));
			mounts.mount("dev", List.of("mount", "--bind", "/dev"));
			mounts.mount("dev/pts", List.of("mount", "--bind", "/dev/pts"));
		} catch (CoreException | RuntimeException e) {
			mounts.close();
			throw e;
		}
		return mounts;
	}

	private void mount(String relative, List<String> command) throws CoreException {
		Path point = root.resolve(relative);
		if (Files.isSymbolicLink(point) || Files.exists(point, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(point, LinkOption.NOFOLLOW_LINKS)) {
			throw new CoreException(Statuses.badInput("Cannot mount /" + relative + " in the image: it is not a directory"));
		}
		if (!Files.exists(point, LinkOption.NOFOLLOW_LINKS)) {
			try {
				Files.createDirectories(point);
			} catch (IOException e) {
				throw new CoreException(Statuses.error("Cannot create " + point + ": " + e.getMessage(), e));
			}
			created.add(point);
		}
		List<String> full = new ArrayList<>(command);
		full.add(point.toString());
		processes.run(full, null, null, null);
		mounted.add(point);
	}

	@Override
	public void close() {
		for (int i = mounted.size() - 1; i >= 0; i--) {
			Path point = mounted.get(i);
			try {
				processes.run(List.of("umount", point.toString()), null, null, null);
			} catch (CoreException | RuntimeException e) {
				processes.note("cannot unmount " + point + " (" + e.getMessage() + "); detaching it lazily");
				try {
					processes.run(List.of("umount", "--lazy", point.toString()), null, null, null);
				} catch (CoreException | RuntimeException again) {
					processes.note("cannot detach " + point + ": " + again.getMessage());
				}
			}
		}
		mounted.clear();
		if (!ImageBuildOperation.mountsBelow(root).isEmpty()) {
			return;
		}
		for (int i = created.size() - 1; i >= 0; i--) {
			try {
				Files.deleteIfExists(created.get(i));
			} catch (IOException e) {
				processes.note("cannot remove the mount point " + created.get(i) + ": " + e.getMessage());
			}
		}
		created.clear();
	}
}
