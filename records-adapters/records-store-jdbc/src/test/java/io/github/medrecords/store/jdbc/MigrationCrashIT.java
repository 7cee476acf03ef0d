package io.github.medrecords.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.workflow.Transition;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose first migration was killed starts next time: a child JVM ({@link MigrationChild})
 * opens a new H2 file store (with the module README's URL, or the project README's that keeps the
 * database open) and is killed with {@code kill -9} during the migration or right after it; the test then opens the store itself and checks that it starts, has
 * the whole schema and saves and loads a request.
 *
 * <p>{@code -Dmedrecords.crash.migration-kills=20} sets the number of kills (6 by default);
 * {@code -Dmedrecords.crash.seed=...} repeats a run; the seed is printed.
 */
class MigrationCrashIT {

    private static final int KILLS = Integer.getInteger("medrecords.crash.migration-kills", 6);
    private static final long SEED = Long.getLong("medrecords.crash.seed", new SecureRandom().nextLong());

    @TempDir
    Path folder;

    @Test
    void aStoreKilledDuringOrRightAfterItsFirstMigrationStartsNextTime() throws Exception {
        System.out.printf("Migration crash test: %d kills, seed %d (-Dmedrecords.crash.seed=%d repeats it)%n", KILLS,
                SEED, SEED);
        Random random = new Random(SEED);
        Set<String> fresh = null;
        Map<String, Integer> leftBehind = new TreeMap<>();
        long migration = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            // The module README's URL, and the project README's, which keeps the database open (both
            // without WRITE_DELAY=0, which the store does not depend on).
            String url = "jdbc:h2:file:" + folder.resolve("store" + kill).toAbsolutePath()
                    + (kill % 2 == 0 ? ";DB_CLOSE_DELAY=-1" : "");
            try (ChildJvm child = ChildJvm.start(MigrationChild.class, folder.resolve("child.log"), url)) {
                child.await(MigrationChild.OPENING);
                long opening = System.nanoTime();
                if (migration == 0 || random.nextInt(3) == 0) {
                    child.await(MigrationChild.MIGRATED);
                    migration = Math.max(migration, (System.nanoTime() - opening) / 1_000_000);
                    Thread.sleep(random.nextInt(200));
                } else {
                    // Flyway migrates at the end of the time it takes to open the store.
                    Thread.sleep(migration / 2 + random.nextLong(migration / 2 + 50));
                }
                child.kill();
            }
            DataSource ds = new UrlDataSource(url.replace(";DB_CLOSE_DELAY=-1", "") + ";DB_CLOSE_DELAY=-1", "sa", "");
            leftBehind.merge(whatWasLeft(ds), 1, Integer::sum);

            JdbcStore store = JdbcStore.of(ds);

            if (fresh == null) {
                fresh = freshSchema();
            }
            assertThat(MigrationRecoveryTest.schema(ds)).as("the schema after kill %d", kill).isEqualTo(fresh);
            Transition submitted = Requests.submit(Requests.imagesOnCd());
            store.save(List.of(Requests.changeOf(submitted)));
            assertThat(store.findById(submitted.after().id())).isPresent();
            shutdown(ds);
        }
        System.out.println("Migration crash test: what each kill left behind: " + leftBehind);
    }

    /**
     * Names the state a killed migration left: nothing, the history table without V1's row, V1 recorded.
     */
    private static String whatWasLeft(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            int tables;
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE "
                    + "TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME LIKE 'MR\\_%'")) {
                rs.next();
                tables = rs.getInt(1);
            }
            boolean history;
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE "
                    + "TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'mr_schema_history'")) {
                rs.next();
                history = rs.getInt(1) == 1;
            }
            if (!history) {
                return tables == 0 ? "nothing" : tables + " tables without a history table";
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"mr_schema_history\" WHERE \"version\" = '1' "
                    + "AND \"success\"")) {
                rs.next();
                return rs.getInt(1) == 1 ? "V1 recorded" : tables + " of 5 tables, V1 not recorded";
            }
        }
    }

    private Set<String> freshSchema() throws SQLException {
        DataSource ds = new UrlDataSource("jdbc:h2:file:" + folder.resolve("fresh").toAbsolutePath()
                + ";DB_CLOSE_DELAY=-1", "sa", "");
        JdbcStore.of(ds);
        Set<String> schema = MigrationRecoveryTest.schema(ds);
        shutdown(ds);
        return schema;
    }

    private static void shutdown(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }
}
