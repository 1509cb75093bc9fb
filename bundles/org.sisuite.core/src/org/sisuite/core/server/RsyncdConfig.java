package org.sisuite.core.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.AtomicFiles;

/**
 * The image server's {@code rsyncd.conf}: global settings, the fixed modules {@code scripts},
 * {@code boot} and {@code overrides}, and one read-only module per served image. Every module is
 * read only and chrooted, transfers keep numeric ids (an image's owners are the client's, not the
 * server's), and only loopback and the client networks may connect.
 */
public final class RsyncdConfig {

	/** A module of the server. */
	public record Module(String name, Path path, String comment) {
	}

	private RsyncdConfig() {
	}

	/** The modules for an inventory, fixed modules first, then the images by name. */
	public static List<Module> modules(ServerLayout layout, ServerInventory inventory) {
		List<Module> modules = new ArrayList<>();
		modules.add(new Module(ServerLayout.SCRIPTS_MODULE, layout.scripts().toAbsolutePath(),
				"SIS install scripts, exclude list, pre- and post-install scripts"));
		modules.add(new Module(ServerLayout.BOOT_MODULE, layout.boot().toAbsolutePath(), "SIS boot environment"));
		modules.add(new Module(ServerLayout.OVERRIDES_MODULE, layout.overrides().toAbsolutePath(),
				"SIS overrides per image, group and host"));
		for (ServedImage image : inventory.images()) {
			modules.add(new Module(image.name(), image.path(), "image " + image.name() + ", version " + image.version()));
		}
		return modules;
	}

	/** The text of the configuration. */
	public static String render(ServerSettings settings, ServerLayout layout, List<Module> modules,
			List<String> hostsAllow) {
		StringBuilder out = new StringBuilder(1024);
		out.append("# rsyncd.conf of the SIS Workbench image server. Generated: do not edit, it is rewritten\n");
		out.append("# whenever the images change ('sis server reload'). The daemon reads it again for every\n");
		out.append("# connection; address, port and pid file take effect at the next start.\n\n");
		out.append("address = ").append(settings.address()).append('\n');
		out.append("port = ").append(settings.port()).append('\n');
		out.append("pid file = ").append(layout.pidFile().toAbsolutePath()).append('\n');
		out.append("log file = ").append(layout.log().toAbsolutePath()).append('\n');
		out.append("uid = root\n");
		out.append("gid = root\n");
		out.append("use chroot = yes\n");
		out.append("numeric ids = yes\n");
		out.append("read only = yes\n");
		out.append("list = yes\n");
		out.append("timeout = 600\n");
		out.append("dont compress = *.gz *.tgz *.xz *.zst *.zip *.bz2 *.deb *.rpm\n");
		out.append("hosts allow = ").append(String.join(" ", hostsAllow)).append('\n');
		for (Module module : modules) {
			out.append('\n').append('[').append(module.name()).append("]\n");
			out.append("\tpath = ").append(module.path()).append('\n');
			out.append("\tcomment = ").append(module.comment()).append('\n');
		}
		return out.toString();
	}

	/** Writes the configuration atomically: a connection reads the old or the new file, never a part. */
	public static void write(Path file, String text) throws CoreException {
		AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** The module names of a configuration's text, in order. */
	public static List<String> moduleNames(String text) {
		List<String> names = new ArrayList<>();
		for (String line : text.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
				names.add(trimmed.substring(1, trimmed.length() - 1).strip());
			}
		}
		return names;
	}
}
