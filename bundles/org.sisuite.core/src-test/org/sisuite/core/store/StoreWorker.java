package org.sisuite.core.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.sisuite.core.store.ClientStore.ClientSpec;
import org.sisuite.core.store.ClientStore.RangeSpec;
import org.sisuite.core.store.ImageStore.ImageSpec;

/**
 * A separate process that works on a store, for the tests that need more than one process (or one
 * that dies): started by {@link WorkerProcess}, it talks on stdout one line at a time.
 * <ul>
 * <li>{@code open DIR} and {@code write DIR NAME CLIENTS RANGES RANGE_SIZE}: print {@code ready},
 * wait for a {@code go} line on stdin, so that several workers start at the same moment, then open
 * the database in {@code DIR} (migrating it) and print {@code opened}; {@code write} then adds an
 * image {@code NAME-image}, {@code CLIENTS} clients {@code NAME-c0000...} and {@code RANGES} ranges
 * {@code NAME-r00...} of {@code RANGE_SIZE} clients, interleaved, one transaction each, and prints
 * {@code wrote WRITES}.</li>
 * <li>{@code import DIR CLIENTS [hold]}: opens the database, replaces the site by
 * {@link SampleSites#withClients} in one transaction, printing {@code transaction started} once
 * the old content is deleted, {@code progress PERMILLE} as it goes, and {@code committed} when
 * {@link SiteStore#replaceAll} returned; with {@code hold}, it then waits for its stdin to end
 * before it closes the database.</li>
 * </ul>
 * Exits 0 when done, 1 with the error on stderr otherwise.
 */
public final class StoreWorker {

	private StoreWorker() {
	}

	public static void main(String[] args) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		try {
			run(args, out);
		} catch (CoreException e) {
			// the test quotes stderr when the worker fails: the whole story, with the cause
			System.err.println("worker failed: " + e.getStatus());
			if (e.getStatus().getException() != null) {
				e.getStatus().getException().printStackTrace(System.err);
			}
			System.exit(1);
		}
		System.exit(0);
	}

	private static void run(String[] args, PrintStream out) throws Exception {
		Path directory = Path.of(args[1]);
		switch (args[0]) {
		case "open" -> {
			awaitGo(out);
			try (SisDatabase database = SisDatabase.embedded(directory).open()) {
				out.println("opened");
			}
		}
		case "write" -> {
			String name = args[2];
			int clients = Integer.parseInt(args[3]);
			int ranges = Integer.parseInt(args[4]);
			int rangeSize = Integer.parseInt(args[5]);
			awaitGo(out);
			try (SisDatabase database = SisDatabase.embedded(directory).open()) {
				out.println("wrote " + write(database, directory, name, clients, ranges, rangeSize, out));
			}
		}
		case "import" -> {
			try (SisDatabase database = SisDatabase.embedded(directory).open()) {
				new SiteStore(database).replaceAll(SampleSites.withClients(Integer.parseInt(args[2])), new ReportingMonitor(out));
				out.println("committed");
				if (args.length > 3 && "hold".equals(args[3])) {
					System.in.transferTo(OutputStream.nullOutputStream());
				}
			}
		}
		default -> throw new IllegalArgumentException("unknown worker command " + args[0]);
		}
	}

	/**
	 * Loads the database engine, says {@code ready} and waits for {@code go}: the JVMs start at
	 * different speeds, the work must not.
	 */
	private static void awaitGo(PrintStream out) throws Exception {
		try (Connection warmUp = DriverManager.getConnection("jdbc:h2:mem:")) {
			warmUp.createStatement().execute("CREATE TABLE t (id INT PRIMARY KEY)");
		}
		out.println("ready");
		String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		if (!"go".equals(line)) {
			throw new IllegalStateException("expected 'go', got " + line);
		}
	}

	private static int write(SisDatabase database, Path directory, String name, int clients, int ranges, int rangeSize,
			PrintStream out) throws CoreException {
		out.println("opened");
		int worker = Integer.parseInt(name.replaceAll("\\D", ""));
		String image = name + "-image";
		new ImageStore(database, directory.resolve("images")).add(new ImageSpec(image, null, "x86_64", null, null, null));
		int writes = 1;
		ClientStore store = new ClientStore(database);
		for (int i = 0; i < Math.max(clients, ranges); i++) {
			if (i < clients) {
				String mac = String.format("52:54:%02x:00:%02x:%02x", worker, i >> 8, i & 0xff);
				String ip = "10." + (100 + worker) + "." + (i / 250) + "." + (i % 250 + 1);
				store.add(new ClientSpec(String.format("%s-c%04d", name, i), null, image, List.of(mac), ip,
						"255.255.0.0", null, List.of()));
				writes++;
			}
			if (i < ranges) {
				String range = String.format("%s-r%02d", name, i);
				store.addRange(new RangeSpec(range, range + "-n", 1, rangeSize, 3, "10." + worker + "." + i + ".1",
						"255.255.0.0", null, null, image), new NullProgressMonitor());
				writes++;
			}
		}
		return writes;
	}

	/** Prints how far the import is, in permille of the whole operation. */
	private static final class ReportingMonitor extends NullProgressMonitor {

		private final PrintStream out;
		private double total = 1;
		private double done;
		private long reported = -1;

		ReportingMonitor(PrintStream out) {
			this.out = out;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
		}

		@Override
		public void internalWorked(double work) {
			if (done == 0) {
				// the first tick comes after the old rows are deleted, inside the transaction
				out.println("transaction started");
			}
			done += work;
			long permille = Math.round(1000 * done / total);
			if (permille != reported) {
				reported = permille;
				out.println("progress " + permille);
			}
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}
	}
}
