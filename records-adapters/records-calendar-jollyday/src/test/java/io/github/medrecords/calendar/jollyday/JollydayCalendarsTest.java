package io.github.medrecords.calendar.jollyday;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.timeframe.HolidayCalendar;
import io.github.medrecords.testkit.timeframe.ExpectedHolidays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import org.junit.jupiter.api.Test;

class JollydayCalendarsTest {

    private static List<LocalDate> holidaysFrom2024To2032(HolidayCalendar calendar) {
        List<LocalDate> found = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2024, 1, 1); !d.isAfter(LocalDate.of(2032, 12, 31)); d = d.plusDays(1)) {
            if (calendar.isHoliday(d)) {
                found.add(d);
            }
        }
        return found;
    }

    @Test
    void federalCalendarHoldsExactlyTheFederalHolidaysOf2024To2032() {
        NavigableMap<LocalDate, String> expected = ExpectedHolidays.usFederal();
        assertThat(holidaysFrom2024To2032(JollydayCalendars.usFederal())).containsExactlyElementsOf(expected.keySet());
    }

    @Test
    void connecticutCalendarHoldsExactlyTheConnecticutHolidaysOf2024To2032() {
        NavigableMap<LocalDate, String> expected = ExpectedHolidays.connecticut();
        assertThat(holidaysFrom2024To2032(JollydayCalendars.usState(UsState.CT)))
                .containsExactlyElementsOf(expected.keySet());
    }

    @Test
    void theSeedPracticesRuleBasedConnecticutCalendarAgreesWithJollydayFrom2024To2100() {
        // Two independent sources: the core's rules (CGS 1-4) and Jollyday's data with its corrections.
        HolidayCalendar byRule = ExamplePractices.connecticutOrthopaedics().holidayCalendar();
        HolidayCalendar jollyday = JollydayCalendars.usState(UsState.CT);
        List<LocalDate> differ = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2024, 1, 1); !d.isAfter(LocalDate.of(2100, 12, 31)); d = d.plusDays(1)) {
            if (byRule.isHoliday(d) != jollyday.isHoliday(d)) {
                differ.add(d);
            }
        }
        assertThat(differ).isEmpty();
        assertThat(byRule.isHoliday(LocalDate.of(2033, 4, 15))).as("Good Friday 2033").isTrue();
        assertThat(byRule.isHoliday(LocalDate.of(2038, 12, 31))).as("New Year's Day 2039 observed").isTrue();
    }

    @Test
    void federalCalendarHasColumbusDayThroughTheOverrideLayer() {
        assertThat(JollydayCalendars.usFederal().isHoliday(LocalDate.of(2026, 10, 12))).isTrue();
    }

    @Test
    void newYearsDayObservedOnDecember31CountsInTheYearObserved() {
        assertThat(JollydayCalendars.usFederal().isHoliday(LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(JollydayCalendars.usState(UsState.CT).isHoliday(LocalDate.of(2032, 12, 31))).isTrue();
    }

    @Test
    void everyStateHasACalendar() {
        for (UsState state : UsState.values()) {
            assertThat(JollydayCalendars.usState(state).isHoliday(LocalDate.of(2025, 7, 4)))
                    .as("Independence Day, a Friday, in %s", state).isTrue();
        }
    }

    @Test
    void listsItsCorrectionsWithTheirSources() {
        assertThat(JollydayCalendars.corrections())
                .anySatisfy(c -> assertThat(c).contains("Columbus Day"))
                .anySatisfy(c -> assertThat(c).contains("December 31"))
                .anySatisfy(c -> assertThat(c).contains("Patriots' Day").contains("M.G.L. c. 4"))
                .allSatisfy(c -> assertThat(c).matches(".+ \\[.+\\]"));
    }

    @Test
    void listsOneStatesCorrectionsWithThoseOfEveryCalendar() {
        assertThat(JollydayCalendars.corrections(UsState.TX))
                .anySatisfy(c -> assertThat(c).startsWith("Texas: adds December 24"))
                .anySatisfy(c -> assertThat(c).contains("fourth Thursday"))
                .noneSatisfy(c -> assertThat(c).startsWith("Massachusetts"));
        assertThat(JollydayCalendars.corrections(UsState.WA)).noneSatisfy(c -> assertThat(c).startsWith("Washington"));
    }
}
