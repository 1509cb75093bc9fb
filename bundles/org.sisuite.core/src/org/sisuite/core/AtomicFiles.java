package org.sisuite.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.eclipse.core.runtime.CoreException;

/**
 * Writes files so that a reader sees either the old content or the complete new one, never a
 * part: the content goes to a temporary file in the same directory, is forced to disk, and is
 * then renamed over the target.
 */
public final class AtomicFiles {

	/** Produces the content of a file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	public static void write(Path target, Content content) throws CoreException {
		Path absolute = target.toAbsolutePath();
		Path directory = absolute.getParent();
		Path temporary = null;
		try {
			Files.createDirectories(directory);
			temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
				content.writeTo(out);
			}
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			try {
				Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
			temporary = null;
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot write " + absolute + ": " + e.getMessage(), e));
		} finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				} catch (IOException e) {
					java.util.logging.Logger.getLogger(AtomicFiles.class.getName())
							.warning("cannot remove " + temporary + ": " + e.getMessage());
				}
			}
		}
	}
}
