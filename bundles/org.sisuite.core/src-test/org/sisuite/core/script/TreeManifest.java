package org.sisuite.core.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Everything an installed tree must keep of its image, per relative path: type, mode, owner, device
 * numbers, content, symlink target, the paths it is hard linked with, its extended attributes and ACLs
 * (read with getfattr, which shows the ACLs as system.posix_acl_* attributes).
 */
final class TreeManifest {

	private TreeManifest() {
	}

	static Map<String, String> of(Path root) throws IOException, InterruptedException {
		Map<String, String> entries = new TreeMap<>();
		Map<Object, List<String>> inodes = new TreeMap<>();
		Map<String, Object> inodeOf = new TreeMap<>();
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(root)) {
			paths = walk.toList();
		}
		for (Path path : paths) {
			String name = "/" + root.relativize(path).toString();
			Map<String, Object> unix = Files.readAttributes(path, "unix:*", LinkOption.NOFOLLOW_LINKS);
			int mode = (Integer) unix.get("mode");
			StringBuilder entry = new StringBuilder();
			entry.append(String.format("mode=%o owner=%s:%s", mode, unix.get("uid"), unix.get("gid")));
			if (Files.isSymbolicLink(path)) {
				entry.append(" link=").append(Files.readSymbolicLink(path));
			} else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
				entry.append(" size=").append(unix.get("size")).append(" sha256=").append(sha256(path));
				entry.append(" mtime=").append(Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toMillis() / 1000);
			} else if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
				entry.append(" rdev=").append(unix.get("rdev"));
			}
			if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) && (Integer) unix.get("nlink") > 1) {
				Long inode = (Long) unix.get("ino");
				inodes.computeIfAbsent(inode, k -> new ArrayList<>()).add(name);
				inodeOf.put(name, inode);
			}
			entries.put(name, entry.toString());
		}
		inodes.values().forEach(names -> names.sort(null));
		inodeOf.forEach((name, inode) -> entries.put(name, entries.get(name) + " hardlinks=" + inodes.get(inode)));
		attributes(root).forEach((name, attributes) -> entries.put(name, entries.get(name) + " xattrs=" + attributes));
		return entries;
	}

	/** getfattr -R of the tree: path to its attributes, names and hex values. */
	static Map<String, String> attributes(Path root) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("getfattr", "-R", "-P", "-h", "-d", "-m", "-", "-e", "hex", "--absolute-names", ".")
				.directory(root.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException("getfattr failed on " + root);
		}
		Map<String, String> attributes = new TreeMap<>();
		String file = null;
		List<String> lines = new ArrayList<>();
		for (String line : (output + "\n").split("\n")) {
			if (line.startsWith("# file: ")) {
				file = line.substring(8);
				file = file.equals(".") ? "/" : file.startsWith("./") ? file.substring(1) : "/" + file;
				lines = new ArrayList<>();
			} else if (line.isEmpty() && file != null) {
				lines.sort(null);
				attributes.put(file.replaceAll("/$", "").isEmpty() ? "/" : file, String.join(",", lines));
				file = null;
			} else if (file != null) {
				lines.add(line);
			}
		}
		return attributes;
	}

	private static String sha256(Path file) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
