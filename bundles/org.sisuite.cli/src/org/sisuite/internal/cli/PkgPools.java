package org.sisuite.internal.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.sisuite.core.Statuses;
import org.sisuite.core.pkg.VersionScheme;
import org.sisuite.core.pkg.pool.Pool;
import org.sisuite.core.pkg.pool.PoolReader;
import org.sisuite.core.pkg.pool.PoolSpec;
import org.sisuite.core.store.DocumentStore;
import org.sisuite.model.PackagePool;

/**
 * How {@code sis pkg} commands name pools: a directory, package file or URL, optionally followed
 * by a Debian suite and components ({@code "URL SUITE [COMPONENT...]"}, as in sources.list), or
 * the name of a pool stored in the site's database.
 */
final class PkgPools {

	private PkgPools() {
	}

	/** The spec a POOL argument names. */
	static PoolSpec spec(CliContext context, String text) throws CoreException {
		String word = text.strip();
		if (word.isEmpty()) {
			throw new CoreException(Statuses.badInput("Empty pool: expected a directory, a URL or a stored pool's name"));
		}
		if (word.contains(" ") || word.contains("://") || word.toLowerCase(Locale.ROOT).startsWith("file:") || exists(word)) {
			return PoolSpec.parse(word);
		}
		DocumentStore store = new DocumentStore(context.database());
		if (store.list(PackagePool.class).contains(word)) {
			PackagePool pool = store.get(PackagePool.class, word);
			if (pool.getUrl() == null || pool.getUrl().isBlank()) {
				throw new CoreException(Statuses.badInput("The stored pool '" + word + "' has no URL"));
			}
			return PoolSpec.of(pool);
		}
		throw new CoreException(Statuses.badInput("No pool at '" + word + "': no such directory or file, and no stored pool of that name"));
	}

	/** Reads the pools; they must all hold packages of one scheme. */
	static List<Pool> read(List<PoolSpec> specs, List<String> architectures, IProgressMonitor monitor) throws CoreException {
		List<Pool> pools = new ArrayList<>();
		for (PoolSpec spec : specs) {
			Pool pool = PoolReader.read(spec, architectures, monitor);
			if (!pools.isEmpty() && pools.get(0).scheme() != pool.scheme()) {
				throw new CoreException(Statuses.badInput("The pools mix " + name(pools.get(0).scheme()) + " (" + pools.get(0).location()
						+ ") and " + name(pool.scheme()) + " (" + pool.location() + ") packages"));
			}
			pools.add(pool);
		}
		return pools;
	}

	/** The architectures given as {@code --arch a,b --arch c}, split at commas. */
	static List<String> architectures(List<String> given) {
		List<String> architectures = new ArrayList<>();
		for (String value : given) {
			for (String part : value.split(",")) {
				if (!part.isBlank()) {
					architectures.add(part.strip());
				}
			}
		}
		return architectures;
	}

	static String name(VersionScheme scheme) {
		return scheme.name().toLowerCase(Locale.ROOT);
	}

	private static boolean exists(String path) {
		try {
			return Files.exists(Path.of(path));
		} catch (InvalidPathException e) {
			return false;
		}
	}
}
