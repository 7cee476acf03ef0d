package io.github.medrecords.core.law;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days a version of the law is in force: from a first day (inclusive) until a first day no longer in
 * force (exclusive), either open. Fee schedules and deadline rules both use it.
 *
 * <p>Immutable and thread-safe.
 */
public final class InForce {

    private static final InForce ALWAYS = new InForce(null, null);

    private final LocalDate from;
    private final LocalDate until;

    private InForce(LocalDate from, LocalDate until) {
        this.from = from;
        this.until = until;
    }

    /**
     * Obtains the days between two dates.
     *
     * @param from  the first day in force, null if in force since before the library's history
     * @param until  the first day no longer in force, null if still in force
     * @return the days, not null
     * @throws IllegalArgumentException if both are given and {@code from} is not before {@code until}
     */
    public static InForce between(LocalDate from, LocalDate until) {
        if (from != null && until != null && !from.isBefore(until)) {
            throw new IllegalArgumentException("In force from " + from + " until " + until
                    + ": the first day must come before the first day no longer in force");
        }
        return from == null && until == null ? ALWAYS : new InForce(from, until);
    }

    /**
     * Obtains the days from a date on.
     *
     * @param from  the first day in force, not null
     * @return the days, not null
     */
    public static InForce from(LocalDate from) {
        return between(Objects.requireNonNull(from, "from"), null);
    }

    /**
     * Returns every day: in force since before the library's history and still in force.
     *
     * @return the days, not null
     */
    public static InForce always() {
        return ALWAYS;
    }

    /**
     * Returns the first day in force.
     *
     * @return the day, empty if in force since before the library's history
     */
    public Optional<LocalDate> first() {
        return Optional.ofNullable(from);
    }

    /**
     * Returns the first day no longer in force.
     *
     * @return the day, empty if still in force
     */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(until);
    }

    /**
     * Tells whether a day is in force.
     *
     * @param day  the day, not null
     * @return true if {@code first <= day < end}
     */
    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return (from == null || !day.isBefore(from)) && (until == null || day.isBefore(until));
    }

    /**
     * Returns the days up to another first day, keeping this one's first day.
     *
     * @param newEnd  the first day no longer in force, null for still in force
     * @return the days, not null
     */
    public InForce until(LocalDate newEnd) {
        return between(from, newEnd);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof InForce o && Objects.equals(from, o.from) && Objects.equals(until, o.until);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, until);
    }

    /**
     * Formats the days, for example {@code 2024-07-01 to ...} or {@code ... to 2008-10-01}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return (from == null ? "..." : from) + " to " + (until == null ? "..." : until);
    }
}
