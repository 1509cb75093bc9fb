package org.sisuite.core.boot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.sisuite.core.AtomicFiles;
import org.sisuite.core.SisHome;
import org.sisuite.core.Statuses;
import org.sisuite.core.server.ServerLayout;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZ;
import org.tukaani.xz.XZOutputStream;

/**
 * Builds the boot environment the install clients boot from the network or an ISO: a kernel and an
 * initramfs holding busybox, the real disk and copy tools with their libraries, the storage,
 * network and file system modules in load order, and the {@code /init} that fetches and runs the
 * client's install script (see {@code init.sh} next to this class). The initramfs is
 * reproducible: the same kernel, modules and tools give the same bytes.
 */
public final class BootEnvironment {

	/** The boot directory below {@code $SIS_HOME}: what the image server serves as its {@code boot} module. */
	public static final String DIRECTORY = ServerLayout.BOOT_MODULE;
	public static final String KERNEL_FILE = "kernel";
	public static final String INITRD_FILE = "initrd.img";

	/** Modules of every boot environment, in this order (each after its dependencies). */
	public static final List<String> DEFAULT_MODULES = List.of(
			// buses and disk controllers
			"virtio_pci", "virtio_blk", "virtio_scsi", "sd_mod", "sr_mod", "ahci", "ata_piix", "ata_generic", "nvme",
			"mptsas", "mpt3sas", "megaraid_sas", "hpsa", "smartpqi", "aacraid", "vmw_pvscsi", "xen_blkfront",
			"hv_storvsc", "xhci_pci", "ehci_pci", "ohci_pci", "uhci_hcd", "usb_storage", "uas",
			// network
			"af_packet", "virtio_net", "e1000", "e1000e", "igb", "igc", "ixgbe", "i40e", "tg3", "bnx2", "bnxt_en", "r8169",
			"be2net", "vmxnet3", "xen_netfront", "hv_netvsc",
			// checksums the file systems ask for by alias
			"crc32c_generic", "crc32c_intel", "crc32_pclmul",
			// file systems
			// nls_ascii: Debian builds FAT with CONFIG_FAT_DEFAULT_IOCHARSET="ascii"; without it vfat does not mount
			"ext4", "xfs", "vfat", "nls_ascii", "nls_cp437", "nls_iso8859_1", "nls_utf8", "btrfs", "isofs", "efivarfs",
			// software RAID and LVM
			"md_mod", "linear", "raid0", "raid1", "raid10", "raid456", "dm_mod", "dm_mirror", "dm_snapshot");

	/** Programs the install scripts call by full path; a build without one of them fails. */
	public static final List<String> REQUIRED_TOOLS = List.of("sfdisk", "partx", "blkid", "blockdev", "wipefs",
			"mountpoint", "mount", "umount", "mke2fs", "mkfs.ext2", "mkfs.ext3", "mkfs.ext4", "e2fsck", "tune2fs",
			"e2label", "resize2fs", "mkfs.xfs", "mkfs.fat", "mkfs.vfat", "mkswap", "swapon", "mdadm", "lvm", "pvcreate",
			"vgcreate", "lvcreate", "vgchange", "lvchange", "pvremove", "vgremove", "lvremove", "pvs", "vgs", "lvs",
			"dmsetup", "rsync");

	/** Programs added when the tools root has them. */
	public static final List<String> OPTIONAL_TOOLS = List.of("sgdisk", "parted", "partprobe", "mkfs.btrfs",
			"xfs_repair", "fatlabel", "efibootmgr", "udevadm", "hdparm", "nvme");

	/** The Debian packages that have the required tools, for the message when one is missing. */
	static final String TOOL_PACKAGES = "util-linux mount fdisk e2fsprogs xfsprogs dosfstools mdadm lvm2 dmsetup rsync";

	private BootEnvironment() {
	}

	/** The boot directory of a state location. */
	public static Path directory(SisHome home) {
		return new ServerLayout(home).boot();
	}

	/** The cache of downloaded kernel packages of a state location. */
	public static Path kernelCache(SisHome home) {
		return home.root().resolve("cache").resolve("kernel");
	}

