package org.sisuite.internal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.sisuite.core.Statuses;
import org.sisuite.core.pkg.VersionScheme;
import org.sisuite.core.pkg.pool.Pool;
import org.sisuite.core.pkg.pool.PoolSpec;
import org.sisuite.core.pkg.resolve.PackageLists;
import org.sisuite.core.pkg.resolve.Request;
import org.sisuite.core.pkg.resolve.Resolution;
import org.sisuite.core.pkg.resolve.Resolution.InstallStep;
import org.sisuite.core.pkg.resolve.Resolution.Problem;
import org.sisuite.core.pkg.resolve.Resolution.ResolvedPackage;
import org.sisuite.core.pkg.resolve.Resolver;
import org.sisuite.core.pkg.resolve.TargetArchitectures;
import org.sisuite.core.store.DocumentStore;
import org.sisuite.model.PackageList;
import org.sisuite.model.PackagePool;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sis pkg resolve LIST --pool POOL...}: what a package list installs, in which order, and what is missing. */
@Command(name = "resolve", mixinStandardHelpOptions = true, description = {
		"Resolve a package list against pools: the packages to install (name, version, architecture, pool),",
		"their install order, and what is missing or conflicting with the chain that needed it.",
		"LIST is a file (one package a line, 'name[:arch] [op version]', # comments; OSCAR .pkglist files work)",
		"or the name of a stored package list. Exits 1 when the list does not resolve, 2 for bad input." })
final class PkgResolveCommand implements Callable<Integer> {

	private final CliContext context;
	@Mixin
	JsonOutput output;
	@Parameters(paramLabel = "LIST", description = "A list file, or a stored package list's name.")
	String list;
	@Option(names = "--pool", paramLabel = "POOL", description = {
			"A pool: directory, package file, file: or http(s): URL, 'URL SUITE [COMPONENT...]' for a Debian archive,",
			"or a stored pool's name. Repeatable; searched in order. Default: the stored list's pools." })
	List<String> pools = new ArrayList<>();
	@Option(names = "--arch", paramLabel = "ARCH[,ARCH...]", description = {
			"Target architectures, native first (default amd64 or x86_64). Debian: more are foreign (multiarch);",
			"rpm: x86_64 also takes noarch and i686." })
	List<String> architectures = new ArrayList<>();

	PkgResolveCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() throws CoreException, IOException {
		Path file = Path.of(list);
		PackageList stored = Files.isRegularFile(file) ? null : new DocumentStore(context.database()).get(PackageList.class, list);
		List<PoolSpec> specs = new ArrayList<>();
		for (String pool : pools) {
			specs.add(PkgPools.spec(context, pool));
		}
		if (specs.isEmpty() && stored != null) {
			for (PackagePool pool : stored.getPools()) {
				specs.add(PoolSpec.of(pool));
			}
		}
		if (specs.isEmpty()) {
			throw new CoreException(Statuses.badInput("No pool to resolve against: give --pool POOL"
					+ (stored == null ? "" : " (the package list '" + list + "' names none)")));
		}
		List<String> archs = PkgPools.architectures(architectures);
		IProgressMonitor monitor = context.terminal() ? new ConsoleProgress(context.err(), true) : null;
		List<Pool> read = PkgPools.read(specs, archs.isEmpty() ? List.of("amd64") : archs, monitor);
		VersionScheme scheme = read.get(0).scheme();
		if (stored != null && stored.getDistributionFamily() != null && !PkgPools.name(scheme).equals(stored.getDistributionFamily().getLiteral())) {
			throw new CoreException(Statuses.badInput("The package list '" + list + "' is for " + stored.getDistributionFamily().getLiteral()
					+ " but the pools hold " + PkgPools.name(scheme) + " packages"));
		}
		List<Request> requests = stored != null ? PackageLists.of(stored, scheme)
				: PackageLists.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), scheme);
		if (requests.isEmpty()) {
			throw new CoreException(Statuses.badInput("The package list " + list + " asks for no package"));
		}
		Resolution resolution = new Resolver(scheme, TargetArchitectures.of(scheme, archs), read).resolve(requests);
		if (output.isJson()) {
			Json.print(context.out(), resolution);
		} else {
			print(resolution);
		}
		if (!resolution.resolved()) {
			context.err().println("sis pkg resolve: " + resolution.problems().size() + " problem"
					+ (resolution.problems().size() == 1 ? "" : "s") + "; the list does not resolve");
			return ExitCodes.FAILURE;
		}
		return ExitCodes.OK;
	}

	private void print(Resolution resolution) {
		context.out().println(resolution.packages().size() + " packages for " + String.join(", ", resolution.architectures()) + " ("
				+ resolution.scheme() + ") from " + String.join(", ", resolution.pools()) + ":");
		TextTable packages = new TextTable("NAME", "VERSION", "ARCH", "POOL", "NEEDED BY");
		for (ResolvedPackage p : resolution.packages()) {
			String neededBy = String.join(" -> ", p.neededBy());
			packages.row(p.name(), p.version(), p.arch(), p.pool(),
					!p.requested() ? neededBy : neededBy.equals(p.name()) ? "requested" : "requested: " + neededBy);
		}
		packages.print(context.out());
		context.out().println();
		context.out().println("Install order:");
		TextTable order = new TextTable("#", "NAME", "VERSION", "ARCH");
		for (InstallStep step : resolution.installOrder()) {
			order.row(step.position(), step.name(), step.version(), step.arch());
		}
		order.print(context.out());
		if (!resolution.notes().isEmpty()) {
			context.out().println();
			context.out().println("Notes:");
			resolution.notes().forEach(note -> context.out().println("  " + note));
		}
		if (!resolution.problems().isEmpty()) {
			context.out().println();
			context.out().println("Problems:");
			for (Problem problem : resolution.problems()) {
				context.out().println("  " + problem.message());
			}
		}
	}
}
