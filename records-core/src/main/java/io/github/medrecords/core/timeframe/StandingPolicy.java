package io.github.medrecords.core.timeframe;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Decides the standing of an open request from a clock and its due date: overdue after the legal
 * date, due soon within a configurable number of days of it or once the working target has passed,
 * on track otherwise.
 *
 * <p>Immutable and thread-safe.
 */
public final class StandingPolicy {

    private final int dueSoonWithinDays;

    private StandingPolicy(int dueSoonWithinDays) {
        this.dueSoonWithinDays = dueSoonWithinDays;
    }

    /**
     * Returns a policy that calls a request due soon within the given days of its legal date.
     *
     * @param dueSoonWithinDays  the calendar days, zero or more
     * @return the policy, not null
     * @throws IllegalArgumentException if the days are negative
     */
    public static StandingPolicy of(int dueSoonWithinDays) {
        if (dueSoonWithinDays < 0) {
            throw new IllegalArgumentException("Due-soon days must be zero or more, was " + dueSoonWithinDays);
        }
        return new StandingPolicy(dueSoonWithinDays);
    }

    /**
     * Returns the default policy: due soon within 5 calendar days of the legal date.
     *
     * @return the policy, not null
     */
    public static StandingPolicy defaults() {
        return of(5);
    }

    /**
     * Returns the calendar days before the legal date from which a request is due soon.
     *
     * @return the days, zero or more
     */
    public int dueSoonWithinDays() {
        return dueSoonWithinDays;
    }

    /**
     * Returns the standing of a request at the clock's instant.
     *
     * @param due  the request's due date, not null
     * @param clock  the clock to read the instant from, not null
     * @param zone  the practice's zone, not null
     * @return the standing, not null
     */
    public Standing standing(DueDate due, Clock clock, ZoneId zone) {
        Objects.requireNonNull(clock, "clock");
        return standing(due, clock.instant(), zone);
    }

    /**
     * Returns the standing of a request at an instant.
     *
     * @param due  the request's due date, not null
     * @param at  the instant, not null
     * @param zone  the practice's zone, not null
     * @return the standing, not null
     */
    public Standing standing(DueDate due, Instant at, ZoneId zone) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        LocalDate today = LocalDate.ofInstant(at, zone);
        LocalDate legal = due.legalDate();
        StandingStatus status;
        if (today.isAfter(legal)) {
            status = StandingStatus.OVERDUE;
        } else if (!today.isBefore(legal.minusDays(dueSoonWithinDays)) || today.isAfter(due.workingTarget())) {
            status = StandingStatus.DUE_SOON;
        } else {
            status = StandingStatus.ON_TRACK;
        }
        return Standing.of(status, today, legal, due.workingTarget());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof StandingPolicy other && dueSoonWithinDays == other.dueSoonWithinDays;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(dueSoonWithinDays);
    }

    @Override
    public String toString() {
        return "StandingPolicy[due soon within " + dueSoonWithinDays + " days]";
    }
}
