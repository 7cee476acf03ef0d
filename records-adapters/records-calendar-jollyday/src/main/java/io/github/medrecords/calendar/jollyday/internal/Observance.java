package io.github.medrecords.calendar.jollyday.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How a jurisdiction observes a date-fixed holiday that falls on a weekend: the weekday its offices
 * close instead, if any.
 */
enum Observance {

    /** Saturday to the Friday before, Sunday to the Monday after (5 U.S.C. 6103 and most states, R8.2). */
    SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY,

    /** Sunday to the Monday after; a Saturday holiday closes no weekday (e.g. NY General Construction Law 24). */
    SUNDAY_TO_MONDAY_ONLY,

    /** Neither: a weekend holiday closes no weekday (Texas Government Code 662.003 as the state applies it). */
    NOT_MOVED;

    /**
     * Returns the weekday on which offices close for a holiday whose own date is the given one.
     *
     * @param date  the holiday's own date, not null
     * @return the observed weekday, or empty if the holiday closes no weekday
     */
    Optional<LocalDate> observe(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY) {
            return this == SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY ? Optional.of(date.minusDays(1)) : Optional.empty();
        }
        if (day == DayOfWeek.SUNDAY) {
            return this == NOT_MOVED ? Optional.empty() : Optional.of(date.plusDays(1));
        }
        return Optional.of(date);
    }
}
