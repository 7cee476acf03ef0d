package io.github.medrecords.core.port;

import io.github.medrecords.core.workflow.RequestCase;
import java.util.List;
import java.util.Objects;

/**
 * What a query over many stored requests found: the requests it could read, in the query's order, and
 * every matching request it could not read (see {@link UnreadableRequest}), so that a caller carries on
 * with the rest and reports the others.
 *
 * <p>Immutable and thread-safe.
 *
 * @param requests  the requests read back, not null
 * @param unreadable  the matching requests that cannot be read, not null
 */
public record FoundRequests(List<RequestCase> requests, List<UnreadableRequest> unreadable) {

    /**
     * Copies the lists.
     */
    public FoundRequests {
        requests = List.copyOf(Objects.requireNonNull(requests, "requests"));
        unreadable = List.copyOf(Objects.requireNonNull(unreadable, "unreadable"));
    }

    /**
     * Obtains a result in which every matching request was read.
     *
     * @param requests  the requests, not null
     * @return the result, not null
     */
    public static FoundRequests of(List<RequestCase> requests) {
        return new FoundRequests(requests, List.of());
    }

    /**
     * Tells whether every matching request was read.
     *
     * @return true if none was unreadable
     */
    public boolean allRead() {
        return unreadable.isEmpty();
    }
}
