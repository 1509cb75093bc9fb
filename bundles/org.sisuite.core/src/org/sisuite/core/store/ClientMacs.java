package org.sisuite.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;

/**
 * Gives MAC addresses to existing clients (what {@code sis client import-macs} does with a list
 * or a DHCP leases file): every claim is checked against the database and the other claims
 * before anything is written, and then all of them are written in one transaction, or none.
 */
public final class ClientMacs {

	/**
	 * A MAC that a line of a file gives to a client.
	 *
	 * @param mac      normalized MAC (lower case, colons)
	 * @param hostname the client, as the file names it (a fully qualified name also matches its first label)
	 * @param source   where the claim comes from, {@code FILE:LINE}, for messages
	 */
	public record Claim(String mac, String hostname, String source) {
	}

	/** A claim that cannot be applied, and why. */
	public record Problem(String source, String mac, String hostname, String message) {
	}

	/**
	 * The outcome of an import.
	 *
	 * @param added     claims that gave a client a new MAC
	 * @param unchanged claims the database already had
	 * @param unknown   claims naming no client
	 * @param conflicts claims whose MAC belongs to another client, or that the file gives to two clients
	 * @param applied   whether the added MACs were written
	 */
	public record ImportResult(List<Claim> added, List<Claim> unchanged, List<Problem> unknown, List<Problem> conflicts,
			boolean applied) {
	}

	private final SisDatabase database;

	public ClientMacs(SisDatabase database) {
		this.database = database;
	}

	/**
	 * Checks every claim and, when none conflicts (and, if {@code unknownRefuses}, none names an
	 * unknown client) and this is not a {@code dryRun}, adds the new MACs after each client's
	 * existing ones. A client's first MAC also becomes the MAC of its first interface when that has none.
	 */
	public ImportResult assign(List<Claim> claims, boolean unknownRefuses, boolean dryRun) throws CoreException {
		return database.inTransaction(connection -> {
			if (!dryRun) {
				SiteStore.lockForWrite(connection);
			}
			Map<String, Long> clientIds = new HashMap<>();
			try (PreparedStatement query = connection.prepareStatement("SELECT id, hostname FROM client");
					ResultSet row = query.executeQuery()) {
				while (row.next()) {
					clientIds.put(row.getString(2), row.getLong(1));
				}
			}
			Map<String, String> owners = new HashMap<>();
			try (PreparedStatement query = connection
					.prepareStatement("SELECT m.mac, c.hostname FROM client_mac m JOIN client c ON c.id = m.client_id");
					ResultSet row = query.executeQuery()) {
				while (row.next()) {
					owners.put(row.getString(1), row.getString(2));
				}
			}
			List<Claim> added = new ArrayList<>();
			List<Claim> unchanged = new ArrayList<>();
			List<Problem> unknown = new ArrayList<>();
			List<Problem> conflicts = new ArrayList<>();
			Map<String, Claim> claimed = new HashMap<>();
			for (Claim claim : claims) {
				String hostname = resolve(claim.hostname(), clientIds);
				if (hostname == null) {
					unknown.add(new Problem(claim.source(), claim.mac(), claim.hostname(),
							"no client named '" + claim.hostname() + "'"));
					continue;
				}
				Claim earlier = claimed.putIfAbsent(claim.mac(), new Claim(claim.mac(), hostname, claim.source()));
				if (earlier != null) {
					if (!earlier.hostname().equals(hostname)) {
						conflicts.add(new Problem(claim.source(), claim.mac(), hostname, "MAC " + claim.mac()
								+ " is given to " + hostname + " here but to " + earlier.hostname() + " at "
								+ earlier.source()));
					}
					continue;
				}
				String owner = owners.get(claim.mac());
				if (owner == null) {
					added.add(new Claim(claim.mac(), hostname, claim.source()));
				} else if (owner.equals(hostname)) {
					unchanged.add(new Claim(claim.mac(), hostname, claim.source()));
				} else {
					conflicts.add(new Problem(claim.source(), claim.mac(), hostname, "MAC " + claim.mac()
							+ " belongs to client '" + owner + "' already; remove it there first to give it to "
							+ hostname));
				}
			}
			boolean apply = !dryRun && conflicts.isEmpty() && (unknown.isEmpty() || !unknownRefuses) && !added.isEmpty();
			if (apply) {
				insert(connection, added, clientIds);
				SiteStore.bumpRevision(connection);
			}
			return new ImportResult(added, unchanged, unknown, conflicts, apply);
		});
	}

	/** The client a file's name means: the name itself, else the first label of a qualified name. */
	private static String resolve(String name, Map<String, Long> clientIds) {
		if (clientIds.containsKey(name)) {
			return name;
		}
		int dot = name.indexOf('.');
		if (dot > 0 && clientIds.containsKey(name.substring(0, dot))) {
			return name.substring(0, dot);
		}
		return null;
	}

	private static void insert(Connection connection, List<Claim> added, Map<String, Long> clientIds)
			throws SQLException {
		Map<Long, Integer> nextPosition = new HashMap<>();
		try (PreparedStatement query = connection
				.prepareStatement("SELECT client_id, MAX(position) FROM client_mac GROUP BY client_id");
				ResultSet row = query.executeQuery()) {
			while (row.next()) {
				nextPosition.put(row.getLong(1), row.getInt(2) + 1);
			}
		}
		try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO client_mac (client_id, position, mac) VALUES (?, ?, ?)");
				PreparedStatement firstNic = connection.prepareStatement(
						"UPDATE client_interface SET mac = ? WHERE client_id = ? AND position = 0 AND mac IS NULL")) {
			for (Claim claim : added) {
				long clientId = clientIds.get(claim.hostname());
				int position = nextPosition.getOrDefault(clientId, 0);
				nextPosition.put(clientId, position + 1);
				insert.setLong(1, clientId);
				insert.setInt(2, position);
				insert.setString(3, claim.mac());
				insert.addBatch();
				if (position == 0) {
					firstNic.setString(1, claim.mac());
					firstNic.setLong(2, clientId);
					firstNic.addBatch();
				}
			}
			insert.executeBatch();
			firstNic.executeBatch();
		}
	}
}
