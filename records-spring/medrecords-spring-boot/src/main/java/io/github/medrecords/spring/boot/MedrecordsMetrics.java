package io.github.medrecords.spring.boot;

import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.workflow.RequestStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Micrometer metrics: {@code medrecords.requests} by practice and status, {@code medrecords.requests.overdue}
 * by practice, {@code medrecords.outbox.pending} and {@code medrecords.outbox.dead} (gauges read from the
 * store, each read reused for {@code medrecords.metrics.refresh}), and {@code medrecords.relay.sends} by
 * channel and outcome (sent, failed), counted as the relay sends.
 */
public class MedrecordsMetrics implements MeterBinder, NotificationSendListener {

    private final MedrecordsStatistics statistics;
    private final List<PracticeProfile> practices;
    private final Clock clock;
    private final Duration refresh;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private volatile MeterRegistry registry;

    /**
     * Creates the metrics.
     *
     * @param statistics  the store's counts, not null
     * @param practices  the practices to count, not null
     * @param clock  the clock, not null
     * @param refresh  how long a read is reused, not null
     */
    public MedrecordsMetrics(MedrecordsStatistics statistics, List<PracticeProfile> practices, Clock clock,
            Duration refresh) {
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.practices = List.copyOf(practices);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refresh = Objects.requireNonNull(refresh, "refresh");
    }

    @Override
    public void bindTo(MeterRegistry meterRegistry) {
        this.registry = meterRegistry;
        for (PracticeProfile p : practices) {
            String id = p.id().value();
            for (RequestStatus s : RequestStatus.values()) {
                Gauge.builder("medrecords.requests", () -> cached("status:" + id,
                        () -> statistics.requestsByStatus(p.id())).get(s))
                        .description("Requests by status").tag("practice", id).tag("status", s.name())
                        .register(meterRegistry);
            }
            Gauge.builder("medrecords.requests.overdue", () -> cached("overdue:" + id,
                    () -> statistics.overdue(p.id(), p.businessCalendar().dateOf(clock.instant()))))
                    .description("Open requests past their binding legal date").tag("practice", id)
                    .register(meterRegistry);
        }
        Gauge.builder("medrecords.outbox.pending", () -> cached("outbox", statistics::outbox).pending())
                .description("Notifications waiting to be sent").register(meterRegistry);
        Gauge.builder("medrecords.outbox.dead", () -> cached("outbox", statistics::outbox).deadLetters())
                .description("Notifications given up after their last attempt").register(meterRegistry);
    }

    @Override
    public void sent(OutboxMessage message) {
        count(message, "sent");
    }

    @Override
    public void failed(OutboxMessage message, RuntimeException failure) {
        count(message, "failed");
    }

    private void count(OutboxMessage message, String outcome) {
        MeterRegistry r = registry;
        if (r != null) {
            Counter.builder("medrecords.relay.sends").description("Notification send attempts by the relay")
                    .tag("channel", message.channel().name()).tag("outcome", outcome).register(r).increment();
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, Supplier<T> read) {
        Instant now = clock.instant();
        Cached c = cache.get(key);
        if (c == null || !now.isBefore(c.readAt.plus(refresh))) {
            c = new Cached(read.get(), now);
            cache.put(key, c);
        }
        return (T) c.value;
    }

    private record Cached(Object value, Instant readAt) {
    }
}
