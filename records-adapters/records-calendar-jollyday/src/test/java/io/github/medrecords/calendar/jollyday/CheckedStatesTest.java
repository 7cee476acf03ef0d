package io.github.medrecords.calendar.jollyday;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.timeframe.HolidayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The ten states checked against an independent source (docs/holidays.md): each one's observed legal
 * holidays of 2024 to 2027, written out from the state's statute and official list, never from
 * Jollyday's output. A holiday whose observance falls on a weekend is absent where the state closes no
 * weekday for it (MA, NY, CA and TX on Saturdays; TX on Sundays too).
 */
class CheckedStatesTest {

    static final Map<UsState, List<String>> EXPECTED = new EnumMap<>(UsState.class);

    static {
        // M.G.L. c. 4, s. 7, cl. 18 with Patriots' Day and Juneteenth; Saturday holidays move nowhere.
        EXPECTED.put(UsState.MA, List.of(
                "2024-01-01", "2024-01-15", "2024-02-19", "2024-04-15", "2024-05-27", "2024-06-19", "2024-07-04",
                "2024-09-02", "2024-10-14", "2024-11-11", "2024-11-28", "2024-12-25",
                "2025-01-01", "2025-01-20", "2025-02-17", "2025-04-21", "2025-05-26", "2025-06-19", "2025-07-04",
                "2025-09-01", "2025-10-13", "2025-11-11", "2025-11-27", "2025-12-25",
                "2026-01-01", "2026-01-19", "2026-02-16", "2026-04-20", "2026-05-25", "2026-06-19",
                "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25",
                "2027-01-01", "2027-01-18", "2027-02-15", "2027-04-19", "2027-05-31", "2027-07-05",
                "2027-09-06", "2027-10-11", "2027-11-11", "2027-11-25"));
        // Tex. Gov't Code 662.003(a) national holidays and the Friday after Thanksgiving, December 24 and 26
        // (662.004(b): offices close); no other day when one falls on a weekend.
        EXPECTED.put(UsState.TX, List.of(
                "2024-01-01", "2024-01-15", "2024-02-19", "2024-05-27", "2024-07-04", "2024-09-02", "2024-11-11",
                "2024-11-28", "2024-11-29", "2024-12-24", "2024-12-25", "2024-12-26",
                "2025-01-01", "2025-01-20", "2025-02-17", "2025-05-26", "2025-07-04", "2025-09-01", "2025-11-11",
                "2025-11-27", "2025-11-28", "2025-12-24", "2025-12-25", "2025-12-26",
                "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-09-07", "2026-11-11",
                "2026-11-26", "2026-11-27", "2026-12-24", "2026-12-25",
                "2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-09-06", "2027-11-11",
                "2027-11-25", "2027-11-26", "2027-12-24"));
        // CalHR's list: Cesar Chavez Day and the day after Thanksgiving; Sunday to Monday; Saturday nowhere
        // except Veterans Day (Friday before).
        EXPECTED.put(UsState.CA, List.of(
                "2024-01-01", "2024-01-15", "2024-02-19", "2024-04-01", "2024-05-27", "2024-07-04", "2024-09-02",
                "2024-11-11", "2024-11-28", "2024-11-29", "2024-12-25",
                "2025-01-01", "2025-01-20", "2025-02-17", "2025-03-31", "2025-05-26", "2025-07-04", "2025-09-01",
                "2025-11-11", "2025-11-27", "2025-11-28", "2025-12-25",
                "2026-01-01", "2026-01-19", "2026-02-16", "2026-03-31", "2026-05-25", "2026-09-07",
                "2026-11-11", "2026-11-26", "2026-11-27", "2026-12-25",
                "2027-01-01", "2027-01-18", "2027-02-15", "2027-03-31", "2027-05-31", "2027-07-05", "2027-09-06",
                "2027-11-11", "2027-11-25", "2027-11-26"));
        // NY General Construction Law 24: Lincoln's Birthday, Juneteenth, each general election day; Sunday to
        // Monday, Saturday nowhere (Flag Day is always a Sunday).
        EXPECTED.put(UsState.NY, List.of(
                "2024-01-01", "2024-01-15", "2024-02-12", "2024-02-19", "2024-05-27", "2024-06-19", "2024-07-04",
                "2024-09-02", "2024-10-14", "2024-11-05", "2024-11-11", "2024-11-28", "2024-12-25",
                "2025-01-01", "2025-01-20", "2025-02-12", "2025-02-17", "2025-05-26", "2025-06-19", "2025-07-04",
                "2025-09-01", "2025-10-13", "2025-11-04", "2025-11-11", "2025-11-27", "2025-12-25",
                "2026-01-01", "2026-01-19", "2026-02-12", "2026-02-16", "2026-05-25", "2026-06-19",
                "2026-09-07", "2026-10-12", "2026-11-03", "2026-11-11", "2026-11-26", "2026-12-25",
                "2027-01-01", "2027-01-18", "2027-02-12", "2027-02-15", "2027-05-31", "2027-07-05",
                "2027-09-06", "2027-10-11", "2027-11-02", "2027-11-11", "2027-11-25"));
        // 80 Ill. Adm. Code 303.190 and CMS's schedule: Lincoln's Birthday, general election day (even years),
        // the day after Thanksgiving; Saturday to Friday, Sunday to Monday.
        EXPECTED.put(UsState.IL, List.of(
                "2024-01-01", "2024-01-15", "2024-02-12", "2024-02-19", "2024-05-27", "2024-06-19", "2024-07-04",
                "2024-09-02", "2024-10-14", "2024-11-05", "2024-11-11", "2024-11-28", "2024-11-29", "2024-12-25",
                "2025-01-01", "2025-01-20", "2025-02-12", "2025-02-17", "2025-05-26", "2025-06-19", "2025-07-04",
                "2025-09-01", "2025-10-13", "2025-11-11", "2025-11-27", "2025-11-28", "2025-12-25",
                "2026-01-01", "2026-01-19", "2026-02-12", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03",
                "2026-09-07", "2026-10-12", "2026-11-03", "2026-11-11", "2026-11-26", "2026-11-27", "2026-12-25",
                "2027-01-01", "2027-01-18", "2027-02-12", "2027-02-15", "2027-05-31", "2027-06-18", "2027-07-05",
                "2027-09-06", "2027-10-11", "2027-11-11", "2027-11-25", "2027-11-26", "2027-12-24", "2027-12-31"));
        // Va. Code 2.2-3300: Juneteenth, Columbus Day and Yorktown Victory Day, Election Day, the Friday after
        // Thanksgiving; Saturday to Friday, Sunday to Monday.
        EXPECTED.put(UsState.VA, List.of(
                "2024-01-01", "2024-01-15", "2024-02-19", "2024-05-27", "2024-06-19", "2024-07-04", "2024-09-02",
                "2024-10-14", "2024-11-05", "2024-11-11", "2024-11-28", "2024-11-29", "2024-12-25",
                "2025-01-01", "2025-01-20", "2025-02-17", "2025-05-26", "2025-06-19", "2025-07-04", "2025-09-01",
                "2025-10-13", "2025-11-04", "2025-11-11", "2025-11-27", "2025-11-28", "2025-12-25",
                "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03", "2026-09-07",
                "2026-10-12", "2026-11-03", "2026-11-11", "2026-11-26", "2026-11-27", "2026-12-25",
                "2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18", "2027-07-05", "2027-09-06",
                "2027-10-11", "2027-11-02", "2027-11-11", "2027-11-25", "2027-11-26", "2027-12-24", "2027-12-31"));
        // HRS 8-1: Prince Kuhio Day, Good Friday, King Kamehameha I Day, Statehood Day, general election day
        // (even years), no Juneteenth, no Discoverers' Day; Saturday to Friday, Sunday to Monday.
        EXPECTED.put(UsState.HI, List.of(
                "2024-01-01", "2024-01-15", "2024-02-19", "2024-03-26", "2024-03-29", "2024-05-27", "2024-06-11",
                "2024-07-04", "2024-08-16", "2024-09-02", "2024-11-05", "2024-11-11", "2024-11-28", "2024-12-25",
                "2025-01-01", "2025-01-20", "2025-02-17", "2025-03-26", "2025-04-18", "2025-05-26", "2025-06-11",
                "2025-07-04", "2025-08-15", "2025-09-01", "2025-11-11", "2025-11-27", "2025-12-25",
                "2026-01-01", "2026-01-19", "2026-02-16", "2026-03-26", "2026-04-03", "2026-05-25", "2026-06-11",
                "2026-07-03", "2026-08-21", "2026-09-07", "2026-11-03", "2026-11-11", "2026-11-26", "2026-12-25",
                "2027-01-01", "2027-01-18", "2027-02-15", "2027-03-26", "2027-05-31", "2027-06-11",
                "2027-07-05", "2027-08-20", "2027-09-06", "2027-11-11", "2027-11-25", "2027-12-24", "2027-12-31"));
        // DC Code 1-612.02 and DCHR's 2024 list: DC Emancipation Day, Inauguration Day 2025 (also MLK Day).
        EXPECTED.put(UsState.DC, List.of(
                "2024-01-01", "2024-01-15", "2024-02-19", "2024-04-16", "2024-05-27", "2024-06-19", "2024-07-04",
                "2024-09-02", "2024-10-14", "2024-11-11", "2024-11-28", "2024-12-25",
                "2025-01-01", "2025-01-20", "2025-02-17", "2025-04-16", "2025-05-26", "2025-06-19", "2025-07-04",
                "2025-09-01", "2025-10-13", "2025-11-11", "2025-11-27", "2025-12-25",
                "2026-01-01", "2026-01-19", "2026-02-16", "2026-04-16", "2026-05-25", "2026-06-19", "2026-07-03",
                "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25",
                "2027-01-01", "2027-01-18", "2027-02-15", "2027-04-16", "2027-05-31", "2027-06-18", "2027-07-05",
                "2027-09-06", "2027-10-11", "2027-11-11", "2027-11-25", "2027-12-24", "2027-12-31"));
        // F.S. 110.117: nine paid holidays (no Washington's Birthday, Juneteenth or Columbus Day), the Friday
        // after Thanksgiving; Saturday to Friday, Sunday to Monday.
        EXPECTED.put(UsState.FL, List.of(
                "2024-01-01", "2024-01-15", "2024-05-27", "2024-07-04", "2024-09-02", "2024-11-11", "2024-11-28",
                "2024-11-29", "2024-12-25",
                "2025-01-01", "2025-01-20", "2025-05-26", "2025-07-04", "2025-09-01", "2025-11-11", "2025-11-27",
                "2025-11-28", "2025-12-25",
                "2026-01-01", "2026-01-19", "2026-05-25", "2026-07-03", "2026-09-07", "2026-11-11", "2026-11-26",
                "2026-11-27", "2026-12-25",
                "2027-01-01", "2027-01-18", "2027-05-31", "2027-07-05", "2027-09-06", "2027-11-11", "2027-11-25",
                "2027-11-26", "2027-12-24", "2027-12-31"));
        // RCW 1.16.050 and WAC 357-31-005: Juneteenth, Native American Heritage Day, no Columbus Day; weekend
        // holidays moved Saturday to Friday, Sunday to Monday (UNCONFIRMED: WAC 357-31-040 not read).
        EXPECTED.put(UsState.WA, List.of(
                "2024-01-01", "2024-01-15", "2024-02-19", "2024-05-27", "2024-06-19", "2024-07-04", "2024-09-02",
                "2024-11-11", "2024-11-28", "2024-11-29", "2024-12-25",
                "2025-01-01", "2025-01-20", "2025-02-17", "2025-05-26", "2025-06-19", "2025-07-04", "2025-09-01",
                "2025-11-11", "2025-11-27", "2025-11-28", "2025-12-25",
                "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03", "2026-09-07",
                "2026-11-11", "2026-11-26", "2026-11-27", "2026-12-25",
                "2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18", "2027-07-05", "2027-09-06",
                "2027-11-11", "2027-11-25", "2027-11-26", "2027-12-24", "2027-12-31"));
    }

