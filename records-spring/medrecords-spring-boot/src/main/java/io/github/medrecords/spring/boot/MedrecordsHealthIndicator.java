package io.github.medrecords.spring.boot;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The {@code medrecords} health component: the outbox's backlog, its dead letters and the age of the
 * oldest message waiting. DOWN when the oldest waits longer than {@code medrecords.health.max-pending-age}
 * (the relay is stalled or its server unreachable) or, if set, when dead letters exceed
 * {@code medrecords.health.max-dead-letters}, and when the store cannot be read.
 */
public class MedrecordsHealthIndicator extends AbstractHealthIndicator {

    private final MedrecordsStatistics statistics;
    private final Clock clock;
    private final MedrecordsProperties.Health limits;

    /**
     * Creates the indicator.
     *
     * @param statistics  the store's counts, not null
     * @param clock  the clock, not null
     * @param limits  the thresholds, not null
     */
    public MedrecordsHealthIndicator(MedrecordsStatistics statistics, Clock clock,
            MedrecordsProperties.Health limits) {
        super("medrecords health check failed");
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MedrecordsStatistics.OutboxBacklog backlog = statistics.outbox();
        Duration age = backlog.oldestPending().map(t -> Duration.between(t, clock.instant())).orElse(Duration.ZERO);
        boolean stalled = age.compareTo(limits.getMaxPendingAge()) > 0;
        boolean tooManyDead = limits.getMaxDeadLetters() >= 0 && backlog.deadLetters() > limits.getMaxDeadLetters();
        builder.status(stalled || tooManyDead ? org.springframework.boot.actuate.health.Status.DOWN
                : org.springframework.boot.actuate.health.Status.UP)
                .withDetail("outboxPending", backlog.pending())
                .withDetail("deadLetters", backlog.deadLetters());
        backlog.oldestPending().ifPresent(t -> builder.withDetail("oldestPending", t.toString())
                .withDetail("oldestPendingAgeSeconds", age.toSeconds()));
        if (stalled) {
            builder.withDetail("reason", "the oldest message has waited longer than " + limits.getMaxPendingAge());
        } else if (tooManyDead) {
            builder.withDetail("reason", "more than " + limits.getMaxDeadLetters() + " dead letters");
        }
    }
}