	/**
	 * Builds the boot environment of {@code request}: the kernel and {@code initrd.img} in the
	 * output directory (and its copies), with the manifest.
	 *
	 * @throws CoreException bad input for an unusable request or kernel, an error for a failed download or write
	 */
	public static BootManifest build(BootBuildRequest request, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Building the boot environment", 100);
		if (!List.of("gzip", "xz").contains(request.compression())) {
			throw new CoreException(Statuses.badInput("Unknown compression '" + request.compression() + "': gzip or xz"));
		}
		int sources = (request.kernelPackage() != null ? 1 : 0) + (request.kernelPackageUrl() != null ? 1 : 0)
				+ (request.kernel() != null || request.modules() != null ? 1 : 0);
		if (sources > 1) {
			throw new CoreException(Statuses.badInput(
					"Give one kernel: a kernel package file, a kernel package URL, or a kernel with its modules directory"));
		}
		if ((request.kernel() == null) != (request.modules() == null)) {
			throw new CoreException(Statuses.badInput("A kernel needs its modules directory, and modules their kernel"));
		}
		Path unpacked = null;
		try {
			String source;
			KernelPackage.Kernel kernel;
			if (request.kernel() != null) {
				if (!Files.isRegularFile(request.kernel()) || !Files.isDirectory(request.modules())) {
					throw new CoreException(Statuses.badInput("No kernel file " + request.kernel() + " or no modules directory "
							+ request.modules()));
				}
				kernel = new KernelPackage.Kernel(request.modules().getFileName().toString(), request.kernel(),
						request.modules());
				source = request.kernel().toString();
				progress.worked(30);
			} else {
				Path deb = request.kernelPackage();
				if (deb == null && request.kernelPackageUrl() != null) {
					deb = KernelPackage.download(request.kernelPackageUrl(), request.cache(), null, progress.split(25));
				} else if (deb == null) {
					deb = KernelPackage.fetch(request.mirror(), request.suite(), request.cache(), progress.split(25));
				}
				progress.setWorkRemaining(75);
				if (!Files.isRegularFile(deb)) {
					throw new CoreException(Statuses.badInput("No kernel package " + deb));
				}
				progress.subTask("Unpacking " + deb.getFileName());
				unpacked = Files.createTempDirectory("sis-kernel-");
				kernel = KernelPackage.unpack(deb, unpacked);
				source = deb.getFileName().toString();
				progress.worked(5);
			}
			progress.setWorkRemaining(70);
			progress.subTask("Assembling the initramfs");
			Assembly assembly = assemble(kernel, request.extraModules(), request.toolsRoot());
			progress.worked(20);
			progress.subTask("Compressing the initramfs (" + request.compression() + ")");
			byte[] initrd = compress(assembly.cpio(), request.compression());
			progress.worked(40);
			progress.subTask("Writing " + request.output());
			byte[] kernelBytes = Files.readAllBytes(kernel.kernel());
			writePublic(request.output().resolve(KERNEL_FILE), kernelBytes);
			writePublic(request.output().resolve(INITRD_FILE), initrd);
			for (BootBuildRequest.Copy copy : request.copies()) {
				writePublic(copy.kernel(), kernelBytes);
				writePublic(copy.initrd(), initrd);
			}
			BootManifest manifest = new BootManifest(kernel.version(), source, kernelBytes.length,
					KernelPackage.sha256(kernelBytes), initrd.length, KernelPackage.sha256(initrd), request.compression(),
					assembly.tree().nodes().size(), assembly.selection().modules().stream().map(KernelModules.Module::name)
							.toList(),
					assembly.selection().builtin(), assembly.selection().absent(), assembly.tools(), assembly.missingTools(),
					List.copyOf(assembly.libraries()));
			manifest.write(request.output().resolve(BootManifest.FILE_NAME));
			progress.done();
			return manifest;
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot build the boot environment: " + e.getMessage(), e));
		} finally {
			delete(unpacked);
		}
	}

	/** The initramfs contents before archiving. */
	record Assembly(InitramfsTree tree, byte[] cpio, KernelModules.Selection selection, Map<String, String> tools,
			List<String> missingTools, List<String> libraries) {
	}

