package org.sisuite.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.clients.HostExpressions;
import org.sisuite.core.store.ClientStore;
import org.sisuite.core.store.ClientStore.ClientSpec;
import org.sisuite.core.store.StoreRecords.ClientSummary;
import org.sisuite.core.store.StoreRecords.InterfaceSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sis client ...}: the machines the site installs. */
@Command(name = "client", mixinStandardHelpOptions = true, description = "List, show, add, remove, expand and import the MACs of clients.",
		subcommands = { ClientCommand.ListClients.class, ClientCommand.Show.class, ClientCommand.Add.class,
				ClientCommand.Remove.class, ClientCommand.Expand.class, ClientImportMacsCommand.class })
final class ClientCommand extends NounCommand {

	static ClientStore store(CliContext context) throws CoreException {
		return new ClientStore(context.database());
	}

	static String addresses(ClientSummary client) {
		return client.interfaces().stream().map(InterfaceSummary::ip).filter(ip -> ip != null)
				.collect(Collectors.joining(","));
	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "List clients, optionally of one image or group.")
	static final class ListClients implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		JsonOutput output;
		@Option(names = "--image", paramLabel = "IMAGE", description = "Only clients of this image.")
		String image;
		@Option(names = "--group", paramLabel = "GROUP", description = "Only members of this range or group.")
		String group;

		ListClients(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			List<ClientSummary> clients = store(context).list(image, group);
			if (output.isJson()) {
				Json.print(context.out(), clients);
				return ExitCodes.OK;
			}
			TextTable table = new TextTable("HOSTNAME", "IMAGE", "IP", "MAC", "GROUPS");
			clients.forEach(c -> table.row(c.hostname(), c.image(), addresses(c), String.join(",", c.macs()),
					String.join(",", c.groups())));
			table.print(context.out());
			return ExitCodes.OK;
		}
	}

	@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one client.")
	static final class Show implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		JsonOutput output;
		@Parameters(paramLabel = "HOSTNAME", description = "The client.")
		String hostname;

		Show(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			ClientSummary client = store(context).show(hostname);
			if (output.isJson()) {
				Json.print(context.out(), client);
				return ExitCodes.OK;
			}
			TextTable fields = new TextTable("FIELD", "VALUE").row("hostname", client.hostname())
					.row("domain", client.domain()).row("image", client.image()).row("install script", client.installScript())
					.row("ip assignment", client.ipAssignment()).row("boot mode", client.bootMode())
					.row("macs", String.join(", ", client.macs())).row("groups", String.join(", ", client.groups()));
			for (InterfaceSummary nic : client.interfaces()) {
				fields.row("interface " + nic.name(), nic.ip() + (nic.netmask() == null ? "" : "/" + nic.netmask())
						+ (nic.gateway() == null ? "" : " via " + nic.gateway()) + (nic.mac() == null ? "" : " " + nic.mac()));
			}
			fields.print(context.out());
			return ExitCodes.OK;
		}
	}

	@Command(name = "add", mixinStandardHelpOptions = true, description = "Add one machine (SystemInstaller's mksimachine).")
	static final class Add implements Callable<Integer> {
		private final CliContext context;
		@Parameters(paramLabel = "HOSTNAME", description = "A host name unique in the site, e.g. node001.")
		String hostname;
		@Option(names = "--domain", paramLabel = "DOMAIN", description = "DNS domain.")
		String domain;
		@Option(names = "--image", paramLabel = "IMAGE", description = "The image it installs.")
		String image;
		@Option(names = "--mac", paramLabel = "MAC", description = "A MAC address it boots from (repeatable).")
		List<String> macs = new ArrayList<>();
		@Option(names = "--ip", paramLabel = "IP", description = "Static IPv4 address (default: DHCP).")
		String ip;
		@Option(names = "--netmask", paramLabel = "MASK", description = "Netmask of --ip.")
		String netmask;
		@Option(names = "--gateway", paramLabel = "IP", description = "Default gateway.")
		String gateway;
		@Option(names = "--group", paramLabel = "GROUP", description = "A range or group it belongs to (repeatable).")
		List<String> groups = new ArrayList<>();

		Add(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			store(context).add(new ClientSpec(hostname, domain, image, macs, ip, netmask, gateway, groups));
			context.out().println("Added client " + hostname);
			return ExitCodes.OK;
		}
	}

	@Command(name = "expand", mixinStandardHelpOptions = true, description = {
			"Print the names an expression stands for, one per line:",
			"node001-node128, node[001-128,200], 10.0.0.250-10.0.1.5, a,b,c." })
	static final class Expand implements Callable<Integer> {
		private final CliContext context;
		@Mixin
		JsonOutput output;
		@Parameters(paramLabel = "EXPR", arity = "1..*", description = "Host or address expressions.")
		List<String> expressions;

		Expand(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			List<String> names = new ArrayList<>();
			for (String expression : expressions) {
				names.addAll(HostExpressions.expand(expression));
			}
			if (output.isJson()) {
				Json.print(context.out(), names);
			} else {
				names.forEach(context.out()::println);
			}
			return ExitCodes.OK;
		}
	}

	@Command(name = "rm", mixinStandardHelpOptions = true, description = "Remove clients.")
	static final class Remove implements Callable<Integer> {
		private final CliContext context;
		@Parameters(paramLabel = "HOSTNAME", arity = "1..*", description = "The clients, or expressions such as node[001-004].")
		List<String> hostnames;

		Remove(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws CoreException {
			ClientStore store = store(context);
			List<String> names = new ArrayList<>();
			for (String expression : hostnames) {
				names.addAll(HostExpressions.expand(expression));
			}
			store.remove(names);
			context.out().println(names.size() == 1 ? "Removed client " + names.get(0) : "Removed " + names.size() + " clients");
			return ExitCodes.OK;
		}
	}
}
