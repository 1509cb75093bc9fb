package org.sisuite.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.sisuite.model.BootMode;
import org.sisuite.model.Client;
import org.sisuite.model.ClientRange;
import org.sisuite.model.Image;
import org.sisuite.model.IpAssignment;
import org.sisuite.model.NetworkInterface;
import org.sisuite.model.SisFactory;
import org.sisuite.model.Site;

/** Clients with their MACs, interfaces and groups, and the client ranges. */
final class ClientRows {

	private ClientRows() {
	}

	static long insertRange(Connection connection, ClientRange range, Long imageId) throws SQLException {
		return Sql.insert(connection, """
				INSERT INTO client_range (name, basename, start_number, client_count, padding, ip_start, domain, image_id,
				  install_script) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", range.getName(), range.getBasename(),
				range.getStart(), range.getCount(), range.getPadding(), range.getIpStart(), range.getDomain(), imageId,
				ImageRows.nameOf(range.getInstallScript()));
	}

	/**
	 * Inserts a client with its MACs and interfaces.
	 *
	 * @param groupIds the row ids of the client's groups, in order
	 */
	static long insertClient(Connection connection, Client client, Long imageId, Iterable<Long> groupIds) throws SQLException {
		long id = Sql.insert(connection, """
				INSERT INTO client (hostname, domain, ip_assignment, boot_mode, image_id, install_script)
				VALUES (?, ?, ?, ?, ?, ?)""", client.getHostname(), client.getDomain(), client.getIpAssignment().getLiteral(),
				client.getBootMode().getLiteral(), imageId, ImageRows.nameOf(client.getInstallScript()));
		int position = 0;
		for (String mac : client.getMacs()) {
			Sql.update(connection, "INSERT INTO client_mac (client_id, position, mac) VALUES (?, ?, ?)", id, position++,
					mac);
		}
		position = 0;
		for (NetworkInterface nic : client.getInterfaces()) {
			Sql.update(connection, """
					INSERT INTO client_interface (client_id, position, name, mac, ip, netmask, gateway)
					VALUES (?, ?, ?, ?, ?, ?, ?)""", id, position++, nic.getName(), nic.getMac(), nic.getIp(),
					nic.getNetmask(), nic.getGateway());
		}
		position = 0;
		for (Long groupId : groupIds) {
			Sql.update(connection, "INSERT INTO client_group (client_id, range_id, position) VALUES (?, ?, ?)", id, groupId,
					position++);
		}
		return id;
	}

	/** Reads all ranges and clients into the site; images must be loaded first. */
	static void loadInto(Connection connection, Site site, Map<Long, Image> images) throws SQLException {
		Map<Long, ClientRange> ranges = new HashMap<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT * FROM client_range ORDER BY id");
				ResultSet row = query.executeQuery()) {
			while (row.next()) {
				ClientRange range = SisFactory.eINSTANCE.createClientRange();
				range.setName(row.getString("name"));
				range.setBasename(row.getString("basename"));
				range.setStart(row.getInt("start_number"));
				range.setCount(row.getInt("client_count"));
				range.setPadding(row.getInt("padding"));
				range.setIpStart(row.getString("ip_start"));
				range.setDomain(row.getString("domain"));
				Image image = images.get(row.getLong("image_id"));
				range.setImage(image);
				range.setInstallScript(ImageRows.script(image, row.getString("install_script")));
				site.getClientRanges().add(range);
				ranges.put(row.getLong("id"), range);
			}
		}
		Map<Long, Client> clients = new HashMap<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT * FROM client ORDER BY id");
				ResultSet row = query.executeQuery()) {
			while (row.next()) {
				Client client = SisFactory.eINSTANCE.createClient();
				client.setHostname(row.getString("hostname"));
				client.setDomain(row.getString("domain"));
				client.setIpAssignment(IpAssignment.get(row.getString("ip_assignment")));
				client.setBootMode(BootMode.get(row.getString("boot_mode")));
				Image image = images.get(row.getLong("image_id"));
				client.setImage(image);
				client.setInstallScript(ImageRows.script(image, row.getString("install_script")));
				site.getClients().add(client);
				clients.put(row.getLong("id"), client);
			}
		}
		try (PreparedStatement query = connection.prepareStatement("SELECT * FROM client_mac ORDER BY client_id, position");
				ResultSet row = query.executeQuery()) {
			while (row.next()) {
				clients.get(row.getLong("client_id")).getMacs().add(row.getString("mac"));
			}
		}
		try (PreparedStatement query = connection
				.prepareStatement("SELECT * FROM client_interface ORDER BY client_id, position");
				ResultSet row = query.executeQuery()) {
			while (row.next()) {
				NetworkInterface nic = SisFactory.eINSTANCE.createNetworkInterface();
				nic.setName(row.getString("name"));
				nic.setMac(row.getString("mac"));
				nic.setIp(row.getString("ip"));
				nic.setNetmask(row.getString("netmask"));
				nic.setGateway(row.getString("gateway"));
				clients.get(row.getLong("client_id")).getInterfaces().add(nic);
			}
		}
		try (PreparedStatement query = connection.prepareStatement("SELECT * FROM client_group ORDER BY client_id, position");
				ResultSet row = query.executeQuery()) {
			while (row.next()) {
				clients.get(row.getLong("client_id")).getGroups().add(ranges.get(row.getLong("range_id")));
			}
		}
	}
}
