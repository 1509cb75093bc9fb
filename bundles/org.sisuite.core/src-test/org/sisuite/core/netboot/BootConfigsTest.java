package org.sisuite.core.netboot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PXELINUX, GRUB and iPXE files for the cases of {@link NetbootFixtures}. */
class BootConfigsTest {

	private static final String INSTALL_ARGS = "rd.neednet=1 ip=dhcp si.image-server=10.0.0.1 si.image-name=compute"
			+ " si.monitor-server=10.0.0.1 si.monitor-port=8181 si.monitor-console=y";

	private List<NetbootClient> clients;
	private NetbootSettings settings;

	@BeforeEach
	void clients() throws CoreException {
		clients = NetbootFixtures.clients(new NetbootWarnings());
		settings = NetbootFixtures.settings();
	}

	@Test
	void namesFollowTheLoadersSearchOrder() {
		assertEquals("52-54-00-ab-cd-ef", NetbootNames.hyphenMac("52:54:00:AB:CD:EF"));
		// the GRUB manual's own example: 10.0.0.130 is 0A000082
		assertEquals("0A000082", NetbootNames.hexIp("10.0.0.130"));
		assertEquals("C0A8010A", NetbootNames.hexIp("192.168.1.10"));
		assertTrue(NetbootNames.PXELINUX_CLIENT_FILE.matcher("01-52-54-00-ab-cd-ef").matches());
		assertTrue(NetbootNames.PXELINUX_CLIENT_FILE.matcher("0A000082").matches());
		assertFalse(NetbootNames.PXELINUX_CLIENT_FILE.matcher("default").matches());
		assertTrue(NetbootNames.GRUB_CLIENT_FILE.matcher("grub.cfg-52-54-00-ab-cd-ef").matches());
		assertFalse(NetbootNames.GRUB_CLIENT_FILE.matcher("grub.cfg").matches());
		assertTrue(NetbootNames.IPXE_CLIENT_FILE.matcher("52-54-00-ab-cd-ef.ipxe").matches());
		assertFalse(NetbootNames.IPXE_CLIENT_FILE.matcher("boot.ipxe").matches());
	}

	@Test
	void pxelinuxHasAFilePerMacAndPerStaticAddressWithoutMac() {
		Map<String, String> files = new LinkedHashMap<>();
		PxelinuxConfig.render(clients, settings, files);
		assertEquals(List.of("pxelinux.cfg/default", "pxelinux.cfg/01-52-54-00-00-01-0a", "pxelinux.cfg/01-52-54-00-00-01-0b",
				"pxelinux.cfg/01-52-54-00-00-02-0a", "pxelinux.cfg/0A00000D", "pxelinux.cfg/01-52-54-00-00-04-0a",
				"pxelinux.cfg/01-52-54-00-00-05-0a", "pxelinux.cfg/01-52-54-00-00-06-0a", "pxelinux.cfg/01-52-54-00-00-06-0b"),
				List.copyOf(files.keySet()));
		String install = files.get("pxelinux.cfg/01-52-54-00-00-01-0a");
		assertTrue(install.startsWith("# SIS Workbench: node001 (52:54:00:00:01:0a), installs image compute\n"), install);
		assertTrue(install.contains("\nDEFAULT install\n"), install);
		assertTrue(install.contains("\nLABEL install\n  KERNEL sis/kernel\n  APPEND initrd=sis/initrd.img " + INSTALL_ARGS
				+ " console=ttyS0,115200n8\n  IPAPPEND 2\n"), install);
		assertTrue(install.contains("\nLABEL local\n  LOCALBOOT 0\n"), install);

		String local = files.get("pxelinux.cfg/01-52-54-00-00-02-0a");
		assertTrue(local.contains("\nDEFAULT local\n"), local);
		assertTrue(local.contains("\nLABEL install\n"), "boot mode local keeps the install entry for the console: " + local);

		String noImage = files.get("pxelinux.cfg/01-52-54-00-00-05-0a");
		assertTrue(noImage.contains("\nDEFAULT local\n"), noImage);
		assertFalse(noImage.contains("LABEL install"), noImage);

		assertTrue(files.get("pxelinux.cfg/0A00000D").contains("node003 (10.0.0.13), installs image compute"));
		assertTrue(files.get("pxelinux.cfg/default").contains("DEFAULT local\n"));
	}

