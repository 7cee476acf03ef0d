package io.github.medrecords.core.timeframe;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The days on which offices are closed for a public holiday: a port that adapters implement (for
 * example from Jollyday) and that the core offers for a fixed set of dates and for unions.
 *
 * <p>Implementation requirements: an implementation must be immutable, thread-safe and
 * deterministic: the same date always gives the same answer, and no clock or I/O is consulted
 * after construction. It answers for the <em>observed</em> day, the one on which offices close:
 * a fixed-date holiday that falls on a weekend is reported on the weekday it is observed on
 * (R8.2, R8.4), also when that day lies in the previous year (New Year's Day on a Saturday is
 * observed on Friday, December 31). It must answer for every date of the years 1900 to 2199; it
 * may be called for every day of a year when a {@link BusinessCalendar} builds its tables, so a
 * slow source should cache per year. {@code equals} should be value-based where the
 * implementation's data allows.
 */
public interface HolidayCalendar {

    /**
     * Tells whether offices are closed for a holiday on the given date.
     *
     * @param date  the date, not null
     * @return true if the date is an observed holiday
     */
    boolean isHoliday(LocalDate date);

    /**
     * Returns a calendar without holidays: only weekends and closures make a day non-business.
     *
     * @return the empty calendar, not null
     */
    static HolidayCalendar none() {
        return FixedHolidayCalendar.EMPTY;
    }

    /**
     * Returns a calendar holding exactly the given dates.
     *
     * @param dates  the observed holiday dates, not null, no null elements
     * @return the calendar, not null
     */
    static HolidayCalendar of(Collection<LocalDate> dates) {
        Objects.requireNonNull(dates, "dates");
        return FixedHolidayCalendar.of(dates);
    }

    /**
     * Returns a calendar holding exactly the given dates.
     *
     * @param dates  the observed holiday dates, not null, no null elements
     * @return the calendar, not null
     */
    static HolidayCalendar of(LocalDate... dates) {
        Objects.requireNonNull(dates, "dates");
        return FixedHolidayCalendar.of(Arrays.asList(dates));
    }

    /**
     * Returns a calendar in which a date is a holiday if it is one in any of the given calendars,
     * for example a state's calendar with a practice's extra holidays.
     *
     * @param calendars  the calendars, not null, no null elements
     * @return the union, not null
     */
    static HolidayCalendar union(HolidayCalendar... calendars) {
        Objects.requireNonNull(calendars, "calendars");
        return union(Arrays.asList(calendars));
    }

    /**
     * Returns a calendar in which a date is a holiday if it is one in any of the given calendars.
     *
     * @param calendars  the calendars, not null, no null elements
     * @return the union, not null
     */
    static HolidayCalendar union(List<HolidayCalendar> calendars) {
        Objects.requireNonNull(calendars, "calendars");
        return UnionHolidayCalendar.of(calendars);
    }
}
