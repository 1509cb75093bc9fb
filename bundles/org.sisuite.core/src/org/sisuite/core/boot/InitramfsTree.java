package org.sisuite.core.boot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of an initramfs before they are archived: directories, regular files (content from
 * memory or from a file read when archived) and symbolic links, keyed by absolute path. Parents
 * are added as needed. Written as a cpio "newc" archive in path order with owner 0:0, modification
 * time 0 and inode numbers by position, so the same tree always gives the same bytes.
 */
final class InitramfsTree {

	/** One entry: a directory, a regular file or a symbolic link. */
	sealed interface Node permits Directory, RegularFile, Symlink {
		int mode();
	}

	record Directory(int mode) implements Node {
	}

	/** A regular file whose content is {@code bytes}, or the content of {@code source} when bytes is null. */
	record RegularFile(int mode, byte[] bytes, Path source) implements Node {
		long size() throws IOException {
			return bytes != null ? bytes.length : Files.size(source);
		}
	}

	record Symlink(String target) implements Node {
		@Override
		public int mode() {
			return 0777;
		}
	}

	private final TreeMap<String, Node> nodes = new TreeMap<>();

	/** Adds a directory (and its parents). */
	void directory(String path) {
		String clean = clean(path);
		if (clean.isEmpty()) {
			return;
		}
		directory(parent(clean));
		Node existing = nodes.get(clean);
		if (existing != null && !(existing instanceof Directory)) {
			throw new IllegalArgumentException(path + " is already a file or link in the initramfs");
		}
		nodes.putIfAbsent(clean, new Directory(0755));
	}

	/** Adds or replaces a regular file with the given content. */
	void file(String path, byte[] content, int mode) {
		put(path, new RegularFile(mode, content.clone(), null));
	}

	/** Adds or replaces a regular file whose content is read from {@code source} when written. */
	void file(String path, Path source, int mode) {
		put(path, new RegularFile(mode, null, source));
	}

	/** Adds or replaces a symbolic link. */
	void symlink(String path, String target) {
		put(path, new Symlink(target));
	}

	/** Whether anything is at {@code path}. */
	boolean contains(String path) {
		return nodes.containsKey(clean(path));
	}

	/** The entries in archive order. */
	Map<String, Node> nodes() {
		return java.util.Collections.unmodifiableSortedMap(nodes);
	}

	/** Writes the tree as an uncompressed cpio "newc" archive with its trailer. */
	void writeCpio(OutputStream out) throws IOException {
		CpioNewcWriter cpio = new CpioNewcWriter(out);
		List<String> paths = new ArrayList<>(nodes.keySet());
		for (String path : paths) {
			Node node = nodes.get(path);
			switch (node) {
			case Directory directory -> cpio.directory(path, directory.mode());
			case Symlink symlink -> cpio.symlink(path, symlink.target());
			case RegularFile file -> {
				if (file.bytes() != null) {
					cpio.file(path, file.mode(), file.bytes());
				} else {
					cpio.file(path, file.mode(), Files.readAllBytes(file.source()));
				}
			}
			}
		}
		cpio.finish();
	}

	private void put(String path, Node node) {
		String clean = clean(path);
		if (clean.isEmpty()) {
			throw new IllegalArgumentException("empty path");
		}
		directory(parent(clean));
		Node existing = nodes.get(clean);
		if (existing instanceof Directory) {
			throw new IllegalArgumentException(path + " is already a directory in the initramfs");
		}
		nodes.put(clean, node);
	}

	/** Archive names are relative ("usr/bin/busybox"), as the kernel and cpio expect. */
	static String clean(String path) {
		String clean = path.replaceAll("/+", "/").replaceFirst("^/", "").replaceFirst("/$", "");
		if (List.of(clean.split("/")).contains("..")) {
			throw new IllegalArgumentException("path with '..': " + path);
		}
		return clean;
	}

	private static String parent(String clean) {
		int slash = clean.lastIndexOf('/');
		return slash < 0 ? "" : clean.substring(0, slash);
	}
}