    static List<LocalDate> holidays(HolidayCalendar calendar, LocalDate first, LocalDate last) {
        List<LocalDate> found = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (calendar.isHoliday(d)) {
                found.add(d);
            }
        }
        return found;
    }

    @ParameterizedTest
    @EnumSource(names = {"MA", "TX", "CA", "NY", "IL", "VA", "HI", "DC", "FL", "WA"})
    void eachCheckedStateHoldsExactlyItsLegalHolidaysOf2024To2027(UsState state) {
        List<LocalDate> expected = EXPECTED.get(state).stream().map(LocalDate::parse).toList();
        assertThat(holidays(JollydayCalendars.usState(state), LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)))
                .as(state.displayName()).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(names = {"MA", "TX", "CA", "NY", "IL", "VA", "HI", "DC", "FL", "WA"})
    void theExpectedListsAreWeekdaysInOrder(UsState state) {
        List<LocalDate> expected = EXPECTED.get(state).stream().map(LocalDate::parse).toList();
        assertThat(expected).isSorted().doesNotHaveDuplicates()
                .allSatisfy(d -> assertThat(d.getDayOfWeek().getValue()).isLessThanOrEqualTo(5));
        assertThat(Arrays.asList(2024, 2025, 2026, 2027))
                .allSatisfy(y -> assertThat(expected).anySatisfy(d -> assertThat(d.getYear()).isEqualTo(y)));
    }
}
