package io.github.medrecords.testkit.timeframe;

import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The US federal and Connecticut legal holidays of 2024 to 2032 by observed date, written out from
 * R8.1-R8.5 (5 U.S.C. 6103 with the federal observance rule; CGS 1-4 with Lincoln's
 * Birthday, Good Friday and Connecticut's observance rule), to check holiday calendars against.
 *
 * <p>A holiday observed in the previous year belongs to the year it is observed in: New Year's Day
 * 2028 and 2033 fall on Saturdays and are observed on December 31, 2027 and 2032. Immutable and
 * thread-safe.
 */
public final class ExpectedHolidays {

    /** The first year covered. */
    public static final int FIRST_YEAR = 2024;
    /** The last year covered. */
    public static final int LAST_YEAR = 2032;

    private static final String[][] FEDERAL = {
        {"2024-01-01", "New Year's Day"},
        {"2024-01-15", "Martin Luther King Jr. Day"},
        {"2024-02-19", "Washington's Birthday"},
        {"2024-05-27", "Memorial Day"},
        {"2024-06-19", "Juneteenth"},
        {"2024-07-04", "Independence Day"},
        {"2024-09-02", "Labor Day"},
        {"2024-10-14", "Columbus Day"},
        {"2024-11-11", "Veterans Day"},
        {"2024-11-28", "Thanksgiving"},
        {"2024-12-25", "Christmas Day"},
        {"2025-01-01", "New Year's Day"},
        {"2025-01-20", "Martin Luther King Jr. Day"},
        {"2025-02-17", "Washington's Birthday"},
        {"2025-05-26", "Memorial Day"},
        {"2025-06-19", "Juneteenth"},
        {"2025-07-04", "Independence Day"},
        {"2025-09-01", "Labor Day"},
        {"2025-10-13", "Columbus Day"},
        {"2025-11-11", "Veterans Day"},
        {"2025-11-27", "Thanksgiving"},
        {"2025-12-25", "Christmas Day"},
        {"2026-01-01", "New Year's Day"},
        {"2026-01-19", "Martin Luther King Jr. Day"},
        {"2026-02-16", "Washington's Birthday"},
        {"2026-05-25", "Memorial Day"},
        {"2026-06-19", "Juneteenth"},
        {"2026-07-03", "Independence Day"},
        {"2026-09-07", "Labor Day"},
        {"2026-10-12", "Columbus Day"},
        {"2026-11-11", "Veterans Day"},
        {"2026-11-26", "Thanksgiving"},
        {"2026-12-25", "Christmas Day"},
        {"2027-01-01", "New Year's Day"},
        {"2027-01-18", "Martin Luther King Jr. Day"},
        {"2027-02-15", "Washington's Birthday"},
        {"2027-05-31", "Memorial Day"},
        {"2027-06-18", "Juneteenth"},
        {"2027-07-05", "Independence Day"},
        {"2027-09-06", "Labor Day"},
        {"2027-10-11", "Columbus Day"},
        {"2027-11-11", "Veterans Day"},
        {"2027-11-25", "Thanksgiving"},
        {"2027-12-24", "Christmas Day"},
        {"2027-12-31", "New Year's Day"},
        {"2028-01-17", "Martin Luther King Jr. Day"},
        {"2028-02-21", "Washington's Birthday"},
        {"2028-05-29", "Memorial Day"},
        {"2028-06-19", "Juneteenth"},
        {"2028-07-04", "Independence Day"},
        {"2028-09-04", "Labor Day"},
        {"2028-10-09", "Columbus Day"},
        {"2028-11-10", "Veterans Day"},
        {"2028-11-23", "Thanksgiving"},
        {"2028-12-25", "Christmas Day"},
        {"2029-01-01", "New Year's Day"},
        {"2029-01-15", "Martin Luther King Jr. Day"},
        {"2029-02-19", "Washington's Birthday"},
        {"2029-05-28", "Memorial Day"},
        {"2029-06-19", "Juneteenth"},
        {"2029-07-04", "Independence Day"},
        {"2029-09-03", "Labor Day"},
        {"2029-10-08", "Columbus Day"},
        {"2029-11-12", "Veterans Day"},
        {"2029-11-22", "Thanksgiving"},
        {"2029-12-25", "Christmas Day"},
        {"2030-01-01", "New Year's Day"},
        {"2030-01-21", "Martin Luther King Jr. Day"},
        {"2030-02-18", "Washington's Birthday"},
        {"2030-05-27", "Memorial Day"},
        {"2030-06-19", "Juneteenth"},
        {"2030-07-04", "Independence Day"},
        {"2030-09-02", "Labor Day"},
        {"2030-10-14", "Columbus Day"},
        {"2030-11-11", "Veterans Day"},
        {"2030-11-28", "Thanksgiving"},
        {"2030-12-25", "Christmas Day"},
        {"2031-01-01", "New Year's Day"},
        {"2031-01-20", "Martin Luther King Jr. Day"},
        {"2031-02-17", "Washington's Birthday"},
        {"2031-05-26", "Memorial Day"},
        {"2031-06-19", "Juneteenth"},
        {"2031-07-04", "Independence Day"},
        {"2031-09-01", "Labor Day"},
        {"2031-10-13", "Columbus Day"},
        {"2031-11-11", "Veterans Day"},
        {"2031-11-27", "Thanksgiving"},
        {"2031-12-25", "Christmas Day"},
        {"2032-01-01", "New Year's Day"},
        {"2032-01-19", "Martin Luther King Jr. Day"},
        {"2032-02-16", "Washington's Birthday"},
        {"2032-05-31", "Memorial Day"},
        {"2032-06-18", "Juneteenth"},
        {"2032-07-05", "Independence Day"},
        {"2032-09-06", "Labor Day"},
        {"2032-10-11", "Columbus Day"},
        {"2032-11-11", "Veterans Day"},
        {"2032-11-25", "Thanksgiving"},
        {"2032-12-24", "Christmas Day"},
        {"2032-12-31", "New Year's Day"},
    };
    private static final String[][] CONNECTICUT = {
        {"2024-01-01", "New Year's Day"},
        {"2024-01-15", "Martin Luther King Jr. Day"},
        {"2024-02-12", "Lincoln's Birthday"},
        {"2024-02-19", "Washington's Birthday"},
        {"2024-03-29", "Good Friday"},
        {"2024-05-27", "Memorial Day"},
        {"2024-06-19", "Juneteenth"},
        {"2024-07-04", "Independence Day"},
        {"2024-09-02", "Labor Day"},
        {"2024-10-14", "Columbus Day"},
        {"2024-11-11", "Veterans Day"},
        {"2024-11-28", "Thanksgiving"},
        {"2024-12-25", "Christmas Day"},
        {"2025-01-01", "New Year's Day"},
        {"2025-01-20", "Martin Luther King Jr. Day"},
        {"2025-02-12", "Lincoln's Birthday"},
        {"2025-02-17", "Washington's Birthday"},
        {"2025-04-18", "Good Friday"},
        {"2025-05-26", "Memorial Day"},
        {"2025-06-19", "Juneteenth"},
        {"2025-07-04", "Independence Day"},
        {"2025-09-01", "Labor Day"},
        {"2025-10-13", "Columbus Day"},
        {"2025-11-11", "Veterans Day"},
        {"2025-11-27", "Thanksgiving"},
        {"2025-12-25", "Christmas Day"},
        {"2026-01-01", "New Year's Day"},
        {"2026-01-19", "Martin Luther King Jr. Day"},
        {"2026-02-12", "Lincoln's Birthday"},
        {"2026-02-16", "Washington's Birthday"},
        {"2026-04-03", "Good Friday"},
        {"2026-05-25", "Memorial Day"},
        {"2026-06-19", "Juneteenth"},
        {"2026-07-03", "Independence Day"},
        {"2026-09-07", "Labor Day"},
        {"2026-10-12", "Columbus Day"},
        {"2026-11-11", "Veterans Day"},
        {"2026-11-26", "Thanksgiving"},
        {"2026-12-25", "Christmas Day"},
        {"2027-01-01", "New Year's Day"},
        {"2027-01-18", "Martin Luther King Jr. Day"},
        {"2027-02-12", "Lincoln's Birthday"},
        {"2027-02-15", "Washington's Birthday"},
        {"2027-03-26", "Good Friday"},
        {"2027-05-31", "Memorial Day"},
        {"2027-06-18", "Juneteenth"},
        {"2027-07-05", "Independence Day"},
        {"2027-09-06", "Labor Day"},
        {"2027-10-11", "Columbus Day"},
        {"2027-11-11", "Veterans Day"},
        {"2027-11-25", "Thanksgiving"},
        {"2027-12-24", "Christmas Day"},
        {"2027-12-31", "New Year's Day"},
        {"2028-01-17", "Martin Luther King Jr. Day"},
        {"2028-02-11", "Lincoln's Birthday"},
        {"2028-02-21", "Washington's Birthday"},
        {"2028-04-14", "Good Friday"},
        {"2028-05-29", "Memorial Day"},
        {"2028-06-19", "Juneteenth"},
        {"2028-07-04", "Independence Day"},
        {"2028-09-04", "Labor Day"},
        {"2028-10-09", "Columbus Day"},
        {"2028-11-10", "Veterans Day"},
        {"2028-11-23", "Thanksgiving"},
        {"2028-12-25", "Christmas Day"},
        {"2029-01-01", "New Year's Day"},
        {"2029-01-15", "Martin Luther King Jr. Day"},
        {"2029-02-12", "Lincoln's Birthday"},
        {"2029-02-19", "Washington's Birthday"},
        {"2029-03-30", "Good Friday"},
        {"2029-05-28", "Memorial Day"},
        {"2029-06-19", "Juneteenth"},
        {"2029-07-04", "Independence Day"},
        {"2029-09-03", "Labor Day"},
        {"2029-10-08", "Columbus Day"},
        {"2029-11-12", "Veterans Day"},
        {"2029-11-22", "Thanksgiving"},
        {"2029-12-25", "Christmas Day"},
        {"2030-01-01", "New Year's Day"},
        {"2030-01-21", "Martin Luther King Jr. Day"},
        {"2030-02-12", "Lincoln's Birthday"},
        {"2030-02-18", "Washington's Birthday"},
        {"2030-04-19", "Good Friday"},
        {"2030-05-27", "Memorial Day"},
        {"2030-06-19", "Juneteenth"},
        {"2030-07-04", "Independence Day"},
        {"2030-09-02", "Labor Day"},
        {"2030-10-14", "Columbus Day"},
        {"2030-11-11", "Veterans Day"},
        {"2030-11-28", "Thanksgiving"},
        {"2030-12-25", "Christmas Day"},
        {"2031-01-01", "New Year's Day"},
        {"2031-01-20", "Martin Luther King Jr. Day"},
        {"2031-02-12", "Lincoln's Birthday"},
        {"2031-02-17", "Washington's Birthday"},
        {"2031-04-11", "Good Friday"},
        {"2031-05-26", "Memorial Day"},
        {"2031-06-19", "Juneteenth"},
        {"2031-07-04", "Independence Day"},
        {"2031-09-01", "Labor Day"},
        {"2031-10-13", "Columbus Day"},
        {"2031-11-11", "Veterans Day"},
        {"2031-11-27", "Thanksgiving"},
        {"2031-12-25", "Christmas Day"},
        {"2032-01-01", "New Year's Day"},
        {"2032-01-19", "Martin Luther King Jr. Day"},
        {"2032-02-12", "Lincoln's Birthday"},
        {"2032-02-16", "Washington's Birthday"},
        {"2032-03-26", "Good Friday"},
        {"2032-05-31", "Memorial Day"},
        {"2032-06-18", "Juneteenth"},
        {"2032-07-05", "Independence Day"},
        {"2032-09-06", "Labor Day"},
        {"2032-10-11", "Columbus Day"},
        {"2032-11-11", "Veterans Day"},
        {"2032-11-25", "Thanksgiving"},
        {"2032-12-24", "Christmas Day"},
        {"2032-12-31", "New Year's Day"},
    };

    private ExpectedHolidays() {
    }

    /**
     * Returns the federal legal public holidays observed in 2024 to 2032 (R8.1, R8.2), with their names.
     *
     * @return an unmodifiable map from observed date to name, not null
     */
    public static NavigableMap<LocalDate, String> usFederal() {
        return toMap(FEDERAL);
    }

    /**
     * Returns Connecticut's legal holidays observed in 2024 to 2032 (R8.3-R8.5), with their names.
     *
     * @return an unmodifiable map from observed date to name, not null
     */
    public static NavigableMap<LocalDate, String> connecticut() {
        return toMap(CONNECTICUT);
    }

    private static NavigableMap<LocalDate, String> toMap(String[][] rows) {
        NavigableMap<LocalDate, String> map = new TreeMap<>();
        for (String[] row : rows) {
            map.put(LocalDate.parse(row[0]), row[1]);
        }
        return Collections.unmodifiableNavigableMap(map);
    }
}
