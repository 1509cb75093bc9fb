package org.sisuite.core.boot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;

/**
 * A bootable ISO 9660 image of a boot environment for machines without network boot: ISOLINUX as
 * the El Torito (BIOS) boot loader, the kernel and initrd under {@code /sis/}, made by
 * {@code xorriso -as mkisofs} and made isohybrid (it also boots when written to a USB stick).
 * Needs the Debian packages {@code xorriso}, {@code isolinux} and {@code syslinux-common}. UEFI is
 * not covered: that needs an EFI system partition image with a signed GRUB (grub-mkrescue, or
 * shim + grubx64.efi) as a second El Torito entry.
 */
public final class IsoImage {

	static final Path ISOLINUX_BIN = Path.of("/usr/lib/ISOLINUX/isolinux.bin");
	static final Path ISOHYBRID_MBR = Path.of("/usr/lib/ISOLINUX/isohdpfx.bin");
	static final Path LDLINUX = Path.of("/usr/lib/syslinux/modules/bios/ldlinux.c32");

	private IsoImage() {
	}

	/** Whether this host has what {@link #write} needs. */
	public static boolean available() {
		return Files.isRegularFile(ISOLINUX_BIN) && Files.isRegularFile(LDLINUX) && Files.isRegularFile(ISOHYBRID_MBR)
				&& Files.isExecutable(Path.of("/usr/bin/xorriso"));
	}

	/**
	 * Writes {@code iso} booting {@code kernel} with {@code initrd} and the kernel parameters
	 * {@code append} (e.g. {@code sis.server=10.0.0.1 ip=dhcp console=ttyS0}).
	 */
	public static void write(Path kernel, Path initrd, String append, Path iso) throws CoreException {
		if (!available()) {
			throw new CoreException(Statuses.badInput("Making an ISO needs xorriso, isolinux and syslinux-common ("
					+ ISOLINUX_BIN + ", " + LDLINUX + ")"));
		}
		if (append.matches(".*[\\r\\n].*")) {
			throw new CoreException(Statuses.badInput("Kernel parameters must be one line"));
		}
		Path tree = null;
		try {
			Path parent = iso.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			tree = Files.createTempDirectory(parent, ".sis-iso-");
			Files.createDirectories(tree.resolve("isolinux"));
			Files.createDirectories(tree.resolve("sis"));
			Files.copy(ISOLINUX_BIN, tree.resolve("isolinux/isolinux.bin"));
			Files.copy(LDLINUX, tree.resolve("isolinux/ldlinux.c32"));
			Files.copy(kernel, tree.resolve("sis/kernel"));
			Files.copy(initrd, tree.resolve("sis/initrd.img"));
			Files.writeString(tree.resolve("isolinux/isolinux.cfg"), "DEFAULT sis\nPROMPT 0\nTIMEOUT 0\nLABEL sis\n"
					+ "  KERNEL /sis/kernel\n  INITRD /sis/initrd.img\n  APPEND " + append.strip() + "\n",
					StandardCharsets.UTF_8);
			Path part = parent.resolve("." + iso.getFileName() + ".part");
			List<String> command = new ArrayList<>(List.of("xorriso", "-as", "mkisofs", "-quiet", "-o", part.toString(),
					"-V", "SIS_BOOT", "-J", "-R", "-b", "isolinux/isolinux.bin", "-c", "isolinux/boot.cat", "-no-emul-boot",
					"-boot-load-size", "4", "-boot-info-table", "-isohybrid-mbr", ISOHYBRID_MBR.toString(), tree.toString()));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			// fixed time stamps and volume ids: the same inputs give the same image
			builder.environment().put("SOURCE_DATE_EPOCH", "0");
			Process process = builder.start();
			process.getOutputStream().close();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
				process.destroyForcibly();
				Files.deleteIfExists(part);
				throw new CoreException(Statuses.error("xorriso failed: " + output.strip()));
			}
			Files.move(part, iso, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot write the ISO " + iso + ": " + e.getMessage(), e));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CoreException(Statuses.error("Interrupted while writing " + iso, e));
		} finally {
			delete(tree);
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
			java.util.logging.Logger.getLogger(IsoImage.class.getName()).warning("cannot remove " + directory + ": " + e);
		}
	}
}
