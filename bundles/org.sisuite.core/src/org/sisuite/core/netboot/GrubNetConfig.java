package org.sisuite.core.netboot;

import java.util.List;
import java.util.Map;

/**
 * GRUB network boot files for UEFI clients, in the directory the GRUB net image searches
 * ({@code grub.dir}, its prefix). As the GRUB manual ("Network") documents, GRUB tries
 * {@code grub.cfg-} + the machine UUID, then {@code grub.cfg-} + the MAC in lower-case hex with
 * hyphens (no {@code 01-} type prefix, unlike PXELINUX), then the address in upper-case hex
 * (shortened one digit at a time), then {@code grub.cfg}. Each client file has an {@code install}
 * entry ({@code linux} + {@code initrd} from the TFTP root, {@code BOOTIF} naming the MAC) and a
 * {@code local} entry ({@code exit} back to the firmware, which boots the next boot option: the
 * disk); the default follows the boot mode. {@code grub.cfg} boots unknown machines from their disk.
 */
final class GrubNetConfig {

	private static final String LOCAL_ENTRY = "menuentry 'Boot from the local disk' --id local {\n\texit\n}\n";

	private GrubNetConfig() {
	}

	/** Adds the files, keyed by path relative to the TFTP root, to {@code files}. */
	static void render(List<NetbootClient> clients, NetbootSettings settings, Map<String, String> files) {
		String dir = settings.grubDir() + "/";
		files.put(dir + "grub.cfg", "# SIS Workbench: machines without a file of their own boot from their disk.\n# "
				+ NetbootNames.GENERATED + "\nset default=local\nset timeout=0\n\n" + LOCAL_ENTRY);
		for (NetbootClient client : clients) {
			for (String mac : client.macs()) {
				files.put(dir + "grub.cfg-" + NetbootNames.hyphenMac(mac), file(client, mac, settings));
			}
			if (client.bootIp() != null) {
				files.put(dir + "grub.cfg-" + NetbootNames.hexIp(client.bootIp()), file(client, null, settings));
			}
		}
	}

	static String file(NetbootClient client, String mac, NetbootSettings settings) {
		StringBuilder text = new StringBuilder(512);
		text.append("# ").append(BootEntries.describe(client, mac)).append('\n');
		text.append("# ").append(NetbootNames.GENERATED).append('\n');
		text.append("set default=").append(client.bootsInstall() ? "install" : "local").append('\n');
		text.append("set timeout=").append(client.install() == null ? 0 : BootEntries.MENU_SECONDS).append('\n');
		if (client.install() != null) {
			String bootif = mac == null ? null : "01-" + NetbootNames.hyphenMac(mac);
			text.append("\nmenuentry 'Install image ").append(client.install().image()).append("' --id install {\n");
			text.append("\tlinux /").append(settings.kernel()).append(' ')
					.append(BootEntries.installArgs(client.install(), bootif, settings)).append('\n');
			text.append("\tinitrd /").append(settings.initrd()).append('\n');
			text.append("}\n");
		}
		text.append('\n').append(LOCAL_ENTRY);
		return text.toString();
	}
}
