package org.sisuite.internal.ui.pkg;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.sisuite.core.SisHome;
import org.sisuite.core.Statuses;
import org.sisuite.core.image.build.ImageBuildOperation;
import org.sisuite.core.image.build.ImageBuildRequest;
import org.sisuite.core.image.build.ImageBuildResult;
import org.sisuite.core.image.build.PackageSource;
import org.sisuite.core.pkg.VersionScheme;
import org.sisuite.core.pkg.pool.Pool;
import org.sisuite.core.pkg.pool.PoolPackage;
import org.sisuite.core.pkg.pool.PoolReader;
import org.sisuite.core.pkg.pool.PoolSpec;
import org.sisuite.core.pkg.resolve.PackageLists;
import org.sisuite.core.pkg.resolve.Resolution;
import org.sisuite.core.pkg.resolve.Resolver;
import org.sisuite.core.pkg.resolve.TargetArchitectures;
import org.sisuite.core.store.ImageStore;
import org.sisuite.core.store.SisDatabase;
import org.sisuite.internal.ui.UiStatus;
import org.sisuite.model.PackageList;
import org.sisuite.model.PackagePool;

/**
 * The package list editor's background work, each a {@link Job} in {@link #FAMILY} shown in the
 * Progress view: reading the list's pools (for completion), resolving the list, building an image
 * from it. They work on a copy of the list taken on the UI thread, and hand their results back
 * through a callback that the editor runs on the UI thread.
 */
public final class PackageListJobs {

	/** The family of the editor's jobs; tests wait on it. */
	public static final Object FAMILY = new Object();

	private PackageListJobs() {
	}

	/** The pools of a list as the engine reads them. */
	static List<PoolSpec> specs(PackageList list) {
		return list.getPools().stream().map(PoolSpec::of).toList();
	}

	/** The Debian architectures to read pools for: the pools' own, else amd64. */
	static List<String> architectures(PackageList list) {
		for (PackagePool pool : list.getPools()) {
			if (!pool.getArchitectures().isEmpty()) {
				return List.copyOf(pool.getArchitectures());
			}
		}
		return List.of();
	}

	static List<Pool> read(List<PoolSpec> specs, List<String> architectures, IProgressMonitor monitor) throws CoreException {
		if (specs.isEmpty()) {
			throw new CoreException(Statuses.badInput("The package list has no pool: add one (sis pkg pool) to resolve it"));
		}
		SubMonitor progress = SubMonitor.convert(monitor, specs.size());
		List<Pool> pools = new ArrayList<>();
		for (PoolSpec spec : specs) {
			pools.add(PoolReader.read(spec, architectures.isEmpty() ? List.of("amd64") : architectures, progress.split(1)));
		}
		return pools;
	}

	/** Reads the pools and hands over the sorted package names (with virtual names), for completion. */
	static Job readNames(PackageList copy, Consumer<List<String>> done) {
		return new EditorJob("Reading the pools of package list " + copy.getName(), null, monitor -> {
			TreeSet<String> names = new TreeSet<>();
			for (Pool pool : read(specs(copy), architectures(copy), monitor)) {
				for (PoolPackage p : pool.packages()) {
					names.add(p.name());
				}
			}
			done.accept(List.copyOf(names));
		});
	}

	/** Resolves the list (its stages in order) against its pools and hands over the resolution. */
	static Job resolve(PackageList copy, Consumer<Resolution> done) {
		return new EditorJob("Resolving package list " + copy.getName(), null, monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, 10);
			List<String> architectures = architectures(copy);
			List<Pool> pools = read(specs(copy), architectures, progress.split(8));
			VersionScheme scheme = pools.get(0).scheme();
			progress.subTask("Resolving");
			Resolution resolution = new Resolver(scheme, TargetArchitectures.of(scheme, architectures), pools)
					.resolve(PackageLists.of(copy, scheme));
			progress.worked(2);
			done.accept(resolution);
		});
	}

	/**
	 * Builds a new version of an image from the list ({@link ImageBuildOperation}); every line of
	 * the tools' output goes to {@code line} as it comes (and to the build log).
	 */
	static Job build(SisHome home, String image, PackageList copy, Consumer<String> line, Consumer<ImageBuildResult> done) {
		return new EditorJob("Building image " + image + " from " + copy.getName(), ImageRule.of(image), monitor -> {
			try (SisDatabase database = SisDatabase.forEnvironment(home, System.getenv()).open()) {
				ImageStore store = new ImageStore(database, home.imagesDirectory());
				ImageBuildRequest request = new ImageBuildRequest(image, PackageSource.of(copy), specs(copy), List.of(),
						"built from package list " + copy.getName() + " in the workbench");
				line.accept("Building image " + image + " from package list " + copy.getName());
				ImageBuildResult result;
				try {
					result = new ImageBuildOperation(store, home, request, line).execute(monitor);
				} catch (CoreException e) {
					line.accept("Build failed: " + e.getStatus().getMessage());
					throw e;
				} catch (OperationCanceledException e) {
					line.accept("Build cancelled; image " + image + " is unchanged");
					throw e;
				}
				done.accept(result);
			}
		});
	}

	/** Two builds of one image queue up. */
	record ImageRule(String image) implements ISchedulingRule {
		static ImageRule of(String image) {
			return new ImageRule(image);
		}

		@Override
		public boolean contains(ISchedulingRule rule) {
			return equals(rule);
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return equals(rule);
		}
	}

	@FunctionalInterface
	interface Work {
		void run(IProgressMonitor monitor) throws CoreException;
	}

	/** A user job of the editor's family; failures go through the UI's one error funnel. */
	static final class EditorJob extends Job {
		private final Work work;
		private volatile IStatus failure;

		EditorJob(String name, ISchedulingRule rule, Work work) {
			super(name);
			this.work = work;
			setUser(true);
			setRule(rule);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			try {
				work.run(monitor);
			} catch (CoreException e) {
				failure = e.getStatus();
				UiStatus.show(e);
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			}
			return Status.OK_STATUS;
		}

		/** What made the job fail, or null. */
		IStatus failure() {
			return failure;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	}
}
