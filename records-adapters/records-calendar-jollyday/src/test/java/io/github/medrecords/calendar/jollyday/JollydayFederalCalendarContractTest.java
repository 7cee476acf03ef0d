package io.github.medrecords.calendar.jollyday;

import io.github.medrecords.core.timeframe.HolidayCalendar;
import io.github.medrecords.testkit.timeframe.ExpectedHolidays;
import io.github.medrecords.testkit.timeframe.HolidayCalendarContract;
import java.time.LocalDate;
import java.util.Set;

class JollydayFederalCalendarContractTest extends HolidayCalendarContract {

    @Override
    protected HolidayCalendar createCalendar() {
        return JollydayCalendars.usFederal();
    }

    @Override
    protected Set<LocalDate> knownHolidays() {
        return ExpectedHolidays.usFederal().keySet();
    }

    @Override
    protected Set<LocalDate> knownNonHolidays() {
        // Good Friday and Lincoln's Birthday are Connecticut holidays, not federal ones
        return Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 2, 12), LocalDate.of(2026, 3, 2));
    }
}
