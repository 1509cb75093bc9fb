package org.sisuite.core.netboot;

import java.util.List;
import java.util.Map;

/**
 * iPXE scripts in {@code ipxe/}. DHCP hands iPXE (user class "iPXE") {@code ipxe/boot.ipxe}, which
 * chains {@code ${mac:hexhyp}.ipxe}, the script of the booting NIC, resolved relative to itself;
 * a machine without one leaves iPXE ({@code exit}) and the firmware boots its next boot option. A
 * client script is a menu with an {@code install} entry (kernel and initrd fetched over TFTP from
 * the boot server, {@code BOOTIF} from iPXE's {@code ${mac:hexhyp}}) and a {@code local} entry;
 * the default follows the boot mode.
 */
final class IpxeScripts {

	private IpxeScripts() {
	}

	/** Adds the scripts, keyed by path relative to the TFTP root, to {@code files}. */
	static void render(List<NetbootClient> clients, NetbootSettings settings, Map<String, String> files) {
		String dir = NetbootNames.IPXE_DIR + "/";
		files.put(NetbootNames.IPXE_BOOT_SCRIPT, "#!ipxe\n# SIS Workbench: run the script of this NIC; machines without one"
				+ " boot from their disk.\n# " + NetbootNames.GENERATED + "\nchain --autofree ${mac:hexhyp}.ipxe || exit\n");
		for (NetbootClient client : clients) {
			for (String mac : client.macs()) {
				files.put(dir + NetbootNames.hyphenMac(mac) + ".ipxe", script(client, mac, settings));
			}
		}
	}

	static String script(NetbootClient client, String mac, NetbootSettings settings) {
		StringBuilder text = new StringBuilder(640);
		text.append("#!ipxe\n");
		text.append("# ").append(BootEntries.describe(client, mac)).append('\n');
		text.append("# ").append(NetbootNames.GENERATED).append('\n');
		if (client.install() == null) {
			text.append("exit\n");
			return text.toString();
		}
		String target = client.bootsInstall() ? "install" : "local";
		text.append("menu SIS Workbench: ").append(client.hostname()).append('\n');
		text.append("item install Install image ").append(client.install().image()).append('\n');
		text.append("item local Boot from the local disk\n");
		text.append("choose --default ").append(target).append(" --timeout ").append(BootEntries.MENU_SECONDS * 1000)
				.append(" target || goto ").append(target).append('\n');
		text.append("goto ${target}\n");
		String url = "tftp://" + settings.server() + "/";
		text.append("\n:install\n");
		text.append("kernel ").append(url).append(settings.kernel()).append(" initrd=")
				.append(BootEntries.baseName(settings.initrd())).append(' ')
				.append(BootEntries.installArgs(client.install(), "01-${mac:hexhyp}", settings)).append('\n');
		text.append("initrd ").append(url).append(settings.initrd()).append('\n');
		text.append("boot || goto local\n");
		text.append("\n:local\n");
		text.append("exit\n");
		return text.toString();
	}
}
