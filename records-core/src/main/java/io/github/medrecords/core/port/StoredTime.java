package io.github.medrecords.core.port;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The precision of the times a store keeps: a microsecond, the finest an SQL timestamp holds on
 * PostgreSQL and H2. The services read their clocks through {@link #clock(Clock)}, so a time they record
 * (a history entry's, a disclosure's, a notice's) reads back from any store as it was recorded, and a
 * saved request loads equal to the one saved, also on a system clock that counts nanoseconds.
 */
public final class StoredTime {

    /** The precision a store keeps. */
    public static final Duration PRECISION = Duration.ofNanos(1_000);

    private StoredTime() {
    }

    /**
     * Returns a clock that reads the given one to the whole microsecond (earlier, never later).
     *
     * @param clock  the clock, not null
     * @return the clock at the store's precision, in the clock's zone, not null
     */
    public static Clock clock(Clock clock) {
        return Clock.tick(Objects.requireNonNull(clock, "clock"), PRECISION);
    }
}
