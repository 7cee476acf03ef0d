package io.github.medrecords.testkit.timeframe;

import io.github.medrecords.core.timeframe.HolidayCalendar;
import java.time.LocalDate;
import java.util.Set;

class UnionHolidayCalendarContractTest extends HolidayCalendarContract {

    private static final LocalDate PRACTICE_STAFF_DAY = LocalDate.of(2026, 8, 14);

    @Override
    protected HolidayCalendar createCalendar() {
        return HolidayCalendar.union(HolidayCalendar.of(ExpectedHolidays.usFederal().keySet()),
                HolidayCalendar.of(PRACTICE_STAFF_DAY));
    }

    @Override
    protected Set<LocalDate> knownHolidays() {
        return Set.of(PRACTICE_STAFF_DAY, LocalDate.of(2026, 10, 12), LocalDate.of(2027, 12, 31));
    }

    @Override
    protected Set<LocalDate> knownNonHolidays() {
        return Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 2, 12), LocalDate.of(2026, 8, 13));
    }
}
