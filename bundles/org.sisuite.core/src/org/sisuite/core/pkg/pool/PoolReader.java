package org.sisuite.core.pkg.pool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.sisuite.core.Statuses;
import org.sisuite.core.pkg.VersionScheme;

/**
 * Reads a pool of packages, finding out what it is when the spec does not say: an rpm-md
 * repository ({@code repodata/repomd.xml}), a Debian archive ({@code dists/}) or flat repository
 * ({@code Release} or {@code Packages*} at the top), a directory of {@code .deb} or {@code .rpm}
 * files (searched recursively), or a single package file.
 */
public final class PoolReader {

	private PoolReader() {
	}

	/**
	 * Reads the pool.
	 *
	 * @param architectures the architectures wanted from a Debian archive (the spec's own win); empty for all
	 * @throws CoreException (bad input) for a pool that does not exist, is malformed or fails its
	 *                       checksums; (failure) when it cannot be read
	 */
	public static Pool read(PoolSpec spec, List<String> architectures, IProgressMonitor monitor) throws CoreException {
		RepositoryFiles files = RepositoryFiles.at(spec.location());
		List<String> archs = spec.architectures().isEmpty() ? architectures : spec.architectures();
		Path local = files.localRoot();
		if (local != null && Files.isRegularFile(local)) {
			return directory(spec.location(), List.of(local), local.getParent(), monitor);
		}
		if (local != null && !Files.isDirectory(local)) {
			throw new CoreException(Statuses.badInput("No pool at " + spec.location() + ": no such directory or file"));
		}
		String kind = spec.kind();
		if (kind == null) {
			kind = detect(files, spec);
		}
		switch (kind) {
		case Pool.RPM_REPOSITORY:
			if (!files.exists(RpmRepository.REPOMD)) {
				throw new CoreException(Statuses.badInput("No rpm repository at " + spec.location() + ": "
						+ files.describe(RpmRepository.REPOMD) + " is missing"));
			}
			return RpmRepository.read(files, monitor);
		case Pool.DEB_REPOSITORY:
			return DebianRepository.read(files, spec.suite() == null ? onlySuite(files) : spec.suite(), spec.components(), archs,
					monitor);
		case Pool.DIRECTORY:
			if (local == null) {
				throw new CoreException(Statuses.badInput("A directory pool must be local, not " + spec.location()));
			}
			return directory(spec.location(), packageFiles(local), local, monitor);
		default:
			throw new CoreException(Statuses.badInput("Unknown pool kind '" + kind + "' for " + spec.location()));
		}
	}

	private static String detect(RepositoryFiles files, PoolSpec spec) throws CoreException {
		if (spec.suite() != null) {
			return Pool.DEB_REPOSITORY;
		}
		if (files.exists(RpmRepository.REPOMD)) {
			return Pool.RPM_REPOSITORY;
		}
		Path local = files.localRoot();
		if (local != null && Files.isDirectory(local.resolve("dists"))) {
			return Pool.DEB_REPOSITORY;
		}
		for (String name : List.of("InRelease", "Release", "Packages.xz", "Packages.gz", "Packages")) {
			if (files.exists(name)) {
				return Pool.DEB_REPOSITORY;
			}
		}
		if (local == null) {
			throw new CoreException(Statuses.badInput("No repository at " + spec.location()
					+ ": neither repodata/repomd.xml nor a Debian Release or Packages file (for a Debian archive give its suite: URL SUITE [COMPONENT...])"));
		}
		return Pool.DIRECTORY;
	}

	/** A flat repository (null) or, for a local archive with one suite under dists/, that suite. */
	private static String onlySuite(RepositoryFiles files) throws CoreException {
		Path local = files.localRoot();
		if (local == null || !Files.isDirectory(local.resolve("dists"))) {
			return null;
		}
		try (Stream<Path> suites = Files.list(local.resolve("dists"))) {
			List<String> names = suites.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
			if (names.size() != 1) {
				throw new CoreException(Statuses.badInput("The Debian archive " + files.location() + " has "
						+ (names.isEmpty() ? "no suites" : "the suites " + String.join(", ", names))
						+ " under dists/: name one (LOCATION SUITE [COMPONENT...])"));
			}
			return names.get(0);
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot list " + local.resolve("dists"), e));
		}
	}

	private static List<Path> packageFiles(Path directory) throws CoreException {
		try (Stream<Path> walk = Files.walk(directory)) {
			return walk.filter(Files::isRegularFile).filter(p -> {
				String name = p.getFileName().toString();
				return name.endsWith(".deb") || (name.endsWith(".rpm") && !name.endsWith(".src.rpm"));
			}).sorted().toList();
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot list " + directory + ": " + e.getMessage(), e));
		}
	}

	private static Pool directory(String location, List<Path> packageFiles, Path root, IProgressMonitor monitor)
			throws CoreException {
		if (packageFiles.isEmpty()) {
			throw new CoreException(Statuses.badInput("No .deb or .rpm files in " + location));
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + location, packageFiles.size());
		List<PoolPackage> packages = new ArrayList<>();
		VersionScheme scheme = null;
		for (Path file : packageFiles) {
			String name = file.getFileName().toString();
			VersionScheme fileScheme = name.endsWith(".deb") ? VersionScheme.DEB : VersionScheme.RPM;
			if (scheme != null && scheme != fileScheme) {
				throw new CoreException(Statuses.badInput(location + " mixes .deb and .rpm files; a pool holds one kind"));
			}
			scheme = fileScheme;
			String relative = root == null ? file.toString() : root.relativize(file).toString();
			packages.add(scheme == VersionScheme.DEB ? DebFile.read(file, relative, location) : RpmFile.read(file, relative, location));
			progress.split(1);
		}
		return new Pool(location, Pool.DIRECTORY, scheme, packages, List.of());
	}
}
