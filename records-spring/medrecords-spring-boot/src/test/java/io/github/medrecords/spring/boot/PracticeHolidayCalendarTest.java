package io.github.medrecords.spring.boot;

import static io.github.medrecords.spring.boot.MedrecordsAutoConfigurationTest.rootCause;
import static io.github.medrecords.spring.boot.MedrecordsAutoConfigurationTest.runner;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.calendar.jollyday.JollydayCalendars;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.timeframe.HolidayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;

/** The starter closes a practice on its state's legal holidays unless a property says otherwise. */
class PracticeHolidayCalendarTest {

    private static final String[] PRACTICE = {"medrecords.practice.name=Harbor Family Practice",
            "medrecords.practice.complaint-contact.phone=617-555-0100"};

    private static boolean sameFrom2024To2027(HolidayCalendar a, HolidayCalendar b) {
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() < 2028; d = d.plusDays(1)) {
            if (a.isHoliday(d) != b.isHoliday(d)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aPracticeFollowsItsFirstJurisdictionsLegalHolidaysByDefault() {
        runner().withPropertyValues(PRACTICE).withPropertyValues("medrecords.practice.jurisdictions=MA,NY")
                .run(context -> {
                    PracticeProfile practice = context.getBean(PracticeProfile.class);
                    assertThat(sameFrom2024To2027(practice.holidayCalendar(), JollydayCalendars.usState(UsState.MA)))
                            .isTrue();
                    assertThat(practice.businessCalendar().isBusinessDay(LocalDate.of(2026, 4, 20)))
                            .as("Patriots' Day").isFalse();
                    assertThat(practice.businessCalendar().isBusinessDay(LocalDate.of(2026, 7, 3)))
                            .as("offices open the Friday before a Saturday July 4 in Massachusetts").isTrue();
                    assertThat(practice.businessCalendar().isBusinessDay(LocalDate.of(2026, 2, 12)))
                            .as("Lincoln's Birthday is New York's, not Massachusetts'").isTrue();
                });
    }

    @Test
    void everyStateAndDcGivesItsOwnCalendar() {
        runner().withPropertyValues(PRACTICE).withPropertyValues("medrecords.practice.jurisdictions=TX",
                "medrecords.practice.zone=America/Chicago").run(context -> {
                    PracticeProfile practice = context.getBean(PracticeProfile.class);
                    assertThat(practice.holidayCalendar().isHoliday(LocalDate.of(2025, 12, 26))).isTrue();
                    assertThat(practice.holidayCalendar().isHoliday(LocalDate.of(2025, 6, 19))).isFalse();
                });
        runner().withPropertyValues(PRACTICE).withPropertyValues("medrecords.practice.jurisdictions=DC")
                .run(context -> assertThat(context.getBean(PracticeProfile.class).holidayCalendar()
                        .isHoliday(LocalDate.of(2026, 4, 16))).as("DC Emancipation Day").isTrue());
    }

    @Test
    void holidayStateOverridesTheFirstJurisdictionAndExtraHolidaysAreAdded() {
        runner().withPropertyValues(PRACTICE).withPropertyValues("medrecords.practice.jurisdictions=MA",
                "medrecords.practice.holiday-state=NY", "medrecords.practice.holidays=2026-12-24").run(context -> {
                    HolidayCalendar calendar = context.getBean(PracticeProfile.class).holidayCalendar();
                    assertThat(calendar.isHoliday(LocalDate.of(2026, 2, 12))).as("Lincoln's Birthday").isTrue();
                    assertThat(calendar.isHoliday(LocalDate.of(2026, 4, 20))).as("Patriots' Day").isFalse();
                    assertThat(calendar.isHoliday(LocalDate.of(2026, 12, 24))).isTrue();
                });
    }

    @Test
    void stateHolidaysOffLeavesOnlyTheListedHolidays() {
        runner().withPropertyValues(PRACTICE).withPropertyValues("medrecords.practice.jurisdictions=MA",
                "medrecords.practice.state-holidays=false", "medrecords.practice.holidays=2026-12-24")
                .run(context -> {
                    HolidayCalendar calendar = context.getBean(PracticeProfile.class).holidayCalendar();
                    assertThat(calendar.isHoliday(LocalDate.of(2026, 4, 20))).isFalse();
                    assertThat(calendar.isHoliday(LocalDate.of(2026, 12, 25))).isFalse();
                    assertThat(calendar.isHoliday(LocalDate.of(2026, 12, 24))).isTrue();
                });
    }

    @Test
    void aHolidayStateWithoutTheJollydayAdapterIsAConfigurationProblem() {
        runner().withPropertyValues(PRACTICE).withPropertyValues("medrecords.practice.jurisdictions=MA",
                "medrecords.practice.holiday-state=NY")
                .withClassLoader(new FilteredClassLoader(JollydayCalendars.class)).run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(rootCause(context.getStartupFailure()).getProblems()).singleElement().asString()
                            .startsWith("medrecords.practice.holiday-state").contains("New York");
                });
    }
}
