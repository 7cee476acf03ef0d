package io.github.medrecords.core.timeframe;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjuster;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;

/**
 * A practice's business days: every day except Saturdays, Sundays, the days of a
 * {@link HolidayCalendar} and the practice's own closures, counted in the practice's zone.
 *
 * <p>Arithmetic in the style of {@link TemporalAdjuster}: {@link #plusBusinessDays(LocalDate, int)}
 * (or {@code date.with(calendar.businessDaysLater(n))}), {@link #businessDaysBetween(LocalDate,
 * LocalDate)} and {@link #lastBusinessDayOnOrBefore(LocalDate)}. Each year's business days are
 * computed once, on first use, into a table, so adding up to a month of business days is a few
 * array reads. Dates in the years {@value #MIN_YEAR} to {@value #MAX_YEAR} are supported; others
 * throw {@link DateTimeException}.
 *
 * <p>Immutable and thread-safe (the year tables are a cache filled idempotently).
 */
public final class BusinessCalendar {

    /** The first year this calendar answers for. */
    public static final int MIN_YEAR = 1900;
    /** The last year this calendar answers for. */
    public static final int MAX_YEAR = 2199;

    private final ZoneId zone;
    private final HolidayCalendar holidays;
    private final Set<LocalDate> closures;
    private final AtomicReferenceArray<YearTable> tables = new AtomicReferenceArray<>(MAX_YEAR - MIN_YEAR + 1);

    private BusinessCalendar(ZoneId zone, HolidayCalendar holidays, Set<LocalDate> closures) {
        this.zone = zone;
        this.holidays = holidays;
        this.closures = closures;
    }

