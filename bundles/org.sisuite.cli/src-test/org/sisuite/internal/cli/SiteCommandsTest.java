package org.sisuite.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The image, client, range and db commands against a real database in a temporary SIS_HOME. */
class SiteCommandsTest extends CommandLineTestSupport {

	@Test
	void imagesAreAddedListedRenamedAndShown() {
		ok("image", "add", "compute", "--arch", "x86_64", "--distribution", "debian-12");
		ok("image", "list", "--json");
		JsonArray images = JsonParser.parseString(out.toString()).getAsJsonArray();
		assertEquals(1, images.size());
		JsonObject compute = images.get(0).getAsJsonObject();
		assertEquals("compute", compute.get("name").getAsString());
		assertEquals("local", compute.get("server").getAsString());
		assertEquals(temp.resolve("home/images/compute").toString(), compute.get("path").getAsString());

		ok("image", "rename", "compute", "hpc");
		ok("image", "show", "hpc");
		assertTrue(out.toString().contains("debian-12"), out.toString());
		assertEquals(2, sis("image", "show", "compute"));
		assertTrue(err.toString().contains("No image named 'compute'; images: hpc"), err.toString());
	}

	@Test
	void aDuplicateNameIsBadInput() {
		ok("image", "add", "compute");
		assertEquals(2, sis("image", "add", "compute"));
		assertTrue(err.toString().contains("An image named 'compute' already exists"), err.toString());
	}

	@Test
	void removingAnImageInUseIsRefusedNamingItsClientsUnlessForced() {
		ok("image", "add", "compute");
		ok("image", "add", "login");
		ok("range", "add", "--basename", "node", "--count", "3", "--pad", "2", "--image", "compute");
		ok("client", "add", "spare", "--image", "compute", "--mac", "52:54:00:AA:BB:CC", "--ip", "10.0.9.9");

		assertEquals(2, sis("image", "rm", "compute"));
		assertTrue(err.toString().contains("4 clients (node01, node02, node03, spare)"), err.toString());
		assertTrue(err.toString().contains("1 range (node)"), err.toString());

		ok("image", "rm", "compute", "--reassign", "login");
		ok("client", "list", "--image", "login", "--json");
		assertEquals(4, JsonParser.parseString(out.toString()).getAsJsonArray().size());

		ok("image", "rm", "login", "--force");
		ok("client", "show", "spare", "--json");
		JsonObject spare = JsonParser.parseString(out.toString()).getAsJsonObject();
		assertTrue(spare.get("image").isJsonNull(), out.toString());
		assertEquals("52:54:00:aa:bb:cc", spare.getAsJsonArray("macs").get(0).getAsString());
	}

	@Test
	void aRangeCreatesItsClientsWithAddressesAcrossOctets() {
		ok("range", "add", "--basename", "node", "--start", "1", "--count", "8", "--pad", "3", "--ip-start",
				"10.0.0.250", "--netmask", "255.255.0.0", "--json");
		assertEquals("node008", JsonParser.parseString(out.toString()).getAsJsonObject().get("last").getAsString());
		ok("client", "list", "--group", "node", "--json");
		JsonArray clients = JsonParser.parseString(out.toString()).getAsJsonArray();
		assertEquals(8, clients.size());
		JsonObject last = clients.get(7).getAsJsonObject();
		assertEquals("node008", last.get("hostname").getAsString());
		assertEquals("10.0.1.1", last.getAsJsonArray("interfaces").get(0).getAsJsonObject().get("ip").getAsString());
	}

	@Test
	void anOverlappingRangeIsRefusedNamingTheClients() {
		ok("range", "add", "--basename", "node", "--count", "10", "--pad", "3", "--ip-start", "10.0.0.1");
		assertEquals(2, sis("range", "add", "--name", "more", "--basename", "node", "--start", "9", "--count", "5",
				"--pad", "3"));
		assertTrue(err.toString().contains("2 host names exist already: node009, node010"), err.toString());
		assertEquals(2, sis("range", "add", "--basename", "web", "--count", "2", "--ip-start", "10.0.0.10"));
		assertTrue(err.toString().contains("1 addresses are in use: 10.0.0.10 (node010)"), err.toString());
		ok("range", "list", "--json");
		assertEquals(1, JsonParser.parseString(out.toString()).getAsJsonArray().size());
	}

