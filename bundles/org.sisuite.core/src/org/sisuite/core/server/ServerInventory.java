package org.sisuite.core.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.netboot.NetbootSettings;
import org.sisuite.core.store.ImageStore;
import org.sisuite.core.store.SisDatabase;
import org.sisuite.core.store.StoreRecords.ImageSummary;

/**
 * What the database says the server must offer: the local server's images with a current version,
 * and the networks its clients are in (for {@code hosts allow}).
 *
 * @param images   the images to serve, by name
 * @param networks the client networks as CIDR, loopback first
 * @param warnings images left out and why
 */
public record ServerInventory(List<ServedImage> images, List<String> networks, List<String> warnings) {

	/** Always allowed: the server itself. */
	public static final List<String> LOOPBACK = List.of("127.0.0.0/8", "::1");
	/** The prefix length given to a client address whose netmask is not recorded. */
	public static final int DEFAULT_PREFIX = 24;

	/** Module names the server uses itself; an image of such a name cannot be served. */
	static final Set<String> RESERVED = Set.of(ServerLayout.SCRIPTS_MODULE, ServerLayout.BOOT_MODULE,
			ServerLayout.OVERRIDES_MODULE, "global");

	/**
	 * Reads the inventory.
	 *
	 * @param netboot the network boot settings whose DHCP subnet is also allowed, or null
	 */
	public static ServerInventory read(SisDatabase database, Path imageRoot, NetbootSettings netboot)
			throws CoreException {
		List<ServedImage> images = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		for (ImageSummary image : new ImageStore(database, imageRoot).list()) {
			if (!ImageStore.LOCAL_SERVER.equals(image.server())) {
				continue;
			}
			if (RESERVED.contains(image.name())) {
				warnings.add("Image '" + image.name() + "' is not served: its name is one of the server's own modules");
			} else if (image.currentVersion() == null || image.path() == null) {
				warnings.add("Image '" + image.name() + "' is not served: it has no version yet");
			} else {
				Path tree = Path.of(image.path()).resolve("v" + image.currentVersion());
				if (Files.isDirectory(tree)) {
					images.add(new ServedImage(image.name(), image.currentVersion(), tree.toAbsolutePath()));
				} else {
					warnings.add("Image '" + image.name() + "' is not served: its current version's tree " + tree
							+ " is missing");
				}
			}
		}
		Set<String> networks = new TreeSet<>(database.inSnapshot(connection -> {
			Set<String> found = new TreeSet<>();
			try (PreparedStatement query = connection
					.prepareStatement("SELECT DISTINCT ip, netmask FROM client_interface WHERE ip IS NOT NULL");
					ResultSet row = query.executeQuery()) {
				while (row.next()) {
					String network = network(row.getString(1), row.getString(2));
					if (network != null) {
						found.add(network);
					}
				}
			}
			return found;
		}));
		if (netboot != null && netboot.subnet() != null) {
			networks.add(netboot.subnet() + "/" + netboot.prefixLength());
		}
		List<String> allowed = new ArrayList<>(LOOPBACK);
		networks.stream().filter(n -> !allowed.contains(n)).forEach(allowed::add);
		return new ServerInventory(List.copyOf(images), List.copyOf(allowed), List.copyOf(warnings));
	}

	/** The CIDR network of an IPv4 address and netmask ({@value #DEFAULT_PREFIX} bits without one); null if not IPv4. */
	static String network(String ip, String netmask) {
		byte[] address = ipv4(ip);
		if (address == null) {
			return null;
		}
		int prefix = DEFAULT_PREFIX;
		byte[] mask = netmask == null ? null : ipv4(netmask);
		if (mask != null) {
			int bits = toInt(mask);
			prefix = Integer.bitCount(bits);
			if (bits != (prefix == 0 ? 0 : -1 << (32 - prefix))) {
				prefix = DEFAULT_PREFIX;
			}
		}
		int value = toInt(address) & (prefix == 0 ? 0 : -1 << (32 - prefix));
		return ((value >>> 24) & 255) + "." + ((value >>> 16) & 255) + "." + ((value >>> 8) & 255) + "." + (value & 255)
				+ "/" + prefix;
	}

	private static byte[] ipv4(String text) {
		if (text == null || !text.strip().matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
			return null;
		}
		try {
			return InetAddress.getByName(text.strip()).getAddress();
		} catch (UnknownHostException e) {
			return null;
		}
	}

	private static int toInt(byte[] address) {
		return ((address[0] & 255) << 24) | ((address[1] & 255) << 16) | ((address[2] & 255) << 8) | (address[3] & 255);
	}
}
