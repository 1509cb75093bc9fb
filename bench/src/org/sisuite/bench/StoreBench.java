package org.sisuite.bench;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.sisuite.core.store.ClientStore;
import org.sisuite.core.store.ClientStore.RangeSpec;
import org.sisuite.core.store.ImageStore;
import org.sisuite.core.store.ImageStore.ImageSpec;
import org.sisuite.core.store.SisDatabase;
import org.sisuite.core.store.SiteStore;
import org.sisuite.core.store.StoreRecords.ClientSummary;
import org.sisuite.model.Client;
import org.sisuite.model.SisFactory;
import org.sisuite.model.Site;

/**
 * The store without the command line around it, one scenario per run (bench/run.sh measures each
 * run's wall time and peak RSS; this prints the time of the store calls alone):
 * <ul>
 * <li>{@code ranges DIR COUNT SIZE}: adds an image and COUNT ranges of SIZE clients, one
 * transaction each, to the (new) database in DIR;</li>
 * <li>{@code list DIR}: lists every client, as {@code sis client list} does;</li>
 * <li>{@code load DIR}: loads the whole site as one EMF tree, as the workbench and
 * {@code sis db export} do;</li>
 * <li>{@code import DIR N}: replaces the site by one of N clients in one transaction, as
 * {@code sis db import} does.</li>
 * </ul>
 */
public final class StoreBench {

	private StoreBench() {
	}

	public static void main(String[] args) throws CoreException {
		Path directory = Path.of(args[1]);
		long opened = System.nanoTime();
		try (SisDatabase database = SisDatabase.embedded(directory).open()) {
			report("open", opened);
			switch (args[0]) {
			case "ranges" -> ranges(database, directory, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
			case "list" -> {
				long start = System.nanoTime();
				List<ClientSummary> clients = new ClientStore(database).list(null, null);
				report("list " + clients.size() + " clients", start);
			}
			case "load" -> {
				long start = System.nanoTime();
				Site site = new SiteStore(database).load();
				report("load a site of " + site.getClients().size() + " clients", start);
			}
			case "import" -> {
				int count = Integer.parseInt(args[2]);
				Site site = SisFactory.eINSTANCE.createSite();
				site.setName("site");
				for (int i = 1; i <= count; i++) {
					Client client = SisFactory.eINSTANCE.createClient();
					client.setHostname(String.format("node%06d", i));
					site.getClients().add(client);
				}
				long start = System.nanoTime();
				new SiteStore(database).replaceAll(site, new NullProgressMonitor());
				report("import a site of " + count + " clients", start);
			}
			default -> throw new IllegalArgumentException("unknown scenario " + args[0]);
			}
		}
	}

	private static void ranges(SisDatabase database, Path directory, int count, int size) throws CoreException {
		new ImageStore(database, directory.resolve("images")).add(new ImageSpec("compute", null, "x86_64", null, null, null));
		ClientStore clients = new ClientStore(database);
		long start = System.nanoTime();
		long slowest = 0;
		for (int r = 0; r < count; r++) {
			long one = System.nanoTime();
			// 10.R.0.1 onwards: every range has its own addresses (up to 255 ranges)
			clients.addRange(new RangeSpec("r" + r, "r" + r + "n", 1, size, String.valueOf(size).length(),
					"10." + r + ".0.1", "255.0.0.0", null, null, "compute"), new NullProgressMonitor());
			slowest = Math.max(slowest, System.nanoTime() - one);
		}
		report("add " + count + " ranges of " + size + " clients", start);
		System.out.printf("%-40s %10.3f s%n", "slowest range", slowest / 1e9);
	}

	private static void report(String what, long start) {
		System.out.printf("%-40s %10.3f s%n", what, (System.nanoTime() - start) / 1e9);
	}
}