	@Test
	void removingARangeRemovesItsClientsUnlessKept() {
		ok("range", "add", "--basename", "a", "--count", "3");
		ok("range", "add", "--basename", "b", "--count", "2");
		ok("range", "rm", "a");
		ok("range", "rm", "b", "--keep-clients");
		ok("client", "list", "--json");
		List<String> names = JsonParser.parseString(out.toString()).getAsJsonArray().asList().stream()
				.map(c -> c.getAsJsonObject().get("hostname").getAsString()).toList();
		assertEquals(List.of("b1", "b2"), names);
	}

	@Test
	void expressionsExpandAndRemoveMany() {
		ok("client", "expand", "node[01-03]", "10.0.0.255-10.0.1.0");
		assertEquals("node01\nnode02\nnode03\n10.0.0.255\n10.0.1.0\n", out.toString());
		ok("range", "add", "--basename", "node", "--count", "5", "--pad", "2");
		ok("client", "rm", "node[02-04]");
		ok("client", "list", "--json");
		assertEquals(2, JsonParser.parseString(out.toString()).getAsJsonArray().size());
		assertEquals(2, sis("client", "rm", "node01", "node03"));
		assertTrue(err.toString().contains("No client named 'node03'; nothing was removed"), err.toString());
		ok("client", "list", "--json");
		assertEquals(2, JsonParser.parseString(out.toString()).getAsJsonArray().size(), "node01 is still there");
		assertEquals(2, sis("client", "expand", "node[3-1]"));
		assertTrue(err.toString().contains("runs backwards"), err.toString());
	}

	@Test
	void badClientInputGetsSpecificErrors() {
		assertEquals(2, sis("client", "add", "node_1"));
		assertTrue(err.toString().contains("Invalid host name 'node_1'"), err.toString());
		assertEquals(2, sis("client", "add", "n1", "--mac", "52:54:00"));
		assertTrue(err.toString().contains("Invalid MAC address '52:54:00'"), err.toString());
		assertEquals(2, sis("client", "add", "n1", "--ip", "10.0.0.256"));
		assertTrue(err.toString().contains("'256' is not a number 0-255"), err.toString());
		assertEquals(2, sis("client", "add", "n1", "--image", "nope"));
		assertTrue(err.toString().contains("there are no images yet"), err.toString());
		assertEquals(2, sis("range", "add", "--basename", "n", "--count", "0"));
		assertTrue(err.toString().contains("Invalid count 0"), err.toString());
		assertEquals(2, sis("client"));
		assertTrue(err.toString().contains("Missing subcommand"), err.toString());
	}

	@Test
	void exportThenImportRestoresTheSite() throws Exception {
		ok("image", "add", "compute");
		ok("range", "add", "--basename", "node", "--count", "4", "--image", "compute", "--ip-start", "10.0.0.1");
		Path backup = temp.resolve("backup.xmi");
		ok("db", "export", backup.toString());
		ok("range", "rm", "node");
		ok("image", "rm", "compute");
		ok("db", "import", backup.toString());
		assertTrue(err.toString().contains("100%"), "import reports progress: " + err);
		ok("client", "list", "--image", "compute", "--json");
		assertEquals(4, JsonParser.parseString(out.toString()).getAsJsonArray().size());
		ok("db", "info", "--json");
		JsonObject info = JsonParser.parseString(out.toString()).getAsJsonObject();
		assertEquals(4, info.get("clients").getAsInt());
		assertEquals(1, info.get("images").getAsInt());

		Files.writeString(backup, Files.readString(backup).replace("</sis:Site>", ""));
		assertEquals(2, sis("db", "import", backup.toString()));
		assertTrue(err.toString().contains(backup.toString() + ":"), err.toString());
	}
}
