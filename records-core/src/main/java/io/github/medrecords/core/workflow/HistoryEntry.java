package io.github.medrecords.core.workflow;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a request's history: who did what, when, and why. The record a practice shows an
 * auditor; append-only.
 *
 * <p>The action and detail are the library's own words and codes, never patient data; the reason
 * is staff's words and is kept out of {@link #toString()}. Immutable and thread-safe.
 *
 * @param sequence  the entry's position in the request's history, from 1
 * @param at  when, not null
 * @param actor  who, not null
 * @param action  what, not null
 * @param fromStatus  the status before, may be null for the first entry
 * @param toStatus  the status after, not null
 * @param detail  what changed in the library's words, not null, may be empty
 * @param reason  why, in staff's words, not null, may be empty
 */
public record HistoryEntry(int sequence, Instant at, Actor actor, HistoryAction action, RequestStatus fromStatus,
        RequestStatus toStatus, String detail, String reason) {

    /**
     * Validates the entry.
     *
     * @throws IllegalArgumentException if the sequence is below 1
     */
    public HistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(toStatus, "toStatus");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(reason, "reason");
        if (sequence < 1) {
            throw new IllegalArgumentException("History entry needs a sequence from 1");
        }
    }

    @Override
    public String toString() {
        return "HistoryEntry[" + sequence + ", " + at + ", " + actor.kind() + ":" + actor.id() + ", " + action + ", "
                + fromStatus + " -> " + toStatus + "]";
    }
}
