package io.github.medrecords.core.service;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.timeframe.DueDate;
import io.github.medrecords.core.workflow.DisclosureEntry;
import io.github.medrecords.core.workflow.PatientKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A patient's accounting of disclosures (45 CFR 164.528, R4.1-R4.6): the entries of the period it
 * covers that the accounting must list, the practice's own and its business associates' (R4.3), oldest
 * first; the due date (60 days, one 30-day extension, R4.5); and whether it is free (the first in any
 * 12 months, R4.6).
 *
 * <p>The entries hold patient data; {@link #toString()} shows only counts and dates. Immutable and
 * thread-safe.
 *
 * @param practiceId  the practice, not null
 * @param patient  the patient's key, not null
 * @param requestedAt  when the patient asked, not null
 * @param periodFrom  the start of the period covered, inclusive: six years before the request, never before
 *     the compliance date (R4.1, R4.2), not null
 * @param entries  the entries the accounting lists, oldest first, not null
 * @param dueDate  when it is due, empty if no deadline rule applies
 * @param free  whether it is free: no other accounting in the 12 months before (R4.6)
 */
public record AccountingOfDisclosures(PracticeId practiceId, PatientKey patient, Instant requestedAt,
        Instant periodFrom, List<DisclosureEntry> entries, Optional<DueDate> dueDate, boolean free) {

    /**
     * Validates the accounting and copies its entries.
     *
     * @throws IllegalArgumentException if the period starts after the request or an entry lies outside it
     */
    public AccountingOfDisclosures {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(periodFrom, "periodFrom");
        Objects.requireNonNull(dueDate, "dueDate");
        entries = List.copyOf(entries);
        if (periodFrom.isAfter(requestedAt)) {
            throw new IllegalArgumentException("The period of an accounting ends at the request");
        }
        for (DisclosureEntry e : entries) {
            if (e.disclosedAt().isBefore(periodFrom) || e.disclosedAt().isAfter(requestedAt)) {
                throw new IllegalArgumentException("An accounting lists only disclosures of its period (R4.1)");
            }
        }
    }

    /**
     * Tells whether the practice may charge a reasonable, cost-based fee for this accounting, having told
     * the patient in advance (R4.6).
     *
     * @return true unless it is the first in 12 months
     */
    public boolean mayCharge() {
        return !free;
    }

    @Override
    public String toString() {
        return "AccountingOfDisclosures[" + practiceId + ", " + entries.size() + " entries from " + periodFrom
                + ", requested " + requestedAt + ", free=" + free + "]";
    }
}
