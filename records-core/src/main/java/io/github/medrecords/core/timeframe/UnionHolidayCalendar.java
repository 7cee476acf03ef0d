package io.github.medrecords.core.timeframe;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The union of several holiday calendars. Immutable and thread-safe.
 */
final class UnionHolidayCalendar implements HolidayCalendar {

    private final List<HolidayCalendar> calendars;

    private UnionHolidayCalendar(List<HolidayCalendar> calendars) {
        this.calendars = calendars;
    }

    static UnionHolidayCalendar of(List<HolidayCalendar> calendars) {
        return new UnionHolidayCalendar(List.copyOf(calendars));
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (HolidayCalendar calendar : calendars) {
            if (calendar.isHoliday(date)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof UnionHolidayCalendar other && calendars.equals(other.calendars);
    }

    @Override
    public int hashCode() {
        return calendars.hashCode();
    }

    @Override
    public String toString() {
        return "HolidayCalendar.union" + calendars;
    }
}
