package org.sisuite.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code sis netboot generate} and {@code sis client import-macs} against a real database in a temporary SIS_HOME. */
class NetbootCommandsTest extends CommandLineTestSupport {

	@BeforeEach
	void site() {
		ok("image", "add", "compute");
		ok("range", "add", "--basename", "node", "--count", "4", "--pad", "3", "--ip-start", "10.0.0.11", "--netmask",
				"255.255.255.0", "--image", "compute");
	}

	private Path file(String name, String content) throws Exception {
		Path file = temp.resolve(name);
		Files.writeString(file, content);
		return file;
	}

	@Test
	void macsFromAListGoToTheirClientsAndAgainChangesNothing() throws Exception {
		Path macs = file("macs.txt", "# rack 1\n52:54:00:00:00:01 node001\nnode002 52:54:00:00:00:02\n"
				+ "node002 52:54:00:00:00:12\n");
		ok("client", "import-macs", macs.toString());
		assertEquals("Assigned 3 MACs to 2 clients from " + macs + " (0 already assigned)\n", out.toString());
		ok("client", "show", "node002", "--json");
		JsonObject node2 = JsonParser.parseString(out.toString()).getAsJsonObject();
		assertEquals("[\"52:54:00:00:00:02\",\"52:54:00:00:00:12\"]", node2.getAsJsonArray("macs").toString());
		assertEquals("52:54:00:00:00:02",
				node2.getAsJsonArray("interfaces").get(0).getAsJsonObject().get("mac").getAsString());

		ok("client", "import-macs", macs.toString());
		assertTrue(out.toString().startsWith("Assigned 0 MACs to 0 clients"), out.toString());
		assertTrue(out.toString().contains("(3 already assigned)"), out.toString());
	}

	@Test
	void unknownHostsAndConflictsAreReportedWithFileAndLineAndNothingIsWritten() throws Exception {
		ok("client", "add", "spare", "--mac", "52:54:00:00:00:99");
		Path macs = file("macs.txt", "52:54:00:00:00:01 node001\n52:54:00:00:00:02 nodeX\n52:54:00:00:00:99 node003\n"
				+ "52:54:00:00:00:01 node004\n");
		assertEquals(2, sis("client", "import-macs", macs.toString()));
		String errors = err.toString();
		assertTrue(errors.contains(macs + ":3: MAC 52:54:00:00:00:99 belongs to client 'spare' already"), errors);
		assertTrue(errors.contains(macs + ":4: MAC 52:54:00:00:00:01 is given to node004 here but to node001 at " + macs
				+ ":1"), errors);
		assertTrue(errors.contains(macs + ":2: no client named 'nodeX' (MAC 52:54:00:00:00:02)"), errors);
		assertTrue(errors.contains("Nothing was imported: 2 conflicts, 1 unknown clients"), errors);
		ok("client", "show", "node001", "--json");
		assertEquals(0, JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("macs").size());

		assertEquals(2, sis("client", "import-macs", file("bad.txt", "node001\n").toString()));
		assertTrue(err.toString().contains("bad.txt:1: expected 'MAC HOSTNAME' or 'HOSTNAME MAC', found 'node001'"),
				err.toString());
		assertEquals(2, sis("client", "import-macs", temp.resolve("missing.txt").toString()));
		assertTrue(err.toString().contains("No file " + temp.resolve("missing.txt")), err.toString());
	}

	@Test
	void aLeasesFileFromStandardInputSkipsUnknownHosts() {
		stdin = """
				lease 10.0.0.150 {
				  hardware ethernet 52:54:00:00:00:03;
				  client-hostname "node003";
				}
				lease 10.0.0.151 {
				  hardware ethernet 52:54:00:00:00:77;
				  client-hostname "laptop";
				}
				lease 10.0.0.152 {
				  hardware ethernet 52:54:00:00:00:78;
				}
				""";
		assertEquals(0, sis("client", "import-macs", "-", "--json"), err.toString());
		JsonObject report = JsonParser.parseString(out.toString()).getAsJsonObject();
		assertEquals("leases", report.get("format").getAsString());
		assertTrue(report.get("applied").getAsBoolean());
		assertEquals("node003", report.getAsJsonArray("added").get(0).getAsJsonObject().get("hostname").getAsString());
		assertEquals("stdin:5", report.getAsJsonArray("unknown").get(0).getAsJsonObject().get("source").getAsString());
		assertEquals(1, report.get("leasesWithoutName").getAsInt());
		assertTrue(err.toString().contains("stdin:5: no client named 'laptop' (MAC 52:54:00:00:00:77), skipped"),
				err.toString());
	}

