package org.sisuite.core.pkg.pool;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/** Builds small Debian repositories and packages in a test's temporary directory. */
public final class PoolFixtures {

	private PoolFixtures() {
	}

	/** Writes {@code Packages} in the given compression ({@code ""}, {@code gz} or {@code xz}); returns its relative name. */
	public static String writeIndex(Path directory, String packages, String compression) throws IOException {
		Files.createDirectories(directory);
		byte[] plain = packages.getBytes(StandardCharsets.UTF_8);
		String name = compression.isEmpty() ? "Packages" : "Packages." + compression;
		Files.write(directory.resolve(name), compress(plain, compression));
		return name;
	}

	/** Writes a Release listing the given files (relative to {@code directory}) with their sizes and SHA256. */
	public static void writeRelease(Path directory, String header, List<String> files) throws IOException {
		StringBuilder release = new StringBuilder(header);
		release.append("SHA256:\n");
		for (String file : files) {
			byte[] data = Files.readAllBytes(directory.resolve(file));
			release.append(' ').append(sha256(data)).append(' ').append(data.length).append(' ').append(file).append('\n');
		}
		Files.writeString(directory.resolve("Release"), release);
	}

	/**
	 * A Debian archive {@code dists/SUITE/main/binary-ARCH/Packages.xz} with a Release, one index per
	 * architecture ({@code packagesByArch}: arch, index text, arch, index text, ...).
	 */
	public static void archive(Path root, String suite, String... packagesByArch) throws IOException {
		Path dists = root.resolve("dists").resolve(suite);
		List<String> listed = new ArrayList<>();
		List<String> archs = new ArrayList<>();
		for (int i = 0; i < packagesByArch.length; i += 2) {
			String arch = packagesByArch[i];
			String directory = "main/binary-" + arch;
			String name = writeIndex(dists.resolve(directory), packagesByArch[i + 1], "xz");
			listed.add(directory + "/" + name);
			if (!arch.equals("all")) {
				archs.add(arch);
			}
		}
		writeRelease(dists, "Suite: " + suite + "\nCodename: " + suite + "\nArchitectures: " + String.join(" ", archs)
				+ "\nComponents: main\n", listed);
	}

	/**
	 * An rpm-md repository whose primary.xml.gz holds {@code packages} ({@code <package>} elements),
	 * with a repomd.xml giving its checksums.
	 */
	public static void rpmRepository(Path root, String packages) throws IOException {
		String primary = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<metadata xmlns=\"http://linux.duke.edu/metadata/common\" xmlns:rpm=\"http://linux.duke.edu/metadata/rpm\">\n"
				+ packages + "</metadata>\n";
		byte[] open = primary.getBytes(StandardCharsets.UTF_8);
		byte[] gz = compress(open, "gz");
		String name = "repodata/" + sha256(gz) + "-primary.xml.gz";
		Files.createDirectories(root.resolve("repodata"));
		Files.write(root.resolve(name), gz);
		Files.writeString(root.resolve("repodata/repomd.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<repomd xmlns=\"http://linux.duke.edu/metadata/repo\">\n<data type=\"primary\">\n"
				+ "<checksum type=\"sha256\">" + sha256(gz) + "</checksum>\n"
				+ "<open-checksum type=\"sha256\">" + sha256(open) + "</open-checksum>\n"
				+ "<location href=\"" + name + "\"/>\n</data>\n</repomd>\n");
	}

	/**
	 * One {@code <package>} of primary.xml: {@code requires} etc. are entries written
	 * {@code name}, {@code name OP evr} or {@code name OP evr pre} (OP as in repodata: LT LE EQ GE GT).
	 */
	public static String rpm(String name, String evr, String arch, List<String> requires, List<String> provides,
			List<String> conflicts, List<String> files) {
		String[] v = evr.split("-", 2);
		StringBuilder xml = new StringBuilder("<package type=\"rpm\">\n<name>" + name + "</name>\n<arch>" + arch + "</arch>\n"
				+ "<version epoch=\"0\" ver=\"" + v[0] + "\" rel=\"" + (v.length > 1 ? v[1] : "1") + "\"/>\n"
				+ "<location href=\"" + name + "-" + evr + "." + arch + ".rpm\"/>\n<format>\n");
		entries(xml, "provides", provides);
		entries(xml, "requires", requires);
		entries(xml, "conflicts", conflicts);
		files.forEach(f -> xml.append("<file>").append(f).append("</file>\n"));
		return xml.append("</format>\n</package>\n").toString();
	}

	private static void entries(StringBuilder xml, String kind, List<String> entries) {
		if (entries.isEmpty()) {
			return;
		}
		xml.append("<rpm:").append(kind).append(">\n");
		for (String entry : entries) {
			String[] parts = entry.startsWith("(") ? new String[] { entry } : entry.split(" ");
			xml.append("<rpm:entry name=\"").append(parts[0].replace("&", "&amp;").replace("<", "&lt;")).append('"');
			if (parts.length > 2) {
				String[] v = parts[2].split("-", 2);
				xml.append(" flags=\"").append(parts[1]).append("\" epoch=\"0\" ver=\"").append(v[0]).append('"');
				if (v.length > 1) {
					xml.append(" rel=\"").append(v[1]).append('"');
				}
			}
			if (entry.endsWith(" pre")) {
				xml.append(" pre=\"1\"");
			}
			xml.append("/>\n");
		}
		xml.append("</rpm:").append(kind).append(">\n");
	}

	/** Builds {@code NAME_VERSION_ARCH.deb} with dpkg-deb from a control file; skips the test without dpkg-deb. */
	public static Path deb(Path directory, String control, String compression) throws IOException, InterruptedException {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/dpkg-deb")), "dpkg-deb is not installed");
		String name = field(control, "Package") + "_" + field(control, "Version") + "_" + field(control, "Architecture");
		Path tree = Files.createTempDirectory(directory, "tree");
		Files.createDirectories(tree.resolve("DEBIAN"));
		Files.writeString(tree.resolve("DEBIAN/control"), control.endsWith("\n") ? control : control + "\n");
		Files.createDirectories(tree.resolve("usr/share/doc").resolve(field(control, "Package")));
		Files.writeString(tree.resolve("usr/share/doc").resolve(field(control, "Package")).resolve("README"), "test\n");
		Path deb = directory.resolve(name + ".deb");
		Process process = new ProcessBuilder("dpkg-deb", "--root-owner-group", "-Z" + compression, "--build", tree.toString(),
				deb.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException("dpkg-deb failed: " + output);
		}
		deleteTree(tree);
		return deb;
	}

	/** A field of a control text, for file names. */
	static String field(String control, String name) {
		for (String line : control.split("\n")) {
			if (line.startsWith(name + ":")) {
				return line.substring(name.length() + 1).strip();
			}
		}
		throw new IllegalArgumentException("no " + name + " in " + control);
	}

	static byte[] compress(byte[] plain, String compression) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (OutputStream stream = switch (compression) {
		case "gz" -> new GZIPOutputStream(out);
		case "xz" -> new XZOutputStream(out, new LZMA2Options());
		default -> out;
		}) {
			stream.write(plain);
		}
		return out.toByteArray();
	}

	static String sha256(byte[] data) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void deleteTree(Path tree) throws IOException {
		try (var walk = Files.walk(tree)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
