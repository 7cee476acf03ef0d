package io.github.medrecords.benchmarks;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.ChangeSet;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.store.jdbc.JdbcStore;
import io.github.medrecords.testkit.port.RequestCases;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link JdbcStore#findOpenDueOnOrBefore} on stores of 10k, 100k and 1M requests, on H2 (a file
 * database) and embedded PostgreSQL: the query a practice's staff screen or a reminder job runs.
 *
 * <p>The store is seeded with set-based SQL ({@code INSERT ... SELECT} from {@code generate_series} on
 * PostgreSQL, {@code SYSTEM_RANGE} on H2, in chunks of 100,000 rows), copying the document text the
 * adapter wrote for one template request from the test kit, with each row's own id, number and
 * idempotency key replaced into it, and one history row per request. The requests spread over four
 * practices; in each practice 70% are closed ({@code open_due_date} NULL) and the rest are due on one
 * of the 700 days after the query date, except {@value #DUE_SOON} requests of the queried practice,
 * due on or up to 9 days before it. So the answer is the same {@value #DUE_SOON} requests at every
 * size, and the time should stay nearly flat while the row count grows a hundredfold. The setup prints
 * the seeding time and the query plans ({@code EXPLAIN ANALYZE}; on PostgreSQL also the generic plan
 * that a server-prepared statement may switch to), which should show the index on
 * {@code (practice_id, open_due_date)} in use.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class DueSoonQueryBenchmark {

    /** How many requests of the queried practice are due on or before the query date, at every size. */
    static final int DUE_SOON = 20;

    private static final int CHUNK = 100_000;
    private static final int PRACTICES = 4;
    private static final LocalDate QUERY_DATE = LocalDate.of(2026, 12, 1);
    private static final String UUID_PREFIX = "00000000-0000-4000-8000-";

    /** The adapter's due-soon query, as {@code JdbcStore} issues it, for the plans. */
    private static final String ADAPTER_QUERY = "SELECT id, version, history_count, document FROM mr_request "
            + "WHERE practice_id = %s AND open_due_date <= %s ORDER BY open_due_date, received_at, request_number";

    /** The database: {@code H2} (a file database) or {@code POSTGRES} (embedded). */
    @Param({"H2", "POSTGRES"})
    public String database;

    /** How many requests the store holds. */
    @Param({"10000", "100000", "1000000"})
    public int rows;

    private BenchDatabase db;
    private JdbcStore store;
    private PracticeId practice;

    /**
     * Starts the database, builds the store, seeds it and prints the seeding time and the query plans.
     *
     * @throws SQLException if the database fails
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        if (rows % (DUE_SOON * PRACTICES) != 0) {
            throw new IllegalArgumentException("rows must be a multiple of " + DUE_SOON * PRACTICES);
        }
        db = BenchDatabase.start(database, true);
        PracticeProfile profile = ExamplePractices.connecticutOrthopaedics();
        practice = profile.id();
        store = JdbcStore.builder(db.dataSource()).practices(PracticeDirectory.of(profile)).build();
        RequestCase.Snapshot template = RequestCases.of(profile, 11).submit(RequestNumber.of(2026, 1),
                Instant.parse("2026-11-02T15:00:00Z")).after().snapshot();
        store.save(List.of(new ChangeSet(RequestCase.restore(template), 0, template.history(), List.of(),
                List.of())));
        System.out.println("\n[due-soon] " + db.describe());
        long start = System.nanoTime();
        try (Connection c = db.dataSource().getConnection()) {
            seed(c, template);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("[due-soon] seeded %,d requests and %,d history rows in %.1f s (%,.0f requests/s)%s%n",
                rows, rows, seconds, rows / seconds, tableSize());
        int found = store.findOpenDueOnOrBefore(practice, QUERY_DATE).requests().size();
        if (found != DUE_SOON) {
            throw new IllegalStateException("Expected " + DUE_SOON + " requests due soon, found " + found);
        }
        printPlans();
    }

    /**
     * Stops the database and removes its files.
     *
     * @throws SQLException if the database fails
     * @throws IOException if its files cannot be removed
     */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException, IOException {
        db.close();
    }

    /**
     * Finds the practice's open requests due on or before the query date.
     *
     * @return the {@value #DUE_SOON} requests
     */
    @Benchmark
    public List<RequestCase> findOpenDueOnOrBefore() {
        return store.findOpenDueOnOrBefore(practice, QUERY_DATE).requests();
    }

    private void seed(Connection c, RequestCase.Snapshot template) throws SQLException {
        String document;
        String[] history = new String[8];
        int seq;
        OffsetDateTime happenedAt;
        try (PreparedStatement ps = c.prepareStatement("SELECT document FROM mr_request WHERE id = ?")) {
            ps.setObject(1, template.id().value());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                document = rs.getString(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, happened_at, actor_kind, actor_id, action, "
                + "from_status, to_status, detail, reason FROM mr_history WHERE request_id = ?")) {
            ps.setObject(1, template.id().value());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                seq = rs.getInt(1);
                happenedAt = rs.getObject(2, OffsetDateTime.class);
                for (int i = 0; i < 7; i++) {
                    history[i] = rs.getString(i + 3);
                }
            }
        }
        // The template row itself is not part of the seeded store (a benchmark's own clean-up).
        db.emptyRequestTables();

        boolean pg = db.isPostgres();
        String series = pg ? "SELECT g FROM generate_series(CAST(? AS BIGINT), CAST(? AS BIGINT)) AS g"
                : "SELECT X AS g FROM SYSTEM_RANGE(?, ?)";
        String receivedAt = pg ? "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00' + g * INTERVAL '1 second'"
                : "DATEADD(SECOND, g, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')";
        String dueSoon = pg ? "DATE '" + QUERY_DATE + "' - CAST(MOD(g / ?, 10) AS INTEGER)"
                : "DATEADD(DAY, -MOD(g / ?, 10), DATE '" + QUERY_DATE + "')";
        String dueLater = pg ? "DATE '" + QUERY_DATE + "' + CAST(1 + MOD(g, 700) AS INTEGER)"
                : "DATEADD(DAY, 1 + MOD(g, 700), DATE '" + QUERY_DATE + "')";
        String id = "CAST('" + UUID_PREFIX + "' || LPAD(CAST(g AS VARCHAR), 12, '0') AS UUID)";
        String requests = "INSERT INTO mr_request (id, practice_id, request_number, idempotency_key, patient_key, "
                + "status, received_at, legal_due_date, open_due_date, version, history_count, doc_format, document) "
                + "SELECT id, practice_id, num, ikey, LPAD(CAST(g AS VARCHAR), 64, '0'), "
                + "CASE WHEN due IS NULL THEN 'RELEASED' ELSE 'IN_PROCESS' END, received_at, "
                + "COALESCE(due, DATE '2026-02-13'), due, 1, 1, 1, "
                + "REPLACE(REPLACE(REPLACE(CAST(? AS VARCHAR), ?, CAST(id AS VARCHAR)), ?, num), ?, ikey) "
                + "FROM (SELECT g, " + id + " AS id, "
                + "CASE WHEN MOD(g, " + PRACTICES + ") = 0 THEN CAST(? AS VARCHAR) "
                + "ELSE 'other-practice-' || CAST(MOD(g, " + PRACTICES + ") AS VARCHAR) END AS practice_id, "
                + "'2026-' || LPAD(CAST(g AS VARCHAR), 8, '0') AS num, 'seed-' || CAST(g AS VARCHAR) AS ikey, "
                + receivedAt + " AS received_at, "
                + "CASE WHEN MOD(g, ?) = 0 THEN " + dueSoon + " WHEN MOD(g, 10) < 7 THEN NULL "
                + "ELSE " + dueLater + " END AS due FROM (" + series + ") s0) s";
        String histories = "INSERT INTO mr_history (request_id, seq, happened_at, actor_kind, actor_id, action, "
                + "from_status, to_status, detail, reason) SELECT " + id + ", ?, ?, CAST(? AS VARCHAR), "
                + "CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), "
                + "CAST(? AS VARCHAR), CAST(? AS VARCHAR) FROM (" + series + ") s";
        long step = rows / DUE_SOON;
        try (PreparedStatement req = c.prepareStatement(requests);
                PreparedStatement hist = c.prepareStatement(histories)) {
            for (long from = 1; from <= rows; from += CHUNK) {
                long to = Math.min(rows, from + CHUNK - 1);
                req.setString(1, document);
                req.setString(2, template.id().toString());
                req.setString(3, template.number().value());
                req.setString(4, template.idempotencyKey().orElseThrow());
                req.setString(5, practice.value());
                req.setLong(6, step);
                req.setLong(7, step);
                req.setLong(8, from);
                req.setLong(9, to);
                req.executeUpdate();
                hist.setInt(1, seq);
                hist.setObject(2, happenedAt);
                for (int i = 0; i < 7; i++) {
                    hist.setString(i + 3, history[i]);
                }
                hist.setLong(10, from);
                hist.setLong(11, to);
                hist.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            if (pg) {
                s.execute("VACUUM ANALYZE mr_request");
                s.execute("VACUUM ANALYZE mr_history");
            } else {
                s.execute("ANALYZE");
            }
        }
    }

    private String tableSize() throws SQLException {
        if (!db.isPostgres()) {
            return "";
        }
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pg_size_pretty(pg_total_relation_size('mr_request')), "
                        + "pg_size_pretty(pg_total_relation_size('mr_history'))")) {
            rs.next();
            return "; mr_request " + rs.getString(1) + ", mr_history " + rs.getString(2) + " with indexes";
        }
    }

    private void printPlans() throws SQLException {
        String query = String.format(ADAPTER_QUERY, "'" + practice.value() + "'", "DATE '" + QUERY_DATE + "'");
        List<String> lines = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            if (db.isPostgres()) {
                lines.add("-- EXPLAIN (ANALYZE, BUFFERS), the plan for these values:");
                collect(s, "EXPLAIN (ANALYZE, BUFFERS) " + query, lines);
                s.execute("SET plan_cache_mode = force_generic_plan");
                s.execute("PREPARE due_soon(VARCHAR, DATE) AS " + String.format(ADAPTER_QUERY, "$1", "$2"));
                lines.add("-- the generic plan of the prepared statement (plan_cache_mode = force_generic_plan):");
                collect(s, "EXPLAIN EXECUTE due_soon('" + practice.value() + "', DATE '" + QUERY_DATE + "')", lines);
                s.execute("DEALLOCATE due_soon");
                s.execute("RESET plan_cache_mode");
            } else {
                lines.add("-- EXPLAIN ANALYZE:");
                collect(s, "EXPLAIN ANALYZE " + query, lines);
                // H2 sorts NULLs first in the index: see whether a bound that excludes them narrows the scan.
                for (String bound : new String[] {"open_due_date IS NOT NULL", "open_due_date >= DATE '0001-01-01'"}) {
                    lines.add("-- for comparison, not the adapter's query: with AND " + bound + ":");
                    collect(s, "EXPLAIN ANALYZE " + query.replace("ORDER BY", "AND " + bound + " ORDER BY"), lines);
                }
            }
        }
        System.out.println("[due-soon] plan, " + database + ", " + rows + " rows:");
        for (String line : lines) {
            System.out.println("    " + line);
        }
    }

    private static void collect(Statement s, String sql, List<String> lines) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                lines.addAll(List.of(rs.getString(1).split("\n")));
            }
        }
    }
}
