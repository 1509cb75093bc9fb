package org.sisuite.core.netboot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.sisuite.core.netboot.NetbootClient.Binding;

/**
 * dnsmasq configuration: the DHCP range (or a static-only range without a pool), options, its
 * TFTP server on the TFTP root, the PXE boot file by client type (tags for iPXE and x86-64 UEFI)
 * and one {@code dhcp-host} line per client address: the MACs that share an address are on one
 * line, which dnsmasq hands out to whichever of them asks. Usable as a file in
 * {@code /etc/dnsmasq.d}; check it with {@code dnsmasq --test --conf-file=FILE}.
 */
final class DnsmasqConfig {

	static final String IPXE_TAG = "sis-ipxe";
	static final String UEFI_TAG = "sis-efi-x86_64";

	/** Host names dnsmasq's dhcp-host would take for a lease time or a keyword. */
	private static final Pattern LEASE_TIME_LIKE = Pattern.compile("(?i)\\d+[smhdw]?|infinite|ignore");

	private DnsmasqConfig() {
	}

	static String render(List<NetbootClient> clients, NetbootSettings settings, String tftpRoot) {
		StringBuilder text = new StringBuilder(clients.size() * 60 + 1000);
		text.append("# dnsmasq configuration of the SIS Workbench clients.\n");
		text.append("# ").append(NetbootNames.GENERATED).append('\n');
		if (settings.rangeStart() != null) {
			text.append("dhcp-range=").append(settings.rangeStart()).append(',').append(settings.rangeEnd()).append(',')
					.append(settings.netmask()).append('\n');
		} else {
			text.append("dhcp-range=").append(settings.subnet()).append(",static,").append(settings.netmask()).append('\n');
		}
		if (settings.router() != null) {
			text.append("dhcp-option=option:router,").append(settings.router()).append('\n');
		}
		if (!settings.dns().isEmpty()) {
			text.append("dhcp-option=option:dns-server,").append(String.join(",", settings.dns())).append('\n');
		}
		if (settings.domain() != null) {
			text.append("dhcp-option=option:domain-name,").append(settings.domain()).append('\n');
		}
		text.append("enable-tftp\n");
		text.append("tftp-root=").append(tftpRoot).append('\n');
		text.append("dhcp-userclass=set:").append(IPXE_TAG).append(",iPXE\n");
		for (int arch : NetbootNames.UEFI_X64_ARCHES) {
			text.append("dhcp-match=set:").append(UEFI_TAG).append(",option:client-arch,").append(arch).append('\n');
		}
		String server = ",," + settings.server();
		text.append("dhcp-boot=tag:").append(IPXE_TAG).append(',').append(NetbootNames.IPXE_BOOT_SCRIPT).append(server)
				.append('\n');
		text.append("dhcp-boot=tag:!").append(IPXE_TAG).append(",tag:").append(UEFI_TAG).append(',')
				.append(settings.uefiLoader()).append(server).append('\n');
		text.append("dhcp-boot=tag:!").append(IPXE_TAG).append(",tag:!").append(UEFI_TAG).append(',')
				.append(settings.biosLoader()).append(server).append('\n');
		for (NetbootClient client : clients) {
			// one line per address, with every MAC that gets it; null is the pool
			Map<String, List<String>> macsByIp = new LinkedHashMap<>();
			for (Binding binding : client.bindings()) {
				String ip = binding.ip() == null ? "" : binding.ip();
				macsByIp.computeIfAbsent(ip, key -> new ArrayList<>()).add(binding.mac());
			}
			boolean named = !LEASE_TIME_LIKE.matcher(client.hostname()).matches();
			if (!named) {
				text.append("# ").append(client.hostname())
						.append(": name left out, dnsmasq would read it as a lease time\n");
			}
			macsByIp.forEach((ip, macs) -> {
				text.append("dhcp-host=").append(String.join(",", macs));
				if (named) {
					text.append(',').append(client.hostname());
				}
				if (!ip.isEmpty()) {
					text.append(',').append(ip);
				}
				text.append('\n');
			});
		}
		return text.toString();
	}
}
