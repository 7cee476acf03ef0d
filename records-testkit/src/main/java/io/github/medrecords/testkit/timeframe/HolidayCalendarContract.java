package io.github.medrecords.testkit.timeframe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.medrecords.core.timeframe.BusinessCalendar;
import io.github.medrecords.core.timeframe.HolidayCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link HolidayCalendar} implementation must pass. An adapter's test extends
 * this class and implements {@link #createCalendar()}, {@link #knownHolidays()} and
 * {@link #knownNonHolidays()}.
 *
 * <p>It checks the interface's implementation requirements: known holidays and working days are
 * answered right, answers are deterministic and the same from several threads, every date of the
 * years 1900 to 2199 is answered, null is refused, calendars built the same way are equal, and a
 * {@link BusinessCalendar} over the calendar never lands on a holiday.
 */
public abstract class HolidayCalendarContract {

    /**
     * For subclasses.
     */
    protected HolidayCalendarContract() {
    }

    /**
     * Creates the calendar under test; called once per test, and twice by the equality test.
     *
     * @return a new or shared calendar, not null
     */
    protected abstract HolidayCalendar createCalendar();

    /**
     * Returns observed holidays the calendar must report.
     *
     * @return at least one date, not null
     */
    protected abstract Set<LocalDate> knownHolidays();

    /**
     * Returns weekdays that the calendar must not report as holidays.
     *
     * @return at least one date, not null
     */
    protected abstract Set<LocalDate> knownNonHolidays();

    @Test
    void reportsEveryKnownHoliday() {
        HolidayCalendar calendar = createCalendar();
        assertThat(knownHolidays()).isNotEmpty()
                .allSatisfy(date -> assertThat(calendar.isHoliday(date)).as("holiday on %s", date).isTrue());
    }

    @Test
    void reportsNoKnownWorkingDayAsHoliday() {
        HolidayCalendar calendar = createCalendar();
        assertThat(knownNonHolidays()).isNotEmpty()
                .allSatisfy(date -> assertThat(calendar.isHoliday(date)).as("holiday on %s", date).isFalse());
    }

    @Test
    void answersTheSameEveryTimeAndFromManyThreads() {
        HolidayCalendar calendar = createCalendar();
        LocalDate first = knownHolidays().iterator().next().withDayOfYear(1);
        List<LocalDate> days = IntStream.range(0, first.lengthOfYear()).mapToObj(first::plusDays)
                .collect(Collectors.toList());
        Set<LocalDate> sequential = days.stream().filter(calendar::isHoliday).collect(Collectors.toSet());
        Set<LocalDate> parallel = days.parallelStream().filter(calendar::isHoliday).collect(Collectors.toSet());
        Set<LocalDate> again = days.stream().filter(calendar::isHoliday).collect(Collectors.toSet());
        assertThat(parallel).isEqualTo(sequential);
        assertThat(again).isEqualTo(sequential);
    }

    @Test
    void answersForEveryYearFrom1900To2199() {
        HolidayCalendar calendar = createCalendar();
        for (int year = 1900; year <= 2199; year += 13) {
            calendar.isHoliday(LocalDate.of(year, 7, 1));
        }
        calendar.isHoliday(LocalDate.of(1900, 1, 1));
        calendar.isHoliday(LocalDate.of(2199, 12, 31));
    }

    @Test
    void refusesNullDate() {
        HolidayCalendar calendar = createCalendar();
        assertThatNullPointerException().isThrownBy(() -> calendar.isHoliday(null));
    }

    @Test
    void equalsACalendarBuiltTheSameWay() {
        HolidayCalendar one = createCalendar();
        HolidayCalendar two = createCalendar();
        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    }

    @Test
    void businessDaysOverTheCalendarSkipEveryKnownHoliday() {
        BusinessCalendar business = BusinessCalendar.of(ZoneId.of("America/New_York"), createCalendar());
        for (LocalDate holiday : knownHolidays()) {
            assertThat(business.isBusinessDay(holiday)).as("business day on %s", holiday).isFalse();
            LocalDate dayBefore = holiday.minusDays(1);
            assertThat(business.plusBusinessDays(dayBefore, 1)).isNotEqualTo(holiday);
        }
    }
}
