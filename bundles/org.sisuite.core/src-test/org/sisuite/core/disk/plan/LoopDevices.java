package org.sisuite.core.disk.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sparse files attached as loop devices, and the cleanup of everything a test built on them:
 * mounts under the target, volume groups, md arrays, the loop devices. Cleanup goes on after a
 * failed step and reports every failure at the end.
 */
final class LoopDevices implements AutoCloseable {

	private final Path directory;
	private final List<String> loops = new ArrayList<>();
	private final List<String> arrays = new ArrayList<>();
	private final List<String> volumeGroups = new ArrayList<>();
	private Path target;

	LoopDevices(Path directory) {
		this.directory = directory;
	}

	/** A new sparse file of {@code bytes} attached to a free loop device with partition scanning. */
	String attach(long bytes) throws IOException, InterruptedException {
		Path file = directory.resolve("disk" + loops.size() + ".img");
		Processes.Result truncate = Processes.run(List.of("truncate", "-s", Long.toString(bytes), file.toString()));
		if (!truncate.ok()) {
			throw new IOException("truncate failed: " + truncate);
		}
		Processes.Result losetup = Processes.run(List.of("losetup", "--find", "--show", "--partscan", file.toString()));
		if (!losetup.ok()) {
			throw new IOException("losetup failed: " + losetup);
		}
		String device = losetup.out().trim();
		loops.add(device);
		return device;
	}

	/** Remembers what to take down: the target's mounts, these arrays and volume groups. */
	void builds(Path target, List<String> arrays, List<String> volumeGroups) {
		this.target = target;
		this.arrays.addAll(arrays);
		this.volumeGroups.addAll(volumeGroups);
	}

	@Override
	public void close() throws IOException, InterruptedException {
		List<String> failures = new ArrayList<>();
		if (target != null) {
			for (String mount : mountsUnder(target)) {
				run(failures, List.of("umount", mount));
			}
		}
		for (String group : volumeGroups) {
			if (Processes.installed("vgs") && Processes.run(List.of("vgs", group)).ok()) {
				run(failures, List.of("vgchange", "-an", group));
			}
		}
		for (String array : arrays) {
			if (Files.exists(Path.of(array))) {
				run(failures, List.of("mdadm", "--stop", array));
			}
		}
		for (String loop : loops) {
			run(failures, List.of("losetup", "--detach", loop));
		}
		loops.clear();
		if (!failures.isEmpty()) {
			throw new IOException("cleanup failed:\n" + String.join("\n", failures));
		}
	}

	/** The mount points at or below a directory, deepest first. */
	static List<String> mountsUnder(Path directory) throws IOException {
		String root = directory.toRealPath().toString();
		List<String> mounts = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("/proc/mounts"))) {
			String[] fields = line.split(" ");
			String mountPoint = fields[1].replace("\\040", " ");
			if (mountPoint.equals(root) || mountPoint.startsWith(root + "/")) {
				mounts.add(mountPoint);
			}
		}
		mounts.sort(Comparator.comparingInt(String::length).reversed());
		return mounts;
	}

	private static void run(List<String> failures, List<String> command) throws InterruptedException {
		try {
			Processes.Result result = Processes.run(command);
			if (!result.ok()) {
				failures.add(String.join(" ", command) + ": " + result.err().trim());
			}
		} catch (IOException e) {
			failures.add(String.join(" ", command) + ": " + e.getMessage());
		}
	}
}
