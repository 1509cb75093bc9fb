package org.sisuite.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.sisuite.core.pkg.VersionScheme;
import org.sisuite.core.pkg.pool.Pool;
import org.sisuite.core.pkg.pool.PoolReader;
import org.sisuite.core.pkg.pool.PoolSpec;
import org.sisuite.core.pkg.resolve.PackageLists;
import org.sisuite.core.pkg.resolve.Resolution;
import org.sisuite.core.pkg.resolve.Resolver;
import org.sisuite.core.pkg.resolve.TargetArchitectures;

/**
 * {@code PkgResolveBench POOL LIST OUT}: reads a Debian pool, resolves a list file against it for
 * amd64, writes the resolved set ({@code name version arch} a line) to OUT and prints the time of
 * reading and of resolving (in this JVM, without start-up), the counts and the problems.
 */
public final class PkgResolveBench {

	private PkgResolveBench() {
	}

	public static void main(String[] args) throws Exception {
		Path list = Path.of(args[1]);
		long start = System.nanoTime();
		Pool pool = PoolReader.read(PoolSpec.at(args[0]), List.of("amd64"), new NullProgressMonitor());
		long read = System.nanoTime();
		Resolution resolution = new Resolver(VersionScheme.DEB, TargetArchitectures.of(VersionScheme.DEB, List.of("amd64")), List.of(pool))
				.resolve(PackageLists.parse(list.toString(), Files.readString(list, StandardCharsets.UTF_8), VersionScheme.DEB));
		long resolved = System.nanoTime();
		List<String> lines = new ArrayList<>();
		resolution.packages().forEach(p -> lines.add(p.name() + " " + p.version() + " " + p.arch()));
		Files.write(Path.of(args[2]), lines, StandardCharsets.UTF_8);
		System.out.printf("read %d packages in %.2f s; resolved %d requests to %d packages in %.2f s; %d problems, %d install steps%n",
				pool.packages().size(), (read - start) / 1e9, Files.readAllLines(list).size(), resolution.packages().size(),
				(resolved - read) / 1e9, resolution.problems().size(), resolution.installOrder().size());
		resolution.problems().forEach(p -> System.out.println("problem: " + p.message()));
	}
}
