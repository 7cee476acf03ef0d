package io.github.medrecords.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.ChangeSet;
import io.github.medrecords.core.port.ConcurrencyConflictException;
import io.github.medrecords.core.port.DeliveryState;
import io.github.medrecords.core.port.DuplicateSubmissionException;
import io.github.medrecords.core.port.FoundRequests;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.port.StorageException;
import io.github.medrecords.core.port.UnreadableRequest;
import io.github.medrecords.core.port.UnreadableRequestException;
import io.github.medrecords.core.port.UnstorableTextException;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.workflow.DisclosureEntry;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.core.workflow.Transition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC store promises beyond the port contracts, on any database: the subclasses give it
 * a fresh database per test.
 */
abstract class StoreBehaviour {

    JdbcStore store;
    DataSource dataSource;

    /** Returns a data source on an empty database of its own. */
    abstract DataSource freshDataSource();

    /** Returns a new data source on the same database as the last fresh one, as after a restart. */
    abstract DataSource reopen();

    @BeforeEach
    void createStore() {
        dataSource = freshDataSource();
        store = Databases.store(dataSource);
    }

    RequestCase saveNew(Transition t) {
        store.save(List.of(Requests.changeOf(t)));
        return t.after().withVersion(1);
    }

    @Test
    void savesANewRequestAtVersionOneAndFindsItEveryWay() {
        Transition t = Requests.submit(Requests.imagesOnCd());
        RequestCase saved = saveNew(t);

        assertThat(store.findById(saved.id())).contains(saved);
        assertThat(store.findByNumber(saved.practiceId(), saved.number())).contains(saved);
        assertThat(store.findByIdempotencyKey(saved.practiceId(), saved.snapshot().idempotencyKey().orElseThrow()))
                .contains(saved);
        assertThat(store.findByPatient(saved.practiceId(), saved.patientKey()).requests()).containsExactly(saved);
        assertThat(store.findByStatus(saved.practiceId(), EnumSet.of(saved.status())).requests()).containsExactly(saved);
        assertThat(store.findOpenDueOnOrBefore(saved.practiceId(), saved.dueDate().orElseThrow().legalDate()).requests())
                .containsExactly(saved);
        assertThat(store.findOpenDueOnOrBefore(saved.practiceId(),
                saved.dueDate().orElseThrow().legalDate().minusDays(1)).requests()).isEmpty();
        assertThat(store.findById(saved.id()).orElseThrow().version()).isEqualTo(1);
        assertThat(store.findByNumber(Requests.OTHER_PRACTICE, saved.number())).isEmpty();
    }

    @Test
    void storesEveryTransitionOfAFullLifecycleWithItsHistoryAndDisclosure() {
        List<Transition> life = Requests.fullLifecycle();
        long version = 0;
        for (Transition t : life) {
            store.save(List.of(new ChangeSet(t.after(), version, t.history(), t.disclosures(),
                    List.of(Requests.message(t.after(), EventType.SUBMITTED)))));
            version++;
            RequestCase expected = t.after().withVersion(version);
            assertThat(store.findById(expected.id())).contains(expected);
        }
        RequestCase released = life.get(life.size() - 1).after();
        assertThat(store.findOpenDueOnOrBefore(released.practiceId(), LocalDate.of(2199, 1, 1)).requests())
                .as("a released request is no longer due").isEmpty();
        List<DisclosureEntry> log = store.entriesFor(released.practiceId(), released.patientKey(),
                Instant.EPOCH, Requests.at(100));
        assertThat(log).isEqualTo(life.get(life.size() - 1).disclosures()).hasSize(1);
    }

    @Test
    void refusesAStaleSaveAndWritesNothingOfIt() {
        RequestCase saved = saveNew(Requests.submit(Requests.imagesOnCd()));
        Transition first = saved.recordRepeat(RequestNumber.of(2026, 900), Requests.at(1));
        Transition second = saved.recordRepeat(RequestNumber.of(2026, 901), Requests.at(1));
        store.save(List.of(Requests.changeOf(first)));
        OutboxMessage lost = Requests.message(second.after(), EventType.LINKED_AS_REPEAT);

        assertThatExceptionOfType(ConcurrencyConflictException.class)
                .isThrownBy(() -> store.save(List.of(ChangeSet.of(second, List.of(lost)))))
                .satisfies(e -> {
                    assertThat(e.getRequestId()).isEqualTo(saved.id());
                    assertThat(e.getExpectedVersion()).isEqualTo(1);
                });

        assertThat(store.findById(saved.id())).contains(first.after().withVersion(2));
        assertThat(store.find(lost.id())).isEmpty();
    }

