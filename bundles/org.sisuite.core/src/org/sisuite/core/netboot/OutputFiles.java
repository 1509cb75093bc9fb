package org.sisuite.core.netboot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.sisuite.core.AtomicFiles;
import org.sisuite.core.Statuses;

/**
 * Brings a directory tree to a planned content: a file whose content differs (or that is missing)
 * is written with {@link AtomicFiles}, so a TFTP or DHCP server reading it sees the old or the new
 * file, never a part; a file with the planned content is left alone; per-client files that the
 * plan no longer has (clients removed, MACs changed) are deleted. Only names matching a
 * {@link Stale} rule are ever deleted, so files of other tools in the same directories stay.
 * <p>
 * Each write is forced to disk; they run on a few threads because the disk's journal then commits
 * several at once (ten thousand clients make tens of thousands of small files).
 */
final class OutputFiles {

	/** Threads writing files; the work is waiting for the disk, not computing. */
	static final int THREADS = 8;

	/** How many failures one error lists before "and N more". */
	private static final int LISTED_FAILURES = 10;

	/** One file of the plan: its output (e.g. "pxelinux"), path relative to the root, content. */
	record Planned(String output, String path, String content) {
	}

	/** Files in {@code directory} (relative to the root) whose names match are the output's per-client files. */
	record Stale(String output, String directory, Pattern names) {
	}

	/** What happened to one output's files. */
	record Counts(String output, int files, int written, int unchanged, int deleted) {
	}

	private OutputFiles() {
	}

	/**
	 * Writes the plan under {@code root} and deletes stale per-client files.
	 *
	 * @return counts per output, in the order outputs first appear in the plan or rules
	 * @throws CoreException naming the files that could not be written or deleted
	 */
	static List<Counts> sync(Path root, List<Planned> plan, List<Stale> staleRules, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Writing " + plan.size() + " files to " + root,
				plan.size() + staleRules.size());
		Map<String, int[]> counts = new LinkedHashMap<>();
		plan.forEach(file -> counts.computeIfAbsent(file.output(), o -> new int[4])[0]++);
		staleRules.forEach(rule -> counts.computeIfAbsent(rule.output(), o -> new int[4]));
		List<IStatus> failures = new ArrayList<>();
		createDirectories(root, plan);
		ExecutorService writers = Executors.newFixedThreadPool(THREADS, runnable -> {
			Thread thread = new Thread(runnable, "sis-netboot-writer");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<Boolean>> results = new ArrayList<>(plan.size());
			for (Planned file : plan) {
				results.add(writers.submit(() -> writeIfChanged(root.resolve(file.path()), file.content())));
			}
			for (int i = 0; i < plan.size(); i++) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				try {
					boolean written = results.get(i).get();
					counts.get(plan.get(i).output())[written ? 1 : 2]++;
				} catch (ExecutionException e) {
					failures.add(failure(e.getCause()));
				}
				progress.split(1);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException("interrupted");
		} finally {
			writers.shutdownNow();
		}
		Set<String> planned = new HashSet<>(plan.size() * 2);
		plan.forEach(file -> planned.add(normalize(file.path())));
		for (Stale rule : staleRules) {
			counts.get(rule.output())[3] += deleteStale(root, rule, planned, failures);
			progress.split(1);
		}
		if (!failures.isEmpty()) {
			throw new CoreException(failures(root, failures));
		}
		List<Counts> result = new ArrayList<>();
		counts.forEach((output, c) -> result.add(new Counts(output, c[0], c[1], c[2], c[3])));
		return result;
	}

	/** Writes the file unless it already has exactly this content; whether it wrote. */
	static boolean writeIfChanged(Path file, String content) throws CoreException {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		if (hasContent(file, bytes)) {
			return false;
		}
		AtomicFiles.write(file, out -> out.write(bytes));
		return true;
	}

	/**
	 * Whether the file has exactly these bytes: one open, one size check, one read. Any problem
	 * reading it (missing, a directory, unreadable) means no, and the write then says what is wrong.
	 */
	private static boolean hasContent(Path file, byte[] bytes) {
		try (SeekableByteChannel channel = Files.newByteChannel(file)) {
			if (channel.size() != bytes.length) {
				return false;
			}
			ByteBuffer buffer = ByteBuffer.allocate(bytes.length);
			while (buffer.hasRemaining()) {
				if (channel.read(buffer) < 0) {
					return false;
				}
			}
			return Arrays.equals(buffer.array(), bytes);
		} catch (IOException e) {
			return false;
		}
	}

	private static void createDirectories(Path root, List<Planned> plan) throws CoreException {
		Set<Path> directories = new HashSet<>();
		plan.forEach(file -> directories.add(root.resolve(file.path()).getParent()));
		for (Path directory : directories) {
			try {
				Files.createDirectories(directory);
			} catch (IOException e) {
				throw new CoreException(Statuses.error("Cannot create the directory " + directory + ": " + e, e));
			}
		}
	}

	private static int deleteStale(Path root, Stale rule, Set<String> planned, List<IStatus> failures) {
		Path directory = root.resolve(rule.directory());
		if (!Files.isDirectory(directory)) {
			return 0;
		}
		int deleted = 0;
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				String relative = normalize(rule.directory() + "/" + name);
				if (rule.names().matcher(name).matches() && !planned.contains(relative) && !Files.isDirectory(entry)) {
					try {
						deleted += Files.deleteIfExists(entry) ? 1 : 0;
					} catch (IOException e) {
						failures.add(Statuses.error("Cannot delete the stale file " + entry + ": " + e, e));
					}
				}
			}
		} catch (IOException e) {
			failures.add(Statuses.error("Cannot list " + directory + ": " + e, e));
		}
		return deleted;
	}

	private static String normalize(String relativePath) {
		return Path.of(relativePath).normalize().toString();
	}

	private static IStatus failure(Throwable cause) {
		if (cause instanceof CoreException core) {
			return core.getStatus();
		}
		return Statuses.error(String.valueOf(cause.getMessage()), cause);
	}

	private static IStatus failures(Path root, List<IStatus> failures) {
		MultiStatus status = new MultiStatus(Statuses.PLUGIN_ID, 0,
				failures.size() + (failures.size() == 1 ? " file" : " files") + " under " + root
						+ " could not be written or deleted",
				null);
		failures.subList(0, Math.min(LISTED_FAILURES, failures.size())).forEach(status::add);
		if (failures.size() > LISTED_FAILURES) {
			status.add(Statuses.error("and " + (failures.size() - LISTED_FAILURES) + " more"));
		}
		return status;
	}
}
