package io.github.medrecords.core.timeframe;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where an open request stands on a given day: on track, due soon or overdue, with the days left
 * (negative when overdue). Sorts most urgent first, the order of a staff dashboard.
 *
 * <p>Immutable and thread-safe.
 */
public final class Standing implements Comparable<Standing> {

    private static final Comparator<Standing> MOST_URGENT_FIRST = Comparator
            .comparingLong(Standing::daysRemaining)
            .thenComparing(Standing::workingTarget);

    private final StandingStatus status;
    private final LocalDate today;
    private final LocalDate legalDate;
    private final LocalDate workingTarget;

    private Standing(StandingStatus status, LocalDate today, LocalDate legalDate, LocalDate workingTarget) {
        this.status = status;
        this.today = today;
        this.legalDate = legalDate;
        this.workingTarget = workingTarget;
    }

    static Standing of(StandingStatus status, LocalDate today, LocalDate legalDate, LocalDate workingTarget) {
        return new Standing(status, today, legalDate, workingTarget);
    }

    /**
     * Returns the status.
     *
     * @return the status, not null
     */
    public StandingStatus status() {
        return status;
    }

    /**
     * Returns the day the standing was taken on, in the practice's zone.
     *
     * @return the date, not null
     */
    public LocalDate today() {
        return today;
    }

    /**
     * Returns the binding legal date.
     *
     * @return the date, not null
     */
    public LocalDate legalDate() {
        return legalDate;
    }

    /**
     * Returns the working target.
     *
     * @return the date, not null
     */
    public LocalDate workingTarget() {
        return workingTarget;
    }

    /**
     * Returns the calendar days from today to the legal date: 0 on the day it is due, negative
     * once overdue.
     *
     * @return the days remaining
     */
    public long daysRemaining() {
        return legalDate.toEpochDay() - today.toEpochDay();
    }

    /**
     * Returns the calendar days since the legal date passed, zero if not overdue.
     *
     * @return the days overdue, zero or more
     */
    public long daysOverdue() {
        return Math.max(0, -daysRemaining());
    }

    /**
     * Orders most urgent first: fewest days remaining (most overdue) first, then the earlier
     * working target.
     *
     * @param other  the other standing, not null
     * @return a negative number if this is more urgent
     */
    @Override
    public int compareTo(Standing other) {
        Objects.requireNonNull(other, "other");
        return MOST_URGENT_FIRST.compare(this, other);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Standing other && status == other.status && today.equals(other.today)
                && legalDate.equals(other.legalDate) && workingTarget.equals(other.workingTarget);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, today, legalDate, workingTarget);
    }

    @Override
    public String toString() {
        return "Standing[" + status + ", " + daysRemaining() + " days remaining]";
    }
}
