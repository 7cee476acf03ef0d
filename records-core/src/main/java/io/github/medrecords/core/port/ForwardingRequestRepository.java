package io.github.medrecords.core.port;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.RequestStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A repository that passes every call to another, for a decorator that changes or checks a few calls and
 * forwards the rest: the service's own (a command's key saved with its change), a host's metrics or
 * audit wrapper, a test's store that reports one request unreadable or fails on the third save. Override
 * what the decorator is about; thread-safe if the delegate is.
 */
public abstract class ForwardingRequestRepository implements RequestRepository {

    private final RequestRepository delegate;

    /**
     * Creates the repository.
     *
     * @param delegate  the repository every call goes to, not null
     */
    protected ForwardingRequestRepository(RequestRepository delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /**
     * Returns the repository every call goes to.
     *
     * @return the delegate, not null
     */
    protected RequestRepository delegate() {
        return delegate;
    }

    @Override
    public RequestNumber nextNumber(PracticeId practice, int year) {
        return delegate.nextNumber(practice, year);
    }

    @Override
    public void save(List<ChangeSet> changes) {
        delegate.save(changes);
    }

    @Override
    public Optional<RequestCase> findById(RequestId id) {
        return delegate.findById(id);
    }

    @Override
    public Optional<RequestCase> findByNumber(PracticeId practice, RequestNumber number) {
        return delegate.findByNumber(practice, number);
    }

    @Override
    public Optional<RequestCase> findByIdempotencyKey(PracticeId practice, String idempotencyKey) {
        return delegate.findByIdempotencyKey(practice, idempotencyKey);
    }

    @Override
    public FoundRequests findByPatient(PracticeId practice, PatientKey patient) {
        return delegate.findByPatient(practice, patient);
    }

    @Override
    public FoundRequests findByStatus(PracticeId practice, Set<RequestStatus> statuses) {
        return delegate.findByStatus(practice, statuses);
    }

    @Override
    public FoundRequests findOpenDueOnOrBefore(PracticeId practice, LocalDate date) {
        return delegate.findOpenDueOnOrBefore(practice, date);
    }

    @Override
    public boolean hasCommandKey(RequestId id, String commandKey) {
        return delegate.hasCommandKey(id, commandKey);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + delegate + "]";
    }
}
