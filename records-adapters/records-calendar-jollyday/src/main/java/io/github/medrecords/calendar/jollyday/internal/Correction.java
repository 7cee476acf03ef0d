package io.github.medrecords.calendar.jollyday.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

/**
 * The override layer: corrections to Jollyday's data where it differs from R8.1-R8.5.
 * Each correction names the calendars it applies to and the dates it adds or removes for a year.
 *
 * <p>A further correction is structural and lives in {@link JollydayHolidayCalendar}: Jollyday
 * files a holiday observed on December 31 (New Year's Day on a Saturday) under the following year,
 * so its per-year and per-date queries miss it; the calendar reads two Jollyday years per year.
 */
public enum Correction {

    /**
     * Jollyday's top-level "us" calendar lacks Columbus Day, a federal legal public holiday (second
     * Monday in October, 5 U.S.C. 6103, R8.1) since 1971. Applies to the federal calendar only: the
     * states' calendars list it where the state observes it.
     */
    FEDERAL_COLUMBUS_DAY("us", "Adds Columbus Day (second Monday in October, R8.1) to the US federal calendar") {
        @Override
        Set<LocalDate> additions(int year) {
            if (year < 1971) {
                return Set.of();
            }
            return Set.of(LocalDate.of(year, Month.OCTOBER, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY)));
        }
    },

    /** The structural correction of observed holidays filed under the following year (R8.2, R8.4). */
    OBSERVED_IN_PREVIOUS_YEAR("*", "Counts a holiday observed on December 31 (New Year's Day on a Saturday, "
            + "R8.2/R8.4) in the year it is observed; Jollyday files it under the next year") {
        @Override
        Set<LocalDate> additions(int year) {
            return Set.of();
        }
    };

    private final String calendar;
    private final String description;

    Correction(String calendar, String description) {
        this.calendar = calendar;
        this.description = description;
    }

    /**
     * Returns every correction.
     *
     * @return the corrections, not null
     */
    public static List<Correction> all() {
        return List.of(values());
    }

    /**
     * Returns the correction in one line.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    boolean appliesTo(String calendarKey) {
        return calendar.equals("*") || calendar.equals(calendarKey);
    }

    abstract Set<LocalDate> additions(int year);
}
