package io.github.medrecords.benchmarks;

import io.github.medrecords.core.port.ChangeSet;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.HistoryEntry;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.store.jdbc.JdbcStore;
import io.github.medrecords.store.jdbc.internal.DocumentCodec;
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
 * Save-then-load of one new request through {@link JdbcStore} against plain JDBC that writes and reads
 * the same rows in the same transactions with the same text, on H2 in memory and on embedded PostgreSQL
 * in one run. Both sides use the same data source, one reused connection, so neither pays for
 * connecting; each trial starts on an empty store and each iteration empties the request tables again.
 *
 * <ul>
 *   <li>{@code adapter}: {@link JdbcStore#save} of the request's creating change set (the request row
 *       and its one history row, in one transaction, the document encoded from the aggregate) and
 *       {@link JdbcStore#findById} (the row and its history in one transaction). The store keeps the
 *       requests it saved or loaded last decoded (its default), so the load finds the row's text and
 *       version unchanged and restores the kept request, as the next command on a request does after the
 *       last one saved it.</li>
 *   <li>{@code adapterDecodingEveryLoad}: the same through a store that keeps none
 *       ({@code decodedRequests(0)}): the load decodes the document and restores the aggregate, as a load
 *       of a row another process wrote does.</li>
 *   <li>{@code plainJdbc}, the baseline: in one transaction (auto-commit off, then on again, as the
 *       adapter does) the same {@code INSERT} of the {@code mr_request} row with the document text the
 *       adapter writes for that request (the template's text with the request's id, number and key, a
 *       new string each time) and a batch {@code INSERT} of the same history row; then in one
 *       transaction the adapter's two {@code SELECT}s (the row's columns by id, the history rows by
 *       request id), every column read. No JSON is written or parsed, no aggregate built.</li>
 *   <li>{@code adapterWithOutbox} and {@code plainJdbcWithOutbox}: the same with the submission's
 *       outbox message in the save (one more {@code INSERT} of an {@code mr_outbox} row with the same
 *       payload text), as the workflow saves a real submission.</li>
 * </ul>
 *
 * <p>Target (issue 12): each adapter case at no less than 0.7 of its baseline's throughput. Each
 * operation uses a new id, number and idempotency key, made the same way on both sides.
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
            + "document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)";
    private static final String INSERT_HISTORY = "INSERT INTO mr_history (request_id, seq, happened_at, actor_kind, "
            + "actor_id, action, from_status, to_status, detail, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_OUTBOX = "INSERT INTO mr_outbox (id, idempotency_key, practice_id, "
            + "request_number, event, channel, recipient, payload, created_at, state, attempts, next_attempt_at, "
            + "lease_owner, lease_until, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT id, practice_id, request_number, status, version, history_count, "
            + "document FROM mr_request WHERE id = ?";
    private static final String SELECT_HISTORY = "SELECT request_id, seq, happened_at, actor_kind, actor_id, action, "
            + "from_status, to_status, detail, reason FROM mr_history WHERE request_id IN (?) ORDER BY request_id, seq";

    /** The database: {@code H2} (in memory) or {@code POSTGRES} (embedded). */
    @Param({"H2", "POSTGRES"})
    public String database;

    private BenchDatabase db;
    private JdbcStore store;
    /** The same store keeping no decoded requests, so every load decodes its document. */
    private JdbcStore decodingStore;
    private RequestCase.Snapshot template;
    private String document;
    private String payload;
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
        decodingStore = JdbcStore.builder(db.dataSource()).migrate(false).practices(PracticeDirectory.of(practice))
                .decodedRequests(0).build();
        template = RequestCases.of(practice, 7).submit(RequestNumber.of(2026, 1),
                Instant.parse("2026-11-02T15:00:00Z")).after().snapshot();
        RequestCase first = RequestCase.restore(template);
        store.save(List.of(new ChangeSet(first, 0, template.history(), List.of(), List.of(message(first)))));
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT document FROM mr_request WHERE id = ?")) {
            ps.setObject(1, template.id().value());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                document = rs.getString(1);
            }
        }
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT payload FROM mr_outbox")) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                payload = rs.getString(1);
            }
        }
        RequestCase sample = request(123_456);
        String adapterText = new DocumentCodec(id -> Optional.of(practice.businessCalendar())).encode(sample.snapshot());
        if (!adapterText.equals(documentOf(sample.id().value(), sample.number(),
                sample.snapshot().idempotencyKey().orElseThrow()))) {
            throw new IllegalStateException("Plain JDBC would not write the text the adapter writes");
        }
        receivedAt = OffsetDateTime.ofInstant(template.receivedAt(), ZoneOffset.UTC);
        dueDate = template.dueDate().orElseThrow().legalDate();
        System.out.println("\n[storage] " + db.describe() + "; document " + document.length()
                + " characters, status " + template.status() + ", history " + template.history().size()
                + ", outbox payload " + payload.length() + " characters");
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

    /**
     * The next operation's request, made before the operation is timed (JMH's invocation-level setup,
     * whose own cost is small next to a save and a load): building the aggregate is the caller's work
     * on both sides, not the store's.
     */
    @State(Scope.Thread)
    public static class Next {
        long n;
        RequestCase request;
        UUID id;
        RequestNumber number;
        String key;
        String outboxKey;
        /** The document text the adapter writes for this request, and its outbox payload, for plain JDBC. */
        String document;
        String payload;

        /**
         * Makes the next id, number, idempotency key and request.
         *
         * @param b  the benchmark
         */
        @Setup(Level.Invocation)
        public void make(StorageRoundTripBenchmark b) {
            n = ++b.sequence;
            request = b.request(n);
            id = request.id().value();
            number = request.number();
            key = request.snapshot().idempotencyKey().orElseThrow();
            outboxKey = number.value() + ":SUBMITTED";
            document = b.documentOf(id, number, key);
            payload = b.payload.replace(b.template.number().value(), number.value());
        }
    }

    /**
     * The template's document text with another request's id, number and idempotency key: the text the
     * adapter writes for that request (checked in {@link #setUp()}), a new string each time, as an
     * application's text is. (H2 hashes each text it stores; one string object stored again and again
     * would be hashed once.)
     */
    String documentOf(UUID id, RequestNumber number, String key) {
        RequestCase.Snapshot s = template;
        return document.replace("\"id\":\"" + s.id() + "\"", "\"id\":\"" + id + "\"")
                .replace("\"number\":\"" + s.number().value() + "\"", "\"number\":\"" + number.value() + "\"")
                .replace("\"idempotencyKey\":\"" + s.idempotencyKey().orElseThrow() + "\"",
                        "\"idempotencyKey\":\"" + key + "\"");
    }

    private RequestCase request(long n) {
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
     * @param next  the request to save, not null
     * @return the loaded request
     */
    @Benchmark
    public RequestCase adapter(Next next) {
        RequestCase request = next.request;
        store.save(List.of(new ChangeSet(request, 0, request.history(), List.of(), List.of())));
        return store.findById(request.id()).orElseThrow();
    }

    /**
     * Saves a new request through an adapter that keeps no decoded requests and loads it back: the load
     * opens and decodes the document, as a load of a row this process did not write or read last does.
     *
     * @param next  the request to save, not null
     * @return the loaded request
     */
    @Benchmark
    public RequestCase adapterDecodingEveryLoad(Next next) {
        RequestCase request = next.request;
        decodingStore.save(List.of(new ChangeSet(request, 0, request.history(), List.of(), List.of())));
        return decodingStore.findById(request.id()).orElseThrow();
    }

    /**
     * Saves a new request with its submission's outbox message through the adapter and loads it back.
     *
     * @param next  the request to save, not null
     * @return the loaded request
     */
    @Benchmark
    public RequestCase adapterWithOutbox(Next next) {
        RequestCase request = next.request;
        store.save(List.of(new ChangeSet(request, 0, request.history(), List.of(), List.of(message(request)))));
        return store.findById(request.id()).orElseThrow();
    }

    private static OutboxMessage message(RequestCase request) {
        return OutboxMessage.pending(request.number() + ":SUBMITTED", request.practiceId(), request.number(),
                EventType.SUBMITTED, Channel.WEBHOOK, "ehr-vendor",
                Map.of("requestNumber", request.number().value(), "status", request.status().name()),
                request.receivedAt());
    }

    /**
     * Writes the same request and history rows as {@link #adapter()} with plain JDBC in one transaction,
     * then reads them back in one transaction as the adapter does.
     *
     * @param next  the operation's number, not null
     * @param bh  consumes what was read
     * @throws SQLException if the database fails
     */
    @Benchmark
    public void plainJdbc(Next next, Blackhole bh) throws SQLException {
        plain(next, bh, false);
    }

    /**
     * Writes the same request, history and outbox rows as {@link #adapterWithOutbox()} with plain JDBC in
     * one transaction, then reads the request and history rows back in one transaction.
     *
     * @param next  the operation's number, not null
     * @param bh  consumes what was read
     * @throws SQLException if the database fails
     */
    @Benchmark
    public void plainJdbcWithOutbox(Next next, Blackhole bh) throws SQLException {
        plain(next, bh, true);
    }

    private void plain(Next next, Blackhole bh, boolean withOutbox) throws SQLException {
        // The id, number and keys come made, as the adapter's come in its request.
        UUID id = next.id;
        RequestNumber number = next.number;
        RequestCase.Snapshot s = template;
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                ps.setObject(1, id);
                ps.setString(2, s.practiceId().value());
                ps.setString(3, number.value());
                ps.setString(4, next.key);
                ps.setString(5, s.patientKey().value());
                ps.setString(6, s.status().name());
                ps.setObject(7, receivedAt);
                ps.setObject(8, dueDate);
                ps.setObject(9, dueDate);
                ps.setInt(10, s.history().size());
                ps.setInt(11, DocumentCodec.FORMAT);
                ps.setString(12, next.document);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(INSERT_HISTORY)) {
                for (HistoryEntry h : s.history()) {
                    ps.setObject(1, id);
                    ps.setInt(2, h.sequence());
                    ps.setObject(3, OffsetDateTime.ofInstant(h.at(), ZoneOffset.UTC));
                    ps.setString(4, h.actor().kind().name());
                    ps.setString(5, h.actor().id());
                    ps.setString(6, h.action().name());
                    ps.setString(7, h.fromStatus() == null ? null : h.fromStatus().name());
                    ps.setString(8, h.toStatus().name());
                    ps.setString(9, h.detail());
                    ps.setString(10, h.reason());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            if (withOutbox) {
                try (PreparedStatement ps = c.prepareStatement(INSERT_OUTBOX)) {
                    ps.setObject(1, new UUID(ID_HIGH_BITS + 1, next.n));
                    ps.setString(2, next.outboxKey);
                    ps.setString(3, s.practiceId().value());
                    ps.setString(4, number.value());
                    ps.setString(5, EventType.SUBMITTED.name());
                    ps.setString(6, Channel.WEBHOOK.name());
                    ps.setString(7, "ehr-vendor");
                    ps.setString(8, next.payload);
                    ps.setObject(9, receivedAt);
                    ps.setString(10, "PENDING");
                    ps.setInt(11, 0);
                    ps.setObject(12, receivedAt);
                    ps.setString(13, null);
                    ps.setObject(14, null);
                    ps.setString(15, null);
                    ps.addBatch();
                    ps.executeBatch();
                }
            }
            c.commit();
            c.setAutoCommit(true);
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(SELECT)) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        // By position, as the adapter reads them.
                        bh.consume(rs.getObject(1, UUID.class));
                        bh.consume(rs.getString(2));
                        bh.consume(rs.getString(3));
                        bh.consume(rs.getString(4));
                        bh.consume(rs.getLong(5));
                        bh.consume(rs.getInt(6));
                        bh.consume(rs.getString(7));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(SELECT_HISTORY)) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        bh.consume(rs.getObject(1, UUID.class));
                        bh.consume(rs.getInt(2));
                        bh.consume(rs.getObject(3, OffsetDateTime.class));
                        bh.consume(rs.getString(4));
                        bh.consume(rs.getString(5));
                        bh.consume(rs.getString(6));
                        bh.consume(rs.getString(7));
                        bh.consume(rs.getString(8));
                        bh.consume(rs.getString(9));
                        bh.consume(rs.getString(10));
                    }
                }
            }
            c.commit();
            c.setAutoCommit(true);
        }
    }
}
