package org.sisuite.core.boot;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.apache.commons.compress.archivers.ar.ArArchiveEntry;
import org.apache.commons.compress.archivers.ar.ArArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.sisuite.core.Statuses;
import org.tukaani.xz.XZInputStream;

/**
 * A Debian kernel package ({@code linux-image-VERSION-amd64}): found through a suite's
 * {@code Release} and {@code Packages.xz} (the metapackage {@code linux-image-amd64} names the
 * current one), downloaded into a cache directory and checked against the index's SHA256, and
 * unpacked: {@code boot/vmlinuz-VERSION} and {@code lib/modules/VERSION/}.
 */
public final class KernelPackage {

	/** The default archive and suite: Debian 12. */
	public static final String DEFAULT_MIRROR = "http://deb.debian.org/debian";
	public static final String DEFAULT_SUITE = "bookworm";
	/** The metapackage that depends on the current kernel package. */
	public static final String METAPACKAGE = "linux-image-amd64";

	/** An unpacked kernel: its version, the kernel file and its modules directory. */
	public record Kernel(String version, Path kernel, Path modules) {
	}

	private static final Duration TIMEOUT = Duration.ofMinutes(10);

	private KernelPackage() {
	}

	/**
	 * The current kernel package of {@code suite} in the cache, downloading it when the cache does
	 * not have it (or has a file with another checksum).
	 *
	 * @return the package file in {@code cache}
	 */
	public static Path fetch(String mirror, String suite, Path cache, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Finding the kernel package of " + suite, 10);
		String base = mirror.replaceFirst("/+$", "") + "/";
		String release = new String(get(base + "dists/" + suite + "/Release"), StandardCharsets.UTF_8);
		String index = "main/binary-amd64/Packages.xz";
		String indexSha = releaseChecksum(release, index);
		if (indexSha == null) {
			throw new CoreException(Statuses.error(base + "dists/" + suite + "/Release does not list " + index));
		}
		byte[] packagesXz = get(base + "dists/" + suite + "/" + index);
		verify(base + "dists/" + suite + "/" + index, sha256(packagesXz), indexSha);
		progress.worked(2);
		Map<String, Map<String, String>> packages = new HashMap<>();
		try (InputStream in = new XZInputStream(new ByteArrayInputStream(packagesXz))) {
			for (String stanza : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n\n")) {
				Map<String, String> fields = fields(stanza);
				if (fields.containsKey("Package") && fields.getOrDefault("Package", "").startsWith("linux-image-")) {
					packages.put(fields.get("Package"), fields);
				}
			}
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot read " + index + " of " + suite + ": " + e.getMessage(), e));
		}
		Map<String, String> meta = packages.get(METAPACKAGE);
		if (meta == null || meta.get("Depends") == null) {
			throw new CoreException(Statuses.error(suite + " has no " + METAPACKAGE + " with a dependency on a kernel package"));
		}
		String name = meta.get("Depends").split("[\\s,(|]+")[0];
		Map<String, String> kernel = packages.get(name);
		if (kernel == null || kernel.get("Filename") == null || kernel.get("SHA256") == null) {
			throw new CoreException(Statuses.error(suite + " has no package " + name + " (the dependency of " + METAPACKAGE + ")"));
		}
		progress.worked(1);
		String filename = kernel.get("Filename");
		Path target = cache.resolve(filename.substring(filename.lastIndexOf('/') + 1));
		try {
			if (Files.isRegularFile(target) && sha256(target).equals(kernel.get("SHA256"))) {
				return target;
			}
			Files.createDirectories(cache);
			progress.subTask("Downloading " + filename + " (" + kernel.getOrDefault("Size", "?") + " bytes)");
			downloadTo(base + filename, target, kernel.get("SHA256"), progress.split(7));
			return target;
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot cache " + target + ": " + e.getMessage(), e));
		}
	}

	/**
	 * Downloads {@code url} into {@code cache} under its own file name (replacing an older copy),
	 * checked against {@code sha256} unless that is null.
	 */
	public static Path download(String url, Path cache, String sha256, IProgressMonitor monitor) throws CoreException {
		String name = url.substring(url.lastIndexOf('/') + 1);
		if (name.isEmpty()) {
			throw new CoreException(Statuses.badInput("No file name in " + url));
		}
		try {
			Files.createDirectories(cache);
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot create " + cache + ": " + e.getMessage(), e));
		}
		Path target = cache.resolve(name);
		downloadTo(url, target, sha256, monitor);
		return target;
	}

