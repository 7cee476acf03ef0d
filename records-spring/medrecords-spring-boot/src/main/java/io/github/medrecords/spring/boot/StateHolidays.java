package io.github.medrecords.spring.boot;

import io.github.medrecords.calendar.jollyday.JollydayCalendars;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.timeframe.HolidayCalendar;

/**
 * The one place that touches records-calendar-jollyday, loaded only when it is on the class path.
 */
final class StateHolidays {

    private StateHolidays() {
    }

    static HolidayCalendar of(UsState state) {
        return JollydayCalendars.usState(state);
    }
}
