package io.github.medrecords.core.timeframe;

import io.github.medrecords.core.request.DeliveryMethod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The practice's turnaround: its promise per delivery method, counted in its business days from
 * the moment a request is complete (authorization and identity in hand, fee settled where
 * required). A request completed at or after the cut-off time, or on a day the practice is
 * closed, counts from the next business day.
 *
 * <p>Immutable and thread-safe.
 */
public final class Turnaround {

    private final BusinessCalendar calendar;
    private final TurnaroundPromise promise;
    private final LocalTime cutOff;

    private Turnaround(BusinessCalendar calendar, TurnaroundPromise promise, LocalTime cutOff) {
        this.calendar = calendar;
        this.promise = promise;
        this.cutOff = cutOff;
    }

    /**
     * Returns the turnaround of a practice.
     *
     * @param calendar  the practice's business calendar, not null
     * @param promise  the promise per delivery method, not null
     * @param cutOff  the local time from which a completed request counts from the next business
     *     day, not null
     * @return the turnaround, not null
     */
    public static Turnaround of(BusinessCalendar calendar, TurnaroundPromise promise, LocalTime cutOff) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(promise, "promise");
        Objects.requireNonNull(cutOff, "cutOff");
        return new Turnaround(calendar, promise, cutOff);
    }

    /**
     * Returns the business day from which the turnaround counts for a request completed at an
     * instant: the day itself if it is a business day and the time is before the cut-off, else the
     * next business day.
     *
     * @param completedAt  when the request became complete, not null
     * @return the business day the count starts from, not null
     */
    public LocalDate countingFrom(Instant completedAt) {
        Objects.requireNonNull(completedAt, "completedAt");
        ZonedDateTime local = completedAt.atZone(calendar.zone());
        LocalDate day = local.toLocalDate();
        if (calendar.isBusinessDay(day) && local.toLocalTime().isBefore(cutOff)) {
            return day;
        }
        return calendar.plusBusinessDays(day, 1);
    }

    /**
     * Returns when copies are expected to be ready for a request completed at an instant.
     *
     * @param completedAt  when the request became complete, not null
     * @param method  how the copies are delivered, not null
     * @return the window, not null
     */
    public ReadyWindow expectedReady(Instant completedAt, DeliveryMethod method) {
        Objects.requireNonNull(method, "method");
        LocalDate from = countingFrom(completedAt);
        TurnaroundDays days = promise.forMethod(method);
        return new ReadyWindow(method, from, calendar.plusBusinessDays(from, days.fewest()),
                calendar.plusBusinessDays(from, days.most()));
    }

    /**
     * Returns the business calendar.
     *
     * @return the calendar, not null
     */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * Returns the promise per delivery method.
     *
     * @return the promise, not null
     */
    public TurnaroundPromise promise() {
        return promise;
    }

    /**
     * Returns the cut-off time.
     *
     * @return the cut-off, not null
     */
    public LocalTime cutOff() {
        return cutOff;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Turnaround other && calendar.equals(other.calendar)
                && promise.equals(other.promise) && cutOff.equals(other.cutOff);
    }

    @Override
    public int hashCode() {
        return Objects.hash(calendar, promise, cutOff);
    }

    @Override
    public String toString() {
        return "Turnaround[" + promise + ", cut-off " + cutOff + "]";
    }
}
