package io.github.medrecords.core.service;

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
 */
public record DeadlineSweep(int dueSoonRaised, int overdueRaised, List<RequestCase> overdue) {

    /**
     * Validates the result and copies the list.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public DeadlineSweep {
        Objects.requireNonNull(overdue, "overdue");
        overdue = List.copyOf(overdue);
        if (dueSoonRaised < 0 || overdueRaised < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }
}
