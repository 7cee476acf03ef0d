package io.github.medrecords.core.practice;

import io.github.medrecords.core.timeframe.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Connecticut's legal holidays as observed dates, computed by rule for any year (CGS 1-4, R8.3-R8.5):
 * New Year's Day, Martin Luther King Jr. Day (third Monday of January), Lincoln Day (February 12),
 * Washington's Birthday (third Monday of February), Good Friday (two days before Easter Sunday), Memorial
 * Day (last Monday of May), Juneteenth (June 19), Independence Day, Labor Day (first Monday of
 * September), Columbus Day (second Monday of October), Veterans' Day (November 11), Thanksgiving (fourth
 * Thursday of November) and Christmas. A holiday not fixed to a weekday that falls on a Sunday is
 * observed the Monday after, on a Saturday the Friday before (R8.4), so New Year's Day of a year can be
 * observed on December 31 of the year before. For other states use the records-calendar-jollyday adapter.
 *
 * <p>Immutable and thread-safe; each year's dates are computed once.
 */
final class ConnecticutHolidays implements HolidayCalendar {

    private static final ConnecticutHolidays INSTANCE = new ConnecticutHolidays();

    private final ConcurrentMap<Integer, Set<LocalDate>> years = new ConcurrentHashMap<>();

    private ConnecticutHolidays() {
    }

    static HolidayCalendar calendar() {
        return INSTANCE;
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        // December 31 can be the observed New Year's Day of the next year.
        return observed(date.getYear()).contains(date)
                || date.getMonth() == Month.DECEMBER && observed(date.getYear() + 1).contains(date);
    }

    private Set<LocalDate> observed(int year) {
        return years.computeIfAbsent(year, ConnecticutHolidays::compute);
    }

    private static Set<LocalDate> compute(int year) {
        Set<LocalDate> dates = new HashSet<>();
        for (LocalDate fixed : new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 2, 12),
                LocalDate.of(year, 6, 19), LocalDate.of(year, 7, 4), LocalDate.of(year, 11, 11),
                LocalDate.of(year, 12, 25)}) {
            dates.add(observedOn(fixed));
        }
        dates.add(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3));
        dates.add(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
        dates.add(easterSunday(year).minusDays(2));
        dates.add(LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        dates.add(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
        dates.add(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2));
        dates.add(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
        return Set.copyOf(dates);
    }

    private static LocalDate observedOn(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.plusDays(1);
            case MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY -> day;
        };
    }

    private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    @Override
    public String toString() {
        return "ConnecticutHolidays[CGS 1-4, by rule]";
    }
}
