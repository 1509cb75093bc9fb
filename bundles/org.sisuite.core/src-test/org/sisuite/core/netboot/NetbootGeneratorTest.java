package org.sisuite.core.netboot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.Statuses;
import org.sisuite.core.netboot.NetbootGenerator.DhcpServer;
import org.sisuite.core.netboot.NetbootGenerator.NetbootResult;
import org.sisuite.core.netboot.NetbootGenerator.OutputSummary;
import org.sisuite.model.BootMode;
import org.sisuite.model.Client;
import org.sisuite.model.Site;

/** Writing the outputs: only what changed, atomically, and stale per-client files removed. */
class NetbootGeneratorTest {

	/** hosts, 3 DHCP configs, 9 PXELINUX, 9 GRUB, 8 iPXE files. */
	private static final int FILES = 1 + 3 + 9 + 9 + 8;

	@TempDir
	Path temp;

	private Path output;
	private NetbootGenerator generator;
	private Site site;

	@BeforeEach
	void generator() throws CoreException {
		output = temp.resolve("out");
		generator = new NetbootGenerator(NetbootFixtures.settings(), output, EnumSet.allOf(DhcpServer.class));
		site = NetbootFixtures.site();
	}

	private NetbootResult generate() throws CoreException {
		return generator.generate(site, new NullProgressMonitor());
	}

	@Test
	void theFirstRunWritesEverythingAndTheSecondNothing() throws Exception {
		NetbootResult first = generate();
		assertEquals(6, first.clients());
		assertEquals(FILES, first.written());
		assertEquals(0, first.unchanged());
		assertEquals(List.of("hosts", "isc", "dnsmasq", "kea", "pxelinux", "grub", "ipxe"),
				first.outputs().stream().map(OutputSummary::output).toList());
		assertEquals(3, first.warnings().size(), first.warnings().toString());
		assertTrue(Files.isRegularFile(output.resolve("tftp/pxelinux.cfg/01-52-54-00-00-01-0a")));
		assertTrue(Files.readString(output.resolve("dnsmasq.conf")).contains("tftp-root=" + output.resolve("tftp") + "\n"));

		Path file = output.resolve("tftp/grub/grub.cfg-52-54-00-00-01-0a");
		FileTime before = FileTime.fromMillis(1_000_000_000_000L);
		Files.setLastModifiedTime(file, before);
		NetbootResult second = generate();
		assertEquals(0, second.written());
		assertEquals(FILES, second.unchanged());
		assertEquals(0, second.deleted());
		assertEquals(before, Files.getLastModifiedTime(file), "an unchanged file is not rewritten");
	}

	@Test
	void aChangedClientRewritesOnlyItsFilesAndTheSharedOnes() throws Exception {
		generate();
		client("node002").setBootMode(BootMode.INSTALL);
		NetbootResult result = generate();
		Map<String, OutputSummary> outputs = byName(result);
		// node002's one MAC: one file per loader; the DHCP configs and hosts do not depend on the boot mode
		assertEquals(1, outputs.get("pxelinux").written());
		assertEquals(1, outputs.get("grub").written());
		assertEquals(1, outputs.get("ipxe").written());
		assertEquals(0, outputs.get("isc").written());
		assertEquals(0, outputs.get("hosts").written());
		assertTrue(Files.readString(output.resolve("tftp/pxelinux.cfg/01-52-54-00-00-02-0a")).contains("DEFAULT install\n"));
	}

