package org.sisuite.core.netboot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sisuite.core.netboot.NetbootClient.Binding;

/**
 * A complete Kea DHCPv4 server configuration, strict JSON (the header is a Kea {@code comment}):
 * client classes choose the PXE boot file (iPXE by user class, option 77; x86-64 UEFI by option 93;
 * BIOS otherwise), one subnet with its pool and options, and one reservation per MAC with the host
 * name and, for static clients, the address. MACs of one client may share its address, so
 * {@code ip-reservations-unique} is off. Check it with {@code kea-dhcp4 -t FILE}.
 */
final class KeaDhcp4Config {

	private KeaDhcp4Config() {
	}

	static String render(List<NetbootClient> clients, NetbootSettings settings) {
		StringBuilder text = new StringBuilder(clients.size() * 110 + 2000);
		text.append("{\n");
		text.append("  \"Dhcp4\": {\n");
		// strict JSON has no comments; Kea keeps a "comment" as user context
		text.append("    \"comment\": ")
				.append(quote("Kea DHCPv4 configuration of the SIS Workbench clients. " + NetbootNames.GENERATED))
				.append(",\n");
		text.append("    \"interfaces-config\": { \"interfaces\": [ \"*\" ] },\n");
		text.append("    \"lease-database\": { \"type\": \"memfile\", \"lfc-interval\": 3600 },\n");
		text.append("    \"ip-reservations-unique\": false,\n");
		text.append("    \"client-classes\": [\n");
		String server = quote(settings.server());
		text.append("      { \"name\": \"sis-ipxe\", \"test\": \"option[77].hex == 'iPXE'\", \"next-server\": ")
				.append(server).append(", \"boot-file-name\": ").append(quote(NetbootNames.IPXE_BOOT_SCRIPT))
				.append(" },\n");
		List<String> arches = new ArrayList<>();
		for (int arch : NetbootNames.UEFI_X64_ARCHES) {
			arches.add(String.format(Locale.ROOT, "option[93].hex == 0x%04x", arch));
		}
		text.append("      { \"name\": \"sis-efi-x86_64\", \"test\": ")
				.append(quote("not member('sis-ipxe') and (" + String.join(" or ", arches) + ")"))
				.append(", \"next-server\": ").append(server).append(", \"boot-file-name\": ")
				.append(quote(settings.uefiLoader())).append(" },\n");
		text.append("      { \"name\": \"sis-bios\", \"test\": ")
				.append(quote("not member('sis-ipxe') and not member('sis-efi-x86_64')")).append(", \"next-server\": ")
				.append(server).append(", \"boot-file-name\": ").append(quote(settings.biosLoader())).append(" }\n");
		text.append("    ],\n");
		text.append("    \"subnet4\": [\n");
		text.append("      {\n");
		text.append("        \"id\": 1,\n");
		text.append("        \"subnet\": ").append(quote(settings.subnet() + "/" + settings.prefixLength())).append(",\n");
		if (settings.rangeStart() != null) {
			text.append("        \"pools\": [ { \"pool\": ")
					.append(quote(settings.rangeStart() + " - " + settings.rangeEnd())).append(" } ],\n");
		}
		List<String> options = new ArrayList<>();
		if (settings.router() != null) {
			options.add(option("routers", settings.router()));
		}
		if (!settings.dns().isEmpty()) {
			options.add(option("domain-name-servers", String.join(", ", settings.dns())));
		}
		if (settings.domain() != null) {
			options.add(option("domain-name", settings.domain()));
		}
		if (!options.isEmpty()) {
			text.append("        \"option-data\": [\n");
			text.append(String.join(",\n", options)).append('\n');
			text.append("        ],\n");
		}
		text.append("        \"next-server\": ").append(server).append(",\n");
		text.append("        \"reservations\": [");
		boolean first = true;
		for (NetbootClient client : clients) {
			for (Binding binding : client.bindings()) {
				text.append(first ? "\n" : ",\n");
				first = false;
				text.append("          { \"hw-address\": ").append(quote(binding.mac()));
				if (binding.ip() != null) {
					text.append(", \"ip-address\": ").append(quote(binding.ip()));
				}
				text.append(", \"hostname\": ").append(quote(client.hostname())).append(" }");
			}
		}
		text.append(first ? "]\n" : "\n        ]\n");
		text.append("      }\n");
		text.append("    ]\n");
		text.append("  }\n");
		text.append("}\n");
		return text.toString();
	}

	private static String option(String name, String data) {
		return "          { \"name\": " + quote(name) + ", \"data\": " + quote(data) + " }";
	}

	/** A JSON string literal. */
	static String quote(String value) {
		StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
		for (char c : value.toCharArray()) {
			switch (c) {
			case '"' -> quoted.append("\\\"");
			case '\\' -> quoted.append("\\\\");
			case '\n' -> quoted.append("\\n");
			case '\r' -> quoted.append("\\r");
			case '\t' -> quoted.append("\\t");
			default -> {
				if (c < 0x20) {
					quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
				} else {
					quoted.append(c);
				}
			}
			}
		}
		return quoted.append('"').toString();
	}
}
