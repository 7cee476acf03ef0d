package io.github.medrecords.calendar.jollyday.internal;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.github.medrecords.core.timeframe.HolidayCalendar;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A holiday calendar over Jollyday's US data for one hierarchy ("us" or "us/ct"), computed per
 * year on first use, with the override layer applied. It reports weekdays only: a holiday whose
 * observed date falls on a weekend closes no office that is not closed anyway. Immutable and
 * thread-safe.
 */
public final class JollydayHolidayCalendar implements HolidayCalendar {

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2199;
    private static final ConcurrentHashMap<String, JollydayHolidayCalendar> INSTANCES = new ConcurrentHashMap<>();

    private final String key;
    private final String[] args;
    private final HolidayManager manager;
    private final List<Correction> corrections;
    private final AtomicReferenceArray<Set<LocalDate>> years = new AtomicReferenceArray<>(MAX_YEAR - MIN_YEAR + 1);

    private JollydayHolidayCalendar(String key) {
        this.key = key;
        String[] parts = key.split("/");
        this.args = parts.length == 1 ? new String[0] : new String[] {parts[1]};
        this.manager = HolidayManager.getInstance(
                ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.UNITED_STATES));
        this.corrections = Correction.all().stream().filter(c -> c.appliesTo(key)).toList();
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
        Observance observance = null;
        for (Correction correction : corrections) {
            if (correction.observance() != null) {
                observance = correction.observance();
            }
        }
        // Jollyday files a holiday under the year of its own date, so a New Year's Day observed on
        // December 31 is found among the next year's holidays (Correction.OBSERVED_IN_PREVIOUS_YEAR).
        for (int y = year - 1; y <= year + 1; y++) {
            for (Holiday holiday : manager.getHolidays(Year.of(y), args)) {
                if (counts(holiday, y)) {
                    LocalDate date = observance == null ? redate(holiday, holiday.getDate())
                            : observance.observe(redate(holiday, holiday.getActualDate())).orElse(null);
                    addIfIn(year, date, dates);
                }
            }
            for (Correction correction : corrections) {
                Observance rule = observance == null ? Observance.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY : observance;
                for (LocalDate added : correction.additions(y)) {
                    addIfIn(year, rule.observe(added).orElse(null), dates);
                }
                for (LocalDate added : correction.observedAdditions(y)) {
                    addIfIn(year, added, dates);
                }
            }
        }
        return Set.copyOf(dates);
    }

    private boolean counts(Holiday holiday, int year) {
        boolean legal = holiday.getType() == HolidayType.PUBLIC_HOLIDAY;
        for (Correction correction : corrections) {
            if (correction.removes(holiday.getPropertiesKey(), year)) {
                return false;
            }
            legal = legal || correction.promotes(holiday.getPropertiesKey());
        }
        return legal;
    }

    private LocalDate redate(Holiday holiday, LocalDate date) {
        LocalDate result = date;
        for (Correction correction : corrections) {
            result = correction.redate(holiday.getPropertiesKey(), result);
        }
        return result;
    }

    /** Keeps a date observed in the year; a weekend date closes no weekday and is not reported. */
    private static void addIfIn(int year, LocalDate date, Set<LocalDate> dates) {
        if (date != null && date.getYear() == year && date.getDayOfWeek() != DayOfWeek.SATURDAY
                && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
            dates.add(date);
        }
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
