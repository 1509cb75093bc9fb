package org.sisuite.core.netboot;

import org.sisuite.core.netboot.NetbootClient.Install;

/**
 * What the install entry of every boot loader passes to the imager's kernel, and the comment line
 * that says whose file it is. The parameters are the imager's ({@code si.*}, see SystemImager's
 * systemimager.cmdline manual) and dracut's network ones:
 * {@code rd.neednet=1 ip=dhcp si.image-server=S si.image-name=I si.monitor-server=S si.monitor-port=P
 * si.monitor-console=y [si.script-name=X] [BOOTIF=01-MAC] [kernel.args]}.
 */
final class BootEntries {

	/** Seconds a boot menu waits before it boots the default entry. */
	static final int MENU_SECONDS = 3;

	private BootEntries() {
	}

	/**
	 * The kernel parameters of the install entry.
	 *
	 * @param bootif the {@code BOOTIF} value (e.g. {@code 01-52-54-00-12-34-56}) naming the NIC the
	 *               imager uses, or null to leave it out
	 */
	static String installArgs(Install install, String bootif, NetbootSettings settings) {
		StringBuilder args = new StringBuilder(200);
		args.append("rd.neednet=1 ip=dhcp");
		args.append(" si.image-server=").append(install.imageServer());
		args.append(" si.image-name=").append(install.image());
		args.append(" si.monitor-server=").append(install.imageServer());
		args.append(" si.monitor-port=").append(install.monitorPort());
		args.append(" si.monitor-console=y");
		if (install.installScript() != null) {
			args.append(" si.script-name=").append(install.installScript());
		}
		if (bootif != null) {
			args.append(" BOOTIF=").append(bootif);
		}
		if (!settings.kernelArgs().isEmpty()) {
			args.append(' ').append(settings.kernelArgs());
		}
		return args.toString();
	}

	/** The first line of a client's boot file (after the comment marker): who, which MAC, what it boots. */
	static String describe(NetbootClient client, String mac) {
		StringBuilder line = new StringBuilder("SIS Workbench: ").append(client.hostname());
		if (mac != null) {
			line.append(" (").append(mac).append(')');
		} else if (client.bootIp() != null) {
			line.append(" (").append(client.bootIp()).append(')');
		}
		line.append(client.bootsInstall() ? ", installs image " + client.install().image() : ", boots from its disk");
		return line.toString();
	}

	/** The file name part of a path relative to the TFTP root. */
	static String baseName(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}
}
