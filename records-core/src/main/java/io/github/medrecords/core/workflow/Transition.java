package io.github.medrecords.core.workflow;

import java.util.List;
import java.util.Objects;

/**
 * The result of a command on a request: the new state and everything the change caused, to be
 * saved in one transaction.
 *
 * <p>Immutable and thread-safe.
 *
 * @param before  the request before, null for a new request
 * @param after  the request after, not null
 * @param history  the history entries the change appended, not null
 * @param events  the events it raised, not null
 * @param disclosures  the disclosure-log entries it wrote, not null
 */
public record Transition(RequestCase before, RequestCase after, List<HistoryEntry> history, List<DomainEvent> events,
        List<DisclosureEntry> disclosures) {

    /**
     * Validates and copies the parts.
     */
    public Transition {
        Objects.requireNonNull(after, "after");
        history = List.copyOf(history);
        events = List.copyOf(events);
        disclosures = List.copyOf(disclosures);
    }

    /**
     * Returns the version the stored request must have for this change to apply.
     *
     * @return the version before, 0 for a new request
     */
    public long expectedVersion() {
        return before == null ? 0 : before.version();
    }
}
