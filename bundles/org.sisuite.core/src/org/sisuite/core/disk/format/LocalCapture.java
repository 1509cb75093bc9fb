package org.sisuite.core.disk.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;
import org.sisuite.core.disk.format.DiskTableFormats.Input;

/**
 * Captures the disk table of the machine this runs on: {@code lsblk -J -b} for the block device
 * tree, {@code findmnt -J -s} for the fstab, and {@code sfdisk -J} for each partitioned disk (which
 * needs root; without it the partitions come from lsblk, with a warning).
 */
public final class LocalCapture {

	/** Runs a command and returns its standard output; a failure is a {@link CoreException}. */
	@FunctionalInterface
	public interface CommandRunner {
		byte[] run(List<String> command) throws CoreException;
	}

	static final String LSBLK_COLUMNS = "NAME,PATH,TYPE,SIZE,START,FSTYPE,MOUNTPOINTS,LABEL,UUID,PARTTYPE,PARTLABEL,PARTFLAGS,PTTYPE";

	private LocalCapture() {
	}

	/** Captures this machine's storage as a disk table named {@code tableName}. */
	public static DiskTableImport capture(String tableName, CommandRunner runner) throws CoreException {
		List<Input> inputs = new ArrayList<>();
		List<FormatProblem> notes = new ArrayList<>();
		byte[] lsblk;
		try {
			lsblk = runner.run(List.of("lsblk", "-J", "-b", "-o", LSBLK_COLUMNS));
		} catch (CoreException e) {
			// util-linux before 2.37 has no MOUNTPOINTS and no START
			lsblk = runner.run(List.of("lsblk", "-J", "-b", "-o", LSBLK_COLUMNS.replace("MOUNTPOINTS", "MOUNTPOINT")
					.replace("START,", "")));
		}
		inputs.add(new Input("lsblk -J", lsblk));
		try {
			inputs.add(new Input("findmnt -J -s", runner.run(List.of("findmnt", "-J", "-s", "-o",
					"TARGET,SOURCE,FSTYPE,OPTIONS,FREQ,PASSNO"))));
		} catch (CoreException e) {
			notes.add(new FormatProblem("findmnt -J -s", 0, 0, "no fstab read (" + e.getStatus().getMessage()
					+ "); mount options and fstab naming are guessed"));
		}
		for (CaptureInputs.BlockNode disk : CaptureInputs.lsblk(SourceText.decode("lsblk -J", lsblk))) {
			if (!MachineCapture.isDisk(disk) || disk.children().stream().noneMatch(child -> child.type().equals("part"))) {
				continue;
			}
			try {
				inputs.add(new Input("sfdisk -J " + disk.path(), runner.run(List.of("sfdisk", "-J", disk.path()))));
			} catch (CoreException e) {
				notes.add(new FormatProblem("sfdisk -J " + disk.path(), 0, 0, "cannot read the partition table ("
						+ e.getStatus().getMessage() + "); partitions taken from lsblk"));
			}
		}
		DiskTableImport captured = DiskTableFormats.read(inputs, null, tableName);
		captured.table().setSourceFormat("capture");
		notes.addAll(captured.warnings());
		return new DiskTableImport(captured.table(), null, notes);
	}

	/** Runs commands as processes, each allowed {@code timeout}. */
	public static CommandRunner processes(Duration timeout) {
		return command -> {
			Process process;
			try {
				process = new ProcessBuilder(command).redirectErrorStream(false).start();
			} catch (IOException e) {
				throw new CoreException(Statuses.error("Cannot run " + command.get(0) + ": " + e.getMessage(), e));
			}
			try {
				process.getOutputStream().close();
				ByteArrayOutputStream errors = new ByteArrayOutputStream();
				Thread drain = Thread.ofVirtual().start(() -> copy(process.getErrorStream(), errors));
				byte[] output = process.getInputStream().readNBytes(SourceText.MAX_BYTES);
				if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
					process.destroyForcibly();
					throw new CoreException(Statuses.error(String.join(" ", command) + " did not finish in " + timeout.toSeconds() + " s"));
				}
				drain.join(timeout.toMillis());
				if (process.exitValue() != 0) {
					String said = errors.toString(StandardCharsets.UTF_8).strip();
					throw new CoreException(Statuses.error(String.join(" ", command) + " failed (exit " + process.exitValue() + ")"
							+ (said.isEmpty() ? "" : ": " + said)));
				}
				return output;
			} catch (IOException e) {
				throw new CoreException(Statuses.error("Cannot read the output of " + command.get(0) + ": " + e.getMessage(), e));
			} catch (InterruptedException e) {
				process.destroyForcibly();
				Thread.currentThread().interrupt();
				throw new CoreException(Statuses.error(String.join(" ", command) + " was interrupted", e));
			}
		};
	}

	private static void copy(InputStream in, ByteArrayOutputStream out) {
		try {
			in.transferTo(out);
		} catch (IOException e) {
			out.writeBytes(("(cannot read its error output: " + e.getMessage() + ")").getBytes(StandardCharsets.UTF_8));
		}
	}
}
