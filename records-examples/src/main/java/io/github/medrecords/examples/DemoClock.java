package io.github.medrecords.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock the demo moves forward by hand, so that a journey of several days runs in a second.
 */
final class DemoClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    DemoClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new DemoClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
