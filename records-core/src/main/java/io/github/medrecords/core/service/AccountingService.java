package io.github.medrecords.core.service;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.DisclosureLog;
import io.github.medrecords.core.port.StoredTime;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.timeframe.DeadlineCalculator;
import io.github.medrecords.core.timeframe.DeadlineQuery;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.workflow.DisclosureEntry;
import io.github.medrecords.core.workflow.PatientKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The accounting of disclosures (45 CFR 164.528): records disclosures a business associate made for the
 * practice and assembles a patient's accounting from the practice's disclosure log.
 *
 * <p>The library keeps no record of earlier accountings yet: the host passes when the patient last
 * received one, so that the first in any 12 months is free (R4.6). Thread-safe if its ports are.
 */
public final class AccountingService {

    /** The Privacy Rule's compliance date: disclosures before it are not accounted for (R4.2). */
    public static final Instant COMPLIANCE_DATE = LocalDate.of(2003, 4, 14).atStartOfDay(ZoneOffset.UTC).toInstant();

    private static final int YEARS_COVERED = 6;
    private static final int FREE_ONCE_IN_MONTHS = 12;

    private final PracticeDirectory practices;
    private final DisclosureLog log;
    private final DeadlineRules deadlines;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param practices  the practices served, not null
     * @param log  the disclosure log, not null
     * @param deadlines  the legal deadline rules, not null
     * @param clock  the source of every "now", not null
     */
    public AccountingService(PracticeDirectory practices, DisclosureLog log, DeadlineRules deadlines, Clock clock) {
        this.practices = Objects.requireNonNull(practices, "practices");
        this.log = Objects.requireNonNull(log, "log");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.clock = StoredTime.clock(clock);
    }

    /**
     * Records a disclosure a business associate (an outside release-of-information company) made for the
     * practice, so that the accounting lists it (R4.3). Disclosures the accounting does not list (R4.2)
     * are refused rather than logged.
     *
     * @param entry  the disclosure, naming the business associate as who disclosed, not null
     * @throws IllegalArgumentException if the entry's legal basis is one the accounting does not list
     */
    public void recordBusinessAssociateDisclosure(DisclosureEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (!entry.basis().listedInAccounting()) {
            throw new IllegalArgumentException("A disclosure under " + entry.basis() + " is not listed in the"
                    + " accounting of disclosures (R4.2)");
        }
        practices.require(entry.practiceId());
        log.append(entry);
    }

    /**
     * Assembles a patient's accounting of disclosures, asked for now: every listed disclosure of the six
     * years before (R4.1), the practice's and its business associates' (R4.3), oldest first, with its due
     * date (R4.5) and whether it is free (R4.6).
     *
     * @param practiceId  the practice, not null
     * @param patient  the patient's key, not null
     * @param earlierAccountings  when the patient received earlier accountings, not null
     * @return the accounting, not null
     */
    public AccountingOfDisclosures accountingFor(PracticeId practiceId, PatientKey patient,
            Collection<Instant> earlierAccountings) {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(earlierAccountings, "earlierAccountings");
        PracticeProfile practice = practices.require(practiceId);
        Instant now = clock.instant();
        // The period is counted in whole days of the practice's zone: it starts at the start of the day six
        // years before today (R4.1), never before the compliance date in that zone (R4.2).
        LocalDate firstDay = now.atZone(practice.zone()).toLocalDate().minusYears(YEARS_COVERED);
        LocalDate compliance = LocalDate.of(2003, 4, 14);
        Instant from = (firstDay.isBefore(compliance) ? compliance : firstDay).atStartOfDay(practice.zone())
                .toInstant();
        List<DisclosureEntry> entries = log.entriesFor(practiceId, patient, from, now.plusNanos(1)).stream()
                .filter(e -> e.basis().listedInAccounting())
                .sorted(Comparator.comparing(DisclosureEntry::disclosedAt)).toList();
        Instant yearAgo = now.atZone(practice.zone()).minusMonths(FREE_ONCE_IN_MONTHS).toInstant();
        boolean free = earlierAccountings.stream().noneMatch(a -> a.isAfter(yearAgo) && !a.isAfter(now));
        LocalDate today = practice.businessCalendar().dateOf(now);
        return new AccountingOfDisclosures(practiceId, patient, now, from, entries,
                DeadlineCalculator.of(deadlines, practice.businessCalendar())
                        .dueDate(DeadlineQuery.forAccounting(today, practice.jurisdictions())), free);
    }

    @Override
    public String toString() {
        return "AccountingService[" + log.getClass().getSimpleName() + "]";
    }
}
