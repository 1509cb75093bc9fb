package org.sisuite.core.netboot;

import java.util.List;

import org.sisuite.core.netboot.NetbootClient.Binding;

/**
 * ISC dhcpd configuration: the subnet with its pool and options, the PXE boot file by client type
 * (iPXE by user class, x86-64 UEFI by option 93, BIOS otherwise), and one {@code host} block per
 * MAC with {@code hardware ethernet} and, for static clients, {@code fixed-address}. Usable as the
 * whole {@code dhcpd.conf} or {@code include}d from one. Check it with {@code dhcpd -t -cf FILE}.
 */
final class IscDhcpdConfig {

	/** Our name for option 93 (client system architecture), which dhcpd does not name itself. */
	static final String ARCH_OPTION = "sis-client-arch";

	private IscDhcpdConfig() {
	}

	static String render(List<NetbootClient> clients, NetbootSettings settings) {
		StringBuilder text = new StringBuilder(clients.size() * 120 + 1000);
		text.append("# ISC dhcpd configuration of the SIS Workbench clients.\n");
		text.append("# ").append(NetbootNames.GENERATED).append('\n');
		text.append("option ").append(ARCH_OPTION).append(" code 93 = unsigned integer 16;\n\n");
		text.append("subnet ").append(settings.subnet()).append(" netmask ").append(settings.netmask()).append(" {\n");
		if (settings.rangeStart() != null) {
			text.append("  range ").append(settings.rangeStart()).append(' ').append(settings.rangeEnd()).append(";\n");
		}
		if (settings.router() != null) {
			text.append("  option routers ").append(settings.router()).append(";\n");
		}
		if (!settings.dns().isEmpty()) {
			text.append("  option domain-name-servers ").append(String.join(", ", settings.dns())).append(";\n");
		}
		if (settings.domain() != null) {
			text.append("  option domain-name \"").append(settings.domain()).append("\";\n");
		}
		text.append("  next-server ").append(settings.server()).append(";\n");
		text.append("  if exists user-class and option user-class = \"iPXE\" {\n");
		text.append("    filename \"").append(NetbootNames.IPXE_BOOT_SCRIPT).append("\";\n");
		text.append("  } elsif ");
		int[] arches = NetbootNames.UEFI_X64_ARCHES;
		for (int i = 0; i < arches.length; i++) {
			text.append(i == 0 ? "" : " or ").append("option ").append(ARCH_OPTION).append(" = ").append(arches[i]);
		}
		text.append(" {\n");
		text.append("    filename \"").append(settings.uefiLoader()).append("\";\n");
		text.append("  } else {\n");
		text.append("    filename \"").append(settings.biosLoader()).append("\";\n");
		text.append("  }\n");
		text.append("}\n");
		for (NetbootClient client : clients) {
			List<Binding> bindings = client.bindings();
			for (int i = 0; i < bindings.size(); i++) {
				Binding binding = bindings.get(i);
				// host names have no '_', so the names of further MACs cannot clash with another client
				text.append("\nhost ").append(client.hostname()).append(i == 0 ? "" : "_mac" + (i + 1)).append(" {\n");
				text.append("  hardware ethernet ").append(binding.mac()).append(";\n");
				if (binding.ip() != null) {
					text.append("  fixed-address ").append(binding.ip()).append(";\n");
				}
				text.append("  option host-name \"").append(client.hostname()).append("\";\n");
				text.append("}\n");
			}
		}
		return text.toString();
	}
}
