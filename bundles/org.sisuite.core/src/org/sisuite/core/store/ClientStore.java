package org.sisuite.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.sisuite.core.NetworkNames;
import org.sisuite.core.Statuses;
import org.sisuite.core.store.StoreRecords.ClientSummary;
import org.sisuite.core.store.StoreRecords.InterfaceSummary;
import org.sisuite.core.store.StoreRecords.RangeSummary;
import org.sisuite.model.BootMode;
import org.sisuite.model.Client;
import org.sisuite.model.ClientRange;
import org.sisuite.model.IpAssignment;
import org.sisuite.model.NetworkInterface;
import org.sisuite.model.SisFactory;

/** Clients and client ranges: the operations behind {@code sis client ...} and {@code sis range ...}. */
public final class ClientStore {

	/** The largest range one command creates. */
	public static final int MAX_RANGE = 1_000_000;

	/** A single machine as the user describes it (SystemInstaller's mksimachine). */
	public record ClientSpec(String hostname, String domain, String image, List<String> macs, String ip, String netmask,
			String gateway, List<String> groups) {
	}

	/** A numbered range of machines (SystemInstaller's mksirange). */
	public record RangeSpec(String name, String basename, int start, int count, int padding, String ipStart,
			String netmask, String gateway, String domain, String image) {
	}

	private final SisDatabase database;

	public ClientStore(SisDatabase database) {
		this.database = database;
	}

	public void add(ClientSpec spec) throws CoreException {
		NetworkNames.hostname(spec.hostname());
		Client client = SisFactory.eINSTANCE.createClient();
		client.setHostname(spec.hostname());
		client.setDomain(spec.domain());
		for (String mac : spec.macs()) {
			client.getMacs().add(NetworkNames.mac(mac));
		}
		if (spec.ip() != null) {
			NetworkNames.ipv4(spec.ip());
			client.getInterfaces().add(nic(spec.ip(), spec.netmask(), spec.gateway(),
					client.getMacs().isEmpty() ? null : client.getMacs().get(0)));
		}
		client.setIpAssignment(spec.ip() == null ? IpAssignment.DHCP : IpAssignment.STATIC);
		client.setBootMode(BootMode.INSTALL);
		database.inTransaction(connection -> {
			SiteStore.lockForWrite(connection);
			if (Sql.queryLong(connection, "SELECT id FROM client WHERE hostname = ?", spec.hostname()) >= 0) {
				throw new CoreException(Statuses.badInput("A client named '" + spec.hostname() + "' already exists"));
			}
			for (String mac : client.getMacs()) {
				String owner = Sql.queryString(connection,
						"SELECT c.hostname FROM client_mac m JOIN client c ON c.id = m.client_id WHERE m.mac = ?", mac);
				if (owner != null) {
					throw new CoreException(Statuses.badInput("MAC " + mac + " already belongs to client '" + owner + "'"));
				}
			}
			if (spec.ip() != null) {
				String owner = ipOwners(connection, List.of(spec.ip())).get(spec.ip());
				if (owner != null) {
					throw new CoreException(Statuses.badInput("IP " + spec.ip() + " is already used by client '" + owner + "'"));
				}
			}
			Long imageId = spec.image() == null ? null : ImageStore.imageId(connection, spec.image());
			List<Long> groups = new ArrayList<>();
			for (String group : spec.groups()) {
				groups.add(rangeId(connection, group));
			}
			ClientRows.insertClient(connection, client, imageId, groups);
			SiteStore.bumpRevision(connection);
			return null;
		});
	}