	/** Everything that goes into the initramfs, archived as an uncompressed cpio. */
	static Assembly assemble(KernelPackage.Kernel kernel, List<String> extraModules, Path toolsRoot)
			throws IOException, CoreException {
		InitramfsTree tree = new InitramfsTree();
		for (String directory : List.of("dev", "proc", "sys", "run", "tmp", "mnt", "root", "etc", "usr/bin", "usr/sbin",
				"usr/lib", "usr/lib64", "var")) {
			tree.directory(directory);
		}
		for (String top : List.of("bin", "sbin", "lib", "lib64")) {
			tree.symlink(top, "usr/" + top);
		}
		HostTools tools = new HostTools(toolsRoot, tree);
		Map<String, String> toolPaths = new LinkedHashMap<>();
		Path busybox = tools.find("busybox");
		if (busybox == null) {
			throw new CoreException(Statuses.badInput("No busybox in " + toolsRoot + " (install busybox or busybox-static)"));
		}
		String busyboxPath = tools.add(busybox);
		toolPaths.put("busybox", "/" + busyboxPath);
		List<String> missing = new ArrayList<>();
		for (Path tool : tools.findAll(REQUIRED_TOOLS, missing)) {
			toolPaths.put(tool.getFileName().toString(), "/" + tools.add(tool));
		}
		if (!missing.isEmpty()) {
			throw new CoreException(Statuses.badInput("The tools root " + toolsRoot + " lacks " + String.join(", ", missing)
					+ " (Debian packages: " + TOOL_PACKAGES + ")"));
		}
		List<String> missingOptional = new ArrayList<>();
		for (Path tool : tools.findAll(OPTIONAL_TOOLS, missingOptional)) {
			toolPaths.put(tool.getFileName().toString(), "/" + tools.add(tool));
		}
		for (String applet : applets(busybox)) {
			String path = InitramfsTree.clean(applet.startsWith("usr/") ? applet : "usr/" + applet);
			String base = path.substring(path.lastIndexOf('/') + 1);
			// a real tool wins in either bin directory, whatever PATH order a script uses
			if (!tree.contains("usr/bin/" + base) && !tree.contains("usr/sbin/" + base) && !base.equals("busybox")) {
				tree.symlink(path, "/" + busyboxPath);
			}
		}
		if (!tree.contains("usr/bin/sh")) {
			tree.symlink("usr/bin/sh", "/" + busyboxPath);
		}

		KernelModules modules = KernelModules.at(kernel.modules());
		List<String> wanted = new ArrayList<>(DEFAULT_MODULES);
		extraModules.stream().filter(name -> !wanted.contains(name)).forEach(wanted::add);
		KernelModules.Selection selection = modules.select(wanted);
		StringBuilder loadOrder = new StringBuilder();
		String modulesRoot = "usr/lib/modules/" + kernel.version() + "/";
		for (KernelModules.Module module : selection.modules()) {
			tree.file(modulesRoot + module.path(), module.content(), 0644);
			loadOrder.append("/lib/modules/").append(kernel.version()).append('/').append(module.path()).append('\n');
		}
		tree.file("etc/sis/modules", loadOrder.toString().getBytes(StandardCharsets.UTF_8), 0644);

		tree.file("init", resource("init.sh"), 0755);
		tree.file("usr/share/udhcpc/default.script", resource("udhcpc.script"), 0755);
		tree.file("etc/passwd", text("root:x:0:0:root:/root:/bin/sh\n"), 0644);
		tree.file("etc/group", text("root:x:0:\n"), 0644);
		tree.file("etc/nsswitch.conf", text("passwd: files\ngroup: files\nhosts: files dns\n"), 0644);
		tree.file("etc/hosts", text("127.0.0.1 localhost\n"), 0644);
		// no udev here: LVM creates its device nodes itself
		tree.file("etc/lvm/lvm.conf", text("activation {\n\tudev_sync = 0\n\tudev_rules = 0\n}\n"), 0644);
		tree.file("etc/mdadm/mdadm.conf", text("# the install script assembles arrays itself\n"), 0644);

		ByteArrayOutputStream cpio = new ByteArrayOutputStream(64 << 20);
		tree.writeCpio(cpio);
		return new Assembly(tree, cpio.toByteArray(), selection, toolPaths, missingOptional, List.copyOf(tools.libraries()));
	}

	/** The {@code /init} script of the boot environment. */
	public static String initScript() throws IOException {
		return new String(resource("init.sh"), StandardCharsets.UTF_8);
	}

	/** The udhcpc event script of the boot environment. */
	public static String udhcpcScript() throws IOException {
		return new String(resource("udhcpc.script"), StandardCharsets.UTF_8);
	}

	static byte[] compress(byte[] cpio, String compression) throws IOException {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(cpio.length / 2);
		if (compression.equals("xz")) {
			// the kernel's xz decoder checks CRC32 only
			try (XZOutputStream xz = new XZOutputStream(compressed, new LZMA2Options(6), XZ.CHECK_CRC32)) {
				xz.write(cpio);
			}
		} else {
			// java.util.zip writes no name and modification time 0 into the header
			try (GZIPOutputStream gzip = new GZIPOutputStream(compressed, 1 << 16) {
				{
					def.setLevel(Deflater.BEST_COMPRESSION);
				}
			}) {
				gzip.write(cpio);
			}
		}
		return compressed.toByteArray();
	}

	/** The applets busybox has, as its {@code --list-full} paths ({@code usr/bin/awk}, {@code sbin/ip}). */
	private static List<String> applets(Path busybox) throws IOException, CoreException {
		Process process = new ProcessBuilder(busybox.toString(), "--list-full").redirectErrorStream(true).start();
		process.getOutputStream().close();
		String output;
		try (InputStream in = process.getInputStream()) {
			output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new CoreException(Statuses.error(busybox + " --list-full failed: " + output.strip()));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new CoreException(Statuses.error("Interrupted while asking busybox for its applets", e));
		}
		return output.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.contains(" ")).sorted().toList();
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = BootEnvironment.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IOException("the engine lacks its resource " + name);
			}
			return in.readAllBytes();
		}
	}

	private static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** Written atomically and readable by all: a TFTP or rsync daemon serves it as another user. */
	private static void writePublic(Path file, byte[] content) throws CoreException, IOException {
		AtomicFiles.write(file, out -> out.write(content));
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		} catch (UnsupportedOperationException e) {
			// not a POSIX file system: its default permissions apply
		}
	}

	private static void delete(Path directory) {
		if (directory == null) {
			return;
		}
		try (Stream<Path> walk = Files.walk(directory)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			java.util.logging.Logger.getLogger(BootEnvironment.class.getName())
					.warning("cannot remove " + directory + ": " + e.getMessage());
		}
	}
}
