package io.github.medrecords.core.port;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.workflow.DisclosureEntry;
import io.github.medrecords.core.workflow.PatientKey;
import java.time.Instant;
import java.util.List;

/**
 * The practice's log of disclosures that the accounting of disclosures lists (45 CFR 164.528).
 * Entries from releases are written by {@link RequestRepository#save}; this port appends those made
 * elsewhere (for example by a business associate) and reads a patient's entries.
 *
 * <h2>Implementation requirements</h2>
 * <ul>
 * <li>Append-only: no entry is changed or removed.</li>
 * <li>Entries appended here and those saved with a request's change are read back alike.</li>
 * <li>Thread-safe.</li>
 * </ul>
 */
public interface DisclosureLog {

    /**
     * Appends an entry.
     *
     * @param entry  the entry, not null
     */
    void append(DisclosureEntry entry);

    /**
     * Lists a patient's entries disclosed in a period, oldest first: for an accounting, the six
     * years before the request (R4.1).
     *
     * @param practice  the practice, not null
     * @param patient  the patient's key, not null
     * @param from  the start, inclusive, not null
     * @param to  the end, exclusive, not null
     * @return the entries, not null
     */
    List<DisclosureEntry> entriesFor(PracticeId practice, PatientKey patient, Instant from, Instant to);
}
