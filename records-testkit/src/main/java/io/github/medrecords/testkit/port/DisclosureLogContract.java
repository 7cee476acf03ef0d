package io.github.medrecords.testkit.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.ChangeSet;
import io.github.medrecords.core.port.ConcurrencyConflictException;
import io.github.medrecords.core.port.DisclosureLog;
import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.workflow.DisclosureEntry;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.Transition;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link DisclosureLog} must pass. An adapter's test extends this class and
 * implements {@link #createStorage()}; entries from releases arrive through {@link
 * RequestRepository#save} of the same store, the others through {@link DisclosureLog#append}.
 *
 * <p>It checks the port's implementation requirements: entries appended and entries saved with a
 * request's change are read back alike and whole; a patient's entries are those of that practice and
 * patient only, within the period (start inclusive, end exclusive), oldest first; a six-year
 * accounting period leaves out older entries; a refused save logs nothing; what a read returns
 * cannot change the log; and concurrent appends are all kept.
 */
public abstract class DisclosureLogContract {

    /** A Monday in March 2026, 10:00 in Connecticut. */
    protected static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");

    private static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("2100-01-01T00:00:00Z");

    private final RequestCases cases = RequestCases.of(20260304L);

    /**
     * For subclasses.
     */
    protected DisclosureLogContract() {
    }

    /**
     * Creates the ports of a store that holds nothing yet; called at the start of every test, after
     * the subclass's own {@code @BeforeEach} methods. The log must be the one the repository's
     * {@code save} writes to.
     *
     * @return the ports of one empty store, not null
     */
    protected abstract StoragePorts createStorage();

    @Test
    public void readsBackAnAppendedEntryWhole() {
        DisclosureLog log = createStorage().disclosureLog();
        PatientKey patient = PatientKey.of(cases.newPatient());
        DisclosureEntry entry = cases.disclosure(patient, T0);

        log.append(entry);

        assertThat(log.entriesFor(cases.practiceId(), patient, BEGINNING, END)).containsExactly(entry);
    }

    @Test
    public void readsEntriesSavedWithARequestsChangeAlongsideAppendedOnesOldestFirst() {
        StoragePorts s = createStorage();
        RequestCase request = saved(s, T0);
        DisclosureEntry fromRelease = cases.disclosure(request, T0.plus(Duration.ofDays(2)));
        Transition t = cases.verifyIdentity(request, T0.plus(Duration.ofDays(2)));
        DisclosureEntry appendedLater = cases.disclosure(request.patientKey(), T0.plus(Duration.ofDays(3)));
        DisclosureEntry appendedEarlier = cases.disclosure(request.patientKey(), T0.plus(Duration.ofDays(1)));

        s.disclosureLog().append(appendedLater);
        s.repository().save(List.of(cases.changeSet(t, List.of(), List.of(fromRelease))));
        s.disclosureLog().append(appendedEarlier);

        assertThat(s.disclosureLog().entriesFor(cases.practiceId(), request.patientKey(), BEGINNING, END))
                .containsExactly(appendedEarlier, fromRelease, appendedLater);
    }

    @Test
    public void listsOnlyThePracticesEntriesForThePatient() {
        DisclosureLog log = createStorage().disclosureLog();
        PatientKey patient = PatientKey.of(cases.newPatient());
        PatientKey otherPatient = PatientKey.of(cases.newPatient());
        RequestCases other = cases.forPractice(PracticeId.of("other-practice"));
        DisclosureEntry mine = cases.disclosure(patient, T0);
        log.append(mine);
        log.append(cases.disclosure(otherPatient, T0));
        log.append(other.disclosure(patient, T0));

        assertThat(log.entriesFor(cases.practiceId(), patient, BEGINNING, END)).containsExactly(mine);
        assertThat(log.entriesFor(other.practiceId(), patient, BEGINNING, END)).hasSize(1)
                .doesNotContain(mine);
        assertThat(log.entriesFor(cases.practiceId(), PatientKey.of(cases.newPatient()), BEGINNING, END))
                .isEmpty();
    }

    @Test
    public void listsThePeriodFromItsStartInclusiveToItsEndExclusive() {
        DisclosureLog log = createStorage().disclosureLog();
        PatientKey patient = PatientKey.of(cases.newPatient());
        Instant from = T0;
        Instant to = T0.plus(Duration.ofDays(30));
        DisclosureEntry before = cases.disclosure(patient, from.minusMillis(1));
        DisclosureEntry atStart = cases.disclosure(patient, from);
        DisclosureEntry beforeEnd = cases.disclosure(patient, to.minusMillis(1));
        DisclosureEntry atEnd = cases.disclosure(patient, to);
        for (DisclosureEntry e : List.of(atEnd, beforeEnd, atStart, before)) {
            log.append(e);
        }

        assertThat(log.entriesFor(cases.practiceId(), patient, from, to)).containsExactly(atStart, beforeEnd);
        assertThat(log.entriesFor(cases.practiceId(), patient, from, from)).isEmpty();
    }

    @Test
    public void givesAnAccountingTheSixYearsBeforeTheRequest() {
        DisclosureLog log = createStorage().disclosureLog();
        PatientKey patient = PatientKey.of(cases.newPatient());
        Instant asked = T0;
        Instant sixYearsBefore = asked.atZone(ZoneOffset.UTC).minusYears(6).toInstant();
        DisclosureEntry tooOld = cases.disclosure(patient, sixYearsBefore.minus(Duration.ofDays(1)));
        DisclosureEntry inTime = cases.disclosure(patient, sixYearsBefore.plus(Duration.ofDays(1)));
        DisclosureEntry recent = cases.disclosure(patient, asked.minus(Duration.ofDays(1)));
        log.append(recent);
        log.append(tooOld);
        log.append(inTime);

        assertThat(log.entriesFor(cases.practiceId(), patient, sixYearsBefore, asked))
                .containsExactly(inTime, recent);
    }

    @Test
    public void logsNothingFromARefusedSave() {
        StoragePorts s = createStorage();
        RequestCase v1 = saved(s, T0);
        s.repository().save(List.of(cases.changeSet(cases.verifyIdentity(v1, T0.plusSeconds(1)))));
        DisclosureEntry entry = cases.disclosure(v1, T0.plusSeconds(2));
        ChangeSet stale = cases.changeSet(cases.verifyIdentity(v1, T0.plusSeconds(2)), List.of(), List.of(entry));

        assertThatExceptionOfType(ConcurrencyConflictException.class)
                .isThrownBy(() -> s.repository().save(List.of(stale)));

        assertThat(s.disclosureLog().entriesFor(cases.practiceId(), v1.patientKey(), BEGINNING, END)).isEmpty();
    }

    @Test
    public void cannotBeChangedThroughWhatItReturns() {
        DisclosureLog log = createStorage().disclosureLog();
        PatientKey patient = PatientKey.of(cases.newPatient());
        DisclosureEntry entry = cases.disclosure(patient, T0);
        log.append(entry);

        List<DisclosureEntry> read = log.entriesFor(cases.practiceId(), patient, BEGINNING, END);
        catchThrowable(read::clear);
        log.append(cases.disclosure(patient, T0.plusSeconds(1)));

        assertThat(log.entriesFor(cases.practiceId(), patient, BEGINNING, END)).hasSize(2).startsWith(entry);
    }

    @Test
    public void keepsEveryEntryAppendedConcurrently() throws Exception {
        DisclosureLog log = createStorage().disclosureLog();
        PatientKey patient = PatientKey.of(cases.newPatient());
        List<DisclosureEntry> appended = Collections.synchronizedList(new ArrayList<>());

        Concurrently.run(8, thread -> {
            for (int i = 0; i < 25; i++) {
                DisclosureEntry e = cases.disclosure(patient, T0.plusSeconds(thread * 100L + i));
                log.append(e);
                appended.add(e);
            }
        });

        assertThat(log.entriesFor(cases.practiceId(), patient, BEGINNING, END))
                .containsExactlyInAnyOrderElementsOf(appended).hasSize(200);
    }

    private RequestCase saved(StoragePorts s, Instant at) {
        Transition t = cases.submit(s.repository().nextNumber(cases.practiceId(), at.atZone(ZoneOffset.UTC)
                .getYear()), at);
        s.repository().save(List.of(cases.changeSet(t)));
        return s.repository().findById(t.after().id()).orElseThrow();
    }
}