	/**
	 * Adds a range and creates its clients, in one transaction. Refuses, naming them, when any of
	 * the host names or addresses is taken.
	 */
	public RangeSummary addRange(RangeSpec spec, IProgressMonitor monitor) throws CoreException {
		ClientRange range = range(spec);
		SubMonitor progress = SubMonitor.convert(monitor, "Adding range " + range.getName(), spec.count() + 10);
		return database.inTransaction(connection -> {
			SiteStore.lockForWrite(connection);
			if (Sql.queryLong(connection, "SELECT id FROM client_range WHERE name = ?", range.getName()) >= 0) {
				throw new CoreException(Statuses.badInput("A range named '" + range.getName() + "' already exists"));
			}
			checkFree(connection, range);
			Long imageId = spec.image() == null ? null : ImageStore.imageId(connection, spec.image());
			long rangeId = ClientRows.insertRange(connection, range, imageId);
			progress.split(10);
			List<Client> clients = new ArrayList<>(range.getCount());
			for (int i = 0; i < range.getCount(); i++) {
				Client client = SisFactory.eINSTANCE.createClient();
				client.setHostname(range.hostnameAt(i));
				client.setDomain(range.getDomain());
				client.setBootMode(BootMode.INSTALL);
				String ip = range.ipAddressAt(i);
				client.setIpAssignment(ip == null ? IpAssignment.DHCP : IpAssignment.STATIC);
				if (ip != null) {
					client.getInterfaces().add(nic(ip, spec.netmask(), spec.gateway(), null));
				}
				clients.add(client);
			}
			List<Long> groups = List.of(rangeId);
			ClientRows.insertClients(connection, clients, client -> imageId, client -> groups, progress);
			SiteStore.bumpRevision(connection);
			return new RangeSummary(range.getName(), range.getBasename(), range.getStart(), range.getCount(),
					range.getPadding(), range.getIpStart(), range.getDomain(), spec.image(), range.hostnameAt(0),
					range.hostnameAt(range.getCount() - 1), range.getCount());
		});
	}

	private static ClientRange range(RangeSpec spec) throws CoreException {
		if (spec.count() < 1 || spec.count() > MAX_RANGE) {
			throw new CoreException(Statuses.badInput("Invalid count " + spec.count() + ": expected 1 to " + MAX_RANGE));
		}
		if (spec.start() < 0 || spec.padding() < 0 || spec.padding() > 12) {
			throw new CoreException(Statuses.badInput(
					"Invalid start " + spec.start() + " or padding " + spec.padding() + ": expected start >= 0, padding 0-12"));
		}
		ClientRange range = SisFactory.eINSTANCE.createClientRange();
		range.setBasename(spec.basename());
		range.setName(spec.name() != null ? spec.name() : spec.basename());
		ImageStore.requireName("range", range.getName());
		range.setStart(spec.start());
		range.setCount(spec.count());
		range.setPadding(spec.padding());
		range.setDomain(spec.domain());
		if (spec.ipStart() != null) {
			long first = NetworkNames.ipv4(spec.ipStart());
			if (first + spec.count() - 1 > 0xFFFFFFFFL) {
				throw new CoreException(Statuses.badInput("The range from " + spec.ipStart() + " with " + spec.count()
						+ " addresses runs past 255.255.255.255"));
			}
			range.setIpStart(spec.ipStart().strip());
		}
		NetworkNames.hostname(range.hostnameAt(0));
		NetworkNames.hostname(range.hostnameAt(spec.count() - 1));
		return range;
	}

	private static void checkFree(Connection connection, ClientRange range) throws SQLException, CoreException {
		List<String> hostnames = new ArrayList<>(range.getCount());
		List<String> ips = new ArrayList<>();
		for (int i = 0; i < range.getCount(); i++) {
			hostnames.add(range.hostnameAt(i));
			String ip = range.ipAddressAt(i);
			if (ip != null) {
				ips.add(ip);
			}
		}
		List<String> taken = new ArrayList<>();
		Sql.queryIn(connection, "SELECT hostname FROM client WHERE hostname IN", hostnames, row -> taken.add(row.getString(1)));
		List<String> usedIps = new ArrayList<>();
		ipOwners(connection, ips).forEach((ip, owner) -> usedIps.add(ip + " (" + owner + ")"));
		if (!taken.isEmpty() || !usedIps.isEmpty()) {
			taken.sort(null);
			usedIps.sort(null);
			List<String> problems = new ArrayList<>();
			if (!taken.isEmpty()) {
				problems.add(taken.size() + " host names exist already: " + ImageStore.abbreviate(taken));
			}
			if (!usedIps.isEmpty()) {
				problems.add(usedIps.size() + " addresses are in use: " + ImageStore.abbreviate(usedIps));
			}
			throw new CoreException(Statuses.badInput("The range '" + range.getName() + "' (" + range.hostnameAt(0) + " .. "
					+ range.hostnameAt(range.getCount() - 1) + ") overlaps existing clients: " + String.join("; ", problems)));
		}
	}

