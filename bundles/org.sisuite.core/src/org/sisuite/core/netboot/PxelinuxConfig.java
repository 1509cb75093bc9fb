package org.sisuite.core.netboot;

import java.util.List;
import java.util.Map;

/**
 * PXELINUX files in {@code pxelinux.cfg/} (next to {@code pxelinux.0} at the TFTP root). PXELINUX
 * looks for {@code 01-} + the MAC in lower-case hex with hyphens, then the address in upper-case
 * hex (shortened one digit at a time), then {@code default}. Each client file has an
 * {@code install} entry (the boot kernel and initrd, {@code IPAPPEND 2} so the imager learns the
 * booting NIC as {@code BOOTIF}) and a {@code local} entry; the default follows the boot mode.
 * {@code default} boots unknown machines from their disk.
 */
final class PxelinuxConfig {

	private PxelinuxConfig() {
	}

	/** Adds the files, keyed by path relative to the TFTP root, to {@code files}. */
	static void render(List<NetbootClient> clients, NetbootSettings settings, Map<String, String> files) {
		String dir = NetbootNames.PXELINUX_DIR + "/";
		files.put(dir + "default", "# SIS Workbench: machines without a file of their own boot from their disk.\n# "
				+ NetbootNames.GENERATED + "\nDEFAULT local\n\nLABEL local\n  LOCALBOOT 0\n");
		for (NetbootClient client : clients) {
			for (String mac : client.macs()) {
				files.put(dir + "01-" + NetbootNames.hyphenMac(mac), file(client, mac, settings));
			}
			if (client.bootIp() != null) {
				files.put(dir + NetbootNames.hexIp(client.bootIp()), file(client, null, settings));
			}
		}
	}

	static String file(NetbootClient client, String mac, NetbootSettings settings) {
		StringBuilder text = new StringBuilder(512);
		text.append("# ").append(BootEntries.describe(client, mac)).append('\n');
		text.append("# ").append(NetbootNames.GENERATED).append('\n');
		text.append("DEFAULT ").append(client.bootsInstall() ? "install" : "local").append('\n');
		if (client.install() != null) {
			text.append("PROMPT 1\n");
			text.append("TIMEOUT ").append(BootEntries.MENU_SECONDS * 10).append('\n');
			text.append("\nLABEL install\n");
			text.append("  KERNEL ").append(settings.kernel()).append('\n');
			text.append("  APPEND initrd=").append(settings.initrd()).append(' ')
					.append(BootEntries.installArgs(client.install(), null, settings)).append('\n');
			text.append("  IPAPPEND 2\n");
		}
		text.append("\nLABEL local\n");
		text.append("  LOCALBOOT 0\n");
		return text.toString();
	}
}
