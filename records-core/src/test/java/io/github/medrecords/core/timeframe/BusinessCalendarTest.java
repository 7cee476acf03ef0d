package io.github.medrecords.core.timeframe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.practice.ExamplePractices;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final BusinessCalendar ct = ExamplePractices.connecticutOrthopaedics().businessCalendar();

    @Test
    void skipsWeekendsAndHolidays() {
        // Thu 2026-04-02 + 1: Good Friday 04-03 (R8.5), weekend -> Mon 04-06
        assertThat(ct.plusBusinessDays(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(ct.isBusinessDay(LocalDate.of(2026, 4, 3))).isFalse();
        assertThat(ct.isBusinessDay(LocalDate.of(2026, 2, 12))).as("Lincoln's Birthday").isFalse();
        assertThat(ct.isBusinessDay(LocalDate.of(2026, 3, 7))).as("Saturday").isFalse();
        assertThat(ct.isBusinessDay(LocalDate.of(2026, 3, 9))).isTrue();
    }

    @Test
    void addsAcrossNewYear() {
        // Wed 2026-12-23 + 3: Thu 24, (Fri 25 Christmas), Mon 28, Tue 29
        assertThat(ct.plusBusinessDays(LocalDate.of(2026, 12, 23), 3)).isEqualTo(LocalDate.of(2026, 12, 29));
        // Thu 2026-12-31 + 1: Fri 2027-01-01 is New Year's Day -> Mon 2027-01-04
        assertThat(ct.plusBusinessDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
        // Thu 2027-12-30 + 1: Fri 2027-12-31 observed New Year's Day 2028 (R8.4) -> Mon 2028-01-03
        assertThat(ct.plusBusinessDays(LocalDate.of(2027, 12, 30), 1)).isEqualTo(LocalDate.of(2028, 1, 3));
    }

    @Test
    void addsFromANonBusinessDayCountingTheNextBusinessDayAsFirst() {
        assertThat(ct.plusBusinessDays(LocalDate.of(2026, 3, 7), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(ct.plusBusinessDays(LocalDate.of(2026, 3, 7), 0)).isEqualTo(LocalDate.of(2026, 3, 7));
    }

    @Test
    void adjusterAddsBusinessDays() {
        assertThat(LocalDate.of(2026, 3, 6).with(ct.businessDaysLater(2))).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(LocalDate.of(2026, 3, 8).with(ct.lastBusinessDayOnOrBefore())).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void countsBusinessDaysBetweenExclusiveStartInclusiveEnd() {
        assertThat(ct.businessDaysBetween(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 29))).isEqualTo(3);
        assertThat(ct.businessDaysBetween(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 23))).isEqualTo(-3);
        assertThat(ct.businessDaysBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2))).isZero();
        // 2026 has 365 - 104 weekend days - 13 CT holidays (none on a weekend after observance) = 248
        assertThat(ct.businessDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31))).isEqualTo(248);
    }

    @Test
    void findsLastBusinessDayOnOrBefore() {
        assertThat(ct.lastBusinessDayOnOrBefore(LocalDate.of(2026, 4, 5))).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(ct.lastBusinessDayOnOrBefore(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(ct.nextBusinessDayOnOrAfter(LocalDate.of(2026, 4, 3))).isEqualTo(LocalDate.of(2026, 4, 6));
    }

    @Test
    void closuresAreNotBusinessDaysButCanBeLeftOut() {
        LocalDate moveDay = LocalDate.of(2026, 3, 10);
        BusinessCalendar closed = ct.withClosures(Set.of(moveDay));
        assertThat(closed.isBusinessDay(moveDay)).isFalse();
        assertThat(closed.plusBusinessDays(LocalDate.of(2026, 3, 9), 1)).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(closed.withoutClosures().isBusinessDay(moveDay)).isTrue();
        assertThat(closed.withoutClosures()).isEqualTo(ct);
    }

    @Test
    void weekendsOnlyWithoutHolidays() {
        BusinessCalendar plain = BusinessCalendar.of(NEW_YORK, HolidayCalendar.none());
        assertThat(plain.isBusinessDay(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(plain.plusBusinessDays(LocalDate.of(2026, 3, 6), 5)).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    void takesTheDateOfAnInstantInTheZone() {
        // 03:30 UTC on March 3 is 22:30 on March 2 in New York
        assertThat(ct.dateOf(Instant.parse("2026-03-03T03:30:00Z"))).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void refusesNegativeDaysAndYearsOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> ct.plusBusinessDays(LocalDate.of(2026, 3, 2), -1));
        assertThatIllegalArgumentException().isThrownBy(() -> ct.businessDaysLater(-1));
        assertThatExceptionOfType(DateTimeException.class)
                .isThrownBy(() -> ct.isBusinessDay(LocalDate.of(BusinessCalendar.MAX_YEAR + 1, 1, 1)));
    }

    @Test
    void unionAndFixedSetCalendars() {
        HolidayCalendar a = HolidayCalendar.of(LocalDate.of(2026, 3, 2));
        HolidayCalendar b = HolidayCalendar.of(Set.of(LocalDate.of(2026, 3, 3)));
        HolidayCalendar union = HolidayCalendar.union(a, b);
        assertThat(union.isHoliday(LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(union.isHoliday(LocalDate.of(2026, 3, 3))).isTrue();
        assertThat(union.isHoliday(LocalDate.of(2026, 3, 4))).isFalse();
        assertThat(HolidayCalendar.of(LocalDate.of(2026, 3, 2))).isEqualTo(a);
        assertThat(HolidayCalendar.of()).isEqualTo(HolidayCalendar.none());
    }
}