	/** The clients that have any of {@code ips} on an interface, by address (indexed lookups). */
	private static Map<String, String> ipOwners(Connection connection, List<String> ips) throws SQLException {
		Map<String, String> owners = new TreeMap<>();
		Sql.queryIn(connection, "SELECT i.ip, c.hostname FROM client_interface i JOIN client c ON c.id = i.client_id WHERE i.ip IN",
				ips, row -> owners.putIfAbsent(row.getString(1), row.getString(2)));
		return owners;
	}

	private static NetworkInterface nic(String ip, String netmask, String gateway, String mac) {
		NetworkInterface nic = SisFactory.eINSTANCE.createNetworkInterface();
		nic.setName("eth0");
		nic.setIp(ip);
		nic.setNetmask(netmask);
		nic.setGateway(gateway);
		nic.setMac(mac);
		return nic;
	}

	/** Clients ordered by host name; {@code image} and {@code group} filter when not null. */
	public List<ClientSummary> list(String image, String group) throws CoreException {
		return database.inSnapshot(connection -> {
			StringBuilder where = new StringBuilder(" WHERE 1 = 1");
			List<Object> parameters = new ArrayList<>();
			if (image != null) {
				where.append(" AND c.image_id = ?");
				parameters.add(ImageStore.imageId(connection, image));
			}
			if (group != null) {
				where.append(" AND c.id IN (SELECT client_id FROM client_group WHERE range_id = ?)");
				parameters.add(rangeId(connection, group));
			}
			return summaries(connection, where.toString(), parameters.toArray());
		});
	}

	public ClientSummary show(String hostname) throws CoreException {
		return database.inSnapshot(connection -> {
			List<ClientSummary> found = summaries(connection, " WHERE c.hostname = ?", new Object[] { hostname });
			if (found.isEmpty()) {
				throw new CoreException(Statuses.badInput("No client named '" + hostname + "'"));
			}
			return found.get(0);
		});
	}

	public void remove(String hostname) throws CoreException {
		remove(List.of(hostname));
	}

