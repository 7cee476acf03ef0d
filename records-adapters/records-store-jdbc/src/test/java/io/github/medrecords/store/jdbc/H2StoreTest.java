package io.github.medrecords.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's behaviour on an H2 file database, a new one per test.
 */
class H2StoreTest extends StoreBehaviour {

    @TempDir
    Path folder;

    private DataSource current;

    static DataSource h2(Path file) {
        return new UrlDataSource("jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "sa", "");
    }

    @Override
    DataSource freshDataSource() {
        current = h2(folder.resolve("store"));
        return current;
    }

    @Override
    DataSource reopen() {
        shutdown();
        current = h2(folder.resolve("store"));
        return current;
    }

    @AfterEach
    void shutdown() {
        try (Connection c = current.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
