package io.github.medrecords.testkit.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.ChangeSet;
import io.github.medrecords.core.port.ConcurrencyConflictException;
import io.github.medrecords.core.port.DuplicateSubmissionException;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.port.StorageException;
import io.github.medrecords.core.request.PatientIdentity;
import io.github.medrecords.core.workflow.HistoryAction;
import io.github.medrecords.core.workflow.DisclosureEntry;
import io.github.medrecords.core.workflow.HistoryEntry;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.core.workflow.Transition;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link RequestRepository} must pass. An adapter's test extends this class and
 * implements {@link #createStorage()}.
 *
 * <p>It checks the port's implementation requirements: a saved request loads whole, with its
 * history, at the stored version; each save stores the expected version plus one; a stale or
 * premature version is refused with {@link ConcurrencyConflictException} and writes nothing; a save
 * of several change sets writes all or none of them, with their history, disclosure entries and
 * outbox messages; an idempotency key and a request number are unique within a practice and free
 * across practices; numbers handed out are never handed out twice, even to concurrent callers;
 * history is never rewritten; the finders select by practice and return oldest (or earliest due)
 * first; and several threads updating one request lose no update.
 */
public abstract class RequestRepositoryContract {

    /** A Monday in March 2026, 10:00 in Connecticut. */
    protected static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");

    private static final PracticeId OTHER_PRACTICE = PracticeId.of("other-practice");

    private final RequestCases cases = RequestCases.of(20260302L);

    /**
     * For subclasses.
     */
    protected RequestRepositoryContract() {
    }

    /**
     * Creates the ports of a store that holds nothing yet; called at the start of every test, after
     * the subclass's own {@code @BeforeEach} methods. A database adapter returns ports over a fresh
     * schema or database, or over emptied tables.
     *
     * @return the ports of one empty store, not null
     */
    protected abstract StoragePorts createStorage();

    /**
     * Returns the builder of requests the tests use.
     *
     * @return the builder, not null
     */
    protected RequestCases cases() {
        return cases;
    }

    @Test
    public void savesANewRequestAtVersionOneAndLoadsItWhole() {
        StoragePorts s = createStorage();
        RequestRepository repo = s.repository();
        Transition t = cases.submit(repo.nextNumber(cases.practiceId(), 2026), T0);

        repo.save(List.of(cases.changeSet(t)));

        RequestCase loaded = repo.findById(t.after().id()).orElseThrow();
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded).isEqualTo(t.after().withVersion(1));
        assertThat(loaded.history()).isEqualTo(t.history());
        assertThat(repo.findById(cases.submit(RequestNumber.of(2026, 999_999), T0).after().id())).isEmpty();
    }

    @Test
    public void storesTheExpectedVersionPlusOneAndAppendsTheHistoryOnEverySave() {
        RequestRepository repo = createStorage().repository();
        Transition created = cases.submit(repo.nextNumber(cases.practiceId(), 2026), T0);
        repo.save(List.of(cases.changeSet(created)));

        Transition verified = cases.verifyIdentity(load(repo, created), T0.plusSeconds(60));
        repo.save(List.of(cases.changeSet(verified)));
        RequestCase second = load(repo, created);
        Transition fulfilled = cases.recordFulfilment(second, T0.plusSeconds(120));
        repo.save(List.of(cases.changeSet(fulfilled)));
        RequestCase third = load(repo, created);

        assertThat(second.version()).isEqualTo(2);
        assertThat(second).isEqualTo(verified.after().withVersion(2));
        assertThat(third.version()).isEqualTo(3);
        assertThat(third).isEqualTo(fulfilled.after().withVersion(3));
        assertThat(third.history()).hasSize(3).startsWith(created.history().get(0), verified.history().get(0))
                .endsWith(fulfilled.history().get(0));
        assertThat(third.status()).isEqualTo(RequestStatus.READY_FOR_RELEASE);
    }

    @Test
    public void refusesAStaleVersionWritesNothingAndNeverOverwritesTheNewerState() {
        StoragePorts s = createStorage();
        RequestRepository repo = s.repository();
        Transition created = cases.submit(repo.nextNumber(cases.practiceId(), 2026), T0);
        repo.save(List.of(cases.changeSet(created)));
        RequestCase v1 = load(repo, created);
        Transition first = cases.verifyIdentity(v1, T0.plusSeconds(60));
        Transition stale = v1.recordRepeat(RequestNumber.of(2026, 500), T0.plusSeconds(90));
        ChangeSet staleChange = cases.changeSet(stale, cases.messages(stale),
                List.of(cases.disclosure(v1, T0.plusSeconds(90))));
        repo.save(List.of(cases.changeSet(first)));

        assertThatExceptionOfType(ConcurrencyConflictException.class)
                .isThrownBy(() -> repo.save(List.of(staleChange)))
                .satisfies(e -> {
                    assertThat(e.getRequestId()).isEqualTo(v1.id());
                    assertThat(e.getExpectedVersion()).isEqualTo(1);
                });

        assertThat(load(repo, created)).isEqualTo(first.after().withVersion(2));
        assertNothingWritten(s, staleChange);
    }

    @Test
    public void refusesAnExpectedVersionAheadOfTheStoredOne() {
        StoragePorts s = createStorage();
        RequestRepository repo = s.repository();
        Transition created = cases.submit(repo.nextNumber(cases.practiceId(), 2026), T0);
        repo.save(List.of(cases.changeSet(created)));
        RequestCase v1 = load(repo, created);
        Transition next = cases.verifyIdentity(v1.withVersion(2), T0.plusSeconds(60));

        assertThatExceptionOfType(ConcurrencyConflictException.class)
                .isThrownBy(() -> repo.save(List.of(cases.changeSet(next))))
                .satisfies(e -> assertThat(e.getExpectedVersion()).isEqualTo(2));

        assertThat(load(repo, created)).isEqualTo(v1);
        assertNothingWritten(s, cases.changeSet(next));
    }

    @Test
    public void refusesToCreateARequestTwice() {
        RequestRepository repo = createStorage().repository();
        Transition created = cases.submit(repo.nextNumber(cases.practiceId(), 2026), T0);
        repo.save(List.of(cases.changeSet(created)));

        assertThatExceptionOfType(ConcurrencyConflictException.class)
                .isThrownBy(() -> repo.save(List.of(cases.changeSet(created))))
                .satisfies(e -> assertThat(e.getExpectedVersion()).isZero());
        assertThat(load(repo, created).version()).isEqualTo(1);
    }

    @Test
    public void refusesToUpdateARequestThatWasNeverSaved() {
        StoragePorts s = createStorage();
        RequestRepository repo = s.repository();
        Transition created = cases.submit(repo.nextNumber(cases.practiceId(), 2026), T0);
        ChangeSet update = cases.changeSet(cases.verifyIdentity(created.after().withVersion(1), T0.plusSeconds(60)));

        assertThatExceptionOfType(ConcurrencyConflictException.class).isThrownBy(() -> repo.save(List.of(update)));

        assertThat(repo.findById(created.after().id())).isEmpty();
        assertNothingWritten(s, update);
    }

    @Test
    public void savesSeveralChangeSetsTogether() {
        StoragePorts s = createStorage();
        RequestRepository repo = s.repository();
        PatientIdentity patient = cases.newPatient();
        Transition open = cases.submit(repo.nextNumber(cases.practiceId(), 2026), T0, patient,
                Optional.of(cases.newIdempotencyKey()), false);
        repo.save(List.of(cases.changeSet(open)));
        RequestNumber repeatNumber = repo.nextNumber(cases.practiceId(), 2026);
        Transition repeat = cases.submit(repeatNumber, T0.plusSeconds(600), patient,
                Optional.of(cases.newIdempotencyKey()), false);
        Transition raised = load(repo, open).recordRepeat(repeatNumber, T0.plusSeconds(600));
        ChangeSet a = cases.changeSet(repeat);
        ChangeSet b = cases.changeSet(raised, cases.messages(raised), List.of(cases.disclosure(open.after(),
                T0.plusSeconds(600))));

        repo.save(List.of(a, b));

        assertThat(load(repo, repeat)).isEqualTo(repeat.after().withVersion(1));
        assertThat(load(repo, open)).isEqualTo(raised.after().withVersion(2));
        assertEverythingWritten(s, a);
        assertEverythingWritten(s, b);
    }

    @Test
    public void aSaveOfSeveralChangeSetsThatFailsOnAStaleVersionWritesNoneOfThem() {
        StoragePorts s = createStorage();
        RequestRepository repo = s.repository();
        Transition stored = cases.submit(repo.nextNumber(cases.practiceId(), 2026), T0);
        repo.save(List.of(cases.changeSet(stored)));
        RequestCase v1 = load(repo, stored);
        repo.save(List.of(cases.changeSet(cases.verifyIdentity(v1, T0.plusSeconds(30)))));
        Transition fresh = cases.submit(repo.nextNumber(cases.practiceId(), 2026), T0.plusSeconds(60));
        ChangeSet freshChange = cases.changeSet(fresh, cases.messages(fresh),
                List.of(cases.disclosure(fresh.after(), T0.plusSeconds(60))));
        Transition stale = v1.recordRepeat(fresh.after().number(), T0.plusSeconds(60));
        ChangeSet staleChange = cases.changeSet(stale);

        assertThatExceptionOfType(ConcurrencyConflictException.class)
                .isThrownBy(() -> repo.save(List.of(freshChange, staleChange)));

        assertThat(repo.findById(fresh.after().id())).isEmpty();
        assertThat(repo.findByNumber(cases.practiceId(), fresh.after().number())).isEmpty();
        assertThat(repo.findByIdempotencyKey(cases.practiceId(), fresh.after().snapshot().idempotencyKey()
                .orElseThrow())).isEmpty();
        assertThat(load(repo, stored).version()).isEqualTo(2);
        assertNothingWritten(s, freshChange);
        assertNothingWritten(s, staleChange);
    }

    @Test
    public void aSaveOfSeveralChangeSetsThatFailsOnADuplicateKeyWritesNoneOfThem() {
        StoragePorts s = createStorage();
        RequestRepository repo = s.repository();
        Transition stored = cases.submit(repo.nextNumber(cases.practiceId(), 2026), T0);
        repo.save(List.of(cases.changeSet(stored)));
        RequestCase v1 = load(repo, stored);
        Transition update = cases.verifyIdentity(v1, T0.plusSeconds(30));
        ChangeSet updateChange = cases.changeSet(update, cases.messages(update),
                List.of(cases.disclosure(v1, T0.plusSeconds(30))));
        Transition duplicate = cases.submit(repo.nextNumber(cases.practiceId(), 2026), T0.plusSeconds(30),
                cases.newPatient(), v1.snapshot().idempotencyKey(), false);
        ChangeSet duplicateChange = cases.changeSet(duplicate);

        assertThatExceptionOfType(DuplicateSubmissionException.class)
                .isThrownBy(() -> repo.save(List.of(updateChange, duplicateChange)));

        assertThat(load(repo, stored)).isEqualTo(v1);
        assertThat(repo.findById(duplicate.after().id())).isEmpty();
        assertNothingWritten(s, updateChange);
        assertNothingWritten(s, duplicateChange);
    }

    @Test
    public void refusesASecondRequestWithAnIdempotencyKeyItsPracticeUsedAndAcceptsItElsewhere() {
        StoragePorts s = createStorage();
        RequestRepository repo = s.repository();
        Optional<String> key = Optional.of(cases.newIdempotencyKey());
        Transition first = cases.submit(repo.nextNumber(cases.practiceId(), 2026), T0, cases.newPatient(), key,
                false);
        repo.save(List.of(cases.changeSet(first)));
        Transition again = cases.submit(repo.nextNumber(cases.practiceId(), 2026), T0.plusSeconds(5),
                cases.newPatient(), key, false);
        ChangeSet againChange = cases.changeSet(again);

        assertThatExceptionOfType(DuplicateSubmissionException.class)
                .isThrownBy(() -> repo.save(List.of(againChange)))
                .satisfies(e -> assertThat(e.getIdempotencyKey()).isEqualTo(key.get()));

        assertThat(repo.findByIdempotencyKey(cases.practiceId(), key.get())).contains(load(repo, first));
        assertThat(repo.findById(again.after().id())).isEmpty();
        assertNothingWritten(s, againChange);

        RequestCases other = cases.forPractice(OTHER_PRACTICE);
        Transition elsewhere = other.submit(repo.nextNumber(OTHER_PRACTICE, 2026), T0, other.newPatient(), key,
                false);
        repo.save(List.of(other.changeSet(elsewhere)));
        assertThat(repo.findByIdempotencyKey(OTHER_PRACTICE, key.get())).contains(load(repo, elsewhere));
        assertThat(repo.findByIdempotencyKey(cases.practiceId(), key.get())).contains(load(repo, first));
    }

    @Test
    public void refusesANewRequestWithANumberItsPracticeUsedAndAcceptsItElsewhere() {
        StoragePorts s = createStorage();
        RequestRepository repo = s.repository();
        RequestNumber number = repo.nextNumber(cases.practiceId(), 2026);
        Transition first = cases.submit(number, T0);
        repo.save(List.of(cases.changeSet(first)));
        Transition again = cases.submit(number, T0.plusSeconds(5));
        ChangeSet againChange = cases.changeSet(again);

        assertThatExceptionOfType(StorageException.class).isThrownBy(() -> repo.save(List.of(againChange)))
                .isNotInstanceOf(DuplicateSubmissionException.class);

        assertThat(repo.findByNumber(cases.practiceId(), number)).contains(load(repo, first));
        assertThat(repo.findById(again.after().id())).isEmpty();
        assertNothingWritten(s, againChange);

        RequestCases other = cases.forPractice(OTHER_PRACTICE);
        Transition elsewhere = other.submit(number, T0);
        repo.save(List.of(other.changeSet(elsewhere)));
        assertThat(repo.findByNumber(OTHER_PRACTICE, number)).contains(load(repo, elsewhere));
    }

    @Test
    public void handsOutNumbersOfTheYearNeverTheSameTwiceInAPractice() {
        RequestRepository repo = createStorage().repository();
        List<RequestNumber> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            numbers.add(repo.nextNumber(cases.practiceId(), 2026));
            numbers.add(repo.nextNumber(cases.practiceId(), 2027));
        }
        RequestNumber elsewhere = repo.nextNumber(OTHER_PRACTICE, 2026);

        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(numbers.stream().filter(n -> n.value().startsWith("2026-"))).hasSize(5);
        assertThat(numbers.stream().filter(n -> n.value().startsWith("2027-"))).hasSize(5);
        assertThat(elsewhere.value()).startsWith("2026-");
    }

    @Test
    public void handsOutDistinctNumbersToConcurrentCallers() throws Exception {
        RequestRepository repo = createStorage().repository();
        List<RequestNumber> numbers = Collections.synchronizedList(new ArrayList<>());

        // 8 x 125 calls contend on one counter row; each is a committed transaction, so a database that
        // commits durably spends most of the time in its log (kept small enough for a loaded build machine).
        Concurrently.run(8, thread -> {
            for (int i = 0; i < 125; i++) {
                numbers.add(repo.nextNumber(cases.practiceId(), 2026));
            }
        });

        assertThat(numbers).hasSize(1000).doesNotHaveDuplicates();
    }

    @Test
    public void findsByNumberAndIdempotencyKeyWithinThePracticeOnly() {
        RequestRepository repo = createStorage().repository();
        Transition t = cases.submit(repo.nextNumber(cases.practiceId(), 2026), T0);
        repo.save(List.of(cases.changeSet(t)));
        repo.save(List.of(cases.changeSet(cases.verifyIdentity(load(repo, t), T0.plusSeconds(5)))));
        String key = t.after().snapshot().idempotencyKey().orElseThrow();
        RequestCase current = load(repo, t);

        assertThat(current.version()).isEqualTo(2);
        assertThat(repo.findByNumber(cases.practiceId(), t.after().number())).contains(current);
        assertThat(repo.findByIdempotencyKey(cases.practiceId(), key)).contains(current);
        assertThat(repo.findByNumber(OTHER_PRACTICE, t.after().number())).isEmpty();
        assertThat(repo.findByIdempotencyKey(OTHER_PRACTICE, key)).isEmpty();
        assertThat(repo.findByNumber(cases.practiceId(), RequestNumber.of(2026, 999_999))).isEmpty();
        assertThat(repo.findByIdempotencyKey(cases.practiceId(), "unknown-key")).isEmpty();
    }

    @Test
    public void findsAPatientsRequestsOfThePracticeOldestFirst() {
        RequestRepository repo = createStorage().repository();
        PatientIdentity patient = cases.newPatient();
        Transition later = submit(repo, cases, patient, T0.plus(Duration.ofDays(3)));
        Transition earlier = submit(repo, cases, patient, T0);
        Transition latest = submit(repo, cases, patient, T0.plus(Duration.ofDays(9)));
        Transition middle = submit(repo, cases, patient, T0.plus(Duration.ofDays(2)));
        submit(repo, cases, cases.newPatient(), T0.plus(Duration.ofDays(1)));
        RequestCases other = cases.forPractice(OTHER_PRACTICE);
        submit(repo, other, patient, T0.plus(Duration.ofDays(2)));
        repo.save(List.of(cases.changeSet(cases.verifyIdentity(load(repo, later), T0.plus(Duration.ofDays(4))))));

        List<RequestCase> found = repo.findByPatient(cases.practiceId(), PatientKey.of(patient)).requests();

        assertThat(found).containsExactly(load(repo, earlier), load(repo, middle), load(repo, later),
                load(repo, latest));
        assertThat(found.get(2).version()).isEqualTo(2);
        assertThat(repo.findByPatient(OTHER_PRACTICE, PatientKey.of(patient)).requests()).hasSize(1);
        assertThat(repo.findByPatient(cases.practiceId(), PatientKey.of(cases.newPatient())).requests()).isEmpty();
    }

    @Test
    public void findsByStatusOldestFirstAndFollowsEveryStatusChange() {
        RequestRepository repo = createStorage().repository();
        Transition c = submit(repo, cases, cases.newPatient(), T0.plus(Duration.ofDays(2)));
        Transition a = submit(repo, cases, cases.newPatient(), T0);
        Transition b = cases.submit(repo.nextNumber(cases.practiceId(), 2026), T0.plus(Duration.ofDays(1)),
                cases.newPatient(), Optional.of(cases.newIdempotencyKey()), true);
        repo.save(List.of(cases.changeSet(b)));
        RequestCases other = cases.forPractice(OTHER_PRACTICE);
        submit(repo, other, other.newPatient(), T0);

        assertThat(repo.findByStatus(cases.practiceId(), EnumSet.of(RequestStatus.IN_PROCESS)).requests())
                .containsExactly(load(repo, a), load(repo, c));
        assertThat(repo.findByStatus(cases.practiceId(), EnumSet.of(RequestStatus.AWAITING_AUTHORIZATION)).requests())
                .containsExactly(load(repo, b));
        assertThat(repo.findByStatus(cases.practiceId(), EnumSet.of(RequestStatus.IN_PROCESS,
                RequestStatus.AWAITING_AUTHORIZATION)).requests()).containsExactly(load(repo, a), load(repo, b), load(repo, c));

        repo.save(List.of(cases.changeSet(cases.recordFulfilment(load(repo, a), T0.plus(Duration.ofDays(3))))));

        assertThat(repo.findByStatus(cases.practiceId(), EnumSet.of(RequestStatus.IN_PROCESS)).requests())
                .containsExactly(load(repo, c));
        assertThat(repo.findByStatus(cases.practiceId(), EnumSet.of(RequestStatus.READY_FOR_RELEASE)).requests())
                .containsExactly(load(repo, a));
        assertThat(repo.findByStatus(cases.practiceId(), EnumSet.noneOf(RequestStatus.class)).requests()).isEmpty();
    }

    @Test
    public void findsOpenRequestsDueOnOrBeforeADateEarliestFirst() {
        RequestRepository repo = createStorage().repository();
        Transition late = submit(repo, cases, cases.newPatient(), T0.plus(Duration.ofDays(20)));
        Transition early = submit(repo, cases, cases.newPatient(), T0);
        Transition middle = submit(repo, cases, cases.newPatient(), T0.plus(Duration.ofDays(10)));
        Transition released = submit(repo, cases, cases.newPatient(), T0.minus(Duration.ofDays(5)));
        release(repo, released, T0.minus(Duration.ofDays(4)));
        RequestCases other = cases.forPractice(OTHER_PRACTICE);
        submit(repo, other, other.newPatient(), T0);
        LocalDate earlyDue = dueDate(early);
        LocalDate middleDue = dueDate(middle);

        assertThat(earlyDue).isBefore(middleDue).isBefore(dueDate(late));
        assertThat(dueDate(released)).isBefore(earlyDue);
        assertThat(repo.findOpenDueOnOrBefore(cases.practiceId(), middleDue).requests())
                .containsExactly(load(repo, early), load(repo, middle));
        assertThat(repo.findOpenDueOnOrBefore(cases.practiceId(), middleDue.minusDays(1)).requests())
                .containsExactly(load(repo, early));
        assertThat(repo.findOpenDueOnOrBefore(cases.practiceId(), earlyDue.minusDays(1)).requests()).isEmpty();
        assertThat(repo.findOpenDueOnOrBefore(cases.practiceId(), dueDate(late).plusYears(1)).requests())
                .containsExactly(load(repo, early), load(repo, middle), load(repo, late));
    }

    @Test
    public void neverRewritesTheStoredHistory() {
        RequestRepository repo = createStorage().repository();
        Transition created = cases.submit(repo.nextNumber(cases.practiceId(), 2026), T0);
        repo.save(List.of(cases.changeSet(created)));
        RequestCase v1 = load(repo, created);
        Transition next = cases.verifyIdentity(v1, T0.plusSeconds(60));
        HistoryEntry original = v1.history().get(0);
        HistoryEntry forged = new HistoryEntry(1, original.at(), original.actor(), HistoryAction.CANCELLED, null,
                original.toStatus(), "rewritten", "");
        RequestCase tampered = RequestCases.withHistory(next.after(), List.of(forged, next.history().get(0)));

        Throwable thrown = catchThrowable(() -> repo.save(List.of(new ChangeSet(tampered, 1, next.history(),
                List.of(), List.of()))));

        RequestCase after = load(repo, created);
        assertThat(after.history().get(0)).isEqualTo(original);
        if (thrown != null) {
            assertThat(after).isEqualTo(v1);
        }
    }

    @Test
    public void appliesOrRefusesEveryConcurrentUpdateAndLosesNone() throws Exception {
        RequestRepository repo = createStorage().repository();
        Transition created = cases.submit(repo.nextNumber(cases.practiceId(), 2026), T0);
        repo.save(List.of(cases.changeSet(created)));
        Set<RequestNumber> applied = Collections.synchronizedSet(new HashSet<>());
        Set<RequestNumber> refused = Collections.synchronizedSet(new HashSet<>());
        AtomicInteger sequence = new AtomicInteger();

        Concurrently.run(8, thread -> {
            for (int i = 0; i < 25; i++) {
                RequestNumber repeat = RequestNumber.of(2027, sequence.incrementAndGet());
                Transition t = load(repo, created).recordRepeat(repeat, T0.plusSeconds(sequence.get()));
                try {
                    repo.save(List.of(cases.changeSet(t)));
                    applied.add(repeat);
                } catch (ConcurrencyConflictException e) {
                    refused.add(repeat);
                }
            }
        });

        RequestCase last = load(repo, created);
        assertThat(applied.size() + refused.size()).isEqualTo(200);
        assertThat(applied).isNotEmpty();
        assertThat(last.version()).isEqualTo(1 + applied.size());
        assertThat(last.history()).hasSize(1 + applied.size());
        assertThat(last.snapshot().repeatCount()).isEqualTo(applied.size());
        List<String> details = last.history().stream().skip(1).map(HistoryEntry::detail).toList();
        for (RequestNumber n : applied) {
            assertThat(details).filteredOn(d -> d.contains("repeated by " + n + ",")).as("update %s", n).hasSize(1);
        }
        for (RequestNumber n : refused) {
            assertThat(details).filteredOn(d -> d.contains("repeated by " + n + ",")).as("update %s", n).isEmpty();
        }
    }

    private Transition submit(RequestRepository repo, RequestCases builder, PatientIdentity patient, Instant at) {
        int year = at.atZone(ZoneOffset.UTC).getYear();
        Transition t = builder.submit(repo.nextNumber(builder.practiceId(), year), at, patient,
                Optional.of(builder.newIdempotencyKey()), false);
        repo.save(List.of(builder.changeSet(t)));
        return t;
    }

    private void release(RequestRepository repo, Transition created, Instant at) {
        repo.save(List.of(cases.changeSet(cases.verifyIdentity(load(repo, created), at))));
        repo.save(List.of(cases.changeSet(cases.recordFulfilment(load(repo, created), at.plusSeconds(60)))));
        repo.save(List.of(cases.changeSet(cases.release(load(repo, created), at.plusSeconds(120)))));
        assertThat(load(repo, created).status().isOpen()).isFalse();
    }

    private static LocalDate dueDate(Transition created) {
        return created.after().dueDate().orElseThrow().legalDate();
    }

    private static RequestCase load(RequestRepository repo, Transition created) {
        return repo.findById(created.after().id()).orElseThrow();
    }

    /**
     * Asserts that none of a change set's outbox messages and disclosure entries was written.
     *
     * @param storage  the store, not null
     * @param change  the change set, not null
     */
    static void assertNothingWritten(StoragePorts storage, ChangeSet change) {
        for (OutboxMessage m : change.messages()) {
            assertThat(storage.outbox().find(m.id())).as("outbox message of a refused change").isEmpty();
        }
        for (DisclosureEntry d : change.disclosures()) {
            assertThat(storage.disclosureLog().entriesFor(d.practiceId(), d.patient(), Instant.EPOCH,
                    Instant.parse("9999-01-01T00:00:00Z"))).as("disclosure entries after a refused change")
                    .doesNotContain(d);
        }
    }

    /**
     * Asserts that all of a change set's outbox messages and disclosure entries were written.
     *
     * @param storage  the store, not null
     * @param change  the change set, not null
     */
    static void assertEverythingWritten(StoragePorts storage, ChangeSet change) {
        for (OutboxMessage m : change.messages()) {
            assertThat(storage.outbox().find(m.id())).as("outbox message of a saved change").contains(m);
        }
        for (DisclosureEntry d : change.disclosures()) {
            assertThat(storage.disclosureLog().entriesFor(d.practiceId(), d.patient(), Instant.EPOCH,
                    Instant.parse("9999-01-01T00:00:00Z"))).as("disclosure entries after a saved change").contains(d);
        }
    }
}