    @Test
    void refusesANewRequestThatReusesItsPracticesIdempotencyKey() {
        Transition a = Requests.submit(Requests.imagesOnCd(), Optional.empty(), "same-key", Requests.RECEIVED);
        Transition b = Requests.submit(Requests.imagesOnCd(), Optional.empty(), "same-key", Requests.RECEIVED);
        saveNew(a);

        assertThatExceptionOfType(DuplicateSubmissionException.class)
                .isThrownBy(() -> store.save(List.of(Requests.changeOf(b))))
                .satisfies(e -> assertThat(e.getIdempotencyKey()).isEqualTo("same-key"));
        assertThat(store.findById(b.after().id())).isEmpty();
    }

    @Test
    void rollsBackTheWholeSaveWhenALaterStatementFails() {
        Transition t = Requests.submit(Requests.imagesOnCd());
        OutboxMessage message = Requests.message(t.after(), EventType.SUBMITTED);
        ChangeSet broken = ChangeSet.of(t, List.of(message, message));

        assertThatExceptionOfType(StorageException.class).isThrownBy(() -> store.save(List.of(broken)))
                .satisfies(e -> assertThat(e.getCause()).isInstanceOf(SQLException.class));

        assertThat(store.findById(t.after().id())).isEmpty();
        assertThat(store.find(message.id())).isEmpty();
        assertThat(store.findByPatient(t.after().practiceId(), t.after().patientKey()).requests()).isEmpty();
    }

    @Test
    void rollsBackEveryChangeSetOfACallWhenOneIsStale() {
        RequestCase saved = saveNew(Requests.submit(Requests.imagesOnCd()));
        Transition fresh = Requests.submit(Requests.attorney());
        Transition stale = saved.recordRepeat(RequestNumber.of(2026, 902), Requests.at(1));
        ChangeSet staleChange = new ChangeSet(stale.after(), 7, stale.history(), stale.disclosures(), List.of());

        assertThatExceptionOfType(ConcurrencyConflictException.class)
                .isThrownBy(() -> store.save(List.of(Requests.changeOf(fresh), staleChange)));

        assertThat(store.findById(fresh.after().id())).isEmpty();
        assertThat(store.findById(saved.id())).contains(saved);
    }

    @Test
    void keepsAwkwardTextVerbatim() {
        String awkward = "O'Brien \"quoted\" '; DROP TABLE mr_request; -- \\ %_ \uD83D\uDE00\uD83C\uDFE5 Ж 中文 "
                + "x".repeat(10_240);
        Transition t = Requests.submit(Requests.patientRequest(Requests.patient("Siobhán 🎉", "O'Brien-Ñúñez"),
                Delivery.portalDownload(), RecordType.of("CUSTOM_NOTES", awkward, false)), Optional.empty(),
                "key'; DELETE FROM mr_outbox; --", Requests.RECEIVED);
        RequestCase saved = saveNew(t);
        Transition waived = saved.recordRepeat(RequestNumber.of(2026, 903), Requests.at(1));
        store.save(List.of(ChangeSet.of(waived, List.of())));

        RequestCase loaded = store.findById(saved.id()).orElseThrow();

        assertThat(loaded).isEqualTo(waived.after().withVersion(2));
        assertThat(loaded.request().selections().get(0).type().label()).isEqualTo(awkward);
        assertThat(loaded.request().patient().name().given()).isEqualTo("Siobhán 🎉");
        assertThat(store.findByIdempotencyKey(saved.practiceId(), "key'; DELETE FROM mr_outbox; --"))
                .contains(loaded);
    }

