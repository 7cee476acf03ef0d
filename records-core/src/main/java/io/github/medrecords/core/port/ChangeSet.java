package io.github.medrecords.core.port;

import io.github.medrecords.core.workflow.DisclosureEntry;
import io.github.medrecords.core.workflow.HistoryEntry;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.Transition;
import java.util.List;
import java.util.Objects;

/**
 * One request's change as a store saves it: the new state with the version it must replace, the
 * history entries it appends, the disclosure-log entries it writes and the outbox messages it causes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param request  the request after the change (its version is the expected one), not null
 * @param expectedVersion  the stored version the change replaces, 0 for a new request
 * @param history  the entries to append, not null
 * @param disclosures  the disclosure-log entries to append, not null
 * @param messages  the outbox messages to add, not null
 */
public record ChangeSet(RequestCase request, long expectedVersion, List<HistoryEntry> history,
        List<DisclosureEntry> disclosures, List<OutboxMessage> messages) {

    /**
     * Validates and copies the parts.
     */
    public ChangeSet {
        Objects.requireNonNull(request, "request");
        history = List.copyOf(history);
        disclosures = List.copyOf(disclosures);
        messages = List.copyOf(messages);
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("Expected version " + expectedVersion + " is negative");
        }
    }

    /**
     * Builds the change set of a transition with the messages its events cause.
     *
     * @param transition  the transition, not null
     * @param messages  the outbox messages, not null
     * @return the change set, not null
     */
    public static ChangeSet of(Transition transition, List<OutboxMessage> messages) {
        return new ChangeSet(transition.after(), transition.expectedVersion(), transition.history(),
                transition.disclosures(), messages);
    }

    /**
     * Tells whether this change creates the request.
     *
     * @return true for a new request
     */
    public boolean isNew() {
        return expectedVersion == 0 && request.history().size() == history.size();
    }
}
