/**
 * Test support for timeframes: the {@link io.github.medrecords.testkit.timeframe.HolidayCalendarContract}
 * that every {@link io.github.medrecords.core.timeframe.HolidayCalendar} implementation's tests
 * extend, and tables of expected holidays written out from the law book (R8.1-R8.5).
 */
package io.github.medrecords.testkit.timeframe;
