package io.github.medrecords.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.port.StorageException;
import io.github.medrecords.store.jdbc.internal.Durability;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 file store writes each commit to its file before acknowledging it, whatever the URL: H2
 * holds commits in memory for {@code WRITE_DELAY} ms (500 by default) and takes the default back
 * every time the database is opened again. The crash test ({@code StoreCrashIT}) shows what that
 * loses; these tests show the setting the store keeps.
 */
class H2DurabilityTest {

    @TempDir
    Path folder;

    private final List<DataSource> opened = new ArrayList<>();

    @Test
    void makesAnH2FileDatabaseWriteEachCommitBeforeItReturns() throws SQLException {
        DataSource ds = h2(";DB_CLOSE_DELAY=-1");

        JdbcStore.of(ds);

        assertThat(writeDelays(ds)).isNotEmpty().containsOnly(0);
    }

    @Test
    void setsItAgainOnADatabaseThatWasOpenedAgain() throws SQLException {
        // The module README's URL: the database closes with its last connection.
        DataSource ds = h2("");
        JdbcStore store = JdbcStore.of(ds);
        try (Connection keepsItOpen = ds.getConnection()) {
            assertThat(writeDelays(keepsItOpen)).as("H2 opened the database again with its default").contains(500);

            store.nextNumber(Requests.PRACTICE.id(), 2026);

            assertThat(writeDelays(keepsItOpen)).containsOnly(0);
        }
    }

    @Test
    void acceptsAnH2UrlThatAsksForWritesOnCommit() throws SQLException {
        DataSource ds = h2(";WRITE_DELAY=0");

        JdbcStore.of(ds).nextNumber(Requests.PRACTICE.id(), 2026);

        assertThat(writeDelays(ds)).containsOnly(0);
    }

    @Test
    void refusesAnH2UrlThatSetsAnotherWriteDelay() {
        DataSource ds = h2(";WRITE_DELAY=500");

        assertThatExceptionOfType(StorageException.class).isThrownBy(() -> JdbcStore.of(ds))
                .withMessageContaining("WRITE_DELAY=500").withMessageContaining("set it to 0");
    }

    @Test
    void refusesSuchAUrlAtTheFirstCallOfAStoreBuiltWithoutMigrations() {
        JdbcStore store = JdbcStore.builder(h2(";WRITE_DELAY=500")).migrate(false).build();

        assertThatExceptionOfType(StorageException.class)
                .isThrownBy(() -> store.nextNumber(Requests.PRACTICE.id(), 2026))
                .withMessageContaining("WRITE_DELAY=500");
    }

    @Test
    void refusesAnH2UserWithoutAdminRights() throws SQLException {
        DataSource admin = h2("");
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE USER clerk PASSWORD 'secret'");
            s.execute("GRANT ALL ON SCHEMA PUBLIC TO clerk");
        }
        String url = "jdbc:h2:file:" + folder.resolve("store").toAbsolutePath();

        assertThatExceptionOfType(StorageException.class)
                .isThrownBy(() -> JdbcStore.of(new UrlDataSource(url, "clerk", "secret")))
                .withMessageContaining("not an administrator").withMessageContaining("WRITE_DELAY 0");
    }

    @Test
    void leavesInMemoryDatabasesAlone() {
        assertThat(Durability.of(Databases.freshH2()).writesOnCommit()).isFalse();
        assertThat(Durability.of(h2("")).writesOnCommit()).isTrue();
    }

    private DataSource h2(String settings) {
        DataSource ds = new UrlDataSource("jdbc:h2:file:" + folder.resolve("store").toAbsolutePath() + settings,
                "sa", "");
        opened.add(ds);
        return ds;
    }

    private static List<Integer> writeDelays(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return writeDelays(c);
        }
    }

    /**
     * H2's WRITE_DELAY rows: the setting stored in the database (once set) and the value in force.
     */
    private static List<Integer> writeDelays(Connection c) throws SQLException {
        List<Integer> delays = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            while (rs.next()) {
                delays.add(Integer.parseInt(rs.getString(1)));
            }
        }
        return delays;
    }

    @AfterEach
    void shutdown() {
        if (!opened.isEmpty()) {
            try (Connection c = new UrlDataSource("jdbc:h2:file:" + folder.resolve("store").toAbsolutePath(), "sa",
                    "").getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
