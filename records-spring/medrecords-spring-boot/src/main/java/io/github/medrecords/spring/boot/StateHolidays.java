package io.github.medrecords.spring.boot;

import io.github.medrecords.calendar.jollyday.JollydayCalendars;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.timeframe.HolidayCalendar;

/**
 * The one place that touches records-calendar-jollyday, loaded only when it is on the class path: a state's
 * legal holidays with the federal holidays it observes, corrected where Jollyday differs from the law
 * (docs/holidays.md).
 */
final class StateHolidays {

    private StateHolidays() {
    }

    static HolidayCalendar of(UsState state) {
        return JollydayCalendars.usState(state);
    }
}
