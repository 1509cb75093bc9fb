package org.sisuite.core.boot;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.tukaani.xz.XZInputStream;

/**
 * The modules of one kernel ({@code lib/modules/VERSION}) and the load order of a selection. A
 * module's dependencies come from its own {@code .modinfo} section ({@code depends=} and the
 * {@code pre:} part of {@code softdep=}), so no {@code modules.dep} is needed: Debian's kernel
 * packages ship none (depmod writes it when the package is installed). Modules compressed with xz
 * or gzip are decompressed here, so the initramfs holds plain {@code .ko} files that busybox
 * {@code insmod} loads; zstd is refused with a clear message (no decompressor in the engine).
 */
final class KernelModules {

	/** A module in load order: its name, its path below {@code lib/modules/VERSION} (as {@code .ko}) and content. */
	record Module(String name, String path, byte[] content, List<String> depends) {
	}

	/** The load order of a selection and what could not be loaded from files. */
	record Selection(List<Module> modules, List<String> builtin, List<String> absent) {
	}

	private final Path directory;
	private final Map<String, Path> files = new TreeMap<>();
	private final Set<String> builtin = new HashSet<>();
	private final Set<String> hardDependencies = new HashSet<>();

	private KernelModules(Path directory) {
		this.directory = directory;
	}

	/**
	 * The modules below {@code directory} ({@code lib/modules/VERSION}): every {@code *.ko},
	 * {@code *.ko.xz}, {@code *.ko.gz}, {@code *.ko.zst}, and the names {@code modules.builtin} lists.
	 */
	static KernelModules at(Path directory) throws IOException {
		KernelModules modules = new KernelModules(directory);
		try (Stream<Path> walk = Files.walk(directory)) {
			for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
				String name = moduleName(file.getFileName().toString());
				if (name != null) {
					modules.files.putIfAbsent(name, file);
				}
			}
		}
		Path builtinList = directory.resolve("modules.builtin");
		if (Files.isRegularFile(builtinList)) {
			for (String line : Files.readAllLines(builtinList, StandardCharsets.UTF_8)) {
				String name = moduleName(line.substring(line.lastIndexOf('/') + 1).strip());
				if (name != null) {
					modules.builtin.add(name);
				}
			}
		}
		return modules;
	}

	/** Module name of a file name: without {@code .ko[.xz|.gz|.zst]}, {@code -} as {@code _}; null for other files. */
	static String moduleName(String fileName) {
		String base = fileName.replaceFirst("\\.(xz|gz|zst)$", "");
		if (!base.endsWith(".ko")) {
			return null;
		}
		return base.substring(0, base.length() - 3).replace('-', '_');
	}

	/** How many module files there are. */
	int size() {
		return files.size();
	}

	/**
	 * The requested modules with everything they depend on, each dependency before the modules that
	 * need it, each module once. Names built into the kernel, and names with no file, are listed
	 * apart rather than refused: one selection serves kernels configured differently.
	 */
	Selection select(List<String> requested) throws IOException {
		Map<String, Module> order = new LinkedHashMap<>();
		List<String> builtinNames = new ArrayList<>();
		List<String> absent = new ArrayList<>();
		Set<String> visiting = new LinkedHashSet<>();
		for (String name : requested) {
			visit(name.replace('-', '_'), order, visiting, builtinNames, absent, null);
		}
		return new Selection(List.copyOf(order.values()), builtinNames, absent);
	}

	private void visit(String name, Map<String, Module> order, Set<String> visiting, List<String> builtinNames,
			List<String> absent, String neededBy) throws IOException {
		if (order.containsKey(name) || visiting.contains(name)) {
			return;
		}
		Path file = files.get(name);
		if (file == null) {
			if (neededBy == null) {
				List<String> list = builtin.contains(name) ? builtinNames : absent;
				if (!list.contains(name)) {
					list.add(name);
				}
			} else if (!builtin.contains(name) && hardDependencies.contains(name)) {
				throw new IOException(neededBy + " depends on module " + name + ", which is neither a file below " + directory
						+ " nor built in");
			}
			return; // a soft dependency may name an alias (crc32c): the selection lists the real modules
		}
		visiting.add(name);
		byte[] content = content(file);
		List<String> depends = dependencies(content, file, hardDependencies);
		for (String dependency : depends) {
			visit(dependency, order, visiting, builtinNames, absent, name);
		}
		visiting.remove(name);
		String relative = directory.relativize(file).toString().replace('\\', '/').replaceFirst("\\.(xz|gz|zst)$", "");
		order.put(name, new Module(name, relative, content, depends));
	}

	/** {@code depends=} and {@code softdep=pre:} of a module's {@code .modinfo}, in that order. */
	static List<String> dependencies(byte[] module, Path file, Set<String> hard) throws IOException {
		byte[] modinfo;
		try {
			modinfo = ElfFile.parse(module).section(".modinfo");
		} catch (IllegalArgumentException | IndexOutOfBoundsException e) {
			throw new IOException(file + " is not a kernel module: " + e.getMessage(), e);
		}
		List<String> depends = new ArrayList<>();
		if (modinfo == null) {
			return depends;
		}
		for (String field : new String(modinfo, StandardCharsets.UTF_8).split("\0")) {
			if (field.startsWith("depends=")) {
				for (String name : field.substring("depends=".length()).split(",")) {
					String clean = name.strip().replace('-', '_');
					if (!clean.isEmpty() && !depends.contains(clean)) {
						depends.add(clean);
						hard.add(clean);
					}
				}
			} else if (field.startsWith("softdep=")) {
				depends.addAll(softdepPre(field.substring("softdep=".length())).stream().filter(n -> !depends.contains(n))
						.toList());
			}
		}
		return depends;
	}

	/** The names after {@code pre:} up to {@code post:}, e.g. {@code pre: crc32c post: foo} gives crc32c. */
	private static List<String> softdepPre(String value) {
		List<String> names = new ArrayList<>();
		boolean pre = false;
		for (String word : value.strip().split("\\s+")) {
			if (word.endsWith(":")) {
				pre = word.equals("pre:");
			} else if (pre && !word.isEmpty()) {
				names.add(word.replace('-', '_'));
			}
		}
		return names;
	}

	private static byte[] content(Path file) throws IOException {
		String name = file.getFileName().toString();
		byte[] raw = Files.readAllBytes(file);
		if (name.endsWith(".zst")) {
			throw new IOException(file + " is zstd-compressed; decompress the modules first (e.g. 'find DIR -name \"*.ko.zst\""
					+ " -exec zstd -d --rm {} +') and pass --modules DIR");
		}
		if (!name.endsWith(".xz") && !name.endsWith(".gz")) {
			return raw;
		}
		try (InputStream in = name.endsWith(".xz") ? new XZInputStream(new ByteArrayInputStream(raw))
				: new GZIPInputStream(new ByteArrayInputStream(raw))) {
			return in.readAllBytes();
		}
	}
}
