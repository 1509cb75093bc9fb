package org.sisuite.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;
import org.sisuite.core.netboot.NetbootGenerator;
import org.sisuite.core.netboot.NetbootGenerator.DhcpServer;
import org.sisuite.core.netboot.NetbootGenerator.NetbootResult;
import org.sisuite.core.netboot.NetbootGenerator.OutputSummary;
import org.sisuite.core.netboot.NetbootSettings;
import org.sisuite.core.store.SiteStore;
import org.sisuite.model.Site;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sis netboot ...}: the DHCP, hosts and network boot files generated from the database. */
@Command(name = "netboot", mixinStandardHelpOptions = true,
		description = "Generate DHCP, /etc/hosts and network boot (PXE, UEFI, iPXE) files from the database.",
		subcommands = { NetbootCommand.Generate.class })
final class NetbootCommand extends NounCommand {

	@Command(name = "generate", mixinStandardHelpOptions = true, description = {
			"Write the hosts fragment, the DHCP configurations and the TFTP tree (pxelinux.cfg/, GRUB, ipxe/)",
			"for every client into DIR. Only files whose content changed are written (atomically); per-client",
			"boot files of removed clients or MACs are deleted. Running it again with nothing changed writes nothing.",
			"Settings come from $SIS_HOME/" + NetbootSettings.FILE_NAME + " (keys: server, subnet, netmask, range,",
			"router, dns, domain, tftp.root, kernel, initrd, kernel.args, bios.loader, uefi.loader, grub.dir);",
			"the options below override them. Only the server address is required." })
	static final class Generate implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		JsonOutput output;
		@Option(names = "--output", required = true, paramLabel = "DIR", description = "The output directory.")
		Path directory;
		@Option(names = "--dhcp", split = ",", defaultValue = "all", paramLabel = "SERVER",
				description = "DHCP configurations to write: isc, dnsmasq, kea or all (default: ${DEFAULT-VALUE}).")
		List<String> dhcp = new ArrayList<>();
		@Option(names = "--settings", paramLabel = "FILE",
				description = "Settings file (default: $SIS_HOME/" + NetbootSettings.FILE_NAME + ").")
		Path settingsFile;
		@Option(names = "--server", paramLabel = "IP", description = "Boot (TFTP) server address.")
		String server;
		@Option(names = "--subnet", paramLabel = "IP", description = "DHCP subnet address (default: from --server).")
		String subnet;
		@Option(names = "--netmask", paramLabel = "MASK", description = "DHCP subnet netmask (default 255.255.255.0).")
		String netmask;
		@Option(names = "--range", paramLabel = "FIRST-LAST", description = "Dynamic address pool.")
		String range;
		@Option(names = "--router", paramLabel = "IP", description = "Default gateway handed out.")
		String router;
		@Option(names = "--dns", paramLabel = "IP[,IP]", description = "DNS servers handed out.")
		String dns;
		@Option(names = "--domain", paramLabel = "DOMAIN", description = "Domain of clients without one.")
		String domain;
		@Option(names = "--tftp-root", paramLabel = "DIR",
				description = "Where the TFTP server serves DIR/tftp from (default: DIR/tftp itself).")
		String tftpRoot;
		@Option(names = "--kernel", paramLabel = "PATH", description = "Boot kernel relative to the TFTP root.")
		String kernel;
		@Option(names = "--initrd", paramLabel = "PATH", description = "Boot initrd relative to the TFTP root.")
		String initrd;

		Generate(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			NetbootSettings settings = settings();
			NetbootGenerator generator = new NetbootGenerator(settings, directory, dhcpServers());
			Site site = new SiteStore(context.database()).load();
			ConsoleProgress progress = new ConsoleProgress(context.err(), context.terminal());
			NetbootResult result = generator.generate(site, progress);
			progress.done();
			result.warnings().forEach(warning -> context.err().println("warning: " + warning));
			if (output.isJson()) {
				Json.print(context.out(), result);
				return ExitCodes.OK;
			}
			context.out().println("Network boot files for " + result.clients() + " clients in " + result.directory() + ": "
					+ result.written() + " written, " + result.unchanged() + " unchanged, " + result.deleted() + " deleted");
			TextTable table = new TextTable("OUTPUT", "FILES", "WRITTEN", "UNCHANGED", "DELETED");
			for (OutputSummary summary : result.outputs()) {
				table.row(summary.output(), summary.files(), summary.written(), summary.unchanged(), summary.deleted());
			}
			table.print(context.out());
			return ExitCodes.OK;
		}

		private NetbootSettings settings() throws CoreException {
			Path file = settingsFile != null ? settingsFile : context.home().root().resolve(NetbootSettings.FILE_NAME);
			if (settingsFile != null && !Files.isRegularFile(settingsFile)) {
				throw new CoreException(Statuses.badInput("No settings file " + settingsFile));
			}
			Map<String, String> values = new LinkedHashMap<>(NetbootSettings.readFile(file));
			Map<String, String> options = new LinkedHashMap<>();
			options.put(NetbootSettings.SERVER, server);
			options.put(NetbootSettings.SUBNET, subnet);
			options.put(NetbootSettings.NETMASK, netmask);
			options.put(NetbootSettings.RANGE, range);
			options.put(NetbootSettings.ROUTER, router);
			options.put(NetbootSettings.DNS, dns);
			options.put(NetbootSettings.DOMAIN, domain);
			options.put(NetbootSettings.TFTP_ROOT, tftpRoot);
			options.put(NetbootSettings.KERNEL, kernel);
			options.put(NetbootSettings.INITRD, initrd);
			options.values().removeIf(value -> value == null);
			values.putAll(options);
			return NetbootSettings.of(values, options.isEmpty() ? file.toString() : file + " or the options");
		}

		private Set<DhcpServer> dhcpServers() throws CoreException {
			Set<DhcpServer> servers = EnumSet.noneOf(DhcpServer.class);
			for (String name : dhcp) {
				String id = name.strip().toLowerCase(Locale.ROOT);
				if (id.equals("all")) {
					servers.addAll(EnumSet.allOf(DhcpServer.class));
					continue;
				}
				DhcpServer match = null;
				for (DhcpServer candidate : DhcpServer.values()) {
					match = candidate.id().equals(id) ? candidate : match;
				}
				if (match == null) {
					throw new CoreException(
							Statuses.badInput("Unknown DHCP server '" + name + "': expected isc, dnsmasq, kea or all"));
				}
				servers.add(match);
			}
			return servers;
		}
	}
}
