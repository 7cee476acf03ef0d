package io.github.medrecords.calendar.jollyday;

import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.timeframe.HolidayCalendar;
import io.github.medrecords.testkit.timeframe.ExpectedHolidays;
import io.github.medrecords.testkit.timeframe.HolidayCalendarContract;
import java.time.LocalDate;
import java.util.Set;

class JollydayConnecticutCalendarContractTest extends HolidayCalendarContract {

    @Override
    protected HolidayCalendar createCalendar() {
        return JollydayCalendars.usState(UsState.CT);
    }

    @Override
    protected Set<LocalDate> knownHolidays() {
        return ExpectedHolidays.connecticut().keySet();
    }

    @Override
    protected Set<LocalDate> knownNonHolidays() {
        return Set.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 11, 27), LocalDate.of(2027, 12, 30));
    }
}
