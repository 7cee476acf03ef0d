package io.github.medrecords.calendar.jollyday.internal;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.github.medrecords.core.timeframe.HolidayCalendar;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A holiday calendar over Jollyday's US data for one hierarchy ("us" or "us/ct"), computed per
 * year on first use, with the override layer applied. Immutable and thread-safe.
 */
public final class JollydayHolidayCalendar implements HolidayCalendar {

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2199;
    private static final ConcurrentHashMap<String, JollydayHolidayCalendar> INSTANCES = new ConcurrentHashMap<>();

    private final String key;
    private final String[] args;
    private final HolidayManager manager;
    private final AtomicReferenceArray<Set<LocalDate>> years = new AtomicReferenceArray<>(MAX_YEAR - MIN_YEAR + 1);

    private JollydayHolidayCalendar(String key) {
        this.key = key;
        String[] parts = key.split("/");
        this.args = parts.length == 1 ? new String[0] : new String[] {parts[1]};
        this.manager = HolidayManager.getInstance(
                ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.UNITED_STATES));
        if (args.length == 1 && !manager.getCalendarHierarchy().getChildren().containsKey(args[0])) {
            throw new IllegalArgumentException("Jollyday has no US calendar for " + args[0]);
        }
    }

    /**
     * Returns the calendar for a hierarchy key, shared per key so that each year is computed once.
     *
     * @param key  {@code us} or {@code us/xx} with a lower-case state code, not null
     * @return the calendar, not null
     * @throws IllegalArgumentException if Jollyday has no such calendar
     */
    public static JollydayHolidayCalendar of(String key) {
        Objects.requireNonNull(key, "key");
        return INSTANCES.computeIfAbsent(key, JollydayHolidayCalendar::new);
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return year(date.getYear()).contains(date);
    }

    private Set<LocalDate> year(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new DateTimeException("Holidays are supported for the years " + MIN_YEAR + " to " + MAX_YEAR
                    + ", not " + year);
        }
        Set<LocalDate> dates = years.get(year - MIN_YEAR);
        if (dates == null) {
            dates = compute(year);
            years.set(year - MIN_YEAR, dates);
        }
        return dates;
    }

    private Set<LocalDate> compute(int year) {
        Set<LocalDate> dates = new HashSet<>();
        // Jollyday files a holiday under the year of its actual date, so a New Year's Day observed on
        // December 31 is found among the next year's holidays (Correction.OBSERVED_IN_PREVIOUS_YEAR).
        for (int y = year; y <= year + 1; y++) {
            for (Holiday holiday : manager.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY, args)) {
                if (holiday.getDate().getYear() == year) {
                    dates.add(holiday.getDate());
                }
            }
        }
        for (Correction correction : Correction.values()) {
            if (correction.appliesTo(key)) {
                dates.addAll(correction.additions(year));
            }
        }
        return Set.copyOf(dates);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof JollydayHolidayCalendar other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return "JollydayHolidayCalendar[" + key + "]";
    }
}
