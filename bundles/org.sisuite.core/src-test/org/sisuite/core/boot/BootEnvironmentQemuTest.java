package org.sisuite.core.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real thing: the built kernel and initramfs boot in qemu (TCG, no KVM needed), /init loads the
 * modules, gets an address by DHCP from qemu's user network ({@code restrict=on}: the guest reaches
 * nothing but the forwards), fetches {@code scripts/images/IMAGE.sh} from a real rsync daemon on
 * loopback through {@code guestfwd}, and runs it: the script partitions the virtio disk with the
 * initramfs's sfdisk, makes ext4 on it with mke2fs, reports to a monitor listening on loopback and
 * powers off. The test sees the report line and the file system on the disk image.
 */
class BootEnvironmentQemuTest {

	private static final String QEMU = "/usr/bin/qemu-system-x86_64";
	/** Bounded: a TCG boot takes 10-60 s depending on the machine's load. */
	private static final long BOOT_SECONDS = 300;

	@TempDir
	Path temp;

	@Test
	void bootsFetchesTheImageScriptRunsItAndReportsToTheMonitor() throws Exception {
		assumeTools();
		Path boot = TestKernel.sharedBuild();
		Path disk = temp.resolve("disk.img");
		try (RandomAccessFile file = new RandomAccessFile(disk.toFile(), "rw")) {
			file.setLength(64L << 20);
		}
		Boot result = boot("testimg", """
				#!/bin/sh
				# the real tools by full path: busybox has applets of the same names
				if echo ',,L' | /usr/sbin/sfdisk -q /dev/vda && /usr/sbin/mke2fs -q -F -t ext4 -L sisqemu /dev/vda1; then
					step=ext4-made
				else
					step=mkfs-failed
				fi
				echo "mac=$SIS_MAC:ip=$SIS_IP:host=$SIS_HOSTNAME:status=100:speed=0:step=$step" | nc "$SIS_MONITOR_HOST" "$SIS_MONITOR_PORT"
				poweroff -f
				""", List.of("-kernel", boot.resolve("kernel").toString(), "-initrd", boot.resolve("initrd.img").toString(),
				"-append", APPEND + " sis.image=testimg", "-drive", "file=" + disk + ",format=raw,if=virtio"));
		assertTrue(result.log().contains("sis-init: fetched scripts/images/testimg.sh from 10.0.2.100"), result.tail());
		assertEquals(List.of("mac=52:54:00:12:34:56:ip=10.0.2.15:host=qemu01:status=100:speed=0:step=ext4-made"),
				result.reports(), "the report line; console:\n" + result.tail());
		ToolRuns.Result blkid = ToolRuns.run(List.of("/usr/sbin/blkid", "-p", "-O", "1048576", disk.toString()), null, null);
		assertTrue(blkid.output().contains("LABEL=\"sisqemu\"") && blkid.output().contains("TYPE=\"ext4\""), blkid.output());
	}

	@Test
	void theIsoBootsWithIsolinuxFromACdrom() throws Exception {
		assumeTools();
		assumeTrue(IsoImage.available(), "xorriso, isolinux or syslinux-common is not installed");
		Path boot = TestKernel.sharedBuild();
		Path iso = temp.resolve("boot.iso");
		IsoImage.write(boot.resolve("kernel"), boot.resolve("initrd.img"), APPEND + " sis.image=isoimg", iso);
		Boot result = boot("isoimg", """
				#!/bin/sh
				echo "mac=$SIS_MAC:ip=$SIS_IP:host=$SIS_HOSTNAME:status=100:speed=0:step=iso-$SIS_IMAGE" | nc "$SIS_MONITOR_HOST" "$SIS_MONITOR_PORT"
				poweroff -f
				""", List.of("-cdrom", iso.toString(), "-boot", "d"));
		assertEquals(List.of("mac=52:54:00:12:34:56:ip=10.0.2.15:host=qemu01:status=100:speed=0:step=iso-isoimg"),
				result.reports(), "the report line; console:\n" + result.tail());
	}

	@Test
	void withStaticAddressingAFailingScriptIsReportedWithANegativeStatusAndLeavesAShell() throws Exception {
		assumeTools();
		Path boot = TestKernel.sharedBuild();
		Boot result = boot("failing", """
				#!/bin/sh
				echo "partitioning would fail here"
				exit 3
				""", List.of("-kernel", boot.resolve("kernel").toString(), "-initrd", boot.resolve("initrd.img").toString(),
				// static addressing this time, the host name from ip=
				"-append", "console=ttyS0 sis.server=10.0.2.100 sis.monitor=10.0.2.100:8181 sis.image=failing "
						+ "ip=10.0.2.15::10.0.2.2:255.255.255.0:qemu01:eth0:none"), false);
		assertEquals(List.of("mac=52:54:00:12:34:56:ip=10.0.2.15:host=qemu01:status=-1:speed=0:step=script"),
				result.reports(), "the failure report; console:\n" + result.tail());
		assertTrue(result.log().contains("sis-init: FAILED: the install script exited with status 3"), result.tail());
		assertTrue(result.log().contains("sis-init: network up on eth0: 10.0.2.15"), result.tail());
	}

