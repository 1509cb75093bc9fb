package org.sisuite.internal.ui.clients;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sisuite.model.BootMode;
import org.sisuite.model.Client;
import org.sisuite.model.ClientRange;
import org.sisuite.model.Image;
import org.sisuite.model.IpAssignment;
import org.sisuite.model.NetworkInterface;
import org.sisuite.model.SisFactory;
import org.sisuite.model.SisPackage;
import org.sisuite.model.Site;

/**
 * The edits of the Clients part as EMF commands on the session's editing domain: undone and
 * redone by the command stack, saved by the session's auto-save. They make the same objects
 * {@code sis range add} writes, so the database cannot tell who made them.
 */
final class ClientCommands {

	private ClientCommands() {
	}

	/**
	 * Adds a range and its clients: one client per number, in the range's group, with the range's
	 * image and domain, a static address on eth0 when the range has addresses (else DHCP), boot
	 * mode install.
	 */
	static Command addRange(EditingDomain domain, Site site, RangeProposal proposal) {
		ClientRange range = SisFactory.eINSTANCE.createClientRange();
		range.setName(proposal.name());
		range.setBasename(proposal.basename());
		range.setStart(proposal.start());
		range.setCount(proposal.count());
		range.setPadding(proposal.padding());
		range.setIpStart(proposal.hasAddresses() ? proposal.ipStart().strip() : null);
		range.setDomain(blankToNull(proposal.domain()));
		range.setImage(proposal.image());
		List<Client> clients = new ArrayList<>(proposal.count());
		for (int i = 0; i < proposal.count(); i++) {
			Client client = SisFactory.eINSTANCE.createClient();
			client.setHostname(proposal.hostnameAt(i));
			client.setDomain(range.getDomain());
			client.setBootMode(BootMode.INSTALL);
			client.setImage(proposal.image());
			client.getGroups().add(range);
			String ip = proposal.ipAt(i);
			client.setIpAssignment(ip == null ? IpAssignment.DHCP : IpAssignment.STATIC);
			if (ip != null) {
				NetworkInterface nic = SisFactory.eINSTANCE.createNetworkInterface();
				nic.setName("eth0");
				nic.setIp(ip);
				nic.setNetmask(blankToNull(proposal.netmask()));
				client.getInterfaces().add(nic);
			}
			clients.add(client);
		}
		CompoundCommand command = new CompoundCommand("New Range " + proposal.name() + " (" + proposal.count()
				+ " clients)");
		command.append(new AddCommand(domain, site, SisPackage.Literals.SITE__CLIENT_RANGES, range));
		command.append(new AddCommand(domain, site, SisPackage.Literals.SITE__CLIENTS, clients));
		return command;
	}

	/**
	 * Gives {@code image} to a range (its definition) and to the clients; unexecutable when that
	 * changes nothing, or the image is not one of the site's.
	 *
	 * @param range the range dropped on, or null when dropped on clients
	 */
	static Command assignImage(EditingDomain domain, Site site, ClientRange range, Collection<Client> clients,
			Image image) {
		if (image == null || site == null || image.eContainer() == null || image.eContainer().eContainer() != site) {
			return UnexecutableCommand.INSTANCE;
		}
		Set<Client> targets = new LinkedHashSet<>(clients);
		CompoundCommand command = new CompoundCommand(label(range, targets.size(), image));
		if (range != null && range.getImage() != image) {
			command.append(new SetCommand(domain, range, SisPackage.Literals.CLIENT_RANGE__IMAGE, image));
		}
		for (Client client : targets) {
			if (client.getImage() != image) {
				command.append(new SetCommand(domain, client, SisPackage.Literals.CLIENT__IMAGE, image));
			}
		}
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
	}

	private static String label(ClientRange range, int clients, Image image) {
		String target = range != null ? "range " + range.getName() : clients == 1 ? "1 client" : clients + " clients";
		return "Assign Image " + image.getName() + " to " + target;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
