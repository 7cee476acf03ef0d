package io.github.medrecords.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
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
