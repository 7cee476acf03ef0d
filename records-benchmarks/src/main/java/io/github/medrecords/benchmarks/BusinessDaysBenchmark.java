package io.github.medrecords.benchmarks;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.github.medrecords.calendar.jollyday.JollydayCalendars;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.timeframe.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Adding n business days in Connecticut (weekends and CT holidays from Jollyday): our
 * {@link BusinessCalendar}, with its per-year tables, against the naive loop that asks Jollyday about
 * each day. Start dates rotate over 2026-2027 so the results cannot be folded into constants.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BusinessDaysBenchmark {

    private static final int STARTS = 512;

    @Param({"1", "5", "10", "30"})
    int n;

    private BusinessCalendar calendar;
    private HolidayManager jollyday;
    private final LocalDate[] starts = new LocalDate[STARTS];
    private int next;

    @Setup
    public void setUp() {
        calendar = BusinessCalendar.of(ZoneId.of("America/New_York"), JollydayCalendars.usState(UsState.CT));
        jollyday = HolidayManager.getInstance(
                ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.UNITED_STATES));
        for (int i = 0; i < STARTS; i++) {
            starts[i] = LocalDate.of(2026, 1, 1).plusDays(i);
            calendar.plusBusinessDays(starts[i], 30); // fill the year tables before measuring
        }
    }

    private LocalDate nextStart() {
        next = (next + 1) & (STARTS - 1);
        return starts[next];
    }

    @Benchmark
    public LocalDate ours() {
        return calendar.plusBusinessDays(nextStart(), n);
    }

    @Benchmark
    public LocalDate naiveJollydayLoop() {
        LocalDate d = nextStart();
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            DayOfWeek dow = d.getDayOfWeek();
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !jollyday.isHoliday(d, "ct")) {
                left--;
            }
        }
        return d;
    }
}
