package org.sisuite.core.netboot;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.NetworkNames;
import org.sisuite.core.Statuses;

/**
 * What the network boot outputs need besides the clients: the boot server, the DHCP subnet and
 * where the boot files are. Read from {@code $SIS_HOME/netboot.properties} (the keys below) with
 * command line options on top; only {@code server} is required.
 *
 * <pre>
 * server=10.0.0.1              # TFTP/next-server, and the image server of images on the local server
 * subnet=10.0.0.0              # default: server address and netmask
 * netmask=255.255.255.0        # default 255.255.255.0
 * range=10.0.0.100-10.0.0.200  # dynamic pool; none: only clients with a MAC are served
 * router=10.0.0.1              # optional
 * dns=10.0.0.1,10.0.0.2        # optional
 * domain=cluster.example       # optional: for clients without a domain of their own
 * tftp.root=/srv/tftp          # where the TFTP server serves the tftp/ tree from (default OUTPUT/tftp)
 * kernel=sis/kernel            # boot kernel, relative to the TFTP root
 * initrd=sis/initrd.img        # boot initrd, relative to the TFTP root
 * kernel.args=console=ttyS0    # appended to the install entries' kernel command line
 * bios.loader=pxelinux.0       # the DHCP filename for BIOS clients
 * uefi.loader=grubx64.efi      # the DHCP filename for x86-64 UEFI clients (option 93 = 7 or 9)
 * grub.dir=grub                # the directory the GRUB net image searches for grub.cfg (its prefix)
 * </pre>
 *
 * @param server     IPv4 address of the boot (TFTP) server
 * @param subnet     network address of the DHCP subnet
 * @param netmask    netmask of the DHCP subnet
 * @param rangeStart first address of the dynamic pool, or null for none
 * @param rangeEnd   last address of the dynamic pool, or null for none
 * @param router     default gateway handed out, or null
 * @param dns        DNS servers handed out, possibly empty
 * @param domain     DNS domain of clients without one, or null
 * @param tftpRoot   the TFTP root as the TFTP server sees it, or null for the generated tftp/ tree
 * @param kernel     path of the boot kernel relative to the TFTP root
 * @param initrd     path of the boot initrd relative to the TFTP root
 * @param kernelArgs extra kernel parameters of install entries, or empty
 * @param biosLoader DHCP boot file name for BIOS clients
 * @param uefiLoader DHCP boot file name for x86-64 UEFI clients
 * @param grubDir    directory of the GRUB configuration files relative to the TFTP root
 */
