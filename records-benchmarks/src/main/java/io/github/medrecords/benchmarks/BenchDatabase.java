package io.github.medrecords.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A database for one benchmark trial: H2 (in memory, or in a file in a temporary folder for large
 * tables) or an embedded PostgreSQL server (zonky, binaries from Maven Central), reached through one
 * reused connection ({@link ReusedConnectionDataSource}).
 */
final class BenchDatabase implements AutoCloseable {

    /** H2, the embedded default. */
    static final String H2 = "H2";
    /** Embedded PostgreSQL. */
    static final String POSTGRES = "POSTGRES";

    private final String kind;
    private final EmbeddedPostgres postgres;
    private final Path folder;
    private final ReusedConnectionDataSource dataSource;

    private BenchDatabase(String kind, EmbeddedPostgres postgres, Path folder, Connection connection) {
        this.kind = kind;
        this.postgres = postgres;
        this.folder = folder;
        this.dataSource = new ReusedConnectionDataSource(connection);
    }

    /**
     * Starts a fresh, empty database.
     *
     * @param kind  {@link #H2} or {@link #POSTGRES}
     * @param onDisk  for H2: true for a file database in a temporary folder, false for in-memory
     * @return the database, not null
     * @throws SQLException if it cannot be reached
     */
    static BenchDatabase start(String kind, boolean onDisk) throws SQLException {
        try {
            if (POSTGRES.equals(kind)) {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                return new BenchDatabase(kind, pg, null, pg.getPostgresDatabase().getConnection());
            }
            if (!H2.equals(kind)) {
                throw new IllegalArgumentException("Unknown database " + kind);
            }
            JdbcDataSource h2 = new JdbcDataSource();
            Path folder = null;
            if (onDisk) {
                folder = Files.createTempDirectory("medrecords-bench");
                h2.setURL("jdbc:h2:file:" + folder.resolve("store").toAbsolutePath() + ";DB_CLOSE_DELAY=-1");
            } else {
                h2.setURL("jdbc:h2:mem:bench" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
            }
            h2.setUser("sa");
            h2.setPassword("");
            return new BenchDatabase(kind, null, folder, h2.getConnection());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the data source that both sides of a comparison use.
     *
     * @return the data source over the one reused connection, not null
     */
    DataSource dataSource() {
        return dataSource;
    }

    /**
     * Tells whether this is PostgreSQL.
     *
     * @return true for PostgreSQL
     */
    boolean isPostgres() {
        return postgres != null;
    }

    /**
     * Describes the server and the settings that matter for write speed, for the benchmark's log.
     *
     * @return a one-line description, not null
     * @throws SQLException if a query fails
     */
    String describe() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String product = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData()
                    .getDatabaseProductVersion();
            if (!isPostgres()) {
                return product + (folder == null ? " (in memory)" : " (file in " + folder + ")");
            }
            StringBuilder b = new StringBuilder(product);
            for (String setting : new String[] {"fsync", "synchronous_commit", "shared_buffers", "work_mem"}) {
                try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
                    rs.next();
                    b.append(", ").append(setting).append('=').append(rs.getString(1));
                }
            }
            return b.toString();
        }
    }

    /**
     * Empties the store's request tables (a benchmark's own clean-up, not an adapter path).
     *
     * @throws SQLException if a statement fails
     */
    void emptyRequestTables() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (isPostgres()) {
                s.execute("TRUNCATE mr_history, mr_command_key, mr_outbox, mr_disclosure, mr_patient_lock, mr_request");
            } else {
                s.execute("DELETE FROM mr_history");
                s.execute("DELETE FROM mr_command_key");
                s.execute("DELETE FROM mr_outbox");
                s.execute("DELETE FROM mr_disclosure");
                s.execute("DELETE FROM mr_patient_lock");
                s.execute("DELETE FROM mr_request");
            }
        }
    }

    @Override
    public String toString() {
        return kind;
    }

    @Override
    public void close() throws SQLException, IOException {
        try {
            if (!isPostgres()) {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }
            dataSource.closeConnection();
        } finally {
            if (postgres != null) {
                postgres.close();
            }
            if (folder != null) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                        Files.delete(p);
                    }
                }
            }
        }
    }
}
