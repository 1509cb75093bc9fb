package org.sisuite.core.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.sisuite.core.AtomicFiles;
import org.sisuite.core.Statuses;
import org.sisuite.core.disk.plan.DiskPlan;
import org.sisuite.core.disk.plan.DiskPlanner;
import org.sisuite.core.disk.plan.PlanRequest;
import org.sisuite.core.disk.plan.PlanRequest.TargetDisk;
import org.sisuite.core.disk.plan.ShellScript;
import org.sisuite.core.server.ServerLayout;
import org.sisuite.core.server.ServerSettings;
import org.sisuite.core.store.ClientStore;
import org.sisuite.core.store.DocumentStore;
import org.sisuite.core.store.ImageStore;
import org.sisuite.core.store.SisDatabase;
import org.sisuite.core.store.StoreRecords.ClientSummary;
import org.sisuite.core.store.StoreRecords.ImageDetails;
import org.sisuite.core.store.StoreRecords.InterfaceSummary;
import org.sisuite.model.BootLoader;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;

/**
 * Writes an image's autoinstall script into the server's {@code scripts} module as
 * {@code images/IMAGE.sh}, hard links {@code hosts/HOSTNAME.sh} and {@code hosts/aa-bb-..-ff.sh} to it
 * for the image's clients (hard, not symbolic, links: rsync serves them as plain files however the
 * boot environment fetches them), and the default exclude list {@code install.exclude} when there is
 * none. The disk part is the disk planner's own script, planned for the table's recorded disk sizes
 * (or the sizes given).
 */
public final class InstallScriptGenerator {

	/** What the client does when it is installed. */
	public static final List<String> POST_ACTIONS = List.of("reboot", "shutdown", "beep", "shell");
	/** The exclude list in the scripts module. */
	public static final String EXCLUDE_FILE = "install.exclude";

	/**
	 * @param image      the image
	 * @param diskTable  the disk table; null for the image's first one (none: directory targets only)
	 * @param postAction one of {@link #POST_ACTIONS}; null for reboot
	 * @param disks      the client's disks and sizes; empty for the table's recorded sizes
	 * @param deviceMap  table device to the client's device, e.g. /dev/sda to /dev/nvme0n1
	 * @param target     where the client's file systems are mounted while it is installed (default /a)
	 */
	public record Request(String image, String diskTable, String postAction, List<TargetDisk> disks,
			Map<String, String> deviceMap, String target) {
		public Request {
			disks = disks == null ? List.of() : List.copyOf(disks);
			deviceMap = deviceMap == null ? Map.of() : Map.copyOf(deviceMap);
			target = target == null ? PlanRequest.DEFAULT_TARGET : target;
		}

		/** A request for SystemImager's target, {@code /a}, with the table's own device names. */
		public Request(String image, String diskTable, String postAction, List<TargetDisk> disks) {
			this(image, diskTable, postAction, disks, null, null);
		}
	}

	/**
	 * What was written; the component names are the {@code --json} field names.
	 *
	 * @param script    the image's script
	 * @param clients   the clients of the image
	 * @param links     the per-client links written
	 * @param removed   stale per-client links removed
	 */
	public record Result(String image, String script, String diskTable, String postAction, String bootLoader,
			int clients, int links, int removed, List<String> warnings) {
	}

	/** How the second line of every generated script starts, followed by the image name and a comma. */
	static final String HEADER_PREFIX = "# Autoinstall script of image ";

	private final SisDatabase database;
	private final ServerLayout layout;
	private final ServerSettings settings;

	public InstallScriptGenerator(SisDatabase database, ServerLayout layout, ServerSettings settings) {
		this.database = database;
		this.layout = layout;
		this.settings = settings;
	}

