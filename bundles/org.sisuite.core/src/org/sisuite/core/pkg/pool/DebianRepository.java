package org.sisuite.core.pkg.pool;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.sisuite.core.Statuses;
import org.sisuite.core.pkg.VersionScheme;
import org.sisuite.core.pkg.pool.ControlFile.Stanza;

/**
 * A Debian repository: an archive ({@code dists/SUITE/Release} listing
 * {@code COMPONENT/binary-ARCH/Packages[.xz|.gz]}) or a flat repository ({@code Packages} next to an
 * optional {@code Release}). Indices listed in a Release are checked against its size and
 * checksum (SHA256, else SHA1, else MD5Sum); Release signatures are not checked.
 */
final class DebianRepository {

	private static final List<String> INDEX_VARIANTS = List.of("Packages.xz", "Packages.gz", "Packages.bz2", "Packages");
	private static final List<String> CHECKSUM_FIELDS = List.of("SHA256", "SHA512", "SHA1", "MD5Sum");

	/** A file a Release lists. */
	private record Listed(String checksum, String type, long size) {
	}

	private final RepositoryFiles files;
	private final List<String> notes = new ArrayList<>();

	private DebianRepository(RepositoryFiles files) {
		this.files = files;
	}

	/**
	 * Reads an archive suite ({@code dists/SUITE}), or a flat repository when {@code suite} is
	 * null or ends with {@code /} (the flat directory, relative to the location).
	 *
	 * @param components    the components to read; empty for all the Release lists
	 * @param architectures the architectures to read; empty for all the Release lists ({@code all} is
	 *                      read whenever it is listed)
	 */
	static Pool read(RepositoryFiles files, String suite, List<String> components, List<String> architectures,
			IProgressMonitor monitor) throws CoreException {
		return new DebianRepository(files).readSuite(suite, components, architectures, monitor);
	}

	private Pool readSuite(String suite, List<String> components, List<String> architectures, IProgressMonitor monitor)
			throws CoreException {
		boolean flat = suite == null || suite.endsWith("/");
		String prefix = suite == null || suite.equals("./") ? "" : flat ? suite : "dists/" + suite + "/";
		Stanza release = release(prefix);
		if (release == null && !flat) {
			throw new CoreException(Statuses.badInput("No Release or InRelease file for suite '" + suite + "' in "
					+ files.describe(prefix)));
		}
		List<String> indices = flat ? flatIndices(release, prefix) : archiveIndices(release, suite, components, architectures);
		Map<String, Listed> listed = release == null ? Map.of() : listed(release);
		if (release == null) {
			notes.add("no Release file: the index is not verified");
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + files.location(), indices.size());
		List<PoolPackage> packages = new ArrayList<>();
		for (String index : indices) {
			String path = prefix + index;
			byte[] data = files.read(path);
			Listed expected = listed.get(index);
			if (expected != null) {
				if (expected.size >= 0 && expected.size != data.length) {
					throw new CoreException(Statuses.badInput("Size mismatch for " + files.describe(path) + ": expected "
							+ expected.size + " bytes, actual " + data.length));
				}
				Checksums.verify(files.describe(path), data, expected.type, expected.checksum);
			}
			try (InputStream in = Compression.open(path, new ByteArrayInputStream(data))) {
				packages.addAll(DebianIndex.read(files.describe(path), in, files.location()));
			} catch (IOException e) {
				throw new CoreException(Statuses.badInput("Cannot read " + files.describe(path) + ": " + e.getMessage()));
			}
			progress.split(1);
		}
		return new Pool(files.location(), Pool.DEB_REPOSITORY, VersionScheme.DEB, packages, notes);
	}

