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
 * of Columbia, with the override layer applied (federal Columbus Day; observed holidays that fall
 * in the previous year). The module's README lists every difference found.
 *
 * <p>Calendars answer for observed days and compute each year once, on first use. Immutable and
 * thread-safe.
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
     * Returns a state's legal holidays as Jollyday gives them (for Connecticut, CGS 1-4, R8.3-R8.5),
     * corrected by the override layer.
     *
     * @param state  the state, not null
     * @return the calendar, not null
     */
    public static HolidayCalendar usState(UsState state) {
        Objects.requireNonNull(state, "state");
        return JollydayHolidayCalendar.of("us/" + state.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Describes every correction the override layer makes to Jollyday's data, one line each.
     *
     * @return an unmodifiable list, not null
     */
    public static List<String> corrections() {
        return Correction.all().stream().map(Correction::description).collect(Collectors.toUnmodifiableList());
    }
}
