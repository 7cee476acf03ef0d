package io.github.medrecords.core.timeframe;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A holiday calendar of a fixed set of dates. Immutable and thread-safe.
 */
final class FixedHolidayCalendar implements HolidayCalendar {

    static final FixedHolidayCalendar EMPTY = new FixedHolidayCalendar(Set.of());

    private final Set<LocalDate> dates;

    private FixedHolidayCalendar(Set<LocalDate> dates) {
        this.dates = dates;
    }

    static FixedHolidayCalendar of(Collection<LocalDate> dates) {
        Set<LocalDate> copy = dates.stream()
                .map(d -> Objects.requireNonNull(d, "date"))
                .collect(Collectors.toUnmodifiableSet());
        return copy.isEmpty() ? EMPTY : new FixedHolidayCalendar(copy);
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return dates.contains(date);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FixedHolidayCalendar other && dates.equals(other.dates);
    }

    @Override
    public int hashCode() {
        return dates.hashCode();
    }

    @Override
    public String toString() {
        return "HolidayCalendar.of[" + dates.size() + " dates]";
    }
}
