/**
 * Timeframes: business-day calendars (weekends, a {@link io.github.medrecords.core.timeframe.HolidayCalendar}
 * and the practice's closures, in the practice's zone), the practice's promised turnaround per
 * delivery method, the legal deadlines that count from receipt with their one extension, and the
 * standing of a request that a staff dashboard sorts by.
 *
 * <p>Everything here is pure: no clock is read, no I/O is done; "now" is always a
 * {@link java.time.Clock} or an {@link java.time.Instant} passed in. This package depends on
 * {@code party} and {@code request} and never on {@code practice}, which builds on it.
 */
package io.github.medrecords.core.timeframe;