	@Test
	void grubUsesTheMacWithoutTypePrefixAndNamesTheBootNic() {
		Map<String, String> files = new LinkedHashMap<>();
		GrubNetConfig.render(clients, settings, files);
		assertTrue(files.containsKey("grub/grub.cfg"));
		assertTrue(files.containsKey("grub/grub.cfg-52-54-00-00-01-0b"));
		assertTrue(files.containsKey("grub/grub.cfg-0A00000D"));
		assertFalse(files.keySet().stream().anyMatch(name -> name.contains("grub.cfg-01-")), files.keySet().toString());
		String install = files.get("grub/grub.cfg-52-54-00-00-01-0b");
		assertTrue(install.contains("\nset default=install\nset timeout=3\n"), install);
		assertTrue(install.contains("\nmenuentry 'Install image compute' --id install {\n\tlinux /sis/kernel " + INSTALL_ARGS
				+ " BOOTIF=01-52-54-00-00-01-0b console=ttyS0,115200n8\n\tinitrd /sis/initrd.img\n}\n"), install);
		assertTrue(install.contains("\nmenuentry 'Boot from the local disk' --id local {\n\texit\n}\n"), install);
		assertTrue(files.get("grub/grub.cfg-52-54-00-00-02-0a").contains("\nset default=local\n"));
		assertFalse(files.get("grub/grub.cfg-0A00000D").contains("BOOTIF"), "no MAC is known for an address file");
		String remote = files.get("grub/grub.cfg-52-54-00-00-06-0a");
		assertTrue(remote.contains(" si.image-server=imageserver.cluster.test si.image-name=gpu"
				+ " si.monitor-server=imageserver.cluster.test si.monitor-port=9191 "), remote);
	}

	@Test
	void grubFilesGoWhereTheNetImageLooks() throws CoreException {
		Map<String, String> files = new LinkedHashMap<>();
		GrubNetConfig.render(clients, NetbootFixtures.settings(Map.of(NetbootSettings.GRUB_DIR, "boot/grub")), files);
		assertTrue(files.containsKey("boot/grub/grub.cfg"), files.keySet().toString());
		assertTrue(files.containsKey("boot/grub/grub.cfg-52-54-00-00-01-0a"), files.keySet().toString());
	}

	@Test
	void ipxeChainsPerMacScriptsWithAMenuWhoseDefaultIsTheBootMode() {
		Map<String, String> files = new LinkedHashMap<>();
		IpxeScripts.render(clients, settings, files);
		assertEquals("#!ipxe\n", files.get("ipxe/boot.ipxe").substring(0, 7));
		assertTrue(files.get("ipxe/boot.ipxe").endsWith("\nchain --autofree ${mac:hexhyp}.ipxe || exit\n"));
		assertFalse(files.keySet().stream().anyMatch(name -> name.contains("0A00000D")), "iPXE scripts are per MAC only");
		String install = files.get("ipxe/52-54-00-00-01-0a.ipxe");
		assertTrue(install.startsWith("#!ipxe\n"), install);
		assertTrue(install.contains("\nchoose --default install --timeout 3000 target || goto install\ngoto ${target}\n"), install);
		assertTrue(install.contains("\n:install\nkernel tftp://10.0.0.1/sis/kernel initrd=initrd.img " + INSTALL_ARGS
				+ " BOOTIF=01-${mac:hexhyp} console=ttyS0,115200n8\ninitrd tftp://10.0.0.1/sis/initrd.img\nboot || goto local\n"),
				install);
		assertTrue(install.endsWith("\n:local\nexit\n"), install);
		assertTrue(files.get("ipxe/52-54-00-00-02-0a.ipxe").contains("choose --default local "));
		String noImage = files.get("ipxe/52-54-00-00-05-0a.ipxe");
		assertTrue(noImage.endsWith("edits are overwritten.\nexit\n"), noImage);
	}

	@Test
	void anInstallScriptIsPassedToTheImager() {
		NetbootClient.Install install = new NetbootClient.Install("compute", "10.0.0.1", 8181, "compute-raid");
		assertEquals(INSTALL_ARGS + " si.script-name=compute-raid BOOTIF=01-aa console=ttyS0,115200n8",
				BootEntries.installArgs(install, "01-aa", settings));
	}
}