    @Test
    void refusesTextTheDatabaseCannotKeepBeforeWriting() {
        Transition t = Requests.submit(Requests.imagesOnCd(), Optional.empty(), "nul\u0000key", Requests.RECEIVED);

        assertThatExceptionOfType(UnstorableTextException.class).isThrownBy(() -> saveNew(t))
                .withMessageContaining("NUL");
        Transition longKey = Requests.submit(Requests.imagesOnCd(), Optional.empty(), "k".repeat(256),
                Requests.RECEIVED);
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> saveNew(longKey));
        assertThat(store.findById(t.after().id())).isEmpty();
    }

    @Test
    void refusesANameWithAnUnpairedSurrogateTheSameOnEveryDatabase() {
        Transition t = Requests.submit(Requests.patientRequest(Requests.patient("Ma\ud800ria", "Kowalski"),
                Delivery.cdByMail(Requests.ADDRESS), RecordType.MRI_REPORT));

        assertThatExceptionOfType(UnstorableTextException.class).isThrownBy(() -> saveNew(t))
                .withMessageContaining("unpaired surrogate").withMessageNotContaining("Ma");
        assertThat(store.findById(t.after().id())).isEmpty();
        assertThat(store.findByPatient(t.after().practiceId(), t.after().patientKey()).requests()).isEmpty();
    }

    @Test
    void keepsEverythingAcrossARestart() {
        List<Transition> life = Requests.fullLifecycle();
        long version = 0;
        for (Transition t : life) {
            store.save(List.of(new ChangeSet(t.after(), version++, t.history(), t.disclosures(), List.of())));
        }
        RequestCase released = life.get(life.size() - 1).after().withVersion(version);
        RequestNumber number = store.nextNumber(Requests.PRACTICE.id(), 2026);

        JdbcStore restarted = Databases.store(reopen());

        assertThat(restarted.findById(released.id())).contains(released);
        assertThat(restarted.entriesFor(released.practiceId(), released.patientKey(), Instant.EPOCH,
                Requests.at(100))).hasSize(1);
        assertThat(restarted.nextNumber(Requests.PRACTICE.id(), 2026)).isGreaterThan(number);
    }

    @Test
    void handsOutUniqueNumbersAcrossThreadsAndPractices() throws Exception {
        int threads = 6;
        int each = 15;
        Set<RequestNumber> numbers = ConcurrentHashMap.newKeySet();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            tasks.add(() -> {
                for (int k = 0; k < each; k++) {
                    numbers.add(store.nextNumber(Requests.PRACTICE.id(), 2027));
                }
                return null;
            });
        }
        runAll(tasks);

        assertThat(numbers).hasSize(threads * each);
        assertThat(numbers).contains(RequestNumber.of(2027, 1), RequestNumber.of(2027, threads * each));
        assertThat(store.nextNumber(Requests.OTHER_PRACTICE, 2027)).isEqualTo(RequestNumber.of(2027, 1));
    }

    @Test
    void appliesOrRefusesEveryConcurrentUpdateAndLosesNone() throws Exception {
        RequestCase saved = saveNew(Requests.submit(Requests.imagesOnCd()));
        AtomicInteger applied = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int worker = i;
            tasks.add(() -> {
                for (int k = 0; k < 8; k++) {
                    RequestCase current = store.findById(saved.id()).orElseThrow();
                    Transition t = current.recordRepeat(RequestNumber.of(2026, 1000 + worker * 10 + k),
                            Requests.at(1));
                    try {
                        store.save(List.of(ChangeSet.of(t, List.of())));
                        applied.incrementAndGet();
                    } catch (ConcurrencyConflictException e) {
                        refused.incrementAndGet();
                    }
                }
                return null;
            });
        }
        runAll(tasks);

        RequestCase last = store.findById(saved.id()).orElseThrow();
        assertThat(applied.get() + refused.get()).isEqualTo(48);
        assertThat(applied.get()).isPositive();
        assertThat(last.version()).isEqualTo(1 + applied.get());
        assertThat(last.repeatCount()).isEqualTo(applied.get());
        assertThat(last.history()).hasSize(1 + applied.get());
    }

    @Test
    void neverLeasesOneMessageToTwoRelaysAtOnce() throws Exception {
        int messages = 60;
        for (int i = 0; i < messages / 3; i++) {
            Transition t = Requests.submit(Requests.imagesOnCd());
            store.save(List.of(ChangeSet.of(t, List.of(Requests.message(t.after(), EventType.SUBMITTED),
                    Requests.message(t.after(), EventType.AUTHORIZATION_NEEDED),
                    Requests.message(t.after(), EventType.LINKED_AS_REPEAT)))));
        }
        Instant now = Requests.at(1);
        Map<UUID, String> owners = new ConcurrentHashMap<>();
        AtomicInteger twice = new AtomicInteger();
        List<Callable<Void>> relays = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            String relay = "relay-" + r;
            relays.add(() -> {
                List<OutboxMessage> batch;
                do {
                    batch = store.claim(relay, 4, now, Duration.ofMinutes(5));
                    for (OutboxMessage m : batch) {
                        if (owners.putIfAbsent(m.id().value(), relay) != null) {
                            twice.incrementAndGet();
                        }
                        assertThat(m.leaseOwner()).contains(relay);
                    }
                } while (!batch.isEmpty());
                return null;
            });
        }
        runAll(relays);

        assertThat(twice.get()).isZero();
        assertThat(owners).hasSize(messages);
        assertThat(store.claim("late", 10, now.plusSeconds(299), Duration.ofMinutes(5))).isEmpty();
        assertThat(store.claim("late", 100, now.plusSeconds(300), Duration.ofMinutes(5))).hasSize(messages);
    }

    @Test
    void marksAMessageOnlyForTheRelayHoldingItsLease() {
        Transition t = Requests.submit(Requests.imagesOnCd());
        OutboxMessage m = Requests.message(t.after(), EventType.SUBMITTED);
        store.save(List.of(ChangeSet.of(t, List.of(m))));
        Instant now = Requests.at(1);

        List<OutboxMessage> claimed = store.claim("relay-a", 10, now, Duration.ofMinutes(1));
        assertThat(claimed).extracting(OutboxMessage::id).containsExactly(m.id());
        assertThat(claimed.get(0).leaseUntil()).contains(now.plusSeconds(60));
        assertThat(store.markDelivered(m.id(), "relay-b", now)).isFalse();
        assertThat(store.markFailed(m.id(), "relay-a", now, "SMTP 451", now.plusSeconds(600))).isTrue();
        assertThat(store.find(m.id())).hasValueSatisfying(x -> {
            assertThat(x.attempts()).isEqualTo(1);
            assertThat(x.lastError()).contains("SMTP 451");
            assertThat(x.leaseOwner()).isEmpty();
            assertThat(x.nextAttemptAt()).isEqualTo(now.plusSeconds(600));
        });
        assertThat(store.claim("relay-a", 10, now.plusSeconds(599), Duration.ofMinutes(1))).isEmpty();

        store.claim("relay-b", 10, now.plusSeconds(600), Duration.ofMinutes(1));
        assertThat(store.deadLetter(m.id(), "relay-a", now.plusSeconds(601), "gave up")).isFalse();
        assertThat(store.deadLetter(m.id(), "relay-b", now.plusSeconds(601), "gave up")).isTrue();
        assertThat(store.deadLetters(10)).extracting(OutboxMessage::state).containsExactly(DeliveryState.DEAD);
        assertThat(store.requeue(m.id(), now.plusSeconds(700))).isTrue();
        assertThat(store.requeue(m.id(), now.plusSeconds(700))).isFalse();
        assertThat(store.find(m.id()).orElseThrow().attempts()).isZero();

        store.claim("relay-c", 10, now.plusSeconds(700), Duration.ofMinutes(1));
        assertThat(store.markDelivered(m.id(), "relay-c", now.plusSeconds(761))).as("lease expired").isFalse();
        assertThat(store.markDelivered(m.id(), "relay-c", now.plusSeconds(701))).isTrue();
        assertThat(store.find(m.id()).orElseThrow().state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(store.find(m.id()).orElseThrow().payload()).isEqualTo(m.payload());
    }

    @Test
    void appendsDisclosuresAndReadsThemBackInOrderWithinThePeriod() {
        PatientKey patient = PatientKey.of(Requests.MARIA);
        PracticeId practice = Requests.PRACTICE.id();
        DisclosureEntry late = entry(practice, patient, Requests.at(3));
        DisclosureEntry early = entry(practice, patient, Requests.at(1));
        DisclosureEntry elsewhere = entry(Requests.OTHER_PRACTICE, patient, Requests.at(2));
        store.append(late);
        store.append(early);
        store.append(elsewhere);

        assertThat(store.entriesFor(practice, patient, Requests.at(0), Requests.at(10))).containsExactly(early, late);
        assertThat(store.entriesFor(practice, patient, Requests.at(1), Requests.at(3))).containsExactly(early);
    }

    private static DisclosureEntry entry(PracticeId practice, PatientKey patient, Instant at) {
        return new DisclosureEntry(UUID.randomUUID(), practice, patient, Optional.empty(), at, "Superior Court",
                Optional.of("95 Washington St, Hartford"), "MRI report", "Subpoena", LegalBasis.COURT_ORDER_OR_SUBPOENA,
                "Business associate 'Acme'");
    }

    @Test
    void reportsARequestItCannotReadAndCarriesOnWithTheRest() throws Exception {
        RequestCase good = saveNew(Requests.submit(Requests.imagesOnCd()));
        RequestCase future = saveNew(Requests.submit(Requests.imagesOnCd()));
        RequestCase truncated = saveNew(Requests.submit(Requests.imagesOnCd()));
        String futureDocument = "{\"format\":99,\"id\":\"" + future.id() + "\"}";
        execute("UPDATE mr_request SET document = ? WHERE id = ?", futureDocument, future.id().value());
        String half = document(truncated);
        half = half.substring(0, half.length() / 2);
        execute("UPDATE mr_request SET document = ? WHERE id = ?", half, truncated.id().value());

        FoundRequests open = store.findByStatus(good.practiceId(), EnumSet.of(RequestStatus.IN_PROCESS));
        FoundRequests due = store.findOpenDueOnOrBefore(good.practiceId(), LocalDate.of(2199, 1, 1));
        FoundRequests patient = store.findByPatient(good.practiceId(), good.patientKey());

        for (FoundRequests found : List.of(open, due, patient)) {
            assertThat(found.requests()).containsExactly(good);
            assertThat(found.unreadable()).extracting(UnreadableRequest::id)
                    .containsExactly(future.id(), truncated.id());
        }
        UnreadableRequest reported = open.unreadable().get(0);
        assertThat(reported.number()).isEqualTo(future.number().value());
        assertThat(reported.status()).contains(RequestStatus.IN_PROCESS);
        assertThat(reported.reason()).contains("format 99");
        assertThat(open.unreadable().get(1).reason()).contains("not valid JSON");
        assertThatExceptionOfType(UnreadableRequestException.class)
                .isThrownBy(() -> store.findById(truncated.id()))
                .satisfies(e -> {
                    assertThat(e.unreadable().id()).isEqualTo(truncated.id());
                    assertThat(e.getMessage()).contains(truncated.id().toString()).doesNotContain("Maria")
                            .doesNotContain("Kowalski").doesNotContain("maria.k");
                });
        assertThatExceptionOfType(UnreadableRequestException.class)
                .isThrownBy(() -> store.findByNumber(future.practiceId(), future.number()));
        assertThat(document(truncated)).isEqualTo(half);
        assertThat(document(future)).isEqualTo(futureDocument);
    }

    @Test
    void deadLettersAnOutboxMessageItCannotReadAndClaimsTheRest() throws Exception {
        Transition t = Requests.submit(Requests.imagesOnCd());
        OutboxMessage other = Requests.message(t.after(), EventType.PAID);
        store.save(List.of(ChangeSet.of(t, List.of(Requests.message(t.after(), EventType.SUBMITTED), other))));
        execute("UPDATE mr_outbox SET payload = ? WHERE event = ?", "{not json", EventType.SUBMITTED.name());

        List<OutboxMessage> claimed = store.claim("relay-1", 10, Requests.at(1), Duration.ofMinutes(2));

        assertThat(claimed).extracting(OutboxMessage::event).containsExactly(EventType.PAID);
        assertThat(store.claim("relay-2", 10, Requests.at(1), Duration.ofMinutes(2))).isEmpty();
    }

    private void execute(String sql, Object... values) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }

    private String document(RequestCase c) throws SQLException {
        try (Connection conn = dataSource.getConnection();
                PreparedStatement ps = conn.prepareStatement("SELECT document FROM mr_request WHERE id = ?")) {
            ps.setObject(1, c.id().value());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void findsByStatusOldestFirstAcrossStatuses() {
        RequestCase a = saveNew(Requests.submit(Requests.imagesOnCd(), Optional.empty(), "s-1", Requests.RECEIVED));
        RequestCase b = saveNew(Requests.submit(Requests.attorney(), Optional.empty(), "s-2",
                Requests.RECEIVED.plusHours(1)));

        assertThat(store.findByStatus(a.practiceId(), EnumSet.of(RequestStatus.IN_PROCESS,
                RequestStatus.AWAITING_AUTHORIZATION)).requests()).containsExactly(a, b);
        assertThat(store.findByStatus(a.practiceId(), EnumSet.of(RequestStatus.RELEASED)).requests()).isEmpty();
        assertThat(store.findByStatus(a.practiceId(), Collections.emptySet()).requests()).isEmpty();
    }

    @Test
    void reportsAStoreThatCannotBeReachedAsAStorageException() {
        DataSource broken = UrlDataSource.unreachable();
        JdbcStore offline = JdbcStore.builder(broken).migrate(false).build();

        assertThatExceptionOfType(StorageException.class)
                .isThrownBy(() -> offline.findById(Requests.submit(Requests.imagesOnCd()).after().id()))
                .satisfies(e -> assertThat(e.getCause()).isInstanceOf(SQLException.class))
                .withMessageNotContaining("Maria");
    }

    static void runAll(List<Callable<Void>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> futures = new ArrayList<>();
            for (Callable<Void> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            for (Future<Void> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
