package io.github.medrecords.core.port;

import io.github.medrecords.core.workflow.DisclosureEntry;
import io.github.medrecords.core.workflow.HistoryEntry;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.Transition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

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
 * @param expectedPatientRequests  for a new request, how many requests of its patient at its practice the
 *        change was decided on (a repeat is linked to one of them): the store refuses the save with
 *        {@link ConcurrencyConflictException} if it holds another number, so that two concurrent
 *        submissions of one patient cannot both become originals; empty where it does not matter, not null
 * @param commandKey  the idempotency key of the staff command that made a change to an existing request:
 *        the store records it with the change and refuses, with {@link DuplicateCommandException}, a
 *        second change of the request under the same key; empty if the command had none, not null
 */
public record ChangeSet(RequestCase request, long expectedVersion, List<HistoryEntry> history,
        List<DisclosureEntry> disclosures, List<OutboxMessage> messages, OptionalLong expectedPatientRequests,
        Optional<String> commandKey) {

    /**
     * Validates and copies the parts.
     */
    public ChangeSet {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(expectedPatientRequests, "expectedPatientRequests");
        Objects.requireNonNull(commandKey, "commandKey");
        if (commandKey.isPresent() && (expectedVersion == 0 || commandKey.get().isBlank())) {
            throw new IllegalArgumentException("A command key belongs to a change of an existing request and is not "
                    + "blank");
        }
        if (expectedPatientRequests.isPresent() && (expectedVersion != 0 || expectedPatientRequests.getAsLong() < 0)) {
            throw new IllegalArgumentException("Only a new request's change set expects a number of patient requests, "
                    + "not negative");
        }
        history = List.copyOf(history);
        disclosures = List.copyOf(disclosures);
        messages = List.copyOf(messages);
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("Expected version " + expectedVersion + " is negative");
        }
    }

    /**
     * Creates a change set that expects nothing of the patient's other requests.
     *
     * @param request  the request after the change, not null
     * @param expectedVersion  the stored version the change replaces, 0 for a new request
     * @param history  the entries to append, not null
     * @param disclosures  the disclosure-log entries to append, not null
     * @param messages  the outbox messages to add, not null
     */
    public ChangeSet(RequestCase request, long expectedVersion, List<HistoryEntry> history,
            List<DisclosureEntry> disclosures, List<OutboxMessage> messages) {
        this(request, expectedVersion, history, disclosures, messages, OptionalLong.empty(), Optional.empty());
    }

    /**
     * Returns this new request's change set, expecting its patient to have a number of requests
     * stored at its practice when it is saved.
     *
     * @param count  the number of the patient's requests the change was decided on, not negative
     * @return the change set, not null
     * @throws IllegalArgumentException if this change set does not create a request or the count is negative
     */
    public ChangeSet expectingPatientRequests(long count) {
        return new ChangeSet(request, expectedVersion, history, disclosures, messages, OptionalLong.of(count),
                commandKey);
    }

    /**
     * Returns this change set of an existing request, made by a staff command with an idempotency key.
     *
     * @param key  the command's idempotency key, not blank
     * @return the change set, not null
     * @throws IllegalArgumentException if this change set creates a request or the key is blank
     */
    public ChangeSet withCommandKey(String key) {
        return new ChangeSet(request, expectedVersion, history, disclosures, messages, expectedPatientRequests,
                Optional.of(Objects.requireNonNull(key, "key")));
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