    /**
     * Returns the business calendar of weekends, the given holidays and the practice's closures.
     *
     * @param zone  the zone in which days are counted, not null
     * @param holidays  the holiday calendar, not null
     * @param closures  the practice's own closed days (for example a move or a staff day), not null
     * @return the calendar, not null
     */
    public static BusinessCalendar of(ZoneId zone, HolidayCalendar holidays, Collection<LocalDate> closures) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(closures, "closures");
        Set<LocalDate> copy = closures.stream()
                .map(d -> Objects.requireNonNull(d, "closure"))
                .collect(Collectors.toUnmodifiableSet());
        return new BusinessCalendar(zone, holidays, copy);
    }

    /**
     * Returns the business calendar of weekends and the given holidays, without closures.
     *
     * @param zone  the zone in which days are counted, not null
     * @param holidays  the holiday calendar, not null
     * @return the calendar, not null
     */
    public static BusinessCalendar of(ZoneId zone, HolidayCalendar holidays) {
        return of(zone, holidays, Set.of());
    }

    /**
     * Returns a copy with the given closures in place of this calendar's.
     *
     * @param closures  the practice's closed days, not null
     * @return the changed calendar, not null
     */
    public BusinessCalendar withClosures(Collection<LocalDate> closures) {
        return of(zone, holidays, closures);
    }

    /**
     * Returns a copy without the practice's closures: weekends and holidays only, the calendar of
     * deadlines the law counts in business days (closures do not move a legal deadline).
     *
     * @return the calendar, not null
     */
    public BusinessCalendar withoutClosures() {
        return closures.isEmpty() ? this : of(zone, holidays, Set.of());
    }

    /**
     * Returns the zone in which this calendar's days are counted.
     *
     * @return the zone, not null
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the holiday calendar.
     *
     * @return the holidays, not null
     */
    public HolidayCalendar holidays() {
        return holidays;
    }

    /**
     * Returns the practice's own closed days.
     *
     * @return an unmodifiable set, not null
     */
    public Set<LocalDate> closures() {
        return closures;
    }

    /**
     * Returns the date, in this calendar's zone, of an instant.
     *
     * @param instant  the instant, not null
     * @return the local date, not null
     */
    public LocalDate dateOf(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return LocalDate.ofInstant(instant, zone);
    }

    /**
     * Tells whether the practice is open on a date: a weekday that is neither a holiday nor a
     * closure.
     *
     * @param date  the date, not null
     * @return true for a business day
     * @throws DateTimeException if the date is outside the supported years
     */
    public boolean isBusinessDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        YearTable table = table(date.getYear());
        return table.isBusinessDay(date.getDayOfYear() - 1);
    }

    /**
     * Returns the date n business days after a date: the n-th business day strictly after it. Zero
     * returns the date unchanged, even if it is not a business day.
     *
     * @param date  the start, not null
     * @param n  the number of business days, zero or more
     * @return the date, a business day when n is positive, not null
     * @throws IllegalArgumentException if n is negative
     * @throws DateTimeException if the result would be outside the supported years
     */
    public LocalDate plusBusinessDays(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        if (n < 0) {
            throw new IllegalArgumentException("Business days to add must be zero or more, was " + n);
        }
        if (n == 0) {
            return date;
        }
        int year = date.getYear();
        YearTable table = table(year);
        long target = (long) table.cumulative[date.getDayOfYear() - 1] + n;
        while (target > table.total) {
            target -= table.total;
            year++;
            table = table(year);
        }
        return LocalDate.ofEpochDay(table.firstEpochDay + table.businessDayIndex[(int) target - 1]);
    }

    /**
     * Returns an adjuster that adds n business days, for {@code date.with(calendar.businessDaysLater(n))}.
     *
     * @param n  the number of business days, zero or more
     * @return the adjuster, not null; it accepts {@link LocalDate} only
     * @throws IllegalArgumentException if n is negative
     */
    public TemporalAdjuster businessDaysLater(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Business days to add must be zero or more, was " + n);
        }
        return temporal -> plusBusinessDays(LocalDate.from(temporal), n);
    }

    /**
     * Counts the business days after {@code start} up to and including {@code end}, so that
     * {@code businessDaysBetween(d, plusBusinessDays(d, n)) == n}; negative if {@code end} is before
     * {@code start}.
     *
     * @param start  the start, exclusive, not null
     * @param end  the end, inclusive, not null
     * @return the count of business days in (start, end], negated if end is before start
     * @throws DateTimeException if a date is outside the supported years
     */
    public long businessDaysBetween(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            return -businessDaysBetween(end, start);
        }
        long count = 0;
        for (int year = start.getYear(); year < end.getYear(); year++) {
            count += table(year).total;
        }
        return count + table(end.getYear()).cumulative[end.getDayOfYear() - 1]
                - table(start.getYear()).cumulative[start.getDayOfYear() - 1];
    }

    /**
     * Returns the last business day on or before a date: the working target of a calendar-day
     * deadline, which does not move later when it lands on a closed day (R8.6).
     *
     * @param date  the date, not null
     * @return the date itself if a business day, else the nearest earlier business day, not null
     * @throws DateTimeException if no business day exists in the supported years before the date
     */
    public LocalDate lastBusinessDayOnOrBefore(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate d = date;
        while (!isBusinessDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /**
     * Returns an adjuster to the last business day on or before a date.
     *
     * @return the adjuster, not null; it accepts {@link LocalDate} only
     */
    public TemporalAdjuster lastBusinessDayOnOrBefore() {
        return temporal -> lastBusinessDayOnOrBefore(LocalDate.from(temporal));
    }

    /**
     * Returns the first business day on or after a date.
     *
     * @param date  the date, not null
     * @return the date itself if a business day, else the next business day, not null
     * @throws DateTimeException if no business day exists in the supported years after the date
     */
    public LocalDate nextBusinessDayOnOrAfter(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return isBusinessDay(date) ? date : plusBusinessDays(date, 1);
    }

    private YearTable table(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new DateTimeException("Business days are supported for the years " + MIN_YEAR + " to "
                    + MAX_YEAR + ", not " + year);
        }
        int slot = year - MIN_YEAR;
        YearTable table = tables.get(slot);
        if (table == null) {
            // Benign race: two threads may build the same table; both results are equal.
            table = new YearTable(year, this);
            tables.set(slot, table);
        }
        return table;
    }

    private boolean computeBusinessDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY
                && !holidays.isHoliday(date) && !closures.contains(date);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BusinessCalendar other
                && zone.equals(other.zone)
                && holidays.equals(other.holidays)
                && closures.equals(other.closures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, holidays, closures);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + zone + ", " + holidays + ", " + closures.size() + " closures]";
    }

    /** One year's business days: a running count per day and the index of every business day. */
    private static final class YearTable {
        final long firstEpochDay;
        /** cumulative[i]: business days from January 1 to day i (0-based) of the year, inclusive. */
        final int[] cumulative;
        /** businessDayIndex[k]: the 0-based day of the year of the year's (k+1)-th business day. */
        final int[] businessDayIndex;
        final int total;

        YearTable(int year, BusinessCalendar calendar) {
            LocalDate first = LocalDate.of(year, 1, 1);
            int length = first.lengthOfYear();
            this.firstEpochDay = first.toEpochDay();
            this.cumulative = new int[length];
            int[] index = new int[length];
            int count = 0;
            for (int i = 0; i < length; i++) {
                if (calendar.computeBusinessDay(first.plusDays(i))) {
                    index[count++] = i;
                }
                cumulative[i] = count;
            }
            this.total = count;
            this.businessDayIndex = Arrays.copyOf(index, count);
        }

        boolean isBusinessDay(int dayIndex) {
            int before = dayIndex == 0 ? 0 : cumulative[dayIndex - 1];
            return cumulative[dayIndex] != before;
        }
    }
}
