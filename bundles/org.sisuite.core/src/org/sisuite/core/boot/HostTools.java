package org.sisuite.core.boot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Copies programs of a Debian system (the build host's own {@code /}, or another root such as a
 * chroot) into an initramfs with their shared-library closure. Libraries are found by reading each
 * ELF file's {@code PT_INTERP} and {@code DT_NEEDED} entries and looking the names up in the
 * multiarch library directories, as the dynamic loader would; nothing is executed. Paths are laid
 * out merged-/usr ({@code /sbin/x} and {@code /usr/sbin/x} both become {@code usr/sbin/x}; the
 * initramfs has {@code /bin}, {@code /sbin}, {@code /lib}, {@code /lib64} as links into
 * {@code /usr}), whatever the host's layout.
 */
final class HostTools {

	private static final List<String> PROGRAM_DIRECTORIES = List.of("usr/sbin", "usr/bin", "sbin", "bin");
	private static final List<String> LIBRARY_DIRECTORIES = List.of("usr/lib/x86_64-linux-gnu", "lib/x86_64-linux-gnu",
			"usr/lib64", "lib64", "usr/lib", "lib");

	private final Path root;
	private final InitramfsTree tree;
	private final Set<String> libraries = new TreeSet<>();
	private final Set<String> copied = new LinkedHashSet<>();

	HostTools(Path root, InitramfsTree tree) {
		this.root = root;
		this.tree = tree;
	}

	/** The program called {@code name} in the root's program directories, or null. */
	Path find(String name) {
		for (String directory : PROGRAM_DIRECTORIES) {
			Path candidate = root.resolve(directory).resolve(name);
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * Adds the program at {@code program} (a path in the root) and everything it needs. A program
	 * that is a symbolic link (e.g. {@code mkfs.ext4 -> mke2fs}, {@code pvcreate -> lvm}) becomes a
	 * link to its target, which is added as well.
	 *
	 * @return the program's path in the initramfs
	 */
	String add(Path program) throws IOException {
		String name = initramfsPath(program);
		if (Files.isSymbolicLink(program)) {
			Path target = program.toRealPath();
			String targetName = add(target);
			tree.symlink(name, "/" + targetName);
			return name;
		}
		addElf(program.toRealPath(), name);
		return name;
	}

	/** The libraries added so far, as initramfs paths. */
	Set<String> libraries() {
		return libraries;
	}

	private void addElf(Path file, String name) throws IOException {
		if (!copied.add(name)) {
			return;
		}
		tree.file(name, file, mode(file));
		byte[] head = Files.readAllBytes(file);
		if (!ElfFile.isElf(head)) {
			return; // a script: its interpreter is expected to be there already (busybox sh)
		}
		Deque<String> needed = new ArrayDeque<>();
		ElfFile elf = ElfFile.parse(head);
		String interpreter = elf.interpreter();
		if (interpreter != null) {
			Path loader = root.resolve(interpreter.substring(1));
			addLibrary(loader, interpreter);
		}
		needed.addAll(elf.needed());
		while (!needed.isEmpty()) {
			String library = needed.pop();
			Path found = library(library);
			if (found == null) {
				throw new IOException(file + " needs " + library + ", which is in none of " + LIBRARY_DIRECTORIES + " below "
						+ root);
			}
			String libraryName = initramfsPath(found);
			if (!copied.contains(libraryName)) {
				addLibrary(found, library);
				needed.addAll(ElfFile.parse(Files.readAllBytes(found.toRealPath())).needed());
			}
		}
	}

	/** A library is stored as a regular file under the name it is looked up by (its soname link resolved). */
	private void addLibrary(Path found, String requestedAs) throws IOException {
		String name = initramfsPath(found);
		if (copied.add(name)) {
			Path real = found.toRealPath();
			tree.file(name, real, mode(real));
			libraries.add(name);
		}
	}

	private Path library(String name) {
		if (name.contains("/")) {
			Path path = root.resolve(name.replaceFirst("^/", ""));
			return Files.exists(path) ? path : null;
		}
		for (String directory : LIBRARY_DIRECTORIES) {
			Path candidate = root.resolve(directory).resolve(name);
			if (Files.exists(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * The merged-/usr initramfs path of a file in the root: its directory resolved (so a host's
	 * {@code /lib -> usr/lib} link is followed) and put below {@code usr/}.
	 */
	String initramfsPath(Path file) throws IOException {
		Path directory = file.getParent().toRealPath();
		Path realRoot = root.toRealPath();
		String relative = realRoot.relativize(directory).toString().replace('\\', '/');
		if (relative.startsWith("..")) {
			throw new IOException(file + " is outside " + root);
		}
		String name = relative.isEmpty() ? file.getFileName().toString() : relative + "/" + file.getFileName();
		return name.startsWith("usr/") ? name : "usr/" + name;
	}

	private static int mode(Path file) throws IOException {
		return Files.isExecutable(file) ? 0755 : 0644;
	}

	/** The programs of {@code names} that the root has, and those it lacks, in {@code missing}. */
	List<Path> findAll(List<String> names, List<String> missing) {
		List<Path> found = new ArrayList<>();
		for (String name : names) {
			Path path = find(name);
			if (path == null) {
				missing.add(name);
			} else {
				found.add(path);
			}
		}
		return found;
	}
}
