package org.sisuite.core.image.build;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A command to run inside an image.
 *
 * @param image   the image; its current version is copied and the command runs in the copy
 * @param command the program and its arguments, as the chroot sees them (no shell unless asked for)
 * @param note    the new version's note; null for {@code exec: COMMAND}
 * @param output  gets every line the command prints (stdout and stderr merged); the log gets them too
 */
public record ImageExecRequest(String image, List<String> command, String note, Consumer<String> output) {

	public ImageExecRequest {
		Objects.requireNonNull(image, "image");
		command = List.copyOf(command);
		output = output == null ? line -> {
		} : output;
	}

	/** The note the new version gets. */
	public String effectiveNote() {
		return note != null ? note : "exec: " + String.join(" ", command);
	}
}