	@Test
	void generateWritesEverythingOnceAndReportsCounts() throws Exception {
		ok("client", "import-macs", file("macs.txt", "52:54:00:00:00:01 node001\n52:54:00:00:00:02 node002\n").toString());
		Path output = temp.resolve("netboot");
		ok("netboot", "generate", "--output", output.toString(), "--server", "10.0.0.1", "--range", "10.0.0.100-10.0.0.200",
				"--json");
		JsonObject result = JsonParser.parseString(out.toString()).getAsJsonObject();
		assertEquals(4, result.get("clients").getAsInt());
		assertEquals(0, result.get("unchanged").getAsInt());
		JsonArray outputs = result.getAsJsonArray("outputs");
		assertEquals(7, outputs.size());
		// node003 and node004 have no MAC: address files only, and a warning
		assertTrue(err.toString().contains("warning: 2 clients without a MAC address"), err.toString());
		assertTrue(Files.readString(output.resolve("dhcpd.conf")).contains("fixed-address 10.0.0.12;"));
		assertTrue(Files.isRegularFile(output.resolve("tftp/pxelinux.cfg/01-52-54-00-00-00-01")));
		assertTrue(Files.isRegularFile(output.resolve("tftp/pxelinux.cfg/0A00000D")));
		assertTrue(Files.readString(output.resolve("hosts")).contains("10.0.0.14\tnode004\n"));

		ok("netboot", "generate", "--output", output.toString(), "--server", "10.0.0.1", "--range", "10.0.0.100-10.0.0.200");
		assertTrue(out.toString().startsWith("Network boot files for 4 clients in " + output + ": 0 written, "), out.toString());
		assertTrue(out.toString().contains("\npxelinux  5"), out.toString());

		ok("client", "rm", "node001");
		ok("netboot", "generate", "--output", output.toString(), "--server", "10.0.0.1", "--range", "10.0.0.100-10.0.0.200",
				"--dhcp", "isc", "--json");
		result = JsonParser.parseString(out.toString()).getAsJsonObject();
		assertEquals(3, result.get("deleted").getAsInt(), out.toString());
		assertFalse(Files.exists(output.resolve("tftp/pxelinux.cfg/01-52-54-00-00-00-01")));
	}

	@Test
	void settingsComeFromTheHomeFileAndOptionsOverrideThem() throws Exception {
		Files.createDirectories(temp.resolve("home"));
		Files.writeString(temp.resolve("home/netboot.properties"), "server=10.0.0.1\nkernel=boot/vmlinuz\n");
		Path output = temp.resolve("netboot");
		ok("netboot", "generate", "--output", output.toString(), "--kernel", "boot/other", "--dhcp", "kea,dnsmasq");
		String pxe = Files.readString(output.resolve("tftp/pxelinux.cfg/0A00000B"));
		assertTrue(pxe.contains("KERNEL boot/other\n"), pxe);
		assertTrue(Files.exists(output.resolve("kea-dhcp4.conf")));
		assertFalse(Files.exists(output.resolve("dhcpd.conf")));
	}

	@Test
	void missingOrWrongSettingsAreBadInput() {
		Path output = temp.resolve("netboot");
		assertEquals(2, sis("netboot", "generate", "--output", output.toString()));
		assertTrue(err.toString().contains("No network boot server address: set server= in " + temp.resolve("home")
				.resolve("netboot.properties") + " or pass --server IP"), err.toString());
		assertEquals(2, sis("netboot", "generate", "--output", output.toString(), "--server", "10.0.0.1", "--dhcp", "bind"));
		assertTrue(err.toString().contains("Unknown DHCP server 'bind': expected isc, dnsmasq, kea or all"), err.toString());
		assertEquals(2, sis("netboot", "generate", "--output", output.toString(), "--server", "10.0.0.1", "--range",
				"10.9.0.1-10.9.0.5"));
		assertTrue(err.toString().contains("inside the subnet 10.0.0.0/24"), err.toString());
		assertEquals(2, sis("netboot", "generate"));
		assertTrue(err.toString().contains("Missing required option: '--output=DIR'"), err.toString());
		assertEquals(2, sis("netboot"));
	}

	@Test
	void helpNamesTheCommandsAndTheSettingsFile() {
		ok("--help");
		assertTrue(out.toString().contains("\n  netboot "), out.toString());
		ok("client", "--help");
		assertTrue(out.toString().contains("import-macs"), out.toString());
		ok("netboot", "generate", "--help");
		assertTrue(out.toString().contains("$SIS_HOME/netboot.properties"), out.toString());
	}
}
