package io.github.medrecords.testkit.timeframe;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.timeframe.HolidayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedPracticeHolidaysTest {

    @Test
    void seedPracticeClosesOnEveryConnecticutHolidayOf2024To2032AndNoOtherDay() {
        HolidayCalendar calendar = ExamplePractices.connecticutOrthopaedics().holidayCalendar();
        List<LocalDate> found = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2024, 1, 1); !d.isAfter(LocalDate.of(2032, 12, 31)); d = d.plusDays(1)) {
            if (calendar.isHoliday(d)) {
                found.add(d);
            }
        }
        assertThat(found).containsExactlyElementsOf(ExpectedHolidays.connecticut().keySet());
    }

    @Test
    void expectedTablesHoldElevenFederalAndThirteenConnecticutHolidaysAYear() {
        // New Year's Day 2028 and 2033 are observed on December 31 of the year before (R8.2, R8.4)
        assertThat(ExpectedHolidays.usFederal()).hasSize(11 * 9 + 1);
        assertThat(ExpectedHolidays.connecticut()).hasSize(13 * 9 + 1);
        assertThat(ExpectedHolidays.connecticut()).containsEntry(LocalDate.of(2024, 3, 29), "Good Friday")
                .containsEntry(LocalDate.of(2028, 2, 11), "Lincoln's Birthday")
                .containsEntry(LocalDate.of(2027, 6, 18), "Juneteenth");
        assertThat(ExpectedHolidays.connecticut().keySet()).containsAll(ExpectedHolidays.usFederal().keySet());
    }
}
