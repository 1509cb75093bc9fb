package org.sisuite.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationsTest {

	private static final int RACERS = 4;

	@TempDir
	Path temp;

	/**
	 * Sessions that find a fresh database at the same moment all try to create the schema. H2
	 * commits every DDL statement on its own, so a migration is not one transaction there: the
	 * migrations must take turns. (Sessions of one process here; {@code ConcurrentProcessesTest}
	 * does the same with processes, with fewer rounds because a JVM takes long to start.)
	 */
	@Test
	void sessionsMigratingAFreshDatabaseAtOnceCreateTheSchemaOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(RACERS);
		try {
			for (int round = 0; round < 20; round++) {
				try (SisDatabase keeper = SisDatabase.embedded(temp.resolve("db" + round))) {
					// keeps the (empty) database open, as a serving process does, without migrating it
					try (Connection open = keeper.connect()) {
						CyclicBarrier start = new CyclicBarrier(RACERS);
						List<Future<?>> racers = new ArrayList<>();
						for (int i = 0; i < RACERS; i++) {
							racers.add(pool.submit(() -> {
								start.await();
								new SchemaMigrations(keeper).migrate();
								return null;
							}));
						}
						for (Future<?> racer : racers) {
							racer.get(1, TimeUnit.MINUTES);
						}
						assertEquals(SchemaMigrations.currentVersion(), SchemaMigrations.installedVersion(open));
						assertEquals(Schema.MIGRATIONS.size(),
								Sql.queryLong(open, "SELECT COUNT(*) FROM sis_schema_version WHERE version > 0"));
						assertEquals(1, Sql.queryLong(open, "SELECT COUNT(*) FROM sis_revision"));
					}
				}
			}
		} finally {
			pool.shutdownNow();
		}
	}
}