	public Result generate(Request request, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Generating the install script of " + request.image(), 4);
		String postAction = request.postAction() == null ? "reboot" : request.postAction().toLowerCase(Locale.ROOT);
		if (!POST_ACTIONS.contains(postAction)) {
			throw new CoreException(Statuses.badInput("Unknown post action '" + request.postAction() + "': use one of "
					+ String.join(", ", POST_ACTIONS)));
		}
		ImageDetails image = new ImageStore(database, layout.home().imagesDirectory()).show(request.image());
		List<String> warnings = new ArrayList<>();
		String tableName = request.diskTable() != null ? request.diskTable()
				: image.diskTables().isEmpty() ? null : image.diskTables().get(0);
		String diskScript = null;
		String bootLoader = "none";
		if (tableName == null) {
			warnings.add("Image '" + request.image() + "' has no disk table: the script installs into SIS_TARGET_DIR only");
		} else {
			DiskTable table = new DocumentStore(database).get(DiskTable.class, tableName);
			DiskPlan plan = DiskPlanner.plan(table,
					new PlanRequest(targetDisks(table, request.disks()), request.deviceMap(), request.target(), null));
			plan.warnings().forEach(w -> warnings.add("Disk table " + tableName + ": " + w));
			diskScript = ShellScript.render(plan);
			BootLoader loader = table.getBootLoader();
			if (loader != null && loader.getFlavour() != null) {
				// installed by the plan's bootloader phase, which warns about the flavours it leaves alone
				bootLoader = loader.getFlavour().getLiteral();
			}
		}
		progress.worked(1);
		List<ClientSummary> clients = new ClientStore(database).list(request.image(), null);
		List<ScriptClient> scriptClients = clients.stream().map(InstallScriptGenerator::scriptClient).toList();
		progress.worked(1);
		String text = InstallScriptText.render(new InstallScriptText.Settings(request.image(), tableName, diskScript,
				postAction, bootLoader, settings.port(), scriptClients, request.target()));
		layout.ensureDirectories();
		writeExcludeList();
		Path script = layout.scripts().resolve("images").resolve(request.image() + ".sh");
		AtomicFiles.write(script, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
		progress.worked(1);
		Set<String> linkNames = new LinkedHashSet<>();
		for (ClientSummary client : clients) {
			linkNames.add(client.hostname() + ".sh");
			client.macs().forEach(mac -> linkNames.add(mac.toLowerCase(Locale.ROOT).replace(':', '-') + ".sh"));
		}
		Path hosts = layout.scripts().resolve("hosts");
		Path source = script;
		for (String name : linkNames) {
			source = link(hosts.resolve(name), source, script);
		}
		Path manifest = layout.scripts().resolve("images").resolve(request.image() + ".hosts");
		int removed = removeStaleLinks(manifest, request.image(), linkNames);
		AtomicFiles.write(manifest, out -> out.write((String.join("\n", linkNames) + "\n").getBytes(StandardCharsets.UTF_8)));
		progress.worked(1);
		return new Result(request.image(), script.toAbsolutePath().toString(), tableName, postAction, bootLoader,
				clients.size(), linkNames.size(), removed, List.copyOf(warnings));
	}

	/** The request's disks, else every table disk at its recorded device and size. */
	private static List<TargetDisk> targetDisks(DiskTable table, List<TargetDisk> given) throws CoreException {
		if (!given.isEmpty()) {
			return given;
		}
		List<TargetDisk> disks = new ArrayList<>();
		for (Disk disk : table.getDisks()) {
			if (disk.getDevice() == null || disk.getSizeBytes() == null || disk.getSizeBytes() <= 0) {
				String name = disk.getDevice() != null ? disk.getDevice() : "#" + disk.getDiskIndex();
				throw new CoreException(Statuses.badInput("Disk " + name + " of table '" + table.getName()
						+ "' has no recorded device and size: give the client's disks, e.g. --disk /dev/sda=500G"));
			}
			disks.add(new TargetDisk(disk.getDevice(), disk.getSizeBytes()));
		}
		return disks;
	}

	private static ScriptClient scriptClient(ClientSummary client) {
		List<String> macs = client.macs().stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
		InterfaceSummary nic = client.interfaces().stream().filter(i -> i.ip() != null).findFirst().orElse(null);
		boolean isStatic = nic != null && "static".equals(client.ipAssignment());
		String mac = nic != null && nic.mac() != null ? nic.mac().toLowerCase(Locale.ROOT)
				: macs.isEmpty() ? null : macs.get(0);
		return new ScriptClient(client.hostname(), macs, client.groups(), isStatic ? "static" : "dhcp",
				isStatic ? nic.ip() : null, isStatic ? prefix(nic.netmask()) : null, isStatic ? nic.gateway() : null, mac);
	}

	private static int prefix(String netmask) {
		if (netmask == null || !netmask.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
			return 24;
		}
		int bits = 0;
		for (String part : netmask.split("\\.")) {
			bits += Integer.bitCount(Integer.parseInt(part) & 255);
		}
		return bits;
	}

	private void writeExcludeList() throws CoreException {
		Path file = layout.scripts().resolve(EXCLUDE_FILE);
		if (!Files.exists(file)) {
			AtomicFiles.write(file, out -> out.write(DEFAULT_EXCLUDES.getBytes(StandardCharsets.UTF_8)));
		}
	}

	/**
	 * Removes the host files the previous generation of this image wrote (its manifest
	 * {@code images/IMAGE.hosts}) that no client of it needs any more and that still hold this
	 * image's script (another image's generation may have taken the name since).
	 */
	private int removeStaleLinks(Path manifest, String image, Set<String> keep) throws CoreException {
		if (!Files.isRegularFile(manifest)) {
			return 0;
		}
		int removed = 0;
		try {
			for (String name : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
				Path file = layout.scripts().resolve("hosts").resolve(name);
				if (name.isBlank() || keep.contains(name) || name.contains("/") || !Files.isRegularFile(file)) {
					continue;
				}
				if (isScriptOf(file, image)) {
					Files.delete(file);
					removed++;
				}
			}
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot clean " + layout.scripts().resolve("hosts") + ": " + e.getMessage(), e));
		}
		return removed;
	}

	private static boolean isScriptOf(Path file, String image) throws IOException {
		try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
			return lines.limit(3).anyMatch(line -> line.startsWith(HEADER_PREFIX + image + ","));
		} catch (java.io.UncheckedIOException e) {
			return false;
		}
	}

