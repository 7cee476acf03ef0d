package io.github.medrecords.calendar.jollyday;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.HolidayManager;
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
}