	private static void downloadTo(String url, Path target, String sha256, IProgressMonitor monitor) throws CoreException {
		Path part = target.resolveSibling(target.getFileName() + ".part");
		HttpResponse<InputStream> response = send(url);
		try (InputStream body = response.body()) {
			if (response.statusCode() != 200) {
				throw new CoreException(Statuses.error("Cannot download " + url + ": HTTP " + response.statusCode()));
			}
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(body, digest); OutputStream out = Files.newOutputStream(part)) {
				byte[] buffer = new byte[1 << 16];
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					if (monitor != null && monitor.isCanceled()) {
						throw new OperationCanceledException();
					}
					out.write(buffer, 0, n);
				}
			}
			String actual = HexFormat.of().formatHex(digest.digest());
			if (sha256 != null) {
				verify(url, actual, sha256);
			}
			Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot download " + url + ": " + e.getMessage(), e));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		} finally {
			try {
				Files.deleteIfExists(part);
			} catch (IOException e) {
				// the next download replaces it
			}
		}
	}

	/**
	 * Unpacks the kernel and its modules from a kernel package into {@code directory}.
	 *
	 * @throws CoreException (bad input) when the file is not a kernel package
	 */
	public static Kernel unpack(Path deb, Path directory) throws CoreException {
		String version = null;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(deb));
				ArArchiveInputStream ar = new ArArchiveInputStream(in)) {
			for (ArArchiveEntry member = ar.getNextEntry(); member != null; member = ar.getNextEntry()) {
				if (!member.getName().startsWith("data.tar")) {
					continue;
				}
				// not closed here: closing it would close the ar stream; the outer try closes the file
				TarArchiveInputStream tar = new TarArchiveInputStream(decompress(member.getName(), ar));
				for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
					String name = entry.getName().replaceFirst("^\\./", "");
					boolean kernel = name.matches("boot/vmlinuz-[^/]+");
					if (!entry.isFile() || !(kernel || name.startsWith("lib/modules/") || name.startsWith("usr/lib/modules/"))
							|| name.contains("..")) {
						continue;
					}
					if (kernel) {
						version = name.substring("boot/vmlinuz-".length());
					}
					Path target = directory.resolve(name.replaceFirst("^usr/", ""));
					Files.createDirectories(target.getParent());
					Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
				}
				break;
			}
		} catch (IOException e) {
			throw new CoreException(Statuses.badInput("Cannot read the kernel package " + deb + ": " + e.getMessage()));
		}
		if (version == null) {
			throw new CoreException(Statuses.badInput(deb + " is not a kernel package: it has no boot/vmlinuz-VERSION"));
		}
		Path modules = directory.resolve("lib/modules/" + version);
		if (!Files.isDirectory(modules)) {
			throw new CoreException(Statuses.badInput(deb + " has no modules directory lib/modules/" + version));
		}
		return new Kernel(version, directory.resolve("boot/vmlinuz-" + version), modules);
	}

	private static InputStream decompress(String member, InputStream in) throws IOException {
		if (member.endsWith(".xz")) {
			return new XZInputStream(in);
		}
		if (member.endsWith(".gz")) {
			return new GzipCompressorInputStream(in);
		}
		if (member.endsWith(".tar")) {
			return in;
		}
		throw new IOException("its " + member + " member uses a compression this reader does not support (xz and gz are)");
	}

	/** The SHA256 a Release file gives for {@code path}, or null. */
	static String releaseChecksum(String release, String path) {
		boolean inSha256 = false;
		for (String line : release.split("\n")) {
			if (!line.startsWith(" ")) {
				inSha256 = line.startsWith("SHA256:");
				continue;
			}
			String[] words = line.strip().split("\\s+");
			if (inSha256 && words.length == 3 && words[2].equals(path)) {
				return words[0];
			}
		}
		return null;
	}

	private static Map<String, String> fields(String stanza) {
		Map<String, String> fields = new HashMap<>();
		for (String line : stanza.split("\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && !line.startsWith(" ")) {
				fields.put(line.substring(0, colon), line.substring(colon + 1).strip());
			}
		}
		return fields;
	}

	static String sha256(byte[] data) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 16];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void verify(String what, String actual, String expected) throws CoreException {
		if (!actual.equalsIgnoreCase(expected)) {
			throw new CoreException(Statuses.error(what + " has SHA256 " + actual + ", the index says " + expected));
		}
	}

	private static byte[] get(String url) throws CoreException {
		HttpResponse<InputStream> response = send(url);
		try (InputStream body = response.body()) {
			if (response.statusCode() != 200) {
				throw new CoreException(Statuses.error("Cannot read " + url + ": HTTP " + response.statusCode()));
			}
			return body.readAllBytes();
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot read " + url + ": " + e.getMessage(), e));
		}
	}

	private static HttpResponse<InputStream> send(String url) throws CoreException {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
				.connectTimeout(Duration.ofSeconds(20)).build();
		try {
			return client.send(HttpRequest.newBuilder(URI.create(url)).GET().timeout(TIMEOUT).build(),
					HttpResponse.BodyHandlers.ofInputStream());
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot reach " + url + ": " + e, e));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CoreException(Statuses.error("Interrupted while reading " + url, e));
		} catch (IllegalArgumentException e) {
			throw new CoreException(Statuses.badInput("Not a URL: " + url));
		}
	}
}