	/**
	 * Hard links a host file to the script through {@code source} (the script or a copy of it); a
	 * file system's limit of links per file (65,000 on ext4) starts a new copy, which later hosts
	 * link to.
	 *
	 * @return the file the next host links to
	 */
	private static Path link(Path link, Path source, Path script) throws CoreException {
		Path temporary = link.resolveSibling("." + link.getFileName() + ".new");
		try {
			Files.deleteIfExists(temporary);
			Path next = source;
			try {
				Files.createLink(temporary, source);
			} catch (FileSystemException e) {
				if (e.getReason() == null || !e.getReason().contains("Too many links")) {
					throw e;
				}
				Files.copy(script, temporary);
				next = link;
			}
			Files.move(temporary, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return next;
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot link " + link + " to " + script + ": " + e.getMessage(), e));
		}
	}

	static final String DEFAULT_EXCLUDES = """
			# What the install script neither copies from the image nor deletes on the client
			# (rsync --exclude-from). Written by 'sis script generate' when missing and never
			# rewritten: edit it to suit. One rsync pattern a line; a leading / anchors at the root.
			/lost+found
			/proc/*
			/sys/*
			/dev/pts/*
			/run/*
			# the install script writes these for each client
			/etc/hostname
			# unique to each machine, made again at its first boot
			/etc/ssh/ssh_host_*
			/etc/machine-id
			/var/lib/dbus/machine-id
			# LVM and blkid caches of the machine the image came from
			/etc/lvm/cache/*
			/etc/lvm/backup/*
			/etc/lvm/archive/*
			/etc/blkid.tab
			/etc/blkid/blkid.tab
			/etc/udev/rules.d/70-persistent-net.rules
			""";
}
