package org.sisuite.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Issue 7's real install, driven through {@code ./sis} as an administrator does it: build a bootable
 * Debian image with mmdebstrap, a BIOS/msdos disk table, a client with the VM's MAC, the autoinstall
 * script and the boot environment; start the image server and the install monitor on loopback; boot a
 * qemu VM (TCG) with the boot environment's kernel and initramfs and an empty disk, its network
 * restricted to the two servers ({@code restrict=on}, {@code guestfwd} to loopback). The VM
 * partitions, formats, pulls the image, configures it, installs GRUB, reports every step to the
 * monitor and powers off. Then the installed disk boots by itself to a login prompt on the serial
 * console (the assurance test). Once with SeaBIOS on an msdos disk (GRUB in the boot sector), once
 * with OVMF on a GPT disk (GRUB on the EFI system partition's removable path), from one image that
 * has both GRUB platforms. Every process it starts is stopped at the end, also on failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstallEndToEndTest {

	private static final String QEMU = "/usr/bin/qemu-system-x86_64";
	private static final String MIRROR_HOST = "deb.debian.org";
	private static final String IMAGE = "e2e";
	private static final String CLIENT = "e2e01";
	/** Not qemu's default MAC, so that finding the client by its MAC is really tested. */
	private static final String MAC = "52:54:00:5e:e2:01";
	/** Guest-side address of the forwards to the loopback servers. */
	private static final String SERVER = "10.0.2.100";
	private static final String DISK_SIZE = "8G";
	/** Bounds, generous for a loaded 2-core machine: TCG is 5-10 times slower than KVM. */
	private static final long BUILD_SECONDS = 1800;
	private static final long INSTALL_SECONDS = 1200;
	private static final long LOGIN_SECONDS = 900;
	/** Debian's ovmf package: the firmware code (read-only) and the template of its variable store. */
	private static final Path OVMF_CODE = Path.of("/usr/share/OVMF/OVMF_CODE_4M.fd");
	private static final Path OVMF_VARS = Path.of("/usr/share/OVMF/OVMF_VARS_4M.fd");

	/** Static: shared by both tests and there before {@code @BeforeAll}. */
	@TempDir
	static Path temp;

	private Path home;
	private Map<String, String> environment;
	private Process monitor;
	private Process qemu;
	private boolean serverStarted;
	private int rsyncPort;
	private int monitorPort;

	/** The image, the boot environment, the client, the running server and monitor: shared by both firmwares. */
	@BeforeAll
	void buildAndServe() throws Exception {
		assumeRequirements();
		home = Files.createDirectories(temp.resolve("home"));
		environment = Map.of("SIS_HOME", home.toString());
		linkKernelCache();

		long start = System.nanoTime();
		ok(60, "image", "add", IMAGE, "--arch", "x86_64", "--distribution", "debian-12");
		Path list = Files.writeString(temp.resolve("packages.list"),
				"linux-image-amd64\ninitramfs-tools\ngrub-pc\ngrub-efi-amd64-bin\nsystemd-sysv\nifupdown\n");
		ok(BUILD_SECONDS, "image", "build", IMAGE, "--list", list.toString(), "--pool",
				"http://" + MIRROR_HOST + "/debian bookworm main");
		lap("image build", start);

		start = System.nanoTime();
		ok(BUILD_SECONDS, "boot", "build");
		lap("boot environment build", start);

		ok(60, "client", "add", CLIENT, "--mac", MAC, "--image", IMAGE);
		// the image's GRUB and kernel on the serial console, through the image's override tree
		Path grubDefaults = Files.createDirectories(home.resolve("overrides/image/" + IMAGE + "/etc/default"));
		Files.writeString(grubDefaults.resolve("grub"), """
				GRUB_DEFAULT=0
				GRUB_TIMEOUT=1
				GRUB_DISTRIBUTOR=Debian
				GRUB_CMDLINE_LINUX_DEFAULT=""
				GRUB_CMDLINE_LINUX="console=ttyS0,115200"
				GRUB_TERMINAL=serial
				GRUB_SERIAL_COMMAND="serial --unit=0 --speed=115200"
				""");
		rsyncPort = freePort();
		serverStarted = true;
		ok(60, "server", "start", "--address", "127.0.0.1", "--port", String.valueOf(rsyncPort));
		monitorPort = startMonitor();
	}

	@Test
	@Order(1)
	void biosMsdosInstallsThroughTheBootEnvironmentAndTheInstalledDiskBootsToLogin() throws Exception {
		installAndBoot("bios-msdos", List.of());
	}

	@Test
	@Order(2)
	void uefiGptInstallsThroughTheBootEnvironmentAndTheInstalledDiskBootsToLogin() throws Exception {
		assumeTrue(Files.isReadable(OVMF_CODE) && Files.isReadable(OVMF_VARS), "no OVMF firmware (Debian package ovmf)");
		Path vars = temp.resolve("OVMF_VARS.fd");
		Files.copy(OVMF_VARS, vars);
		installAndBoot("uefi-gpt", List.of("-drive", "if=pflash,format=raw,readonly=on,file=" + OVMF_CODE, "-drive",
				"if=pflash,format=raw,file=" + vars));
	}

	/**
	 * A disk table of {@code template}, the script for it, the install in a VM with {@code firmware}
	 * (none: SeaBIOS), the monitor's record of it, and the installed disk's boot to login.
	 */
	private void installAndBoot(String template, List<String> firmware) throws Exception {
		ok(60, "disk", "new", template, "--template", template);
		ok(60, "script", "generate", IMAGE, "--disk-table", template, "--disk", "/dev/sda=" + DISK_SIZE, "--post-action",
				"shutdown");
		Path disk = temp.resolve(template + ".raw");
		try (RandomAccessFile file = new RandomAccessFile(disk.toFile(), "rw")) {
			file.setLength(8L << 30);
		}
		Path bootDir = home.resolve("boot");
		String network = "user,id=n0,restrict=on" //
				+ ",guestfwd=tcp:" + SERVER + ":873-cmd:busybox nc 127.0.0.1 " + rsyncPort //
				+ ",guestfwd=tcp:" + SERVER + ":8181-cmd:busybox nc 127.0.0.1 " + monitorPort;
		List<String> install = qemuCommand(network, disk, firmware);
		install.addAll(List.of("-kernel", bootDir.resolve("kernel").toString(), "-initrd",
				bootDir.resolve("initrd.img").toString(), "-append", "console=ttyS0 ip=dhcp sis.server=" + SERVER
						+ " sis.rsync-port=873 sis.monitor=" + SERVER + ":8181 sis.image=" + IMAGE));
		Path installConsole = temp.resolve(template + "-install-console.log");
		long start = System.nanoTime();
		qemu = new ProcessBuilder(install).redirectErrorStream(true).redirectOutput(installConsole.toFile()).start();
		boolean poweredOff = qemu.waitFor(INSTALL_SECONDS, TimeUnit.SECONDS);
		assertTrue(poweredOff, "the install VM did not power off within " + INSTALL_SECONDS + " s; console:\n"
				+ tail(installConsole));
		lap(template + " install (VM boot to power-off)", start);
		qemu = null;
		assertTrue(Files.readString(installConsole).contains("sis install: image " + IMAGE + " installed"),
				"the script did not finish; console:\n" + tail(installConsole));

		JsonObject log = waitForMonitor(installConsole);
		assertMonitorSawEveryStep(log, installConsole);

		// the assurance test: the disk alone, no forwards at all
		Path loginConsole = temp.resolve(template + "-login-console.log");
		start = System.nanoTime();
		qemu = new ProcessBuilder(qemuCommand("user,id=n0,restrict=on", disk, firmware)).redirectErrorStream(true)
				.redirectOutput(loginConsole.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
		String prompt = CLIENT + " login:";
		boolean login = waitForConsole(qemu, loginConsole, text -> text.contains(prompt), LOGIN_SECONDS);
		assertTrue(login, "the installed disk did not boot to '" + prompt + "' within " + LOGIN_SECONDS + " s; console:\n"
				+ tail(loginConsole));
		lap(template + " assurance boot (disk to login prompt)", start);
		// grub-mkconfig names the root by UUID only if the install environment had /dev/disk/by-uuid
		String console = Files.readString(loginConsole, StandardCharsets.ISO_8859_1);
		assertTrue(console.matches("(?s).*Command line: \\S+ root=UUID=\\S+ .*"),
				"the installed kernel's root is not named by UUID; console:\n" + tail(loginConsole));
	}

	private void assumeRequirements() {
		assumeFalse(Boolean.getBoolean("sis.skipNetworkTests"), "network tests skipped (-Dsis.skipNetworkTests=true)");
		assumeTrue("root".equals(System.getProperty("user.name")),
				"needs root (mmdebstrap's root mode, the image server's uid root, chroot)");
		assumeTrue(Files.isExecutable(Path.of(QEMU)), "qemu-system-x86_64 is not installed (Debian qemu-system-x86)");
		for (String tool : List.of("/usr/bin/mmdebstrap", "/usr/bin/rsync", "/usr/bin/busybox")) {
			assumeTrue(Files.isExecutable(Path.of(tool)), tool + " is not installed");
		}
		assumeTrue(reachable(MIRROR_HOST, 80), MIRROR_HOST + ":80 is not reachable: the image is built from it");
		assumeTrue(Files.isExecutable(SisProcess.root().resolve("sis")), "no ./sis launcher");
	}

	/** The kernel package the boot environment tests cache, so a re-run does not download 70 MB again. */
	private void linkKernelCache() throws IOException {
		Path shared = Files.createDirectories(Path.of(System.getProperty("user.home"), ".cache", "sis-test", "kernel"));
		Files.createSymbolicLink(Files.createDirectories(home.resolve("cache")).resolve("kernel"), shared);
	}

	private static List<String> qemuCommand(String network, Path disk, List<String> firmware) {
		// the disk on virtio-scsi is /dev/sda, the device of the templates
		List<String> command = new ArrayList<>(List.of(QEMU));
		command.addAll(firmware);
		command.addAll(List.of("-m", "1024", "-nographic", "-no-reboot", "-monitor", "none", "-netdev", network,
				"-device", "virtio-net-pci,netdev=n0,mac=" + MAC, "-device", "virtio-scsi-pci,id=scsi0", "-drive",
				"file=" + disk + ",format=raw,if=none,id=d0", "-device", "scsi-hd,drive=d0,bus=scsi0.0"));
		return command;
	}

	/** Runs {@code sis monitor run} on a free loopback port and returns the port it printed. */
	private int startMonitor() throws Exception {
		Path out = temp.resolve("monitor.out");
		ProcessBuilder builder = new ProcessBuilder(SisProcess.root().resolve("sis").toString(), "monitor", "run",
				"--address", "127.0.0.1", "--port", "0");
		builder.environment().putAll(environment);
		monitor = builder.redirectErrorStream(true).redirectOutput(out.toFile()).start();
		Pattern listening = Pattern.compile("Install monitor listening on 127\\.0\\.0\\.1:(\\d+)");
		assertTrue(waitForConsole(monitor, out, text -> listening.matcher(text).find(), 120),
				"the monitor did not start:\n" + Files.readString(out));
		Matcher matcher = listening.matcher(Files.readString(out));
		assertTrue(matcher.find());
		return Integer.parseInt(matcher.group(1));
	}

	/**
	 * The monitor's stored history of the client's latest install, once it holds the final report (it
	 * flushes every 500 ms).
	 */
	private JsonObject waitForMonitor(Path console) throws Exception {
		JsonObject log = null;
		for (int i = 0; i < 60; i++) {
			SisProcess.Result result = SisProcess.run(environment, 60, "monitor", "log", CLIENT, "--json");
			if (result.exitCode() == 0) {
				log = JsonParser.parseString(result.out()).getAsJsonObject();
				for (JsonElement event : log.getAsJsonArray("history")) {
					if (event.getAsJsonObject().get("statusCode").getAsInt() == 105) {
						return log;
					}
				}
			}
			Thread.sleep(1000);
		}
		throw new AssertionError("the monitor has no shutdown (105) report of " + CLIENT + ": " + log + "\nconsole:\n"
				+ tail(console));
	}

	/** init, fetch, pre-install, partition, image percentages, the finalizing steps, 100 imaged, 105 shutdown. */
	private static void assertMonitorSawEveryStep(JsonObject log, Path console) throws IOException {
		List<String> steps = new ArrayList<>();
		List<Integer> imageStatuses = new ArrayList<>();
		Map<String, Integer> statusOfStep = new HashMap<>();
		for (JsonElement element : log.getAsJsonArray("history")) {
			JsonObject event = element.getAsJsonObject();
			String step = event.has("step") && !event.get("step").isJsonNull() ? event.get("step").getAsString() : "?";
			int status = event.get("statusCode").getAsInt();
			if (steps.isEmpty() || !steps.get(steps.size() - 1).equals(step)) {
				steps.add(step);
			}
			if (step.equals("image")) {
				imageStatuses.add(status);
			} else {
				statusOfStep.put(step, status);
			}
		}
		String context = "history " + log.getAsJsonArray("history") + "\nconsole:\n" + tail(console);
		assertEquals(List.of("init", "fetch", "pre-install", "partition", "image", "overrides", "files", "fstab",
				"post-install", "bootloader", "unmount", "imaged", "shutdown"), steps, context);
		assertEquals(Map.of("init", 0, "fetch", 1, "pre-install", 2, "partition", 3, "overrides", 101, "files", 101,
				"fstab", 101, "post-install", 101, "bootloader", 101, "unmount", 101), withoutFinal(statusOfStep), context);
		assertEquals(100, statusOfStep.get("imaged"), context);
		assertEquals(105, statusOfStep.get("shutdown"), context);
		assertTrue(imageStatuses.size() >= 3 && imageStatuses.get(imageStatuses.size() - 1) == 99
				&& imageStatuses.stream().allMatch(s -> s >= 10 && s <= 99), "image percentages " + imageStatuses + "\n" + context);
		JsonObject install = log.getAsJsonObject("install");
		assertEquals(MAC, install.get("mac").getAsString(), context);
	}

	private static Map<String, Integer> withoutFinal(Map<String, Integer> statusOfStep) {
		Map<String, Integer> copy = new HashMap<>(statusOfStep);
		copy.remove("imaged");
		copy.remove("shutdown");
		return copy;
	}

	private void ok(long seconds, String... args) throws Exception {
		SisProcess.Result result = SisProcess.run(environment, seconds, args);
		assertEquals(0, result.exitCode(), "sis " + String.join(" ", args) + "\n" + result.out() + result.err());
	}

	private static boolean waitForConsole(Process process, Path file, Predicate<String> condition, long seconds)
			throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (System.nanoTime() < deadline) {
			if (Files.exists(file) && condition.test(Files.readString(file, StandardCharsets.ISO_8859_1))) {
				return true;
			}
			if (!process.isAlive()) {
				return Files.exists(file) && condition.test(Files.readString(file, StandardCharsets.ISO_8859_1));
			}
			Thread.sleep(500);
		}
		return false;
	}

	private static void lap(String what, long start) {
		System.out.printf("install end-to-end: %s took %d s%n", what, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
	}

	private static String tail(Path file) throws IOException {
		if (!Files.exists(file)) {
			return "(no output)";
		}
		List<String> lines = Files.readString(file, StandardCharsets.ISO_8859_1).lines().toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
	}

	private static boolean reachable(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 5000);
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private void stopMonitor() throws InterruptedException {
		stop(monitor);
		monitor = null;
	}

	/** qemu, whatever happened. */
	@AfterEach
	void stopQemu() throws Exception {
		stop(qemu);
		qemu = null;
	}

	/** The monitor and the image server, whatever happened. */
	@AfterAll
	void stopServers() throws Exception {
		stop(qemu);
		stopMonitor();
		if (serverStarted) {
			SisProcess.run(environment, 60, "server", "stop");
		}
	}

	private static void stop(Process process) throws InterruptedException {
		if (process == null || !process.isAlive()) {
			return;
		}
		process.destroy();
		if (!process.waitFor(15, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
		}
	}
}