	@Test
	void filesOfRemovedClientsAndMacsAreDeletedButForeignFilesStay() throws Exception {
		generate();
		Files.writeString(output.resolve("tftp/pxelinux.cfg/README"), "ours, not sis's");
		Files.writeString(output.resolve("tftp/grub/grub.cfg-custom"), "set timeout=9\n");
		Files.writeString(output.resolve("tftp/ipxe/menu.ipxe"), "#!ipxe\n");
		site.getClients().remove(client("node001"));
		client("node006").getMacs().remove(NetbootFixtures.MAC_6B);
		client("node003").getInterfaces().clear();

		NetbootResult result = generate();
		Map<String, OutputSummary> outputs = byName(result);
		// node001's two MACs, node006's second MAC, node003's address file
		assertEquals(4, outputs.get("pxelinux").deleted());
		assertEquals(4, outputs.get("grub").deleted());
		assertEquals(3, outputs.get("ipxe").deleted());
		assertEquals(11, result.deleted());
		assertFalse(Files.exists(output.resolve("tftp/pxelinux.cfg/01-52-54-00-00-01-0a")));
		assertFalse(Files.exists(output.resolve("tftp/grub/grub.cfg-0A00000D")));
		assertFalse(Files.exists(output.resolve("tftp/ipxe/52-54-00-00-06-0b.ipxe")));
		assertTrue(Files.exists(output.resolve("tftp/pxelinux.cfg/README")));
		assertTrue(Files.exists(output.resolve("tftp/grub/grub.cfg-custom")));
		assertTrue(Files.exists(output.resolve("tftp/ipxe/menu.ipxe")));
		assertTrue(Files.exists(output.resolve("tftp/pxelinux.cfg/default")));
		assertFalse(Files.readString(output.resolve("dhcpd.conf")).contains("node001"));
		assertEquals(0, generate().deleted());
	}

	@Test
	void onlyTheChosenDhcpConfigurationsAreWrittenAndOthersAreLeftAlone() throws Exception {
		generate();
		Files.writeString(output.resolve("kea-dhcp4.conf"), "hand edited");
		NetbootResult result = new NetbootGenerator(NetbootFixtures.settings(), output, EnumSet.of(DhcpServer.ISC))
				.generate(site, new NullProgressMonitor());
		assertEquals(List.of("hosts", "isc", "pxelinux", "grub", "ipxe"),
				result.outputs().stream().map(OutputSummary::output).toList());
		assertEquals("hand edited", Files.readString(output.resolve("kea-dhcp4.conf")));
	}

	@Test
	void aConfiguredTftpRootIsWhatDnsmasqServes() throws Exception {
		new NetbootGenerator(NetbootFixtures.settings(Map.of(NetbootSettings.TFTP_ROOT, "/srv/tftp")), output,
				EnumSet.of(DhcpServer.DNSMASQ)).generate(site, new NullProgressMonitor());
		assertTrue(Files.readString(output.resolve("dnsmasq.conf")).contains("\ntftp-root=/srv/tftp\n"));
		assertTrue(Files.isDirectory(output.resolve("tftp/pxelinux.cfg")), "the tree is still written to the output");
	}

	@Test
	void anOutputThatIsAFileIsBadInput() throws Exception {
		Files.writeString(temp.resolve("file"), "x");
		CoreException e = assertThrows(CoreException.class,
				() -> new NetbootGenerator(NetbootFixtures.settings(), temp.resolve("file"), EnumSet.noneOf(DhcpServer.class))
						.generate(site, new NullProgressMonitor()));
		assertTrue(Statuses.isBadInput(e.getStatus()), e.getMessage());
	}

	@Test
	void aFileThatCannotBeWrittenIsNamed() throws Exception {
		Files.createDirectories(output.resolve("tftp/pxelinux.cfg/01-52-54-00-00-01-0a"));
		Files.writeString(output.resolve("tftp/pxelinux.cfg/01-52-54-00-00-01-0a/blocker"), "x");
		CoreException e = assertThrows(CoreException.class, this::generate);
		assertTrue(e.getMessage().contains("1 file under " + output + " could not be written or deleted"), e.getMessage());
		assertTrue(e.getStatus().getChildren()[0].getMessage().contains("01-52-54-00-00-01-0a"),
				e.getStatus().getChildren()[0].getMessage());
	}

	private Client client(String hostname) {
		return site.getClients().stream().filter(c -> c.getHostname().equals(hostname)).findFirst().orElseThrow();
	}

	private static Map<String, OutputSummary> byName(NetbootResult result) {
		return result.outputs().stream().collect(Collectors.toMap(OutputSummary::output, o -> o));
	}
}
