package io.github.medrecords.testkit.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.notification.NotificationRelay;
import io.github.medrecords.core.notification.RelayReport;
import io.github.medrecords.core.notification.RetryPolicy;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.DeliveryState;
import io.github.medrecords.core.port.NotificationException;
import io.github.medrecords.core.port.NotificationSender;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.Transition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The notification relay on an adapter's outbox: what every store must support for delivery to be
 * at least once, with the same idempotency key on every attempt and never two senders at once.
 * An adapter's test extends this class and implements {@link #createStorage()}, returning an empty
 * store each time.
 */
public abstract class NotificationRelayContract {

    private static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(1);

    private final RequestCases cases = RequestCases.of(23);

    /**
     * For subclasses.
     */
    protected NotificationRelayContract() {
    }

    /**
     * Creates an empty store whose outbox receives the messages its repository saves.
     *
     * @return the store's ports, not null
     */
    protected abstract StoragePorts createStorage();

    @Test
    public void deliversOnTheThirdAttemptWithTheSameKeyEachTime() {
        StoragePorts s = createStorage();
        OutboxMessage m = save(s, 1).get(0);
        MovingClock clock = new MovingClock(T0);
        RecordingSender sender = new RecordingSender(2);
        NotificationRelay relay = relay(s, clock, sender, "relay-a", 5);

        assertThat(relay.runOnce().retried()).isEqualTo(1);
        assertThat(relay.runOnce().claimed()).as("not before its next attempt").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(relay.runOnce().retried()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(2));
        RelayReport third = relay.runOnce();

        assertThat(third.delivered()).isEqualTo(1);
        assertThat(sender.keys).containsExactly(m.idempotencyKey(), m.idempotencyKey(), m.idempotencyKey());
        OutboxMessage stored = s.outbox().find(m.id()).orElseThrow();
        assertThat(stored.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(stored.attempts()).isGreaterThanOrEqualTo(2);
    }

    @Test
    public void resendsWithTheSameKeyAfterACrashBetweenSendingAndMarking() {
        StoragePorts s = createStorage();
        OutboxMessage m = save(s, 1).get(0);
        // A relay claimed and sent the message, then died before marking it.
        assertThat(s.outbox().claim("crashed-relay", 10, T0, LEASE)).hasSize(1);
        MovingClock clock = new MovingClock(T0.plusSeconds(30));
        RecordingSender sender = new RecordingSender(0);
        NotificationRelay relay = relay(s, clock, sender, "relay-b", 5);

        assertThat(relay.runOnce().claimed()).as("still leased to the crashed relay").isZero();
        clock.advance(LEASE);
        assertThat(relay.runOnce().delivered()).isEqualTo(1);

        assertThat(sender.keys).containsExactly(m.idempotencyKey());
        assertThat(s.outbox().find(m.id()).orElseThrow().state()).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    public void twoRelaysNeverSendTheSameMessageInsideOneLease() throws Exception {
        StoragePorts s = createStorage();
        List<OutboxMessage> messages = save(s, 12);
        RecordingSender sender = new RecordingSender(0);
        MovingClock clock = new MovingClock(T0);
        NotificationRelay a = relay(s, clock, sender, "relay-a", 5);
        NotificationRelay b = relay(s, clock, sender, "relay-b", 5);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (NotificationRelay relay : List.of(a, b)) {
                runs.add(pool.submit(() -> {
                    start.await();
                    int delivered = 0;
                    for (int i = 0; i < 10; i++) {
                        delivered += relay.runOnce().delivered();
                    }
                    return delivered;
                }));
            }
            start.countDown();
            int delivered = 0;
            for (Future<Integer> run : runs) {
                delivered += run.get(60, TimeUnit.SECONDS);
            }
            assertThat(delivered).isEqualTo(messages.size());
        } finally {
            pool.shutdownNow();
        }
        assertThat(sender.keys).hasSize(messages.size()).doesNotHaveDuplicates();
    }

    @Test
    public void deadLettersAfterTheLastAttemptAndDeliversWhenRequeued() {
        StoragePorts s = createStorage();
        OutboxMessage m = save(s, 1).get(0);
        MovingClock clock = new MovingClock(T0);
        RecordingSender sender = new RecordingSender(Integer.MAX_VALUE);
        NotificationRelay relay = relay(s, clock, sender, "relay-a", 2);

        relay.runOnce();
        clock.advance(Duration.ofSeconds(5));
        assertThat(relay.runOnce().deadLettered()).isEqualTo(1);
        assertThat(relay.deadLetters(10)).extracting(OutboxMessage::id).containsExactly(m.id());
        clock.advance(Duration.ofHours(1));
        assertThat(relay.runOnce().claimed()).as("a dead letter is not retried").isZero();

        sender.failures.set(0);
        assertThat(relay.requeue(m.id())).isTrue();
        assertThat(relay.runOnce().delivered()).isEqualTo(1);
        assertThat(sender.keys).containsOnly(m.idempotencyKey()).hasSize(3);
        assertThat(relay.deadLetters(10)).isEmpty();
    }

    private NotificationRelay relay(StoragePorts s, Clock clock, NotificationSender sender, String id, int attempts) {
        return NotificationRelay.builder(s.outbox())
                .sender(sender)
                .retryPolicy(RetryPolicy.of(Duration.ofSeconds(1), Duration.ofSeconds(4), attempts, 0.0))
                .clock(clock)
                .relayId(id)
                .lease(LEASE)
                .leaseMargin(Duration.ofSeconds(5))
                .batchSize(3)
                .build();
    }

    private List<OutboxMessage> save(StoragePorts s, int count) {
        Transition t = cases.submit(s.repository().nextNumber(cases.practiceId(), 2026), T0.minusSeconds(60));
        RequestCase request = t.after();
        List<OutboxMessage> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            messages.add(cases.message(request, T0.minusSeconds(count - i)));
        }
        s.repository().save(List.of(cases.changeSet(t, messages, List.of())));
        return messages;
    }

    /**
     * A sender of the messages' own channel that fails a number of times, then records every key it sends.
     */
    private static final class RecordingSender implements NotificationSender {
        private final AtomicInteger failures;
        private final List<String> keys = Collections.synchronizedList(new ArrayList<>());
        private final ConcurrentHashMap<String, Boolean> inFlight = new ConcurrentHashMap<>();

        RecordingSender(int failures) {
            this.failures = new AtomicInteger(failures);
        }

        @Override
        public Channel channel() {
            return Channel.WEBHOOK;
        }

        @Override
        public void send(OutboxMessage message) {
            if (inFlight.putIfAbsent(message.idempotencyKey(), Boolean.TRUE) != null) {
                throw new AssertionError("Two relays sent one message at once");
            }
            try {
                keys.add(message.idempotencyKey());
                if (failures.getAndDecrement() > 0) {
                    throw new NotificationException("Receiver unavailable", true, null, null);
                }
            } finally {
                inFlight.remove(message.idempotencyKey());
            }
        }
    }

    /**
     * A clock the test moves by hand.
     */
    private static final class MovingClock extends Clock {
        private final AtomicReference<Instant> now;

        MovingClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration d) {
            now.updateAndGet(t -> t.plus(d));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
