package io.github.medrecords.core.timeframe;

/**
 * How a deadline rule counts its days.
 */
public enum DayCount {
    /** Calendar days: weekends, holidays and closures count (HIPAA R1.8, Connecticut R5.6). */
    CALENDAR_DAYS,
    /** Business days: weekdays that are not holidays; the practice's own closures still count (Texas). */
    BUSINESS_DAYS
}
