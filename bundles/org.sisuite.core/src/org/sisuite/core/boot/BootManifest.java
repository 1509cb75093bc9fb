package org.sisuite.core.boot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.AtomicFiles;
import org.sisuite.core.Statuses;

/**
 * What a boot environment build produced, written next to it as {@value #FILE_NAME} (one
 * {@code key value} a line) and read back by {@code sis boot show}.
 *
 * @param kernelVersion   the kernel's release ({@code uname -r})
 * @param kernelSource    the package file or kernel file it came from
 * @param kernelSize      bytes of the kernel file
 * @param kernelSha256    SHA256 of the kernel file
 * @param initrdSize      bytes of the compressed initramfs
 * @param initrdSha256    SHA256 of the compressed initramfs
 * @param compression     {@code gzip} or {@code xz}
 * @param entries         number of entries in the cpio archive
 * @param modules         the modules in load order
 * @param builtinModules  requested modules the kernel has built in
 * @param absentModules   requested modules this kernel does not have
 * @param tools           tool name to its path in the initramfs
 * @param missingTools    optional tools the tools root does not have
 * @param libraries       shared libraries copied with the tools, as initramfs paths
 */
public record BootManifest(String kernelVersion, String kernelSource, long kernelSize, String kernelSha256,
		long initrdSize, String initrdSha256, String compression, int entries, List<String> modules,
		List<String> builtinModules, List<String> absentModules, Map<String, String> tools, List<String> missingTools,
		List<String> libraries) {

	/** The manifest's file name in the boot directory. */
	public static final String FILE_NAME = "manifest.txt";

	public BootManifest {
		modules = List.copyOf(modules);
		builtinModules = List.copyOf(builtinModules);
		absentModules = List.copyOf(absentModules);
		tools = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tools));
		missingTools = List.copyOf(missingTools);
		libraries = List.copyOf(libraries);
	}

	void write(Path file) throws CoreException {
		StringBuilder text = new StringBuilder("# SIS Workbench boot environment\n");
		line(text, "kernel-version", kernelVersion);
		line(text, "kernel-source", kernelSource);
		line(text, "kernel-size", Long.toString(kernelSize));
		line(text, "kernel-sha256", kernelSha256);
		line(text, "initrd-size", Long.toString(initrdSize));
		line(text, "initrd-sha256", initrdSha256);
		line(text, "compression", compression);
		line(text, "entries", Integer.toString(entries));
		modules.forEach(name -> line(text, "module", name));
		builtinModules.forEach(name -> line(text, "builtin-module", name));
		absentModules.forEach(name -> line(text, "absent-module", name));
		tools.forEach((name, path) -> line(text, "tool", name + " " + path));
		missingTools.forEach(name -> line(text, "missing-tool", name));
		libraries.forEach(name -> line(text, "library", name));
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		AtomicFiles.write(file, out -> out.write(bytes));
	}

	/**
	 * The manifest in {@code directory}.
	 *
	 * @throws CoreException (bad input) when there is none: no boot environment was built there
	 */
	public static BootManifest read(Path directory) throws CoreException {
		Path file = directory.resolve(FILE_NAME);
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			throw new CoreException(Statuses.badInput("No boot environment in " + directory + ": run 'sis boot build' first"));
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot read " + file + ": " + e.getMessage(), e));
		}
		Map<String, String> single = new LinkedHashMap<>();
		Map<String, List<String>> lists = new LinkedHashMap<>();
		Map<String, String> tools = new LinkedHashMap<>();
		for (String line : lines) {
			if (line.startsWith("#") || line.isBlank()) {
				continue;
			}
			int space = line.indexOf(' ');
			String key = space < 0 ? line : line.substring(0, space);
			String value = space < 0 ? "" : line.substring(space + 1);
			if (key.equals("tool")) {
				int split = value.indexOf(' ');
				tools.put(value.substring(0, split), value.substring(split + 1));
			} else if (List.of("module", "builtin-module", "absent-module", "missing-tool", "library").contains(key)) {
				lists.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
			} else {
				single.put(key, value);
			}
		}
		try {
			return new BootManifest(single.get("kernel-version"), single.get("kernel-source"),
					Long.parseLong(single.getOrDefault("kernel-size", "0")), single.get("kernel-sha256"),
					Long.parseLong(single.getOrDefault("initrd-size", "0")), single.get("initrd-sha256"),
					single.get("compression"), Integer.parseInt(single.getOrDefault("entries", "0")),
					lists.getOrDefault("module", List.of()), lists.getOrDefault("builtin-module", List.of()),
					lists.getOrDefault("absent-module", List.of()), tools, lists.getOrDefault("missing-tool", List.of()),
					lists.getOrDefault("library", List.of()));
		} catch (NumberFormatException e) {
			throw new CoreException(Statuses.error("Damaged manifest " + file + ": " + e.getMessage(), e));
		}
	}

	private static void line(StringBuilder text, String key, String value) {
		text.append(key).append(' ').append(value == null ? "" : value).append('\n');
	}
}
