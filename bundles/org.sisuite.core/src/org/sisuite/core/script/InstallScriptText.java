package org.sisuite.core.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders the autoinstall script of an image: the template {@code install.sh} next to this class
 * (the install steps, the same for every image) with the image's settings, its clients and its disk
 * plan (the shell script of {@code org.sisuite.core.disk.plan.ShellScript}, run as it is) put in.
 */
public final class InstallScriptText {

	private static final String TEMPLATE = "install.sh";
	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./=:,%+@-]+");
	private static final String DISK_PLAN_EOF = "SIS_DISK_PLAN_EOF";

	/**
	 * What the script is made of.
	 *
	 * @param image           the image it installs by default
	 * @param diskTable       the disk table's name, or null
	 * @param diskScript      the disk plan's shell script, or null (only directory targets then)
	 * @param postAction      reboot, shutdown, beep or shell
	 * @param bootLoader      the table's boot loader flavour (none: the bootloader phase is not run);
	 *                        the disk plan's bootloader phase installs it
	 * @param rsyncPort       the port used when no sis.rsync-port is given
	 * @param clients         the image's clients
	 * @param target          where the disk plan mounts the client's file systems, e.g. /a
	 */
	public record Settings(String image, String diskTable, String diskScript, String postAction, String bootLoader,
			int rsyncPort, List<ScriptClient> clients, String target) {

		public Settings {
			clients = List.copyOf(clients);
		}
	}

	private InstallScriptText() {
	}

	/** The script's text. */
	public static String render(Settings settings) {
		String template = template();
		StringBuilder config = new StringBuilder(4096 + 120 * settings.clients().size());
		config.append("SIS_SCRIPT_IMAGE=").append(quote(settings.image())).append('\n');
		config.append("SIS_DISK_TABLE=").append(quote(nullToEmpty(settings.diskTable()))).append('\n');
		config.append("SIS_POST_ACTION=").append(quote(settings.postAction())).append('\n');
		config.append("SIS_BOOT_LOADER=").append(quote(settings.bootLoader())).append('\n');
		config.append("SIS_DISK_TARGET=").append(quote(settings.target())).append('\n');
		config.append("SIS_DEFAULT_RSYNC_PORT=").append(settings.rsyncPort()).append("\n\n");
		clients(config, settings.clients());
		config.append('\n');
		diskScript(config, settings.diskScript());
		String header = "Autoinstall script of image " + settings.image() + ", made by SIS Workbench ('sis script generate')."
				+ "\n# Do not edit: the next 'sis script generate " + settings.image() + "' rewrites it. Disk table: "
				+ (settings.diskTable() == null ? "none (directory targets only)" : settings.diskTable())
				+ "; post action: " + settings.postAction() + ".";
		return template.replace("# @HEADER@", "# " + header.replaceAll("[\\p{Cntrl}&&[^\n]]", " "))
				.replace("# @CONFIG@\n", config.toString());
	}

	private static void clients(StringBuilder out, List<ScriptClient> clients) {
		out.append("# sis_client HOST: set the groups and network settings of a client of this image; 1 if unknown\n");
		out.append("sis_client() {\n\tcase $1 in\n");
		for (ScriptClient client : clients) {
			out.append('\t').append(quote(client.hostname())).append(")\n");
			out.append("\t\tSIS_GROUPS=").append(quote(String.join(" ", client.groups()))).append('\n');
			out.append("\t\tSIS_NET=").append(quote(client.network())).append('\n');
			if (client.ip() != null) {
				out.append("\t\tSIS_NET_IP=").append(quote(client.ip())).append('\n');
				out.append("\t\tSIS_NET_PREFIX=").append(client.prefix()).append('\n');
			}
			if (client.gateway() != null) {
				out.append("\t\tSIS_NET_GATEWAY=").append(quote(client.gateway())).append('\n');
			}
			if (client.mac() != null) {
				out.append("\t\tSIS_NET_MAC=").append(quote(client.mac())).append('\n');
			}
			out.append("\t\t;;\n");
		}
		out.append("\t*) return 1 ;;\n\tesac\n}\n\n");
		out.append("# sis_hostname_of_mac MAC: the client with this MAC\n");
		out.append("sis_hostname_of_mac() {\n\tcase $1 in\n");
		for (ScriptClient client : clients) {
			if (!client.macs().isEmpty()) {
				out.append('\t').append(client.macs().stream().map(InstallScriptText::quote).collect(Collectors.joining(" | ")))
						.append(") echo ").append(quote(client.hostname())).append(" ;;\n");
			}
		}
		out.append("\t*) return 1 ;;\n\tesac\n}\n");
	}

	private static void diskScript(StringBuilder out, String script) {
		out.append("# sis_disk_script: print the disk plan (partitions, RAID, LVM, file systems, mounts, fstab)\n");
		out.append("sis_disk_script() {\n");
		if (script == null) {
			out.append("\treturn 1\n}\n");
			return;
		}
		if (script.lines().anyMatch(DISK_PLAN_EOF::equals)) {
			throw new IllegalArgumentException("the disk plan contains the line " + DISK_PLAN_EOF);
		}
		out.append("\tcat <<'").append(DISK_PLAN_EOF).append("'\n").append(script);
		if (!script.endsWith("\n")) {
			out.append('\n');
		}
		out.append(DISK_PLAN_EOF).append("\n}\n");
	}

	/** A word for the shell: as it is when it is safe, else in single quotes. */
	static String quote(String word) {
		if (!word.isEmpty() && SAFE.matcher(word).matches()) {
			return word;
		}
		return "'" + word.replace("'", "'\\''") + "'";
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	private static String template() {
		try (InputStream in = InstallScriptText.class.getResourceAsStream(TEMPLATE)) {
			if (in == null) {
				throw new IllegalStateException("the install script template " + TEMPLATE + " is missing from the bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
