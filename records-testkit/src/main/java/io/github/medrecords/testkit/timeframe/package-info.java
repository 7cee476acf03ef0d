/**
 * Test support for timeframes: the {@link io.github.medrecords.testkit.timeframe.HolidayCalendarContract}
 * that every {@link io.github.medrecords.core.timeframe.HolidayCalendar} implementation's tests
 * extend, and tables of expected holidays written out from RULES.md section 8.
 */
package io.github.medrecords.testkit.timeframe;