public record NetbootSettings(String server, String subnet, String netmask, String rangeStart, String rangeEnd,
		String router, List<String> dns, String domain, String tftpRoot, String kernel, String initrd,
		String kernelArgs, String biosLoader, String uefiLoader, String grubDir) {

	/** The settings file under {@code $SIS_HOME}. */
	public static final String FILE_NAME = "netboot.properties";

	public static final String SERVER = "server";
	public static final String SUBNET = "subnet";
	public static final String NETMASK = "netmask";
	public static final String RANGE = "range";
	public static final String ROUTER = "router";
	public static final String DNS = "dns";
	public static final String DOMAIN = "domain";
	public static final String TFTP_ROOT = "tftp.root";
	public static final String KERNEL = "kernel";
	public static final String INITRD = "initrd";
	public static final String KERNEL_ARGS = "kernel.args";
	public static final String BIOS_LOADER = "bios.loader";
	public static final String UEFI_LOADER = "uefi.loader";
	public static final String GRUB_DIR = "grub.dir";

	/** Every key the settings file may have. */
	public static final Set<String> KEYS = Set.of(SERVER, SUBNET, NETMASK, RANGE, ROUTER, DNS, DOMAIN, TFTP_ROOT, KERNEL,
			INITRD, KERNEL_ARGS, BIOS_LOADER, UEFI_LOADER, GRUB_DIR);

	public NetbootSettings {
		dns = List.copyOf(dns);
		kernelArgs = kernelArgs == null ? "" : kernelArgs;
	}

	/**
	 * The key/value pairs of a settings file; an empty map when the file does not exist.
	 *
	 * @throws CoreException when the file cannot be read or has a key that is not one of {@link #KEYS}
	 */
	public static Map<String, String> readFile(Path file) throws CoreException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (NoSuchFileException e) {
			return Map.of();
		} catch (IOException | IllegalArgumentException e) {
			throw new CoreException(
					Statuses.error("Cannot read the network boot settings " + file + ": " + e.getMessage(), e));
		}
		Map<String, String> values = new LinkedHashMap<>();
		Set<String> unknown = new TreeSet<>();
		for (String key : properties.stringPropertyNames()) {
			if (KEYS.contains(key)) {
				values.put(key, properties.getProperty(key).strip());
			} else {
				unknown.add(key);
			}
		}
		if (!unknown.isEmpty()) {
			throw new CoreException(Statuses.badInput("Unknown key(s) " + String.join(", ", unknown) + " in " + file
					+ "; known keys: " + String.join(", ", new TreeSet<>(KEYS))));
		}
		return values;
	}

	/**
	 * Settings from key/value pairs (see the class comment), checked: addresses must be IPv4, the
	 * range must lie in the subnet.
	 *
	 * @param source names where the values come from, for messages
	 */
	public static NetbootSettings of(Map<String, String> values, String source) throws CoreException {
		String server = value(values, SERVER);
		if (server == null) {
			throw new CoreException(Statuses.badInput("No network boot server address: set " + SERVER + "= in " + source
					+ " or pass --server IP"));
		}
		long serverAddress = address(server, SERVER, source);
		String netmask = value(values, NETMASK) == null ? "255.255.255.0" : value(values, NETMASK);
		long mask = address(netmask, NETMASK, source);
		if (Long.bitCount(mask) != 32 - Long.numberOfTrailingZeros(mask | (1L << 32)) || mask == 0) {
			throw new CoreException(Statuses.badInput("Invalid " + NETMASK + " '" + netmask + "' in " + source
					+ ": expected contiguous ones, e.g. 255.255.255.0"));
		}
		String subnetValue = value(values, SUBNET);
		long network = subnetValue == null ? serverAddress & mask : address(subnetValue, SUBNET, source);
		if ((network & mask) != network) {
			throw new CoreException(Statuses.badInput("Invalid " + SUBNET + " '" + subnetValue + "' in " + source
					+ ": it has host bits set for netmask " + netmask + " (the network is "
					+ NetworkNames.ipv4(network & mask)
					+ ")"));
		}
		String rangeStart = null;
		String rangeEnd = null;
		String range = value(values, RANGE);
		if (range != null) {
			String[] ends = range.split("\\s*[-\\s]\\s*");
			if (ends.length != 2) {
				throw new CoreException(Statuses.badInput("Invalid " + RANGE + " '" + range + "' in " + source
						+ ": expected FIRST-LAST, e.g. 10.0.0.100-10.0.0.200"));
			}
			long first = address(ends[0], RANGE, source);
			long last = address(ends[1], RANGE, source);
			if (first > last || (first & mask) != network || (last & mask) != network) {
				throw new CoreException(Statuses.badInput("Invalid " + RANGE + " '" + range + "' in " + source
						+ ": expected FIRST-LAST in order inside the subnet " + NetworkNames.ipv4(network) + "/"
						+ Long.bitCount(mask)));
			}
			rangeStart = NetworkNames.ipv4(first);
			rangeEnd = NetworkNames.ipv4(last);
		}
		String router = value(values, ROUTER);
		if (router != null) {
			router = NetworkNames.ipv4(address(router, ROUTER, source));
		}
		List<String> dns = new ArrayList<>();
		String dnsValue = value(values, DNS);
		if (dnsValue != null) {
			for (String one : dnsValue.split("[,\\s]+")) {
				dns.add(NetworkNames.ipv4(address(one, DNS, source)));
			}
		}
		String domain = value(values, DOMAIN);
		if (domain != null) {
			NetworkNames.hostname(domain);
		}
		String tftpRoot = value(values, TFTP_ROOT);
		if (tftpRoot != null && (!tftpRoot.startsWith("/") || tftpRoot.matches(".*[\\s\"',].*"))) {
			throw new CoreException(Statuses.badInput("Invalid " + TFTP_ROOT + " '" + tftpRoot + "' in " + source
					+ ": expected an absolute directory without blanks, quotes or commas, e.g. /srv/tftp"));
		}
		String kernelArgs = value(values, KERNEL_ARGS);
		if (kernelArgs != null && kernelArgs.matches(".*[\\r\\n;{}\"'$\\\\].*")) {
			throw new CoreException(Statuses.badInput("Invalid " + KERNEL_ARGS + " '" + kernelArgs + "' in " + source
					+ ": kernel parameters may not contain quotes, ';', '{', '}', '$' or '\\'"));
		}
		return new NetbootSettings(NetworkNames.ipv4(serverAddress), NetworkNames.ipv4(network), NetworkNames.ipv4(mask),
				rangeStart, rangeEnd, router, dns, domain, tftpRoot,
				path(values, KERNEL, "sis/kernel", source), path(values, INITRD, "sis/initrd.img", source),
				kernelArgs, path(values, BIOS_LOADER, "pxelinux.0", source),
				path(values, UEFI_LOADER, "grubx64.efi", source), path(values, GRUB_DIR, "grub", source));
	}

	/** The subnet's prefix length, e.g. 24. */
	public int prefixLength() {
		return Long.bitCount(ipv4(netmask));
	}

	/** Whether {@code address} lies in the DHCP subnet. */
	public boolean inSubnet(String address) {
		long mask = ipv4(netmask);
		return (ipv4(address) & mask) == ipv4(subnet);
	}

	/** A checked IPv4 address as a number; for addresses this record already checked. */
	static long ipv4(String address) {
		try {
			return NetworkNames.ipv4(address);
		} catch (CoreException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}

	private static String value(Map<String, String> values, String key) {
		String value = values.get(key);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static long address(String value, String key, String source) throws CoreException {
		try {
			return NetworkNames.ipv4(value);
		} catch (CoreException e) {
			throw new CoreException(Statuses.badInput(e.getStatus().getMessage() + " (" + key + " in " + source + ")"));
		}
	}

	/** A path relative to the TFTP root: no blanks, no leading '/', no '..'. */
	private static String path(Map<String, String> values, String key, String fallback, String source)
			throws CoreException {
		String value = value(values, key);
		if (value == null) {
			return fallback;
		}
		String relative = value.replaceFirst("^/+", "");
		if (relative.isEmpty() || relative.matches(".*[\\s\"';{}].*") || List.of(relative.split("/")).contains("..")) {
			throw new CoreException(Statuses.badInput("Invalid " + key + " '" + value + "' in " + source
					+ ": expected a path relative to the TFTP root without blanks, quotes or '..', e.g. " + fallback));
		}
		return relative;
	}
}
