package io.github.medrecords.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store's behaviour on embedded PostgreSQL (binaries from Maven Central), a schema of its own
 * per test.
 */
class PostgresStoreIT extends StoreBehaviour {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private String url;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    /**
     * Returns a data source on a new, empty schema of the shared embedded server.
     */
    static String freshSchemaUrl() {
        String schema = "t" + SCHEMAS.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?currentSchema=" + schema;
    }

    static DataSource dataSource(String url) {
        return new UrlDataSource(url, "postgres", "postgres");
    }

    @Override
    DataSource freshDataSource() {
        url = freshSchemaUrl();
        return dataSource(url);
    }

    @Override
    DataSource reopen() {
        return dataSource(url);
    }
}