	/** What a boot printed on the console and reported to the monitor. */
	private record Boot(String log, String tail, List<String> reports) {
	}

	private static final String APPEND = "console=ttyS0 sis.server=10.0.2.100 sis.monitor=10.0.2.100:8181 sis.hostname=qemu01 "
			+ "ip=dhcp";

	private static void assumeTools() {
		assumeTrue(Files.isExecutable(Path.of(QEMU)), "qemu-system-x86_64 is not installed (Debian package qemu-system-x86)");
		assumeTrue(ToolRuns.installed("rsync") && ToolRuns.installed("busybox"), "rsync and busybox are needed");
	}

	/**
	 * Serves {@code script} as {@code scripts/images/IMAGE.sh} from a real rsync daemon on loopback,
	 * listens as the monitor, and runs qemu with {@code bootArgs} until it powers off (bounded).
	 */
	private Boot boot(String image, String script, List<String> bootArgs) throws Exception {
		return boot(image, script, bootArgs, true);
	}

	/**
	 * As above; when {@code powersOff} is false (a failure leaves a shell on the console) qemu is
	 * stopped as soon as the monitor has a report, or at the time bound.
	 */
	private Boot boot(String image, String script, List<String> bootArgs, boolean powersOff) throws Exception {
		Path scripts = Files.createDirectories(temp.resolve("scripts/images"));
		Files.writeString(scripts.resolve(image + ".sh"), script);
		Path config = temp.resolve("rsyncd.conf");
		boolean root = "root".equals(System.getProperty("user.name"));
		Files.writeString(config, "use chroot = no\n" + (root ? "uid = root\ngid = root\n" : "") + "[scripts]\n  path = "
				+ temp.resolve("scripts") + "\n  read only = yes\n");
		List<String> reports = Collections.synchronizedList(new ArrayList<>());
		Process rsyncd = null;
		Process qemu = null;
		try (ServerSocket monitor = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
			Thread listener = new Thread(() -> collect(monitor, reports), "test monitor");
			listener.setDaemon(true);
			listener.start();
			int rsyncPort = freePort();
			rsyncd = new ProcessBuilder("rsync", "--daemon", "--no-detach", "--config=" + config, "--port=" + rsyncPort,
					"--address=127.0.0.1", "--log-file=" + temp.resolve("rsyncd.log")).redirectErrorStream(true)
					.redirectOutput(temp.resolve("rsyncd.out").toFile()).start();
			waitForPort(rsyncPort);

			Path console = temp.resolve("console.log");
			// guestfwd with cmd: runs one forwarder per connection (a tcp: chardev would be one connection only)
			String network = "user,id=n0,restrict=on"
					+ ",guestfwd=tcp:10.0.2.100:873-cmd:busybox nc 127.0.0.1 " + rsyncPort
					+ ",guestfwd=tcp:10.0.2.100:8181-cmd:busybox nc 127.0.0.1 " + monitor.getLocalPort();
			List<String> command = new ArrayList<>(List.of(QEMU, "-m", "512", "-nographic", "-no-reboot", "-monitor", "none",
					"-netdev", network, "-device", "virtio-net-pci,netdev=n0"));
			command.addAll(bootArgs);
			qemu = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile())
					.redirectInput(ProcessBuilder.Redirect.PIPE).start();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOOT_SECONDS);
			while (qemu.isAlive() && System.nanoTime() < deadline && (powersOff || reports.isEmpty())) {
				qemu.waitFor(200, TimeUnit.MILLISECONDS);
			}
			if (!powersOff) {
				Thread.sleep(1000); // the console lines after the report
			}
			String log = Files.readString(console, StandardCharsets.UTF_8);
			String tail = log.lines().skip(Math.max(0, log.lines().count() - 40)).reduce("", (a, b) -> a + b + "\n");
			assertTrue(!powersOff || !qemu.isAlive(), "qemu did not power off within " + BOOT_SECONDS + " s; console:\n" + tail);
			for (int i = 0; i < 100 && reports.isEmpty(); i++) {
				Thread.sleep(100); // the line may still be on its way through qemu's forward
			}
			synchronized (reports) {
				return new Boot(log, tail, List.copyOf(reports));
			}
		} finally {
			stop(qemu);
			stop(rsyncd);
		}
	}

	private static void collect(ServerSocket monitor, List<String> reports) {
		while (!monitor.isClosed()) {
			try (Socket client = monitor.accept();
					BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					reports.add(line);
				}
			} catch (SocketException e) {
				return; // closed by the test
			} catch (IOException e) {
				// one broken connection; keep listening
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void waitForPort(int port) throws Exception {
		for (int i = 0; i < 100; i++) {
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
				return;
			} catch (IOException e) {
				Thread.sleep(100);
			}
		}
		throw new IOException("the rsync daemon does not listen on port " + port);
	}

	private static void stop(Process process) throws InterruptedException {
		if (process == null || !process.isAlive()) {
			return;
		}
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}
}
