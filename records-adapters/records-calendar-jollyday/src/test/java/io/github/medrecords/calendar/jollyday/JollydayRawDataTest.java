package io.github.medrecords.calendar.jollyday;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Pins the differences in Jollyday's own data that the override layer corrects (README.md). If a
 * Jollyday upgrade fixes one, its test fails: drop the correction and this test.
 */
class JollydayRawDataTest {

    private final HolidayManager us = HolidayManager.getInstance(
            ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.UNITED_STATES));

    @Test
    void jollydayLacksFederalColumbusDay() {
        assertThat(us.isHoliday(LocalDate.of(2026, 10, 12))).isFalse();
        assertThat(us.isHoliday(LocalDate.of(2026, 10, 12), "ct")).isTrue();
    }

    @Test
    void jollydayMissesNewYearsDayObservedOnDecember31() {
        assertThat(us.isHoliday(LocalDate.of(2027, 12, 31))).isFalse();
        assertThat(us.isHoliday(LocalDate.of(2032, 12, 31), "ct")).isFalse();
    }

    @Test
    void jollydayDatesTheDayAfterThanksgivingAsTheFourthFriday() {
        assertThat(us.isHoliday(LocalDate.of(2024, 11, 22), "tx")).isTrue();
        assertThat(us.isHoliday(LocalDate.of(2024, 11, 29), "tx")).isFalse();
    }

    @Test
    void jollydayFilesStateHolidaysAsObservances() {
        // Patriots' Day (MA), Lincoln's Birthday (NY), Prince Kuhio Day (HI), Pioneer Day (UT)
        assertThat(us.isHoliday(LocalDate.of(2026, 4, 20), HolidayType.PUBLIC_HOLIDAY, "ma")).isFalse();
        assertThat(us.isHoliday(LocalDate.of(2026, 2, 12), HolidayType.PUBLIC_HOLIDAY, "ny")).isFalse();
        assertThat(us.isHoliday(LocalDate.of(2026, 3, 26), HolidayType.PUBLIC_HOLIDAY, "hi")).isFalse();
        assertThat(us.isHoliday(LocalDate.of(2026, 7, 24), HolidayType.PUBLIC_HOLIDAY, "ut")).isFalse();
    }

    @Test
    void jollydayLacksStateHolidaysTheCorrectionsAdd() {
        // New York's election day, DC Emancipation Day, Texas's December 26
        assertThat(us.isHoliday(LocalDate.of(2026, 11, 3), "ny")).isFalse();
        assertThat(us.isHoliday(LocalDate.of(2026, 4, 16), "dc")).isFalse();
        assertThat(us.isHoliday(LocalDate.of(2025, 12, 26), "tx")).isFalse();
        // DC's Columbus Day before 2019
        assertThat(us.isHoliday(LocalDate.of(2018, 10, 8), "dc")).isFalse();
    }

    @Test
    void jollydayGivesStatesFederalHolidaysTheyDoNotCloseFor() {
        // Juneteenth in Texas, Florida and Hawaii; Washington's Birthday in Florida; Hawaii's Discoverers' Day
        assertThat(us.isHoliday(LocalDate.of(2025, 6, 19), "tx")).isTrue();
        assertThat(us.isHoliday(LocalDate.of(2025, 6, 19), "fl")).isTrue();
        assertThat(us.isHoliday(LocalDate.of(2025, 6, 19), "hi")).isTrue();
        assertThat(us.isHoliday(LocalDate.of(2025, 2, 17), "fl")).isTrue();
        assertThat(us.isHoliday(LocalDate.of(2025, 10, 13), "hi")).isTrue();
    }

    @Test
    void jollydayMovesSaturdayHolidaysToFridayEverywhere() {
        // Massachusetts, New York, California and Texas keep their offices open on Friday, July 3, 2026
        assertThat(us.isHoliday(LocalDate.of(2026, 7, 3), "ma")).isTrue();
        assertThat(us.isHoliday(LocalDate.of(2026, 7, 3), "tx")).isTrue();
    }
}
