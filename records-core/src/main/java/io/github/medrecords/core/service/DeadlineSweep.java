package io.github.medrecords.core.service;

import io.github.medrecords.core.port.UnreadableRequest;
import io.github.medrecords.core.workflow.RequestCase;
import java.util.List;
import java.util.Objects;

/**
 * What one deadline sweep did: how many due-soon and overdue events it raised (each at most once per
 * request and threshold), and every open request past its binding legal date, worst first.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dueSoonRaised  the due-soon events raised by this sweep, from 0
 * @param overdueRaised  the overdue events raised by this sweep, from 0
 * @param overdue  the overdue requests, the longest overdue first, not null
 * @param unreadable  the requests the store could not read back, left out of the sweep, not null
 */
public record DeadlineSweep(int dueSoonRaised, int overdueRaised, List<RequestCase> overdue,
        List<UnreadableRequest> unreadable) {

    /**
     * Validates the result and copies the list.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public DeadlineSweep {
        Objects.requireNonNull(overdue, "overdue");
        overdue = List.copyOf(overdue);
        unreadable = List.copyOf(Objects.requireNonNull(unreadable, "unreadable"));
        if (dueSoonRaised < 0 || overdueRaised < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }

    /**
     * Creates the result of a sweep in which every request could be read.
     *
     * @param dueSoonRaised  the due-soon events raised, from 0
     * @param overdueRaised  the overdue events raised, from 0
     * @param overdue  the overdue requests, the longest overdue first, not null
     */
    public DeadlineSweep(int dueSoonRaised, int overdueRaised, List<RequestCase> overdue) {
        this(dueSoonRaised, overdueRaised, overdue, List.of());
    }
}
