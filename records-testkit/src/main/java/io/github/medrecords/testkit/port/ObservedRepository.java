package io.github.medrecords.testkit.port;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.ChangeSet;
import io.github.medrecords.core.port.FoundRequests;
import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.port.UnreadableRequest;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.RequestStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The repository under test as the round-trip contract hands it to the service: it passes every call
 * through and remembers the change sets saved since {@link #begin()} and the first exception the store
 * threw, so that a command the domain refused is told apart from one the store failed. Not thread-safe.
 */
final class ObservedRepository implements RequestRepository {

    private final RequestRepository store;
    private final List<ChangeSet> saved = new ArrayList<>();
    private RuntimeException failure;

    ObservedRepository(RequestRepository store) {
        this.store = store;
    }

    /** Forgets what the previous step saved and threw. */
    void begin() {
        saved.clear();
        failure = null;
    }

    /** The change sets saved since {@link #begin()}, in order. */
    List<ChangeSet> saved() {
        return List.copyOf(saved);
    }

    /** The first exception the store threw since {@link #begin()}, or null. */
    RuntimeException failure() {
        return failure;
    }

    private <T> T observe(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            if (failure == null) {
                failure = e;
            }
            throw e;
        }
    }

    /** Observes a query over many requests: one it could not read back counts as the store's failure. */
    private FoundRequests found(Supplier<FoundRequests> call) {
        FoundRequests found = observe(call);
        if (!found.allRead() && failure == null) {
            UnreadableRequest u = found.unreadable().get(0);
            failure = new IllegalStateException("A query reported request " + u.id() + " unreadable: " + u.reason());
        }
        return found;
    }

    @Override
    public RequestNumber nextNumber(PracticeId practice, int year) {
        return observe(() -> store.nextNumber(practice, year));
    }

    @Override
    public void save(List<ChangeSet> changes) {
        observe(() -> {
            store.save(changes);
            return null;
        });
        saved.addAll(changes);
    }

    @Override
    public Optional<RequestCase> findById(RequestId id) {
        return observe(() -> store.findById(id));
    }

    @Override
    public Optional<RequestCase> findByNumber(PracticeId practice, RequestNumber number) {
        return observe(() -> store.findByNumber(practice, number));
    }

    @Override
    public Optional<RequestCase> findByIdempotencyKey(PracticeId practice, String idempotencyKey) {
        return observe(() -> store.findByIdempotencyKey(practice, idempotencyKey));
    }

    @Override
    public FoundRequests findByPatient(PracticeId practice, PatientKey patient) {
        return found(() -> store.findByPatient(practice, patient));
    }

    @Override
    public FoundRequests findByStatus(PracticeId practice, Set<RequestStatus> statuses) {
        return found(() -> store.findByStatus(practice, statuses));
    }

    @Override
    public FoundRequests findOpenDueOnOrBefore(PracticeId practice, LocalDate date) {
        return found(() -> store.findOpenDueOnOrBefore(practice, date));
    }

    @Override
    public String toString() {
        return "ObservedRepository[" + store + "]";
    }
}
