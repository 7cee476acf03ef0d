package io.github.medrecords.testkit.timeframe;

import io.github.medrecords.core.timeframe.HolidayCalendar;
import java.time.LocalDate;
import java.util.Set;

class FixedHolidayCalendarContractTest extends HolidayCalendarContract {

    @Override
    protected HolidayCalendar createCalendar() {
        return HolidayCalendar.of(ExpectedHolidays.connecticut().keySet());
    }

    @Override
    protected Set<LocalDate> knownHolidays() {
        return ExpectedHolidays.connecticut().keySet();
    }

    @Override
    protected Set<LocalDate> knownNonHolidays() {
        return Set.of(LocalDate.of(2026, 3, 2), LocalDate.of(2027, 12, 30), LocalDate.of(2028, 1, 3));
    }
}
