package io.github.medrecords.core.request;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An approximate range of appointment dates, inclusive, either end open.
 *
 * <p>Dates of care are protected health information: {@link #toString()} reveals none of them.
 * Immutable and thread-safe.
 */
public final class DateRange {

    private static final DateRange ALL = new DateRange(null, null);

    private final LocalDate from;
    private final LocalDate to;

    private DateRange(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    /**
     * Obtains a range; a null end is open.
     *
     * @param from  the first date, or null for no lower bound
     * @param to  the last date, or null for no upper bound
     * @return the range, not null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static DateRange of(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("Date range ends before it starts");
        }
        return from == null && to == null ? ALL : new DateRange(from, to);
    }

    /**
     * Returns the range of all dates.
     *
     * @return the unbounded range, not null
     */
    public static DateRange all() {
        return ALL;
    }

    /**
     * Returns the first date.
     *
     * @return the lower bound, empty if open
     */
    public Optional<LocalDate> from() {
        return Optional.ofNullable(from);
    }

    /**
     * Returns the last date.
     *
     * @return the upper bound, empty if open
     */
    public Optional<LocalDate> to() {
        return Optional.ofNullable(to);
    }

    /**
     * Tells whether a date lies in the range.
     *
     * @param date  the date, not null
     * @return true if inside
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /**
     * Tells whether two ranges share at least one date.
     *
     * @param other  the other range, not null
     * @return true if they overlap
     */
    public boolean overlaps(DateRange other) {
        Objects.requireNonNull(other, "other");
        boolean startsBeforeOtherEnds = from == null || other.to == null || !from.isAfter(other.to);
        boolean otherStartsBeforeThisEnds = other.from == null || to == null || !other.from.isAfter(to);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DateRange o && Objects.equals(from, o.from) && Objects.equals(to, o.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to);
    }

    /**
     * Returns a redacted form that reveals no date.
     *
     * @return {@code DateRange[redacted]}
     */
    @Override
    public String toString() {
        return "DateRange[redacted]";
    }
}