	private Stanza release(String prefix) throws CoreException {
		for (String name : List.of("InRelease", "Release")) {
			if (files.exists(prefix + name)) {
				String text = ControlFile.stripClearSignature(new String(files.read(prefix + name), StandardCharsets.UTF_8));
				try {
					List<Stanza> stanzas = ControlFile.readAll(files.describe(prefix + name), new StringReader(text));
					if (stanzas.isEmpty()) {
						throw new CoreException(Statuses.badInput(files.describe(prefix + name) + " is empty"));
					}
					return stanzas.get(0);
				} catch (IOException e) {
					throw new CoreException(Statuses.error("Cannot read " + files.describe(prefix + name), e));
				}
			}
		}
		return null;
	}

	private List<String> flatIndices(Stanza release, String prefix) throws CoreException {
		// a flat repository's Release lists its indices relative to its own directory
		Set<String> listed = release == null ? Set.of() : listed(release).keySet();
		for (String variant : INDEX_VARIANTS) {
			if ((listed.isEmpty() || listed.contains(variant)) && Compression.readable(variant) && files.exists(prefix + variant)) {
				return List.of(variant);
			}
		}
		throw new CoreException(Statuses.badInput("No Packages, Packages.gz or Packages.xz in " + files.describe(prefix)));
	}

	private List<String> archiveIndices(Stanza release, String suite, List<String> components, List<String> architectures)
			throws CoreException {
		Map<String, Listed> listed = listed(release);
		List<String> available = words(release.get("Components"));
		List<String> wantedComponents = components.isEmpty() ? available : components;
		for (String component : wantedComponents) {
			if (!available.isEmpty() && !available.contains(component)) {
				throw new CoreException(Statuses.badInput("Suite '" + suite + "' of " + files.location() + " has no component '"
						+ component + "' (it has " + String.join(", ", available) + ")"));
			}
		}
		List<String> availableArchs = words(release.get("Architectures"));
		Set<String> wantedArchs = new LinkedHashSet<>(architectures.isEmpty() ? availableArchs : architectures);
		wantedArchs.retainAll(availableArchs.isEmpty() ? wantedArchs : availableArchs);
		if (wantedArchs.isEmpty()) {
			throw new CoreException(Statuses.badInput("Suite '" + suite + "' of " + files.location() + " has none of the architectures "
					+ String.join(", ", architectures) + " (it has " + String.join(", ", availableArchs) + ")"));
		}
		wantedArchs.add("all");
		List<String> indices = new ArrayList<>();
		for (String component : wantedComponents) {
			for (String arch : wantedArchs) {
				String directory = component + "/binary-" + arch + "/";
				String chosen = null;
				for (String variant : INDEX_VARIANTS) {
					if (chosen == null && listed.containsKey(directory + variant) && Compression.readable(variant)
							&& files.exists("dists/" + suite + "/" + directory + variant)) {
						chosen = directory + variant;
					}
				}
				if (chosen != null) {
					indices.add(chosen);
				} else if (!arch.equals("all")) {
					notes.add("no readable Packages index for " + component + "/" + arch);
				}
			}
		}
		return indices;
	}

	/** The files a Release lists with the strongest checksum it gives, by path. */
	private static Map<String, Listed> listed(Stanza release) throws CoreException {
		for (String field : CHECKSUM_FIELDS) {
			String value = release.get(field);
			if (value == null) {
				continue;
			}
			Map<String, Listed> listed = new LinkedHashMap<>();
			for (String line : value.split("\n")) {
				if (line.isBlank()) {
					continue;
				}
				String[] parts = line.strip().split("\\s+");
				if (parts.length != 3) {
					throw release.problem(field + ": expected 'checksum size path', found '" + line.strip() + "'");
				}
				try {
					listed.put(parts[2], new Listed(parts[0], field, Long.parseLong(parts[1])));
				} catch (NumberFormatException e) {
					throw release.problem(field + ": invalid size '" + parts[1] + "'");
				}
			}
			return listed;
		}
		return Map.of();
	}

	private static List<String> words(String value) {
		return value == null || value.isBlank() ? List.of() : Arrays.asList(value.strip().split("\\s+"));
	}
}
