package org.sisuite.core.netboot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.sisuite.core.Statuses;
import org.sisuite.model.Site;

/**
 * Generates everything network booting needs from the site, into one output directory:
 *
 * <pre>
 * OUTPUT/hosts               /etc/hosts fragment
 * OUTPUT/dhcpd.conf          ISC dhcpd         (--dhcp isc)
 * OUTPUT/dnsmasq.conf        dnsmasq           (--dhcp dnsmasq)
 * OUTPUT/kea-dhcp4.conf      Kea DHCPv4        (--dhcp kea)
 * OUTPUT/tftp/pxelinux.cfg/  PXELINUX: default, 01-MAC, HEXIP
 * OUTPUT/tftp/GRUB_DIR/      GRUB (UEFI): grub.cfg, grub.cfg-MAC, grub.cfg-HEXIP
 * OUTPUT/tftp/ipxe/          iPXE: boot.ipxe, MAC.ipxe
 * </pre>
 *
 * Running it again with nothing changed writes nothing; a changed client rewrites its own files;
 * per-client files of removed clients or MACs are deleted. The boot loader binaries, kernel and
 * initrd are not written: they come from the boot packages and the server's boot module.
 */
public final class NetbootGenerator {

	/** The DHCP servers a configuration can be generated for. */
	public enum DhcpServer {
		ISC("dhcpd.conf"), DNSMASQ("dnsmasq.conf"), KEA("kea-dhcp4.conf");

		private final String fileName;

		DhcpServer(String fileName) {
			this.fileName = fileName;
		}

		public String fileName() {
			return fileName;
		}

		/** The lower-case name used on the command line and in results: isc, dnsmasq, kea. */
		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** The subdirectory of the output that is the TFTP tree. */
	public static final String TFTP_DIRECTORY = "tftp";
	/** The name of the hosts fragment in the output. */
	public static final String HOSTS_FILE = "hosts";

	/** What one output got: its files and how many were written, left unchanged and deleted. */
	public record OutputSummary(String output, int files, int written, int unchanged, int deleted) {
	}

	/** The result of one generation; also the {@code --json} of {@code sis netboot generate}. */
	public record NetbootResult(String directory, int clients, int written, int unchanged, int deleted,
			List<OutputSummary> outputs, List<String> warnings) {
	}

	private final NetbootSettings settings;
	private final Path output;
	private final Set<DhcpServer> dhcpServers;

	/**
	 * @param output      the output directory (created when missing)
	 * @param dhcpServers the DHCP servers to write a configuration for
	 */
	public NetbootGenerator(NetbootSettings settings, Path output, Set<DhcpServer> dhcpServers) {
		this.settings = Objects.requireNonNull(settings, "settings");
		this.output = output.toAbsolutePath().normalize();
		this.dhcpServers = dhcpServers.isEmpty() ? EnumSet.noneOf(DhcpServer.class) : EnumSet.copyOf(dhcpServers);
	}

	/** The TFTP root as the DHCP and TFTP servers see it: {@code tftp.root}, else the generated tree. */
	public String tftpRoot() {
		return settings.tftpRoot() != null ? settings.tftpRoot() : output.resolve(TFTP_DIRECTORY).toString();
	}

	/** Generates the outputs for the clients of {@code site}, writing only what changed. */
	public NetbootResult generate(Site site, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Generating network boot files", 10);
		if (output.toFile().exists() && !output.toFile().isDirectory()) {
			throw new CoreException(Statuses.badInput("The output " + output + " is not a directory"));
		}
		NetbootWarnings warnings = new NetbootWarnings();
		List<NetbootClient> clients = NetbootClients.of(site, settings, warnings);
		List<OutputFiles.Planned> plan = plan(clients);
		progress.worked(1);
		List<OutputFiles.Counts> counts = OutputFiles.sync(output, plan, staleRules(), progress.split(9));
		List<OutputSummary> outputs = new ArrayList<>();
		int written = 0;
		int unchanged = 0;
		int deleted = 0;
		for (OutputFiles.Counts c : counts) {
			outputs.add(new OutputSummary(c.output(), c.files(), c.written(), c.unchanged(), c.deleted()));
			written += c.written();
			unchanged += c.unchanged();
			deleted += c.deleted();
		}
		return new NetbootResult(output.toString(), clients.size(), written, unchanged, deleted, outputs,
				warnings.messages());
	}

	/** Every file to write, by output, in a stable order. */
	List<OutputFiles.Planned> plan(List<NetbootClient> clients) {
		List<OutputFiles.Planned> plan = new ArrayList<>();
		plan.add(new OutputFiles.Planned("hosts", HOSTS_FILE, HostsFragment.render(clients)));
		if (dhcpServers.contains(DhcpServer.ISC)) {
			plan.add(new OutputFiles.Planned("isc", DhcpServer.ISC.fileName(), IscDhcpdConfig.render(clients, settings)));
		}
		if (dhcpServers.contains(DhcpServer.DNSMASQ)) {
			plan.add(new OutputFiles.Planned("dnsmasq", DhcpServer.DNSMASQ.fileName(),
					DnsmasqConfig.render(clients, settings, tftpRoot())));
		}
		if (dhcpServers.contains(DhcpServer.KEA)) {
			plan.add(new OutputFiles.Planned("kea", DhcpServer.KEA.fileName(), KeaDhcp4Config.render(clients, settings)));
		}
		addTftp(plan, "pxelinux", files -> PxelinuxConfig.render(clients, settings, files));
		addTftp(plan, "grub", files -> GrubNetConfig.render(clients, settings, files));
		addTftp(plan, "ipxe", files -> IpxeScripts.render(clients, settings, files));
		return plan;
	}

	private interface Renderer {
		void render(Map<String, String> files);
	}

	private static void addTftp(List<OutputFiles.Planned> plan, String output, Renderer renderer) {
		Map<String, String> files = new LinkedHashMap<>();
		renderer.render(files);
		files.forEach((path, content) -> plan.add(new OutputFiles.Planned(output, TFTP_DIRECTORY + "/" + path, content)));
	}

	private List<OutputFiles.Stale> staleRules() {
		return List.of(
				new OutputFiles.Stale("pxelinux", TFTP_DIRECTORY + "/" + NetbootNames.PXELINUX_DIR,
						NetbootNames.PXELINUX_CLIENT_FILE),
				new OutputFiles.Stale("grub", TFTP_DIRECTORY + "/" + settings.grubDir(), NetbootNames.GRUB_CLIENT_FILE),
				new OutputFiles.Stale("ipxe", TFTP_DIRECTORY + "/" + NetbootNames.IPXE_DIR, NetbootNames.IPXE_CLIENT_FILE));
	}
}
