/**
 * The Jollyday adapter's API: {@link io.github.medrecords.calendar.jollyday.JollydayCalendars}
 * returns a {@link io.github.medrecords.core.timeframe.HolidayCalendar} for US federal holidays or
 * for a US state, with the corrections of the module's override layer applied.
 */
package io.github.medrecords.calendar.jollyday;
