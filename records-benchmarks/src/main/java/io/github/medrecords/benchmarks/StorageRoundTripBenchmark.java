package io.github.medrecords.benchmarks;

import io.github.medrecords.core.port.ChangeSet;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.store.jdbc.JdbcStore;
import io.github.medrecords.testkit.port.RequestCases;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Save-then-load of one new request through {@link JdbcStore} against plain JDBC writing and reading
 * the same {@code mr_request} row (the same thirteen columns and the same JSON document text the
 * adapter wrote for that request), on H2 in memory and on embedded PostgreSQL. Both sides use the
 * same data source, one reused connection, so neither pays for connecting; each trial starts on an
 * empty store and each iteration empties the request tables again.
 *
 * <ul>
 *   <li>{@code plainJdbc}: one {@code INSERT} (auto-commit) and one {@code SELECT} by primary key of
 *       every column, with a precomputed document text.</li>
 *   <li>{@code adapter}: {@link JdbcStore#save} of the request's creating change set (the request row
 *       and its one history row, in one transaction, the document encoded from the aggregate) and
 *       {@link JdbcStore#findById} (the row and its history in one transaction, the document decoded
 *       and the aggregate restored).</li>
 *   <li>{@code adapterWithOutbox}: the same with the submission's outbox message in the change set,
 *       as the workflow saves a real submission.</li>
 * </ul>
 *
 * <p>Target (issue 7): the adapter at no less than 0.7 of plain JDBC's throughput. Each operation
 * uses a new id, number and idempotency key, made the same way on both sides.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class StorageRoundTripBenchmark {

    private static final long ID_HIGH_BITS = 0x6d72_6265_6e63_4000L;
    private static final String INSERT = "INSERT INTO mr_request (id, practice_id, request_number, idempotency_key, "
            + "patient_key, status, received_at, legal_due_date, open_due_date, version, history_count, doc_format, "
            + "document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT id, practice_id, request_number, idempotency_key, patient_key, "
            + "status, received_at, legal_due_date, open_due_date, version, history_count, doc_format, document "
            + "FROM mr_request WHERE id = ?";

    /** The database: {@code H2} (in memory) or {@code POSTGRES} (embedded). */
    @Param({"H2", "POSTGRES"})
    public String database;

    private BenchDatabase db;
    private JdbcStore store;
    private RequestCase.Snapshot template;
    private String document;
    private OffsetDateTime receivedAt;
    private LocalDate dueDate;
    private long sequence;

    /**
     * Starts the database, builds the store (Flyway applies the schema), and makes the template request
     * and the document text the adapter writes for it.
     *
     * @throws SQLException if the database fails
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        db = BenchDatabase.start(database, false);
        PracticeProfile practice = ExamplePractices.connecticutOrthopaedics();
        store = JdbcStore.builder(db.dataSource()).practices(PracticeDirectory.of(practice)).build();
        template = RequestCases.of(practice, 7).submit(RequestNumber.of(2026, 1),
                Instant.parse("2026-11-02T15:00:00Z")).after().snapshot();
        store.save(List.of(new ChangeSet(RequestCase.restore(template), 0, template.history(), List.of(),
                List.of())));
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT document FROM mr_request WHERE id = ?")) {
            ps.setObject(1, template.id().value());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                document = rs.getString(1);
            }
        }
        receivedAt = OffsetDateTime.ofInstant(template.receivedAt(), ZoneOffset.UTC);
        dueDate = template.dueDate().orElseThrow().legalDate();
        System.out.println("\n[storage] " + db.describe() + "; document " + document.length()
                + " characters, status " + template.status() + ", history " + template.history().size());
    }

    /**
     * Empties the request tables, so every iteration of both sides starts from the same table size.
     *
     * @throws SQLException if the database fails
     */
    @Setup(Level.Iteration)
    public void emptyTables() throws SQLException {
        db.emptyRequestTables();
    }

    /**
     * Stops the database.
     *
     * @throws SQLException if the database fails
     * @throws IOException if its files cannot be removed
     */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException, IOException {
        db.close();
    }

    private RequestCase next() {
        long n = ++sequence;
        RequestCase.Snapshot s = template;
        RequestCase.Snapshot.Filing f = s.filing();
        return RequestCase.restore(new RequestCase.Snapshot(new RequestCase.Snapshot.Filing(
                new RequestId(new UUID(ID_HIGH_BITS, n)), RequestNumber.of(2026, n), f.practiceId(), f.request(),
                f.receivedAt(), Optional.of("bench-" + n), f.patientKey(), f.repeatOf()), s.progress(), s.fees(),
                s.outcome(), s.history(), s.version()));
    }

    /**
     * Saves a new request through the adapter and loads it back by id.
     *
     * @return the loaded request
     */
    @Benchmark
    public RequestCase adapter() {
        RequestCase request = next();
        store.save(List.of(new ChangeSet(request, 0, request.history(), List.of(), List.of())));
        return store.findById(request.id()).orElseThrow();
    }

    /**
     * Saves a new request with its submission's outbox message through the adapter and loads it back.
     *
     * @return the loaded request
     */
    @Benchmark
    public RequestCase adapterWithOutbox() {
        RequestCase request = next();
        OutboxMessage message = OutboxMessage.pending(request.number() + ":SUBMITTED", request.practiceId(),
                request.number(), EventType.SUBMITTED, Channel.WEBHOOK, "ehr-vendor",
                Map.of("requestNumber", request.number().value(), "status", request.status().name()),
                request.receivedAt());
        store.save(List.of(new ChangeSet(request, 0, request.history(), List.of(), List.of(message))));
        return store.findById(request.id()).orElseThrow();
    }

    /**
     * Writes the same row with plain JDBC and reads every column back by id.
     *
     * @param bh  consumes what was read
     * @throws SQLException if the database fails
     */
    @Benchmark
    public void plainJdbc(Blackhole bh) throws SQLException {
        long n = ++sequence;
        UUID id = new UUID(ID_HIGH_BITS, n);
        RequestNumber number = RequestNumber.of(2026, n);
        RequestCase.Snapshot s = template;
        try (Connection c = db.dataSource().getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                ps.setObject(1, id);
                ps.setString(2, s.practiceId().value());
                ps.setString(3, number.value());
                ps.setString(4, "bench-" + n);
                ps.setString(5, s.patientKey().value());
                ps.setString(6, s.status().name());
                ps.setObject(7, receivedAt);
                ps.setObject(8, dueDate);
                ps.setObject(9, dueDate);
                ps.setLong(10, 1);
                ps.setInt(11, s.history().size());
                ps.setInt(12, 1);
                ps.setString(13, document);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(SELECT)) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    bh.consume(rs.getObject(1, UUID.class));
                    bh.consume(rs.getString(2));
                    bh.consume(rs.getString(3));
                    bh.consume(rs.getString(4));
                    bh.consume(rs.getString(5));
                    bh.consume(rs.getString(6));
                    bh.consume(rs.getObject(7, OffsetDateTime.class));
                    bh.consume(rs.getObject(8, LocalDate.class));
                    bh.consume(rs.getObject(9, LocalDate.class));
                    bh.consume(rs.getLong(10));
                    bh.consume(rs.getInt(11));
                    bh.consume(rs.getInt(12));
                    bh.consume(rs.getString(13));
                }
            }
        }
    }
}
