package org.sisuite.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.SubMonitor;

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

	/** Clients per JDBC batch. */
	static final int BATCH = 1000;

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
	static void insertClient(Connection connection, Client client, Long imageId, List<Long> groupIds) throws SQLException {
		insertClients(connection, List.of(client), c -> imageId, c -> groupIds, null);
	}

	/**
	 * Inserts clients with their MACs, interfaces and group memberships, {@value #BATCH} clients
	 * per JDBC batch: a few round trips per thousand clients instead of three or four per client,
	 * which counts when the database is served by another process.
	 *
	 * @param imageIdOf  the row id of a client's image, or null
	 * @param groupIdsOf the row ids of a client's groups, in order
	 * @param progress   gets one tick per client inserted, or null
	 */
	static void insertClients(Connection connection, List<Client> clients, Function<Client, Long> imageIdOf,
			Function<Client, List<Long>> groupIdsOf, SubMonitor progress) throws SQLException {
		try (PreparedStatement clientRows = connection.prepareStatement("""
				INSERT INTO client (hostname, domain, ip_assignment, boot_mode, image_id, install_script)
				VALUES (?, ?, ?, ?, ?, ?)""", new String[] { "id" });
				PreparedStatement macRows = connection
						.prepareStatement("INSERT INTO client_mac (client_id, position, mac) VALUES (?, ?, ?)");
				PreparedStatement nicRows = connection.prepareStatement("""
						INSERT INTO client_interface (client_id, position, name, mac, ip, netmask, gateway)
						VALUES (?, ?, ?, ?, ?, ?, ?)""");
				PreparedStatement groupRows = connection
						.prepareStatement("INSERT INTO client_group (client_id, range_id, position) VALUES (?, ?, ?)")) {
			for (int from = 0; from < clients.size(); from += BATCH) {
				List<Client> batch = clients.subList(from, Math.min(clients.size(), from + BATCH));
				for (Client client : batch) {
					Sql.bind(clientRows, client.getHostname(), client.getDomain(), client.getIpAssignment().getLiteral(),
							client.getBootMode().getLiteral(), imageIdOf.apply(client), ImageRows.nameOf(client.getInstallScript()));
					clientRows.addBatch();
				}
				clientRows.executeBatch();
				List<Long> ids = new ArrayList<>(batch.size());
				try (ResultSet keys = clientRows.getGeneratedKeys()) {
					while (keys.next()) {
						ids.add(keys.getLong(1));
					}
				}
				if (ids.size() != batch.size()) {
					throw new SQLException(batch.size() + " clients inserted, but " + ids.size() + " ids generated");
				}
				boolean macs = false;
				boolean nics = false;
				boolean groups = false;
				for (int i = 0; i < batch.size(); i++) {
					Client client = batch.get(i);
					long id = ids.get(i);
					int position = 0;
					for (String mac : client.getMacs()) {
						Sql.bind(macRows, id, position++, mac);
						macRows.addBatch();
						macs = true;
					}
					position = 0;
					for (NetworkInterface nic : client.getInterfaces()) {
						Sql.bind(nicRows, id, position++, nic.getName(), nic.getMac(), nic.getIp(), nic.getNetmask(),
								nic.getGateway());
						nicRows.addBatch();
						nics = true;
					}
					position = 0;
					for (Long groupId : groupIdsOf.apply(client)) {
						Sql.bind(groupRows, id, groupId, position++);
						groupRows.addBatch();
						groups = true;
					}
				}
				if (macs) {
					macRows.executeBatch();
				}
				if (nics) {
					nicRows.executeBatch();
				}
				if (groups) {
					groupRows.executeBatch();
				}
				if (progress != null) {
					progress.split(batch.size());
				}
			}
		}
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
