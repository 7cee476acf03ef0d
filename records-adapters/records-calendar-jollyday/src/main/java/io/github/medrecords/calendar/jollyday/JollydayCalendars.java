package io.github.medrecords.calendar.jollyday;

import io.github.medrecords.calendar.jollyday.internal.JollydayHolidayCalendar;
import io.github.medrecords.calendar.jollyday.internal.Correction;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.timeframe.HolidayCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Holiday calendars from Jollyday for US federal holidays and for every US state and the District
 * of Columbia, with the override layer applied: federal Columbus Day, observed holidays that fall in
 * the previous year, the day after Thanksgiving, and the corrections found by checking ten states
 * against their statutes and official lists (docs/holidays.md, {@link #corrections()}).
 *
 * <p>Calendars answer for observed weekdays (the days offices close; a holiday observed on a weekend
 * is not reported) and compute each year once, on first use. Immutable and thread-safe.
 */
public final class JollydayCalendars {

    private JollydayCalendars() {
    }

    /**
     * Returns the US federal legal public holidays (5 U.S.C. 6103, R8.1-R8.2).
     *
     * @return the calendar, not null
     */
    public static HolidayCalendar usFederal() {
        return JollydayHolidayCalendar.of("us");
    }

    /**
     * Returns the legal holidays of a state or the District of Columbia on which its offices close, with
     * the federal holidays it observes, as Jollyday gives them (for Connecticut, CGS 1-4, R8.3-R8.5)
     * corrected by the override layer, each observed on the weekday the state's own rule gives. This is
     * the business calendar a practice in the state follows by default.
     *
     * @param state  the state, not null
     * @return the calendar, not null
     */
    public static HolidayCalendar usState(UsState state) {
        Objects.requireNonNull(state, "state");
        return JollydayHolidayCalendar.of("us/" + state.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Describes every correction the override layer makes to Jollyday's data, one line each with its
     * source.
     *
     * @return an unmodifiable list, not null
     */
    public static List<String> corrections() {
        return Correction.all().stream().map(c -> c.description() + " [" + c.source() + "]")
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Describes the corrections the override layer makes to one state's calendar, including those that
     * apply to every calendar, one line each with its source.
     *
     * @param state  the state, not null
     * @return an unmodifiable list, not null
     */
    public static List<String> corrections(UsState state) {
        Objects.requireNonNull(state, "state");
        String key = "us/" + state.name().toLowerCase(Locale.ROOT);
        return Correction.all().stream().filter(c -> c.calendar().equals("*") || c.calendar().equals(key))
                .map(c -> c.description() + " [" + c.source() + "]").collect(Collectors.toUnmodifiableList());
    }
}
