package io.github.medrecords.core.practice;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.timeframe.HolidayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnecticutHolidaysTest {

    private final HolidayCalendar ct = ConnecticutHolidays.calendar();

    private List<LocalDate> holidaysOf(int year) {
        List<LocalDate> found = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (ct.isHoliday(d)) {
                found.add(d);
            }
        }
        return found;
    }

    @Test
    void findsEasterByTheGregorianComputus() {
        assertThat(ConnecticutHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(ConnecticutHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(ConnecticutHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(ConnecticutHolidays.easterSunday(2049)).isEqualTo(LocalDate.of(2049, 4, 18));
        assertThat(ConnecticutHolidays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
    }

    @Test
    void neverRunsOutOfYears() {
        // 2045: New Year's Day on a Sunday is observed Monday January 2; Christmas on a Monday.
        assertThat(holidaysOf(2045)).containsExactly(LocalDate.of(2045, 1, 2), LocalDate.of(2045, 1, 16),
                LocalDate.of(2045, 2, 13), LocalDate.of(2045, 2, 20), LocalDate.of(2045, 4, 7),
                LocalDate.of(2045, 5, 29), LocalDate.of(2045, 6, 19), LocalDate.of(2045, 7, 4),
                LocalDate.of(2045, 9, 4), LocalDate.of(2045, 10, 9), LocalDate.of(2045, 11, 10),
                LocalDate.of(2045, 11, 23), LocalDate.of(2045, 12, 25));
        assertThat(holidaysOf(2099)).hasSize(13);
    }

    @Test
    void observesASaturdayNewYearsDayOnTheFridayBefore() {
        assertThat(ct.isHoliday(LocalDate.of(2038, 12, 31))).isTrue();
        assertThat(ct.isHoliday(LocalDate.of(2039, 1, 1))).isFalse();
        assertThat(holidaysOf(2039)).hasSize(12);
    }
}
