package io.github.medrecords.store.jdbc;

import io.github.medrecords.core.practice.PracticeDirectory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Fresh, empty databases for contract tests: an in-memory H2 database each, or a schema each on one
 * embedded PostgreSQL server shared by every test in the JVM.
 */
final class Databases {

    private static final AtomicInteger H2_NAMES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private Databases() {
    }

    /**
     * A store on a data source that knows the seed practice's calendar under any practice id, as the
     * contracts' requests (the test kit's {@code RequestCases}, for the seed practice and an "other"
     * practice) need: a stored due date counts in its practice's calendar, which the document never copies.
     */
    static JdbcStore store(DataSource dataSource) {
        return JdbcStore.builder(dataSource).practices(SEED_CALENDAR_FOR_EVERY_PRACTICE).build();
    }

    static final PracticeDirectory SEED_CALENDAR_FOR_EVERY_PRACTICE = id -> Optional.of(Requests.PRACTICE);

    static DataSource freshH2() {
        return new UrlDataSource("jdbc:h2:mem:contract" + H2_NAMES.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
    }

    static synchronized DataSource freshPostgresSchema() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // The JVM is exiting; the server's own hook cleans up its files.
                }
            }));
        }
        String url = PostgresStoreIT.freshSchemaUrl(postgres);
        return PostgresStoreIT.dataSource(url);
    }
}