	/** Removes clients in one transaction: all of them, or none when any is unknown (naming those). */
	public void remove(List<String> hostnames) throws CoreException {
		database.inTransaction(connection -> {
			SiteStore.lockForWrite(connection);
			List<String> unknown = new ArrayList<>();
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM client WHERE hostname = ?")) {
				for (String hostname : hostnames) {
					delete.setString(1, hostname);
					if (delete.executeUpdate() == 0) {
						unknown.add(hostname);
					}
				}
			}
			if (!unknown.isEmpty()) {
				throw new CoreException(Statuses.badInput((unknown.size() == 1 ? "No client named '" + unknown.get(0) + "'"
						: "No clients named " + ImageStore.abbreviate(unknown)) + "; nothing was removed"));
			}
			SiteStore.bumpRevision(connection);
			return null;
		});
	}

	public List<RangeSummary> listRanges() throws CoreException {
		return database.inSnapshot(connection -> {
			List<RangeSummary> ranges = new ArrayList<>();
			try (PreparedStatement query = connection.prepareStatement("""
					SELECT r.*, i.name AS image_name,
					  (SELECT COUNT(*) FROM client_group g WHERE g.range_id = r.id) AS members
					FROM client_range r LEFT JOIN image i ON i.id = r.image_id ORDER BY r.name""");
					ResultSet row = query.executeQuery()) {
				while (row.next()) {
					ClientRange range = SisFactory.eINSTANCE.createClientRange();
					range.setBasename(row.getString("basename"));
					range.setStart(row.getInt("start_number"));
					range.setPadding(row.getInt("padding"));
					int count = row.getInt("client_count");
					ranges.add(new RangeSummary(row.getString("name"), range.getBasename(), range.getStart(), count,
							range.getPadding(), row.getString("ip_start"), row.getString("domain"), row.getString("image_name"),
							range.hostnameAt(0), range.hostnameAt(count - 1), row.getInt("members")));
				}
			}
			return ranges;
		});
	}

	/**
	 * Removes a range; its clients go with it unless {@code keepClients}, in which case they only
	 * leave the group.
	 *
	 * @return the number of clients removed
	 */
	public int removeRange(String name, boolean keepClients) throws CoreException {
		return database.inTransaction(connection -> {
			SiteStore.lockForWrite(connection);
			long id = rangeId(connection, name);
			int removed = 0;
			if (!keepClients) {
				removed = Sql.update(connection,
						"DELETE FROM client WHERE id IN (SELECT client_id FROM client_group WHERE range_id = ?)", id);
			}
			Sql.update(connection, "DELETE FROM client_range WHERE id = ?", id);
			SiteStore.bumpRevision(connection);
			return removed;
		});
	}

	private static long rangeId(Connection connection, String name) throws SQLException, CoreException {
		long id = Sql.queryLong(connection, "SELECT id FROM client_range WHERE name = ?", name);
		if (id < 0) {
			throw new CoreException(Statuses.badInput("No client range or group named '" + name + "'"));
		}
		return id;
	}

	private static List<ClientSummary> summaries(Connection connection, String where, Object[] parameters)
			throws SQLException {
		Map<Long, ClientSummary> clients = new LinkedHashMap<>();
		try (PreparedStatement query = Sql.prepare(connection, """
				SELECT c.*, i.name AS image_name FROM client c LEFT JOIN image i ON i.id = c.image_id""" + where
				+ " ORDER BY c.hostname", parameters); ResultSet row = query.executeQuery()) {
			while (row.next()) {
				clients.put(row.getLong("id"), new ClientSummary(row.getString("hostname"), row.getString("domain"),
						row.getString("image_name"), row.getString("install_script"), row.getString("ip_assignment"),
						row.getString("boot_mode"), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
			}
		}
		if (clients.isEmpty()) {
			return List.of();
		}
		String selected = " WHERE client_id IN (SELECT c.id FROM client c" + where + ")";
		try (PreparedStatement query = Sql.prepare(connection,
				"SELECT client_id, mac FROM client_mac" + selected + " ORDER BY client_id, position", parameters);
				ResultSet row = query.executeQuery()) {
			while (row.next()) {
				clients.get(row.getLong(1)).macs().add(row.getString(2));
			}
		}
		try (PreparedStatement query = Sql.prepare(connection,
				"SELECT * FROM client_interface" + selected + " ORDER BY client_id, position", parameters);
				ResultSet row = query.executeQuery()) {
			while (row.next()) {
				clients.get(row.getLong("client_id")).interfaces().add(new InterfaceSummary(row.getString("name"),
						row.getString("mac"), row.getString("ip"), row.getString("netmask"), row.getString("gateway")));
			}
		}
		try (PreparedStatement query = Sql.prepare(connection, """
				SELECT g.client_id, r.name FROM client_group g JOIN client_range r ON r.id = g.range_id
				 WHERE g.client_id IN (SELECT c.id FROM client c""" + where + ") ORDER BY g.client_id, g.position",
				parameters);
				ResultSet row = query.executeQuery()) {
			while (row.next()) {
				clients.get(row.getLong(1)).groups().add(row.getString(2));
			}
		}
		return new ArrayList<>(clients.values());
	}
}
