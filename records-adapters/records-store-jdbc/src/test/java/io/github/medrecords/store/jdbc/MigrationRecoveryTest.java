package io.github.medrecords.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.port.StorageException;
import io.github.medrecords.core.workflow.Transition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose migration was interrupted starts next time with the whole schema: H2 commits each DDL
 * statement on its own, so a killed process leaves any prefix of a migration applied, with no row in
 * the history table or, after a failed retry, a failed one. Also: a store migrated with V1 as first
 * published (without {@code IF NOT EXISTS}) still validates and works.
 */
class MigrationRecoveryTest {

    private static final String V1 = "V1__requests_history_disclosures_outbox.sql";

    @TempDir
    Path folder;

    private Set<String> fresh;

    @Test
    void aStoreMigratedWithTheFirstPublishedV1StillValidatesAndWorks() throws Exception {
        DataSource ds = h2("published");
        flyway(ds, "classpath:migration-v1-before-idempotent").migrate();

        JdbcStore store = JdbcStore.of(ds);

        assertThat(schema(ds)).isEqualTo(freshSchema());
        assertWorks(store);
        assertWorks(JdbcStore.of(ds));
        assertThat(successfulRows(ds)).isEqualTo(1);
        shutdown(ds);
    }

    @Test
    void everyPrefixOfAnInterruptedV1IsCompletedOnTheNextStart() throws Exception {
        // Each prefix of both texts, with no row (killed) or a failed row (a failed retry), alternately.
        List<String> scripts = List.of("migration-v1-before-idempotent/" + V1, "db/medrecords-migration/" + V1);
        for (int script = 0; script < scripts.size(); script++) {
            String published = scripts.get(script);
            List<String> statements = statements(published);
            assertThat(statements).hasSize(11);
            for (int applied = 0; applied < statements.size(); applied++) {
                boolean failedRow = (applied + script) % 2 == 1;
                String name = "prefix" + applied + (failedRow ? "f" : "k") + script;
                DataSource ds = h2(name);
                interruptedAfter(ds, statements.subList(0, applied), failedRow, name);

                JdbcStore store = JdbcStore.of(ds);

                assertThat(schema(ds)).as("%d statements of %s applied, %s", applied, published,
                        failedRow ? "a failed row" : "no row").isEqualTo(freshSchema());
                assertWorks(store);
                assertThat(successfulRows(ds)).isEqualTo(1);
                shutdown(ds);
            }
        }
    }

    @Test
    void anAppliedMigrationChangedInAnyOtherWayStillFailsValidation() throws Exception {
        DataSource ds = h2("edited");
        JdbcStore.of(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE \"mr_schema_history\" SET \"checksum\" = 12345 WHERE \"version\" = '1'");
        }

        assertThatExceptionOfType(StorageException.class).isThrownBy(() -> JdbcStore.of(ds))
                .withCauseInstanceOf(FlywayException.class)
                .satisfies(e -> assertThat(e.getCause().getMessage()).containsIgnoringCase("checksum"));
        shutdown(ds);
    }

    /**
     * Leaves a database as a killed first migration does: the history table, some statements of V1
     * (H2 commits each DDL statement), and no row for V1, or the failed row that Flyway writes when a
     * script fails on a database without DDL transactions. The statements are applied as a migration of
     * their own, whose row is then removed or marked failed.
     */
    private void interruptedAfter(DataSource ds, List<String> applied, boolean failedRow, String name)
            throws IOException, SQLException {
        Path scripts = Files.createDirectories(folder.resolve("scripts-" + name));
        List<String> script = new ArrayList<>(applied);
        script.add("SELECT 1");
        Files.writeString(scripts.resolve(V1), String.join(";\n", script) + ";\n", StandardCharsets.UTF_8);
        flyway(ds, "filesystem:" + scripts.toAbsolutePath()).migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(failedRow
                    ? "UPDATE \"mr_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '1'"
                    : "DELETE FROM \"mr_schema_history\" WHERE \"version\" = '1'")).isEqualTo(1);
        }
    }

    private static List<String> statements(String resource) throws IOException {
        try (var in = MigrationRecoveryTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^\\s*--.*$", "");
            return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    private static Flyway flyway(DataSource ds, String location) {
        return Flyway.configure().dataSource(ds).locations(location).table(JdbcStore.SCHEMA_HISTORY_TABLE)
                .baselineOnMigrate(true).baselineVersion("0").load();
    }

    private static void assertWorks(JdbcStore store) {
        Transition submitted = Requests.submit(Requests.imagesOnCd());
        store.save(List.of(Requests.changeOf(submitted)));
        assertThat(store.findById(submitted.after().id())).isPresent();
    }

    private static int successfulRows(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"mr_schema_history\" WHERE \"version\" = '1' AND \"success\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private Set<String> freshSchema() {
        if (fresh == null) {
            DataSource ds = h2("fresh");
            JdbcStore.of(ds);
            fresh = schema(ds);
            shutdown(ds);
        }
        return fresh;
    }

    private static void shutdown(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The store's tables, columns, constraints and indexes as H2 scripts them, without the history table.
     */
    static Set<String> schema(DataSource ds) {
        Set<String> lines = new TreeSet<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SCRIPT NODATA")) {
            while (rs.next()) {
                String line = rs.getString(1);
                if ((line.startsWith("CREATE") || line.startsWith("ALTER")) && line.contains("\"MR_")
                        && !line.contains("MR_SCHEMA_HISTORY")) {
                    lines.add(line);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(lines).isNotEmpty();
        return lines;
    }

    private static DataSource h2(String name) {
        // In memory: the migration logic is the same as on a file, and a hundred databases open in no time.
        return new UrlDataSource("jdbc:h2:mem:migration-" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}
