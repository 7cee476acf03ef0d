package io.github.medrecords.core.port;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.RequestStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores requests for many practices, with their history, the disclosure-log entries and the outbox
 * messages their changes cause.
 *
 * <h2>Implementation requirements</h2>
 * <ul>
 * <li>{@link #save} is atomic: every change set in the call, with its history, disclosure entries and
 *     outbox messages, is written, or nothing is.</li>
 * <li>Optimistic concurrency: a change set whose expected version is not the stored version throws
 *     {@link ConcurrencyConflictException} and writes nothing; it never overwrites a newer state. A new
 *     request (expected version 0) is stored at version 1, and each later save stores expected + 1.
 *     Loaded requests carry their stored version.</li>
 * <li>A new request's change set with {@link ChangeSet#expectedPatientRequests()} is saved only if the
 *     store holds exactly that many requests of its patient at its practice, checked and written so that
 *     two concurrent saves for one patient cannot both pass (in SQL: under a per-patient lock row);
 *     otherwise it throws {@link ConcurrencyConflictException} and writes nothing.</li>
 * <li>A change set with a {@link ChangeSet#commandKey()} records the key with the request in the same
 *     transaction; a change set whose key is already recorded for its request throws
 *     {@link DuplicateCommandException} and writes nothing. {@link #hasCommandKey} finds a recorded key.</li>
 * <li>A new request whose practice already has a request with the same idempotency key throws
 *     {@link DuplicateSubmissionException} and writes nothing.</li>
 * <li>{@link #nextNumber} never hands out the same number twice for a practice, across every
 *     instance sharing the store.</li>
 * <li>History and disclosure entries are append-only.</li>
 * <li>Store failures surface as {@link StorageException} with the cause attached.</li>
 * <li>A stored request that cannot be read back (a corrupt document, one from a newer format) never
 *     fails a query over many requests: the query returns it in {@link FoundRequests#unreadable()} and
 *     carries on. Asked for alone, it throws {@link UnreadableRequestException}. Either way the report
 *     names the request and the reason and holds no patient data, and nothing is rewritten.</li>
 * <li>Thread-safe.</li>
 * </ul>
 */
public interface RequestRepository {

    /**
     * Hands out the next request number of a practice for a year.
     *
     * @param practice  the practice, not null
     * @param year  the year of receipt
     * @return a number never handed out before for this practice, not null
     */
    RequestNumber nextNumber(PracticeId practice, int year);

    /**
     * Saves change sets atomically.
     *
     * @param changes  the change sets, at least one, not null
     * @throws ConcurrencyConflictException if a stored version is not the expected one
     * @throws DuplicateSubmissionException if a new request reuses its practice's idempotency key
     */
    void save(List<ChangeSet> changes);

    /**
     * Loads a request by id.
     *
     * @param id  the id, not null
     * @return the request at its stored version, empty if unknown
     * @throws UnreadableRequestException if the request is stored but cannot be read back
     */
    Optional<RequestCase> findById(RequestId id);

    /**
     * Loads a request by its practice and number.
     *
     * @param practice  the practice, not null
     * @param number  the number, not null
     * @return the request, empty if unknown
     * @throws UnreadableRequestException if the request is stored but cannot be read back
     */
    Optional<RequestCase> findByNumber(PracticeId practice, RequestNumber number);

    /**
     * Loads the request a practice saved under an idempotency key.
     *
     * @param practice  the practice, not null
     * @param idempotencyKey  the key, not null
     * @return the request, empty if none
     * @throws UnreadableRequestException if the request is stored but cannot be read back
     */
    Optional<RequestCase> findByIdempotencyKey(PracticeId practice, String idempotencyKey);

    /**
     * Loads a patient's requests at a practice, oldest first.
     *
     * @param practice  the practice, not null
     * @param patient  the patient's key, not null
     * @return the requests read back and those that cannot be, not null
     */
    FoundRequests findByPatient(PracticeId practice, PatientKey patient);

    /**
     * Loads a practice's requests in any of some statuses, oldest first.
     *
     * @param practice  the practice, not null
     * @param statuses  the statuses, not null
     * @return the requests read back and those that cannot be, not null
     */
    FoundRequests findByStatus(PracticeId practice, Set<RequestStatus> statuses);

    /**
     * Loads a practice's open requests whose legal due date is on or before a date, earliest first.
     *
     * @param practice  the practice, not null
     * @param date  the date, not null
     * @return the requests read back and those that cannot be, not null
     */
    FoundRequests findOpenDueOnOrBefore(PracticeId practice, LocalDate date);

    /**
     * Tells whether a staff command's idempotency key is recorded for a request.
     *
     * <p>The default throws: a store that keeps no command keys cannot dedupe retried commands, and a
     * caller that passes a key must learn that rather than apply a command twice.
     *
     * @param id  the request, not null
     * @param commandKey  the command's key, not null
     * @return true if a change of the request was saved under the key
     * @throws UnsupportedOperationException if the store keeps no command keys
     */
    default boolean hasCommandKey(RequestId id, String commandKey) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not keep staff command keys");
    }
}
