package io.github.medrecords.store.jdbc;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.ChangeSet;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.ConcurrencyConflictException;
import io.github.medrecords.core.port.DuplicateCommandException;
import io.github.medrecords.core.port.DeliveryState;
import io.github.medrecords.core.port.DisclosureLog;
import io.github.medrecords.core.port.DuplicateSubmissionException;
import io.github.medrecords.core.port.FoundRequests;
import io.github.medrecords.core.port.MessageId;
import io.github.medrecords.core.port.NotificationOutbox;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.port.SealedTextException;
import io.github.medrecords.core.port.StorageException;
import io.github.medrecords.core.port.StoredTextCipher;
import io.github.medrecords.core.port.UnstorableTextException;
import io.github.medrecords.core.port.UnreadableRequest;
import io.github.medrecords.core.port.UnreadableRequestException;
import io.github.medrecords.core.fee.LegalLimits;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.DisclosureEntry;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.HistoryAction;
import io.github.medrecords.core.workflow.HistoryEntry;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.PatientKeys;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.store.jdbc.internal.DecodedRequests;
import io.github.medrecords.store.jdbc.internal.DocumentCodec;
import io.github.medrecords.store.jdbc.internal.Durability;
import io.github.medrecords.store.jdbc.internal.H2Files;
import io.github.medrecords.store.jdbc.internal.Json;
import io.github.medrecords.store.jdbc.internal.Law;
import io.github.medrecords.store.jdbc.internal.Migrations;
import io.github.medrecords.store.jdbc.internal.PatientKeyMigration;
import io.github.medrecords.store.jdbc.internal.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request repository, the transactional outbox and the disclosure log on one JDBC
 * {@link DataSource}, for many practices in one store: H2 2.2.220 or later as the embedded default,
 * PostgreSQL 14 or later where several instances share the store.
 *
 * <p>Each request is one row: the columns its queries need (practice, number, idempotency key,
 * patient key, status, receipt time, legal due date, version) and the rest as a JSON document with a
 * format version (see the module README). History and disclosure-log entries are rows that are only
 * ever inserted. A {@link #save} writes the requests, their history, disclosures and outbox messages
 * in one transaction with optimistic concurrency ({@code UPDATE ... WHERE id = ? AND version = ?}).
 * Relays claim outbox messages with {@code FOR UPDATE SKIP LOCKED} and a lease that is committed
 * before {@link #claim} returns.
 *
 * <pre>{@code
 * JdbcStore store = JdbcStore.builder(dataSource).practices(directory).build(); // runs the migrations
 * }</pre>
 *
 * <p>Every statement is parameterised. Failures surface as {@link StorageException} (or its
 * subclasses) with the cause attached, and roll back all that the call wrote. Instants in the row
 * columns are stored to the microsecond. Thread-safe: share one instance.
 */
public final class JdbcStore implements RequestRepository, NotificationOutbox, DisclosureLog {

    /** The class-path folder of the SQL migrations, for hosts that run them with their own tool. */
    public static final String MIGRATIONS = "db/medrecords-migration";

    /** The Flyway history table of this store's migrations. */
    public static final String SCHEMA_HISTORY_TABLE = "mr_schema_history";

    /** How many decoded requests a store keeps unless its builder says otherwise. */
    public static final int DEFAULT_DECODED_REQUESTS = 1_000;

    private static final int MAX_KEY_LENGTH = 255;
    private static final int IN_CHUNK = 200;

    private static final String REQUEST_COLUMNS = "id, practice_id, request_number, status, version, history_count, "
            + "document";
    private static final String OUTBOX_COLUMNS = "id, idempotency_key, practice_id, request_number, event, channel, "
            + "recipient, payload, created_at, state, attempts, next_attempt_at, lease_owner, lease_until, last_error";
    private static final String DISCLOSURE_COLUMNS = "id, practice_id, patient_key, request_number, disclosed_at, "
            + "recipient_name, recipient_address, description, purpose, basis, disclosed_by";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);

    private final Sql sql;
    private final DocumentCodec codec;
    /** Seals request documents at rest; null to store them as plain JSON. */
    private final StoredTextCipher cipher;
    private final PatientKeys patientKeys;
    /** The requests saved or loaded last, decoded; null to decode every load. */
    private final DecodedRequests decoded;

    private JdbcStore(Builder b, Durability durability) {
        this.sql = new Sql(b.dataSource, durability);
        this.cipher = b.cipher;
        this.patientKeys = b.patientKeys;
        this.decoded = b.decodedRequests > 0 ? new DecodedRequests(b.decodedRequests) : null;
        PracticeDirectory practices = b.practices;
        this.codec = new DocumentCodec(b.law, id -> practices == null ? Optional.empty()
                : practices.find(id).map(PracticeProfile::businessCalendar));
    }

    /**
     * Creates a store on a data source with the defaults: the migrations run with Flyway.
     *
     * @param dataSource  the data source, not null
     * @return the store, not null
     * @throws StorageException if the migrations fail, or an H2 file database cannot be made to write each
     *     commit before acknowledging it (see {@link Builder#build()})
     */
    public static JdbcStore of(DataSource dataSource) {
        return builder(dataSource).build();
    }

    /**
     * Starts a builder.
     *
     * @param dataSource  the data source, not null
     * @return the builder, not null
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * Applies this store's migrations to a data source with Flyway, recording them in
     * {@link #SCHEMA_HISTORY_TABLE}. Safe to call again: applied migrations are skipped. A run that was
     * interrupted (the process killed mid-migration, or a failed row left by an earlier run) is
     * completed: every migration may run again over a partial run of itself (see the module README).
     *
     * @param dataSource  the data source, not null
     * @throws StorageException if a migration fails
     */
    public static void migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        try {
            Migrations.apply(Migrations.flyway(dataSource, JdbcStore.class.getClassLoader(), MIGRATIONS,
                    SCHEMA_HISTORY_TABLE));
        } catch (FlywayException e) {
            throw new StorageException("The store's schema migrations failed", e);
        }
    }

    /**
     * Brings the stored patient keys to this store's {@link PatientKeys}: the Java step of migration V4,
     * which {@link Builder#build()} runs itself with migrations on. A host that applies the scripts with
     * its own tool ({@code migrate(false)}) calls it once after V4. Safe to call again.
     *
     * @return the number of requests whose key was recomputed, 0 if none needed it
     * @throws IllegalStateException if the stored keys were made under another real secret
     * @throws StorageException if the database fails
     */
    public int rekeyPatients() {
        return PatientKeyMigration.apply(sql, patientKeys, documentText());
    }

    // ---- RequestRepository ---------------------------------------------------------------------------

    @Override
    public RequestNumber nextNumber(PracticeId practice, int year) {
        Objects.requireNonNull(practice, "practice");
        RequestNumber.of(year, 1);
        for (int attempt = 1;; attempt++) {
            try {
                long next = sql.inTransaction("hand out a request number", c -> {
                    try (PreparedStatement up = c.prepareStatement("UPDATE mr_number_counter SET last_value = "
                            + "last_value + 1 WHERE practice_id = ? AND year_of = ?")) {
                        up.setString(1, practice.value());
                        up.setInt(2, year);
                        if (up.executeUpdate() == 0) {
                            try (PreparedStatement in = c.prepareStatement("INSERT INTO mr_number_counter "
                                    + "(practice_id, year_of, last_value) VALUES (?, ?, 1)")) {
                                in.setString(1, practice.value());
                                in.setInt(2, year);
                                in.executeUpdate();
                                return 1L;
                            }
                        }
                    }
                    try (PreparedStatement q = c.prepareStatement("SELECT last_value FROM mr_number_counter "
                            + "WHERE practice_id = ? AND year_of = ?")) {
                        q.setString(1, practice.value());
                        q.setInt(2, year);
                        try (ResultSet rs = q.executeQuery()) {
                            rs.next();
                            return rs.getLong(1);
                        }
                    }
                });
                return RequestNumber.of(year, next);
            } catch (StorageException e) {
                // Two instances created the year's counter at once, or waited too long on it: try again.
                if (attempt >= 5 || !(e.getCause() instanceof SQLException cause)
                        || !(Sql.isUniqueViolation(cause) || Sql.isConcurrencyFailure(cause))) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void save(List<ChangeSet> changes) {
        Objects.requireNonNull(changes, "changes");
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("A save needs at least one change set");
        }
        List<String> documents = new ArrayList<>(changes.size());
        for (ChangeSet change : changes) {
            Objects.requireNonNull(change, "change");
            validate(change);
            requireOwnPatientKey(change);
            // Names, addresses and free text the intake let through are refused here too, on every database
            // (PostgreSQL would store an unpaired surrogate as "?"): the codec finds them as it writes them.
            String document = codec.encode(change.request().snapshot());
            documents.add(sealDocument(change.request().snapshot().id().value(), document));
        }
        sql.inTransaction("save requests", c -> {
            for (int i = 0; i < changes.size(); i++) {
                write(c, withSealedParts(changes.get(i)), documents.get(i));
            }
            return null;
        });
        if (decoded != null) {
            for (int i = 0; i < changes.size(); i++) {
                RequestCase.Snapshot s = changes.get(i).request().snapshot();
                if (codec.readsBack(s)) {
                    decoded.keep(s.id().value(), changes.get(i).expectedVersion() + 1, documents.get(i), s);
                } else {
                    decoded.forget(s.id().value());
                }
            }
        }
    }

    /**
     * Refuses a new request whose patient key was not made with this store's patient keys: the service
     * and the store were given different secrets, and the request would never be found with its patient's.
     */
    private void requireOwnPatientKey(ChangeSet change) {
        RequestCase.Snapshot s = change.request().snapshot();
        if (change.expectedVersion() == 0 && !patientKeys.keyOf(s.request().patient()).equals(s.patientKey())) {
            throw new IllegalStateException("The request's patient key was not made with this store's patient keys "
                    + patientKeys + ": give the RequestService and JdbcStore.builder(...).patientKeys(...) the same "
                    + "PatientKeys");
        }
    }

    private static void validate(ChangeSet change) {
        RequestCase.Snapshot s = change.request().snapshot();
        s.idempotencyKey().ifPresent(k -> requireKey("idempotency key", k));
        change.commandKey().ifPresent(k -> requireKey("command idempotency key", k));
        for (HistoryEntry h : change.history()) {
            requireStorable(h.actor().id(), h.detail(), h.reason());
        }
        for (DisclosureEntry d : change.disclosures()) {
            validate(d);
        }
        for (OutboxMessage m : change.messages()) {
            requireKey("outbox idempotency key", m.idempotencyKey());
            requireStorable(m.recipient(), m.lastError().orElse(""));
        }
    }

    private static void validate(DisclosureEntry d) {
        requireStorable(d.recipientName(), d.recipientAddress().orElse(""), d.description(), d.purpose(),
                d.disclosedBy());
    }

    private static void requireKey(String what, String key) {
        if (key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("The " + what + " is longer than " + MAX_KEY_LENGTH + " characters");
        }
        requireStorable(key);
    }

    /**
     * Refuses text that PostgreSQL cannot store as it is, on every database: NUL characters and unpaired
     * surrogates ({@link UnstorableTextException}).
     */
    private static void requireStorable(String... texts) {
        for (String text : texts) {
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                boolean broken = ch == '\u0000'
                        || Character.isHighSurrogate(ch) && (i + 1 >= text.length()
                                || !Character.isLowSurrogate(text.charAt(++i)))
                        || Character.isLowSurrogate(ch);
                if (broken) {
                    throw new UnstorableTextException(i);
                }
            }
        }
    }

    private static void write(Connection c, ChangeSet change, String document) throws SQLException {
        RequestCase.Snapshot s = change.request().snapshot();
        long expected = change.expectedVersion();
        int historyCount = s.history().size();
        Optional<LocalDate> due = s.dueDate().map(d -> d.legalDate());
        LocalDate openDue = s.status().isOpen() ? due.orElse(null) : null;
        try {
            if (expected == 0) {
                if (change.expectedPatientRequests().isPresent()) {
                    requirePatientRequests(c, s, change.expectedPatientRequests().getAsLong());
                }
                insertRequest(c, s, historyCount, due.orElse(null), openDue, document);
            } else {
                try (PreparedStatement ps = c.prepareStatement("UPDATE mr_request SET status = ?, legal_due_date = ?, "
                        + "open_due_date = ?, version = ?, history_count = ?, doc_format = ?, document = ? "
                        + "WHERE id = ? AND version = ?")) {
                    ps.setString(1, s.status().name());
                    ps.setObject(2, due.orElse(null));
                    ps.setObject(3, openDue);
                    ps.setLong(4, expected + 1);
                    ps.setInt(5, historyCount);
                    ps.setInt(6, DocumentCodec.FORMAT);
                    ps.setString(7, document);
                    ps.setObject(8, s.id().value());
                    ps.setLong(9, expected);
                    if (ps.executeUpdate() != 1) {
                        throw new ConcurrencyConflictException(s.id(), expected, null);
                    }
                }
            }
            if (change.commandKey().isPresent()) {
                insertCommandKey(c, s.id(), change.commandKey().get(), expected + 1);
            }
            insertHistory(c, s.id(), change.history());
            insertDisclosures(c, change.disclosures());
            insertMessages(c, change.messages());
        } catch (SQLException e) {
            if (Sql.isConcurrencyFailure(e)) {
                throw new ConcurrencyConflictException(s.id(), expected, e);
            }
            throw e;
        }
    }

    private static void insertCommandKey(Connection c, RequestId id, String key, long version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mr_command_key (request_id, command_key, version) "
                + "VALUES (?, ?, ?)")) {
            ps.setObject(1, id.value());
            ps.setString(2, key);
            ps.setLong(3, version);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new DuplicateCommandException(id, key, e);
            }
            throw e;
        }
    }

    @Override
    public boolean hasCommandKey(RequestId id, String commandKey) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(commandKey, "commandKey");
        return sql.inTransaction("look up a command key", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM mr_command_key WHERE request_id = ? "
                    + "AND command_key = ?")) {
                ps.setObject(1, id.value());
                ps.setString(2, commandKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * Locks the patient's row (creating it on first use), then checks that the patient still has the
     * number of requests the service decided on. The lock makes a concurrent save for the same patient
     * wait until this transaction ends; under READ COMMITTED (both databases' default) its count then
     * sees the request this one inserted, and it fails with a conflict the service retries.
     */
    private static void requirePatientRequests(Connection c, RequestCase.Snapshot s, long expected)
            throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE mr_patient_lock SET saves = saves + 1 "
                + "WHERE practice_id = ? AND patient_key = ?")) {
            up.setString(1, s.practiceId().value());
            up.setString(2, s.patientKey().value());
            if (up.executeUpdate() == 0) {
                try (PreparedStatement in = c.prepareStatement("INSERT INTO mr_patient_lock (practice_id, "
                        + "patient_key, saves) VALUES (?, ?, 1)")) {
                    in.setString(1, s.practiceId().value());
                    in.setString(2, s.patientKey().value());
                    in.executeUpdate();
                } catch (SQLException e) {
                    if (Sql.isUniqueViolation(e)) {
                        // another transaction created the row first: it holds the lock; retry after it
                        throw new ConcurrencyConflictException(s.id(), 0, e);
                    }
                    throw e;
                }
            }
        }
        try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM mr_request "
                + "WHERE practice_id = ? AND patient_key = ?")) {
            count.setString(1, s.practiceId().value());
            count.setString(2, s.patientKey().value());
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                if (rs.getLong(1) != expected) {
                    throw new ConcurrencyConflictException(s.id(), 0, null);
                }
            }
        }
    }

    private static void insertRequest(Connection c, RequestCase.Snapshot s, int historyCount, LocalDate due,
            LocalDate openDue, String document) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mr_request (id, practice_id, request_number, "
                + "idempotency_key, patient_key, status, received_at, legal_due_date, open_due_date, version, "
                + "history_count, doc_format, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)")) {
            ps.setObject(1, s.id().value());
            ps.setString(2, s.practiceId().value());
            ps.setString(3, s.number().value());
            ps.setString(4, s.idempotencyKey().orElse(null));
            ps.setString(5, s.patientKey().value());
            ps.setString(6, s.status().name());
            Sql.setInstant(ps, 7, s.receivedAt());
            ps.setObject(8, due);
            ps.setObject(9, openDue);
            ps.setInt(10, historyCount);
            ps.setInt(11, DocumentCodec.FORMAT);
            ps.setString(12, document);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (Sql.isUniqueViolation(e) && s.idempotencyKey().isPresent() && Sql.names(e, "mr_request_idem_uk")) {
                throw new DuplicateSubmissionException(s.idempotencyKey().get(), e);
            }
            if (Sql.isUniqueViolation(e)) {
                throw new ConcurrencyConflictException(s.id(), 0, e);
            }
            throw e;
        }
    }

    private static void insertHistory(Connection c, RequestId id, List<HistoryEntry> history) throws SQLException {
        insertAll(c, "INSERT INTO mr_history (request_id, seq, happened_at, actor_kind, actor_id, action, "
                + "from_status, to_status, detail, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", history,
                (ps, h) -> {
            ps.setObject(1, id.value());
            ps.setInt(2, h.sequence());
            Sql.setInstant(ps, 3, h.at());
            ps.setString(4, h.actor().kind().name());
            ps.setString(5, h.actor().id());
            ps.setString(6, h.action().name());
            ps.setString(7, h.fromStatus() == null ? null : h.fromStatus().name());
            ps.setString(8, h.toStatus().name());
            ps.setString(9, h.detail());
            ps.setString(10, h.reason());
        });
    }

    private static void insertDisclosures(Connection c, List<DisclosureEntry> entries) throws SQLException {
        insertAll(c, "INSERT INTO mr_disclosure (" + DISCLOSURE_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries, (ps, d) -> {
            ps.setObject(1, d.id());
            ps.setString(2, d.practiceId().value());
            ps.setString(3, d.patient().value());
            ps.setString(4, d.requestNumber().map(RequestNumber::value).orElse(null));
            Sql.setInstant(ps, 5, d.disclosedAt());
            ps.setString(6, d.recipientName());
            ps.setString(7, d.recipientAddress().orElse(null));
            ps.setString(8, d.description());
            ps.setString(9, d.purpose());
            ps.setString(10, d.basis().name());
            ps.setString(11, d.disclosedBy());
        });
    }

    private static void insertMessages(Connection c, List<OutboxMessage> messages) throws SQLException {
        insertAll(c, "INSERT INTO mr_outbox (" + OUTBOX_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", messages, (ps, m) -> {
            ps.setObject(1, m.id().value());
            ps.setString(2, m.idempotencyKey());
            ps.setString(3, m.practiceId().value());
            ps.setString(4, m.requestNumber().value());
            ps.setString(5, m.event().name());
            ps.setString(6, m.channel().name());
            ps.setString(7, m.recipient());
            ps.setString(8, Json.writeMap(m.payload()));
            Sql.setInstant(ps, 9, m.createdAt());
            ps.setString(10, m.state().name());
            ps.setInt(11, m.attempts());
            Sql.setInstant(ps, 12, m.nextAttemptAt());
            ps.setString(13, m.leaseOwner().orElse(null));
            Sql.setInstant(ps, 14, m.leaseUntil().orElse(null));
            ps.setString(15, m.lastError().orElse(null));
        });
    }

    /**
     * Binds one row of a batch insert.
     */
    @FunctionalInterface
    private interface RowBinder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    /**
     * Inserts rows in one batch, or does nothing for none.
     */
    private static <T> void insertAll(Connection c, String sql, List<T> rows, RowBinder<T> binder)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public Optional<RequestCase> findById(RequestId id) {
        Objects.requireNonNull(id, "id");
        return single(query("load a request", "WHERE id = ?", ps -> ps.setObject(1, id.value())));
    }

    @Override
    public Optional<RequestCase> findByNumber(PracticeId practice, RequestNumber number) {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(number, "number");
        return single(query("load a request", "WHERE practice_id = ? AND request_number = ?", ps -> {
            ps.setString(1, practice.value());
            ps.setString(2, number.value());
        }));
    }

    @Override
    public Optional<RequestCase> findByIdempotencyKey(PracticeId practice, String idempotencyKey) {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return single(query("load a request", "WHERE practice_id = ? AND idempotency_key = ?", ps -> {
            ps.setString(1, practice.value());
            ps.setString(2, idempotencyKey);
        }));
    }

    @Override
    public FoundRequests findByPatient(PracticeId practice, PatientKey patient) {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(patient, "patient");
        return query("load a patient's requests", "WHERE practice_id = ? AND patient_key = ? "
                + "ORDER BY received_at, request_number", ps -> {
                    ps.setString(1, practice.value());
                    ps.setString(2, patient.value());
                });
    }

    @Override
    public FoundRequests findByStatus(PracticeId practice, Set<RequestStatus> statuses) {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(statuses, "statuses");
        if (statuses.isEmpty()) {
            return FoundRequests.of(List.of());
        }
        List<RequestStatus> list = List.copyOf(statuses);
        String marks = list.stream().map(x -> "?").collect(Collectors.joining(", "));
        return query("load requests by status", "WHERE practice_id = ? AND status IN (" + marks + ") "
                + "ORDER BY received_at, request_number", ps -> {
                    ps.setString(1, practice.value());
                    for (int i = 0; i < list.size(); i++) {
                        ps.setString(i + 2, list.get(i).name());
                    }
                });
    }

    @Override
    public FoundRequests findOpenDueOnOrBefore(PracticeId practice, LocalDate date) {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(date, "date");
        // The lower bound lets H2, which sorts NULLs (closed requests) first in the index, start the range
        // scan at the first open request instead of walking past every closed one.
        return query("load requests due soon", "WHERE practice_id = ? AND open_due_date >= DATE '0001-01-01' "
                + "AND open_due_date <= ? ORDER BY open_due_date, received_at, request_number", ps -> {
                    ps.setString(1, practice.value());
                    ps.setObject(2, date);
                });
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private record Row(UUID id, String practice, String number, String status, long version, int historyCount,
            String document) {
    }

    private static Optional<RequestCase> single(FoundRequests found) {
        if (!found.unreadable().isEmpty()) {
            throw new UnreadableRequestException(found.unreadable().get(0), null);
        }
        return found.requests().stream().findFirst();
    }

    private FoundRequests query(String what, String where, Binder binder) {
        List<Row> rows = new ArrayList<>();
        Histories history = sql.inTransaction(what, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + REQUEST_COLUMNS + " FROM mr_request " + where)) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        // By position, in REQUEST_COLUMNS' order: a lookup by name costs more than the value.
                        rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getLong(5), rs.getInt(6), rs.getString(7)));
                    }
                }
            }
            return history(c, rows);
        });
        List<RequestCase> cases = new ArrayList<>(rows.size());
        List<UnreadableRequest> unreadable = new ArrayList<>();
        for (Row row : rows) {
            try {
                if (history.failed().containsKey(row.id())) {
                    throw new Json.DocumentException(history.failed().get(row.id()), null);
                }
                List<HistoryEntry> entries = history.entries().getOrDefault(row.id(), List.of());
                // Rows beyond the count belong to a later version committed after this row was read.
                List<HistoryEntry> own = entries.size() > row.historyCount()
                        ? entries.subList(0, row.historyCount()) : entries;
                if (own.size() != row.historyCount()) {
                    throw new Json.DocumentException("The request's history has " + own.size() + " of its "
                            + row.historyCount() + " entries", null);
                }
                cases.add(RequestCase.restore(snapshot(row, own)));
            } catch (RuntimeException e) {
                unreadable.add(unreadable(row, e));
            }
        }
        return new FoundRequests(cases, unreadable);
    }

    /**
     * The request a row holds: the one kept in {@link #decoded} for exactly its text and version while a
     * read would still give it back, else its document opened and decoded (and then kept).
     */
    private RequestCase.Snapshot snapshot(Row row, List<HistoryEntry> history) {
        if (decoded != null) {
            RequestCase.Snapshot kept = decoded.find(row.id(), row.version(), row.document(), history);
            if (kept != null && codec.readsBack(kept)) {
                return kept;
            }
        }
        RequestCase.Snapshot s = codec.decode(openDocument(row.id(), row.document()), row.version(), history);
        if (decoded != null && codec.readsBack(s)) {
            decoded.keep(row.id(), row.version(), row.document(), s);
        }
        return s;
    }

    /** Reports a row that cannot be read: only what the row says outside the document, never a stored value. */
    private static UnreadableRequest unreadable(Row row, RuntimeException e) {
        String reason = e instanceof Json.DocumentException ? e.getMessage()
                : "Its stored parts are no longer valid (" + e.getClass().getSimpleName() + ")";
        Optional<RequestStatus> status = Arrays.stream(RequestStatus.values())
                .filter(x -> x.name().equals(row.status())).findFirst();
        String number = row.number() == null || row.number().isBlank() ? "unnumbered" : row.number();
        return new UnreadableRequest(new RequestId(row.id()), PracticeId.of(row.practice()), number, status, reason);
    }

    /** The history rows of some requests, and the requests one of whose rows cannot be read, with why. */
    private record Histories(Map<UUID, List<HistoryEntry>> entries, Map<UUID, String> failed) {
    }

    private static Histories history(Connection c, List<Row> rows) throws SQLException {
        Map<UUID, List<HistoryEntry>> byRequest = new HashMap<>();
        Map<UUID, String> failed = new HashMap<>();
        for (int from = 0; from < rows.size(); from += IN_CHUNK) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + IN_CHUNK));
            String marks = chunk.size() == 1 ? "?" : chunk.stream().map(r -> "?").collect(Collectors.joining(", "));
            try (PreparedStatement ps = c.prepareStatement("SELECT request_id, seq, happened_at, actor_kind, actor_id, "
                    + "action, from_status, to_status, detail, reason FROM mr_history WHERE request_id IN (" + marks
                    + ") ORDER BY request_id, seq")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setObject(i + 1, chunk.get(i).id());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        // By position, in the SELECT's order.
                        UUID request = rs.getObject(1, UUID.class);
                        try {
                            String from0 = rs.getString(7);
                            HistoryEntry entry = new HistoryEntry(rs.getInt(2), Sql.instant(rs, 3),
                                    new Actor(Actor.Kind.valueOf(rs.getString(4)), rs.getString(5)),
                                    HistoryAction.valueOf(rs.getString(6)),
                                    from0 == null ? null : RequestStatus.valueOf(from0),
                                    RequestStatus.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10));
                            byRequest.computeIfAbsent(request, k -> new ArrayList<>()).add(entry);
                        } catch (RuntimeException e) {
                            failed.putIfAbsent(request, "A history entry of the request cannot be read ("
                                    + e.getClass().getSimpleName() + ")");
                        }
                    }
                }
            }
        }
        return new Histories(byRequest, failed);
    }

    // ---- Encryption at rest -------------------------------------------------------------------------

    /** The documents as the patient-key migration reads and writes them: opened and sealed as every save does. */
    private PatientKeyMigration.DocumentText documentText() {
        return new PatientKeyMigration.DocumentText() {
            @Override
            public String open(UUID id, String stored) {
                return openDocument(id, stored);
            }

            @Override
            public String seal(UUID id, String json) {
                return sealDocument(id, json);
            }
        };
    }

    /** Seals a request's document under the cipher's current key, bound to the request's id; plain without. */
    private String sealDocument(UUID id, String document) {
        return cipher == null ? document : cipher.seal(document, id.toString());
    }

    /**
     * Opens a stored document: a sealed one with the cipher, bound to its row's id; plain JSON (written
     * before encryption was switched on) as it is.
     */
    private String openDocument(UUID id, String stored) {
        if (isPlainDocument(stored)) {
            return stored;
        }
        if (cipher == null) {
            throw new Json.DocumentException("The document is not plain JSON: it is encrypted and the store has no "
                    + "cipher, or it is damaged", null);
        }
        try {
            return cipher.open(stored, id.toString());
        } catch (SealedTextException e) {
            throw new Json.DocumentException("The document cannot be decrypted: " + e.getMessage(), e);
        }
    }

    private static boolean isPlainDocument(String stored) {
        return stored != null && stored.startsWith("{");
    }

    /**
     * Seals again, under the cipher's current key, every request document, outbox message and
     * disclosure-log entry sealed under another key or stored plain before encryption was switched on; run
     * it after a key rotation (or after switching encryption on), then remove the old key from the keyset
     * once the result is {@link Reencryption#complete()}. It walks each table in the order of the rows'
     * ids in batches, each batch its own transaction, so it may run while the store serves requests: a row
     * changed meanwhile by another caller is left as that caller wrote it and counted. A row that cannot be
     * opened is left as it is and counted; reading it reports it as an {@link UnreadableRequest} (a
     * request), a dead letter (an outbox message) or an entry listed as sealed (a disclosure). The texts
     * themselves are not decoded or changed.
     *
     * @param batchSize  the rows per transaction, positive
     * @return how many rows were examined, sealed again, already current, unreadable or changed meanwhile,
     *     over the three tables
     * @throws IllegalStateException if the store was built without a cipher
     * @throws StorageException if the database fails; the batches committed before stay committed
     */
    public Reencryption reencrypt(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("The batch size " + batchSize + " must be positive");
        }
        if (cipher == null) {
            throw new IllegalStateException("The store was built without a cipher: nothing to re-encrypt under");
        }
        String current = cipher.currentKeyId();
        return reencrypt("mr_request", "version, document", batchSize, (c, row) -> resealRequest(c, row, current))
                .plus(reencrypt("mr_outbox", "recipient, payload", batchSize, (c, row) -> resealMessage(c, row,
                        current)))
                .plus(reencrypt("mr_disclosure", "recipient_name, recipient_address, description, purpose",
                        batchSize, (c, row) -> resealDisclosure(c, row, current)));
    }

    /** What re-encryption did with one row. */
    private enum Resealed { RESEALED, CURRENT, UNREADABLE, CHANGED }

    /** Seals one row again: its values are the id, then the columns asked for. */
    @FunctionalInterface
    private interface Resealer {
        Resealed reseal(Connection c, Object[] row) throws SQLException;
    }

    private Reencryption reencrypt(String table, String columns, int batchSize, Resealer resealer) {
        Reencryption total = Reencryption.NONE;
        UUID after = null;
        while (true) {
            UUID from = after;
            List<Object[]> rows = new ArrayList<>();
            Reencryption batch = sql.inTransaction("re-encrypt " + table, c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT id, " + columns + " FROM " + table
                        + (from == null ? "" : " WHERE id > ?") + " ORDER BY id FETCH FIRST ? ROWS ONLY")) {
                    int i = 1;
                    if (from != null) {
                        ps.setObject(i++, from);
                    }
                    ps.setInt(i, batchSize);
                    try (ResultSet rs = ps.executeQuery()) {
                        int width = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            Object[] row = new Object[width];
                            row[0] = rs.getObject(1, UUID.class);
                            for (int k = 1; k < width; k++) {
                                row[k] = rs.getObject(k + 1);
                            }
                            rows.add(row);
                        }
                    }
                }
                long[] counts = new long[Resealed.values().length];
                for (Object[] row : rows) {
                    Resealed outcome;
                    try {
                        outcome = resealer.reseal(c, row);
                    } catch (SealedTextException | Json.DocumentException e) {
                        outcome = Resealed.UNREADABLE;
                    }
                    counts[outcome.ordinal()]++;
                }
                return new Reencryption(rows.size(), counts[0], counts[1], counts[2], counts[3]);
            });
            total = total.plus(batch);
            if (rows.size() < batchSize) {
                return total;
            }
            after = (UUID) rows.get(rows.size() - 1)[0];
        }
    }

    /** Seals a sealed text again under the current key, or returns null if it is already under it. */
    private String resealed(String sealed, UUID id, String current) {
        return cipher.keyIdOf(sealed).equals(current) ? null : cipher.seal(cipher.open(sealed, id.toString()),
                id.toString());
    }

    private Resealed resealRequest(Connection c, Object[] row, String current) throws SQLException {
        UUID id = (UUID) row[0];
        String document = (String) row[2];
        String text = isPlainDocument(document) ? sealDocument(id, document) : resealed(document, id, current);
        if (text == null) {
            return Resealed.CURRENT;
        }
        // The version stays: a save that read this version may still write over the row, with its own
        // document sealed under its cipher's current key.
        try (PreparedStatement up = c.prepareStatement("UPDATE mr_request SET document = ? WHERE id = ? "
                + "AND version = ?")) {
            up.setString(1, text);
            up.setObject(2, id);
            up.setLong(3, ((Number) row[1]).longValue());
            return up.executeUpdate() == 1 ? Resealed.RESEALED : Resealed.CHANGED;
        }
    }

    private Resealed resealMessage(Connection c, Object[] row, String current) throws SQLException {
        UUID id = (UUID) row[0];
        String recipient = (String) row[1];
        String payload = (String) row[2];
        Map<String, String> map = Json.readMap(payload);
        String text = isSealedMessage(recipient, map) ? resealed(map.get(SEALED_PAYLOAD), id, current)
                : sealMessageText(id, recipient, map);
        if (text == null) {
            return Resealed.CURRENT;
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE mr_outbox SET recipient = ?, payload = ? "
                + "WHERE id = ? AND payload = ?")) {
            up.setString(1, SEALED_TEXT);
            up.setString(2, Json.writeMap(Map.of(SEALED_PAYLOAD, text)));
            up.setObject(3, id);
            up.setString(4, payload);
            return up.executeUpdate() == 1 ? Resealed.RESEALED : Resealed.CHANGED;
        }
    }

    private Resealed resealDisclosure(Connection c, Object[] row, String current) throws SQLException {
        UUID id = (UUID) row[0];
        String name = (String) row[1];
        Optional<String> address = Optional.ofNullable((String) row[2]);
        String description = (String) row[3];
        String purpose = (String) row[4];
        String text = isSealedDisclosure(name, address, description, purpose)
                ? resealed(description, id, current) : sealDisclosureText(id, name, address, description, purpose);
        if (text == null) {
            return Resealed.CURRENT;
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE mr_disclosure SET recipient_name = ?, "
                + "recipient_address = NULL, description = ?, purpose = ? WHERE id = ? AND description = ?")) {
            up.setString(1, SEALED_TEXT);
            up.setString(2, text);
            up.setString(3, SEALED_TEXT);
            up.setObject(4, id);
            up.setString(5, description);
            return up.executeUpdate() == 1 ? Resealed.RESEALED : Resealed.CHANGED;
        }
    }

    /**
     * What the recipient column of a sealed outbox message, and the recipient and purpose columns of a
     * sealed disclosure-log entry, hold: their texts are sealed together in the payload or description.
     */
    private static final String SEALED_TEXT = "(sealed)";
    /** The one payload key of a sealed outbox message. */
    private static final String SEALED_PAYLOAD = "medrecords.sealed";
    private static final String RECIPIENT_KEY = "recipient";
    private static final String PAYLOAD_PREFIX = "payload.";

    /**
     * Returns a change set whose disclosure-log entries and outbox messages have their text sealed, or it
     * as it is without a cipher.
     */
    private ChangeSet withSealedParts(ChangeSet change) {
        if (cipher == null) {
            return change;
        }
        List<OutboxMessage> sealed = new ArrayList<>(change.messages().size());
        for (OutboxMessage m : change.messages()) {
            String text = sealMessageText(m.id().value(), m.recipient(), m.payload());
            sealed.add(new OutboxMessage(m.id(), m.idempotencyKey(), m.practiceId(), m.requestNumber(), m.event(),
                    m.channel(), SEALED_TEXT, Map.of(SEALED_PAYLOAD, text), m.createdAt(), m.state(),
                    m.attempts(), m.nextAttemptAt(), m.leaseOwner(), m.leaseUntil(), m.lastError()));
        }
        return new ChangeSet(change.request(), change.expectedVersion(), change.history(),
                sealDisclosures(change.disclosures()), sealed);
    }

    private static final List<String> DISCLOSURE_KEYS = List.of("recipientName", "recipientAddress", "description",
            "purpose");

    /** Seals the free text of disclosure-log entries (recipient, address, description, purpose) by entry id. */
    private List<DisclosureEntry> sealDisclosures(List<DisclosureEntry> entries) {
        if (cipher == null || entries.isEmpty()) {
            return entries;
        }
        List<DisclosureEntry> sealed = new ArrayList<>(entries.size());
        for (DisclosureEntry d : entries) {
            String text = sealDisclosureText(d.id(), d.recipientName(), d.recipientAddress(), d.description(),
                    d.purpose());
            sealed.add(new DisclosureEntry(d.id(), d.practiceId(), d.patient(), d.requestNumber(), d.disclosedAt(),
                    SEALED_TEXT, Optional.empty(), text, SEALED_TEXT, d.basis(), d.disclosedBy()));
        }
        return List.copyOf(sealed);
    }

    /** Seals a disclosure-log entry's recipient, address, description and purpose together, by its id. */
    private String sealDisclosureText(UUID id, String name, Optional<String> address, String description,
            String purpose) {
        Map<String, String> clear = new HashMap<>();
        clear.put(DISCLOSURE_KEYS.get(0), name);
        address.ifPresent(a -> clear.put(DISCLOSURE_KEYS.get(1), a));
        clear.put(DISCLOSURE_KEYS.get(2), description);
        clear.put(DISCLOSURE_KEYS.get(3), purpose);
        return cipher.seal(Json.writeMap(clear), id.toString());
    }

    private static boolean isSealedDisclosure(String name, Optional<String> address, String description,
            String purpose) {
        return name.equals(SEALED_TEXT) && purpose.equals(SEALED_TEXT) && address.isEmpty()
                && !isPlainDocument(description);
    }

    /**
     * Opens a stored disclosure-log entry whose texts are sealed; one stored plain, or one this store
     * cannot open (listed as stored, its recipient "(sealed)", so the accounting never fails on one row),
     * as it is.
     */
    private DisclosureEntry openDisclosure(DisclosureEntry d) {
        if (cipher == null || !isSealedDisclosure(d.recipientName(), d.recipientAddress(), d.description(),
                d.purpose())) {
            return d;
        }
        Map<String, String> clear;
        try {
            clear = Json.readMap(cipher.open(d.description(), d.id().toString()));
        } catch (SealedTextException | Json.DocumentException e) {
            return d;
        }
        return new DisclosureEntry(d.id(), d.practiceId(), d.patient(), d.requestNumber(), d.disclosedAt(),
                clear.getOrDefault(DISCLOSURE_KEYS.get(0), SEALED_TEXT),
                Optional.ofNullable(clear.get(DISCLOSURE_KEYS.get(1))),
                clear.getOrDefault(DISCLOSURE_KEYS.get(2), SEALED_TEXT),
                clear.getOrDefault(DISCLOSURE_KEYS.get(3), SEALED_TEXT), d.basis(), d.disclosedBy());
    }

    /** Seals an outbox message's recipient and payload together, bound to the message's id. */
    private String sealMessageText(UUID id, String recipient, Map<String, String> payload) {
        Map<String, String> clear = new HashMap<>();
        clear.put(RECIPIENT_KEY, recipient);
        payload.forEach((k, v) -> clear.put(PAYLOAD_PREFIX + k, v));
        return cipher.seal(Json.writeMap(clear), id.toString());
    }

    private static boolean isSealedMessage(String recipient, Map<String, String> payload) {
        return recipient.equals(SEALED_TEXT) && payload.size() == 1 && payload.containsKey(SEALED_PAYLOAD);
    }

    /**
     * Opens a stored outbox message whose recipient and payload are sealed, bound to its id; a message
     * stored plain (before encryption was switched on) as it is.
     *
     * @throws StorageException if it is sealed and cannot be opened
     */
    private OutboxMessage openMessage(OutboxMessage m) {
        if (!isSealedMessage(m.recipient(), m.payload())) {
            return m;
        }
        if (cipher == null) {
            throw new StorageException("The outbox message is encrypted and the store has no cipher", null);
        }
        Map<String, String> clear;
        try {
            clear = Json.readMap(cipher.open(m.payload().get(SEALED_PAYLOAD), m.id().value().toString()));
        } catch (SealedTextException | Json.DocumentException e) {
            throw new StorageException("The outbox message cannot be decrypted: " + e.getMessage(), e);
        }
        Map<String, String> payload = new HashMap<>();
        clear.forEach((k, v) -> {
            if (k.startsWith(PAYLOAD_PREFIX)) {
                payload.put(k.substring(PAYLOAD_PREFIX.length()), v);
            }
        });
        return new OutboxMessage(m.id(), m.idempotencyKey(), m.practiceId(), m.requestNumber(), m.event(),
                m.channel(), clear.getOrDefault(RECIPIENT_KEY, ""), payload, m.createdAt(), m.state(), m.attempts(),
                m.nextAttemptAt(), m.leaseOwner(), m.leaseUntil(), m.lastError());
    }

    /**
     * Opens messages to list them; one that cannot be opened is listed as stored (its recipient
     * "(sealed)"), so that a listing of dead letters never fails on one row.
     */
    private List<OutboxMessage> openMessages(List<OutboxMessage> messages) {
        List<OutboxMessage> opened = new ArrayList<>(messages.size());
        for (OutboxMessage m : messages) {
            try {
                opened.add(openMessage(m));
            } catch (StorageException e) {
                opened.add(m);
            }
        }
        return List.copyOf(opened);
    }

    // ---- NotificationOutbox --------------------------------------------------------------------------

    @Override
    public List<OutboxMessage> claim(String relayId, int max, Instant now, Duration lease) {
        Objects.requireNonNull(relayId, "relayId");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lease, "lease");
        if (relayId.isBlank() || max < 1 || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("A claim needs a relay id, a positive maximum and a positive lease");
        }
        requireKey("relay id", relayId);
        Instant until = now.plus(lease);
        return sql.inTransaction("claim outbox messages", c -> {
            List<OutboxMessage> claimed = new ArrayList<>();
            Map<UUID, String> unreadable = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + OUTBOX_COLUMNS + " FROM mr_outbox "
                    + "WHERE state = 'PENDING' AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?) "
                    + "ORDER BY created_at, entry_no FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED")) {
                Sql.setInstant(ps, 1, now);
                Sql.setInstant(ps, 2, now);
                ps.setInt(3, max);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        OutboxMessage m;
                        try {
                            m = openMessage(message(rs));
                        } catch (RuntimeException e) {
                            // One row that cannot be read never stops the relay: it goes to the dead letters.
                            unreadable.put(rs.getObject("id", UUID.class), "The stored message cannot be read ("
                                    + e.getClass().getSimpleName() + ")");
                            continue;
                        }
                        claimed.add(new OutboxMessage(m.id(), m.idempotencyKey(), m.practiceId(), m.requestNumber(),
                                m.event(), m.channel(), m.recipient(), m.payload(), m.createdAt(), m.state(),
                                m.attempts(), m.nextAttemptAt(), Optional.of(relayId), Optional.of(until),
                                m.lastError()));
                    }
                }
            }
            if (!unreadable.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE mr_outbox SET state = 'DEAD', last_error = ?, "
                        + "lease_owner = NULL, lease_until = NULL WHERE id = ?")) {
                    for (Map.Entry<UUID, String> e : unreadable.entrySet()) {
                        ps.setString(1, e.getValue());
                        ps.setObject(2, e.getKey());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            if (!claimed.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE mr_outbox SET lease_owner = ?, lease_until = ? "
                        + "WHERE id = ?")) {
                    for (OutboxMessage m : claimed) {
                        ps.setString(1, relayId);
                        Sql.setInstant(ps, 2, until);
                        ps.setObject(3, m.id().value());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return List.copyOf(claimed);
        });
    }

    @Override
    public boolean markDelivered(MessageId id, String relayId, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(relayId, "relayId");
        Objects.requireNonNull(at, "at");
        return leaseUpdate("mark a message delivered", "state = 'DELIVERED', delivered_at = ?", id, relayId, at,
                ps -> Sql.setInstant(ps, 1, at));
    }

    @Override
    public boolean markFailed(MessageId id, String relayId, Instant at, String error, Instant nextAttemptAt) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(relayId, "relayId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        requireStorable(error);
        return leaseUpdate("record a failed delivery", "attempts = attempts + 1, last_error = ?, next_attempt_at = ?",
                id, relayId, at, ps -> {
                    ps.setString(1, error);
                    Sql.setInstant(ps, 2, nextAttemptAt);
                });
    }

    @Override
    public boolean deadLetter(MessageId id, String relayId, Instant at, String error) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(relayId, "relayId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(error, "error");
        requireStorable(error);
        return leaseUpdate("dead-letter a message", "state = 'DEAD', attempts = attempts + 1, last_error = ?", id,
                relayId, at, ps -> ps.setString(1, error));
    }

    @Override
    public int purgeDelivered(Instant now, Duration retention) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(retention, "retention");
        if (retention.isNegative()) {
            throw new IllegalArgumentException("Retention " + retention + " is negative");
        }
        return sql.inTransaction("purge delivered messages", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM mr_outbox WHERE state = 'DELIVERED' "
                    + "AND delivered_at < ?")) {
                Sql.setInstant(ps, 1, now.minus(retention));
                return ps.executeUpdate();
            }
        });
    }

    private boolean leaseUpdate(String what, String set, MessageId id, String relayId, Instant at, Binder binder) {
        int params = (int) set.chars().filter(ch -> ch == '?').count();
        return sql.inTransaction(what, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE mr_outbox SET " + set + ", lease_owner = NULL, "
                    + "lease_until = NULL WHERE id = ? AND state = 'PENDING' AND lease_owner = ? "
                    + "AND lease_until > ?")) {
                binder.bind(ps);
                ps.setObject(params + 1, id.value());
                ps.setString(params + 2, relayId);
                Sql.setInstant(ps, params + 3, at);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<OutboxMessage> deadLetters(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("The maximum " + max + " must be positive");
        }
        return sql.inTransaction("list dead letters", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + OUTBOX_COLUMNS + " FROM mr_outbox "
                    + "WHERE state = 'DEAD' ORDER BY created_at, entry_no FETCH FIRST ? ROWS ONLY")) {
                ps.setInt(1, max);
                return openMessages(messages(ps));
            }
        });
    }

    @Override
    public boolean requeue(MessageId id, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        return sql.inTransaction("requeue a dead letter", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE mr_outbox SET state = 'PENDING', attempts = 0, "
                    + "next_attempt_at = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? AND state = 'DEAD'")) {
                Sql.setInstant(ps, 1, at);
                ps.setObject(2, id.value());
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<OutboxMessage> find(MessageId id) {
        Objects.requireNonNull(id, "id");
        return sql.inTransaction("load an outbox message", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + OUTBOX_COLUMNS + " FROM mr_outbox WHERE id = ?")) {
                ps.setObject(1, id.value());
                return openMessages(messages(ps)).stream().findFirst();
            }
        });
    }

    private static List<OutboxMessage> messages(PreparedStatement ps) throws SQLException {
        List<OutboxMessage> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(message(rs));
            }
        }
        return List.copyOf(list);
    }

    private static OutboxMessage message(ResultSet rs) throws SQLException {
        return new OutboxMessage(new MessageId(rs.getObject("id", UUID.class)), rs.getString("idempotency_key"),
                PracticeId.of(rs.getString("practice_id")), RequestNumber.parse(rs.getString("request_number")),
                EventType.valueOf(rs.getString("event")), Channel.valueOf(rs.getString("channel")),
                rs.getString("recipient"), Json.readMap(rs.getString("payload")), Sql.instant(rs, "created_at"),
                DeliveryState.valueOf(rs.getString("state")), rs.getInt("attempts"), Sql.instant(rs, "next_attempt_at"),
                Optional.ofNullable(rs.getString("lease_owner")), Optional.ofNullable(Sql.instant(rs, "lease_until")),
                Optional.ofNullable(rs.getString("last_error")));
    }

    // ---- DisclosureLog -------------------------------------------------------------------------------

    @Override
    public void append(DisclosureEntry entry) {
        Objects.requireNonNull(entry, "entry");
        validate(entry);
        sql.inTransaction("append a disclosure", c -> {
            insertDisclosures(c, sealDisclosures(List.of(entry)));
            return null;
        });
    }

    @Override
    public List<DisclosureEntry> entriesFor(PracticeId practice, PatientKey patient, Instant from, Instant to) {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return sql.inTransaction("list disclosures", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + DISCLOSURE_COLUMNS + " FROM mr_disclosure "
                    + "WHERE practice_id = ? AND patient_key = ? AND disclosed_at >= ? AND disclosed_at < ? "
                    + "ORDER BY disclosed_at, entry_no")) {
                ps.setString(1, practice.value());
                ps.setString(2, patient.value());
                Sql.setInstant(ps, 3, from);
                Sql.setInstant(ps, 4, to);
                List<DisclosureEntry> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(openDisclosure(new DisclosureEntry(rs.getObject("id", UUID.class),
                                PracticeId.of(rs.getString("practice_id")), new PatientKey(rs.getString("patient_key")),
                                Optional.ofNullable(rs.getString("request_number")).map(RequestNumber::parse),
                                Sql.instant(rs, "disclosed_at"), rs.getString("recipient_name"),
                                Optional.ofNullable(rs.getString("recipient_address")), rs.getString("description"),
                                rs.getString("purpose"), LegalBasis.valueOf(rs.getString("basis")),
                                rs.getString("disclosed_by"))));
                    }
                }
                return List.copyOf(list);
            }
        });
    }

    /** How many decoded requests the store keeps now, for tests in this package. */
    int decodedRequestsKept() {
        return decoded == null ? 0 : decoded.size();
    }

    @Override
    public String toString() {
        return "JdbcStore[format " + DocumentCodec.FORMAT + ", "
                + (decoded == null ? "no decoded requests kept" : "decoded requests kept: " + decoded.size()) + "]";
    }

    /**
     * Builds a {@link JdbcStore}. Not thread-safe; the store it builds is.
     */
    public static final class Builder {

        private final DataSource dataSource;
        private boolean migrate = true;
        private PracticeDirectory practices;
        private Law law = Law.builtIn();
        private StoredTextCipher cipher;
        private PatientKeys patientKeys;
        private int decodedRequests = DEFAULT_DECODED_REQUESTS;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * Sets whether {@link #build()} applies the migrations with Flyway; the default is true. A host
         * that runs its own migrations turns this off and applies the scripts under {@link #MIGRATIONS},
         * in version order, with its own tool.
         *
         * @param migrate  true to run Flyway on build
         * @return this builder, not null
         */
        public Builder migrate(boolean migrate) {
            this.migrate = migrate;
            return this;
        }

        /**
         * Sets the law stored requests are read back under, for a deployment that adds or replaces fee
         * schedules or deadline rules (the same ones its {@code FeeCalculator} and {@code RequestService}
         * use); the default is the library's built-in law with every proposed deadline rule. A stored
         * request names the rules it relied on by id and version; one this law does not know reads back
         * with its stored facts under a stand-in ({@code RequestCase.rulesNoLongerKnown()} lists them).
         *
         * @param limits  the fee schedules, not null
         * @param deadlines  the deadline rules, not null
         * @return this builder, not null
         */
        public Builder law(LegalLimits limits, DeadlineRules deadlines) {
            this.law = Law.of(limits, deadlines);
            return this;
        }

        /**
         * Sets the practices a deployment serves: a stored due date counts in its practice's current
         * business calendar (holidays and closures), which a document never copies. Without it, or for a
         * practice it does not know, a due date reads back counting weekends only, in the stored zone.
         *
         * @param practices  the practice directory, not null
         * @return this builder, not null
         */
        public Builder practices(PracticeDirectory practices) {
            this.practices = Objects.requireNonNull(practices, "practices");
            return this;
        }

        /**
         * Sets the cipher that seals each request's document at rest (names, dates of birth, contact
         * details, descriptions, free text), bound to the request's id so that a sealed document copied to
         * another row does not open there; without one, documents are stored as plain JSON. Documents
         * stored as plain JSON before still read, and {@link JdbcStore#reencrypt} seals them. The row's
         * query columns (practice, number, status, dates, the patient key) stay as they are. See the
         * module README for the format, key rotation and the runtime footprint.
         *
         * @param cipher  the cipher, for example the Tink adapter's {@code TinkCipher}, not null
         * @return this builder, not null
         */
        public Builder cipher(StoredTextCipher cipher) {
            this.cipher = Objects.requireNonNull(cipher, "cipher");
            return this;
        }

        /**
         * Sets how patients are keyed: the deployment's {@link PatientKeys#hmacSha256} under the host's
         * secret, the same the {@code RequestService} is given. Without it the store uses
         * {@link PatientKeys#development()}, a published secret that protects nothing, and says so in the
         * log. With migrations on, {@link #build()} brings stored keys of older versions (unkeyed SHA-256)
         * or of the development secret to these keys; it refuses a store whose keys were made under
         * another real secret.
         *
         * @param patientKeys  the deployment's patient keys, not null
         * @return this builder, not null
         */
        public Builder patientKeys(PatientKeys patientKeys) {
            this.patientKeys = Objects.requireNonNull(patientKeys, "patientKeys");
            return this;
        }

        /**
         * Sets how many requests the store keeps decoded in memory, those it saved or loaded last (default
         * {@value JdbcStore#DEFAULT_DECODED_REQUESTS}; 0 keeps none). Loading a row that still holds exactly
         * the document text and version a kept request was saved with or read from gives that request back
         * without opening and decoding the document again; any other row (a later version, a document
         * written by another process or sealed again under a new key) is decoded as always, and a request
         * is kept only while decoding would give it back unchanged (the store's law refers to each of its
         * rules, and its practice's calendar is the one it counts in). Requests are kept in the
         * application's heap as the application itself holds them; each takes a few kilobytes.
         *
         * @param requests  how many requests to keep, 0 or more
         * @return this builder, not null
         */
        public Builder decodedRequests(int requests) {
            if (requests < 0) {
                throw new IllegalArgumentException("The number of decoded requests to keep, " + requests
                        + ", must not be negative");
            }
            this.decodedRequests = requests;
            return this;
        }

        /**
         * Builds the store, applying the migrations first unless turned off. On an H2 file database the
         * store makes H2 write every commit to its file before the commit returns ({@code WRITE_DELAY 0},
         * set on each connection the store borrows), so an acknowledged change survives the death of the
         * process; it refuses a user without admin rights, who cannot change that setting, and a URL that
         * sets another {@code WRITE_DELAY} (with migrations turned off, at the store's first call, since
         * it does not reach the database before).
         *
         * @return the store, not null
         * @throws StorageException if the migrations fail, or an H2 file database cannot be made to write
         *     each commit before acknowledging it
         */
        public JdbcStore build() {
            Durability durability;
            if (migrate) {
                durability = Durability.of(dataSource);
                JdbcStore.migrate(dataSource);
                try {
                    H2Files.restrict(dataSource);
                } catch (SQLException e) {
                    throw Sql.failure("find the H2 database's files", e);
                }
            } else {
                // Without migrations the store does not reach the database before its first call.
                durability = Durability.onFirstUse(dataSource);
            }
            if (patientKeys == null) {
                patientKeys = PatientKeys.development();
                LOG.warn("JdbcStore keys patients with the development secret, which protects nothing: give "
                        + "JdbcStore.builder(...).patientKeys(PatientKeys.hmacSha256(secret)) and the RequestService the "
                        + "deployment's secret");
            }
            JdbcStore store = new JdbcStore(this, durability);
            if (migrate) {
                PatientKeyMigration.apply(store.sql, patientKeys, store.documentText());
            }
            return store;
        }
    }
}
