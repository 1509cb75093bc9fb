package org.sisuite.core.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.SisHome;
import org.sisuite.core.Statuses;

/**
 * Where the image server keeps its files under {@code $SIS_HOME}: {@code server/} (rsyncd.conf,
 * pid and state files), the directories its fixed modules serve ({@code scripts/}, {@code boot/},
 * {@code overrides/}) and its log, {@code logs/rsyncd.log}.
 */
public record ServerLayout(SisHome home) {

	/** The module of the install scripts, exclude list, pre- and post-install scripts. */
	public static final String SCRIPTS_MODULE = "scripts";
	/** The module of the boot environment (kernel, initrd) the boot tools put there. */
	public static final String BOOT_MODULE = "boot";
	/** The module of the override trees: {@code image/NAME}, {@code group/NAME}, {@code host/NAME}. */
	public static final String OVERRIDES_MODULE = "overrides";

	public Path serverDirectory() {
		return home.root().resolve("server");
	}

	public Path config() {
		return serverDirectory().resolve("rsyncd.conf");
	}

	public Path pidFile() {
		return serverDirectory().resolve("rsyncd.pid");
	}

	/** What the running daemon was started with (address, port), for {@code status}. */
	public Path stateFile() {
		return serverDirectory().resolve("rsyncd.state");
	}

	public Path log() {
		return home.logsDirectory().resolve("rsyncd.log");
	}

	public Path scripts() {
		return home.root().resolve(SCRIPTS_MODULE);
	}

	public Path boot() {
		return home.root().resolve(BOOT_MODULE);
	}

	public Path overrides() {
		return home.root().resolve(OVERRIDES_MODULE);
	}

	/** The override tree of an image, a group (client range) or a host: {@code kind} is image, group or host. */
	public Path override(String kind, String name) {
		return overrides().resolve(kind).resolve(name);
	}

	/** Creates the directories the server and its fixed modules need. */
	public void ensureDirectories() throws CoreException {
		home.ensureDirectories();
		for (Path directory : new Path[] { serverDirectory(), scripts(), scripts().resolve("images"),
				scripts().resolve("hosts"), scripts().resolve("pre-install"), scripts().resolve("post-install"), boot(),
				overrides().resolve("image"), overrides().resolve("group"), overrides().resolve("host") }) {
			try {
				Files.createDirectories(directory);
			} catch (IOException e) {
				throw new CoreException(Statuses.error("Cannot create " + directory + ": " + e.getMessage(), e));
			}
		}
	}
}
