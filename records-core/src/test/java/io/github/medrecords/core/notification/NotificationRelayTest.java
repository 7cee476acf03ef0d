package io.github.medrecords.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.DeliveryState;
import io.github.medrecords.core.port.MessageId;
import io.github.medrecords.core.port.NotificationException;
import io.github.medrecords.core.port.NotificationOutbox;
import io.github.medrecords.core.port.NotificationSender;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.RequestNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class NotificationRelayTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final RetryPolicy NO_JITTER = RetryPolicy.of(Duration.ofSeconds(1), Duration.ofSeconds(5), 4, 0.0);

    private final MutableClock clock = new MutableClock(T0);
    private final FakeOutbox outbox = new FakeOutbox();

    private static OutboxMessage message(String key, Channel channel, Instant at) {
        return OutboxMessage.pending(key, PracticeId.of("seed"), RequestNumber.of(2026, 1), EventType.SUBMITTED,
                channel, channel == Channel.LETTER ? "letter" : "pat@example.org", Map.of("requestNumber",
                        "2026-000001"), at);
    }

    private OutboxMessage enqueue(String key) {
        OutboxMessage m = message(key, Channel.EMAIL, T0);
        outbox.add(m);
        return m;
    }

    private NotificationRelay.Builder relay(NotificationSender sender) {
        return NotificationRelay.builder(outbox).sender(sender).clock(clock).retryPolicy(NO_JITTER)
                .lease(Duration.ofMinutes(1)).leaseMargin(Duration.ofSeconds(5)).relayId("relay-a");
    }

    private DeliveryState state(OutboxMessage m) {
        return outbox.find(m.id()).orElseThrow().state();
    }

    private Instant nextAttempt(OutboxMessage m) {
        return outbox.find(m.id()).orElseThrow().nextAttemptAt();
    }

    /** Records every key it is asked to send; fails the first {@code failures} times. */
    private static final class ScriptedSender implements NotificationSender {
        final List<String> keys = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger failures;
        final NotificationException failure;

        ScriptedSender(int failures, NotificationException failure) {
            this.failures = new AtomicInteger(failures);
            this.failure = failure;
        }

        @Override
        public Channel channel() {
            return Channel.EMAIL;
        }

        @Override
        public void send(OutboxMessage m) {
            keys.add(m.idempotencyKey());
            if (failures.getAndDecrement() > 0) {
                throw failure;
            }
        }
    }

    private static NotificationException transientFailure() {
        return new NotificationException("Server busy", true, null, null);
    }

    @Test
    void deadLettersAMessageWhosePayloadBreaksTheContractAtOnceWithAReasonFreeOfPatientData() {
        OutboxMessage m = OutboxMessage.pending("bad", PracticeId.of("seed"), RequestNumber.of(2026, 1),
                EventType.PAID, Channel.EMAIL, "pat@example.org", Map.of("requestNumber", "2026-000001",
                        "amountDue", "Jane Doe, born 1970-01-01", "language", "es"), T0);
        outbox.add(m);
        List<String> sent = new ArrayList<>();
        NotificationSender contractReader = new NotificationSender() {
            @Override
            public Channel channel() {
                return Channel.EMAIL;
            }

            @Override
            public void send(OutboxMessage message) {
                NotificationPayload.read(message);
                sent.add(message.idempotencyKey());
            }
        };

        RelayReport report = relay(contractReader).build().runOnce();

        assertThat(report.deadLettered()).isEqualTo(1);
        assertThat(sent).isEmpty();
        OutboxMessage dead = outbox.find(m.id()).orElseThrow();
        assertThat(dead.state()).isEqualTo(DeliveryState.DEAD);
        assertThat(dead.attempts()).isEqualTo(1);
        assertThat(dead.lastError()).hasValueSatisfying(e -> assertThat(e)
                .startsWith("Invalid payload for PAID by EMAIL: ")
                .contains("key practice is missing", "key amount is missing",
                        "key amountDue is not an amount with two decimals")
                .doesNotContain("Jane", "1970", "pat@example.org"));
    }

    @Test
    void deliversAPendingMessageAndMarksItDelivered() {
        OutboxMessage m = enqueue("k1");
        ScriptedSender sender = new ScriptedSender(0, null);

        RelayReport report = relay(sender).build().runOnce();

        assertThat(report).isEqualTo(new RelayReport(1, 1, 0, 0, 0));
        assertThat(sender.keys).containsExactly("k1");
        assertThat(state(m)).isEqualTo(DeliveryState.DELIVERED);
        assertThat(relay(sender).build().runOnce()).isEqualTo(RelayReport.EMPTY);
    }

    @Test
    void retriesASenderThatFailsTwiceThenSucceedsWithTheSameKey() {
        OutboxMessage m = enqueue("k1");
        ScriptedSender sender = new ScriptedSender(2, transientFailure());
        NotificationRelay relay = relay(sender).build();

        assertThat(relay.runOnce().retried()).isEqualTo(1);
        assertThat(nextAttempt(m)).isEqualTo(T0.plusSeconds(1));
        assertThat(relay.runOnce()).isEqualTo(RelayReport.EMPTY);
        clock.advance(Duration.ofSeconds(1));
        assertThat(relay.runOnce().retried()).isEqualTo(1);
        assertThat(nextAttempt(m)).isEqualTo(T0.plusSeconds(1 + 2));
        clock.advance(Duration.ofSeconds(2));
        assertThat(relay.runOnce().delivered()).isEqualTo(1);

        assertThat(sender.keys).containsExactly("k1", "k1", "k1");
        assertThat(state(m)).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void sendsAgainWithTheSameKeyAfterTheLeaseOfACrashedRelayRunsOut() {
        OutboxMessage m = enqueue("k1");
        ScriptedSender sender = new ScriptedSender(0, null);
        NotificationOutbox crashesBeforeMarking = new ForwardingOutbox(outbox) {
            @Override
            public boolean markDelivered(MessageId id, String relayId, Instant at) {
                throw new IllegalStateException("process died");
            }
        };
        NotificationRelay crashing = NotificationRelay.builder(crashesBeforeMarking).sender(sender).clock(clock)
                .lease(Duration.ofMinutes(1)).leaseMargin(Duration.ofSeconds(5)).relayId("relay-a").build();
        NotificationRelay survivor = relay(sender).relayId("relay-b").build();

        try {
            crashing.runOnce();
        } catch (IllegalStateException expected) {
            // the crash
        }
        assertThat(survivor.runOnce().claimed()).as("the lease still holds").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(survivor.runOnce().delivered()).isEqualTo(1);

        assertThat(sender.keys).containsExactly("k1", "k1");
        assertThat(state(m)).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void twoRelaysOnOneOutboxNeverSendTheSameMessageInsideOneLease() throws Exception {
        List<OutboxMessage> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            all.add(enqueue("k" + i));
        }
        Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
        NotificationSender counting = new NotificationSender() {
            @Override
            public Channel channel() {
                return Channel.EMAIL;
            }

            @Override
            public void send(OutboxMessage m) {
                sends.computeIfAbsent(m.idempotencyKey(), k -> new AtomicInteger()).incrementAndGet();
                Thread.onSpinWait();
            }
        };
        NotificationRelay a = relay(counting).relayId("relay-a").batchSize(3).build();
        NotificationRelay b = relay(counting).relayId("relay-b").batchSize(3).build();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (NotificationRelay r : List.of(a, b)) {
                runs.add(pool.submit(() -> {
                    int delivered = 0;
                    for (RelayReport report = r.runOnce(); report.claimed() > 0; report = r.runOnce()) {
                        delivered += report.delivered();
                    }
                    return delivered;
                }));
            }
            int total = runs.get(0).get(10, TimeUnit.SECONDS) + runs.get(1).get(10, TimeUnit.SECONDS);
            assertThat(total).isEqualTo(60);
        } finally {
            pool.shutdownNow();
        }
        assertThat(sends).hasSize(60);
        assertThat(sends.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(all).allSatisfy(m -> assertThat(state(m)).isEqualTo(DeliveryState.DELIVERED));
    }

    @Test
    void leavesAMessageWhoseLeaseIsNearlyOver() {
        OutboxMessage first = enqueue("k1");
        OutboxMessage second = message("k2", Channel.EMAIL, T0);
        outbox.add(second);
        NotificationSender slow = new NotificationSender() {
            @Override
            public Channel channel() {
                return Channel.EMAIL;
            }

            @Override
            public void send(OutboxMessage m) {
                clock.advance(Duration.ofSeconds(56));
            }
        };

        RelayReport report = relay(slow).build().runOnce();

        assertThat(report).isEqualTo(new RelayReport(2, 1, 0, 0, 1));
        assertThat(state(first)).isEqualTo(DeliveryState.DELIVERED);
        assertThat(state(second)).isEqualTo(DeliveryState.PENDING);
        assertThat(outbox.find(second.id()).orElseThrow().attempts()).isZero();
    }

    @Test
    void deadLettersAfterTheLastAttemptAndStaffRequeueIt() {
        OutboxMessage m = enqueue("k1");
        ScriptedSender sender = new ScriptedSender(4, transientFailure());
        NotificationRelay relay = relay(sender).build();

        for (int i = 0; i < 3; i++) {
            assertThat(relay.runOnce().retried()).isEqualTo(1);
            clock.advance(Duration.ofSeconds(5));
        }
        assertThat(relay.runOnce().deadLettered()).isEqualTo(1);
        assertThat(state(m)).isEqualTo(DeliveryState.DEAD);
        clock.advance(Duration.ofHours(1));
        assertThat(relay.runOnce()).isEqualTo(RelayReport.EMPTY);

        assertThat(relay.deadLetters(10)).extracting(OutboxMessage::id).containsExactly(m.id());
        assertThat(relay.deadLetters(10).get(0).lastError()).contains("Server busy");
        assertThat(relay.requeue(m.id())).isTrue();
        assertThat(relay.requeue(m.id())).isFalse();
        assertThat(relay.deadLetters(10)).isEmpty();
        assertThat(relay.runOnce().delivered()).isEqualTo(1);
        assertThat(sender.keys).hasSize(5).containsOnly("k1");
    }

    @Test
    void deadLettersAtOnceWhenTheSenderSaysARetryCannotSucceed() {
        OutboxMessage m = enqueue("k1");
        ScriptedSender sender = new ScriptedSender(1, new NotificationException("Rejected", false, null, null));

        assertThat(relay(sender).build().runOnce().deadLettered()).isEqualTo(1);

        assertThat(state(m)).isEqualTo(DeliveryState.DEAD);
        assertThat(sender.keys).hasSize(1);
    }

    @Test
    void honoursARetryAfterLongerThanTheBackoff() {
        OutboxMessage m = enqueue("k1");
        ScriptedSender sender = new ScriptedSender(1,
                new NotificationException("Slow down", true, Duration.ofMinutes(10), null));

        relay(sender).build().runOnce();

        assertThat(nextAttempt(m)).isEqualTo(T0.plus(Duration.ofMinutes(10)));
    }

    @Test
    void capsARetryAfterAtTheConfiguredLimit() {
        OutboxMessage m = enqueue("k1");
        ScriptedSender sender = new ScriptedSender(1,
                new NotificationException("Slow down", true, Duration.ofDays(30), null));

        relay(sender).retryAfterLimit(Duration.ofHours(2)).build().runOnce();

        assertThat(nextAttempt(m)).isEqualTo(T0.plus(Duration.ofHours(2)));
    }

    @Test
    void backoffGrowsAndIsCapped() {
        OutboxMessage m = enqueue("k1");
        ScriptedSender sender = new ScriptedSender(100, transientFailure());
        NotificationRelay relay = relay(sender).retryPolicy(NO_JITTER.withMaxAttempts(10)).build();
        List<Duration> delays = new ArrayList<>();

        for (int i = 0; i < 5; i++) {
            Instant before = clock.instant();
            relay.runOnce();
            Duration delay = Duration.between(before, nextAttempt(m));
            delays.add(delay);
            clock.advance(delay);
        }

        assertThat(delays).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void jitterComesFromTheInjectedGenerator() {
        OutboxMessage m = enqueue("k1");
        ScriptedSender sender = new ScriptedSender(1, transientFailure());
        RandomGenerator half = new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return 0.5;
            }
        };

        relay(sender).retryPolicy(NO_JITTER.withBase(Duration.ofSeconds(4)).withJitter(0.5)).random(half).build()
                .runOnce();

        assertThat(nextAttempt(m)).isEqualTo(T0.plusSeconds(3));
    }

    @Test
    void keepsOnlyTheTypeOfAnUnexpectedFailureAndRetriesIt() {
        OutboxMessage m = enqueue("k1");
        NotificationSender broken = new NotificationSender() {
            @Override
            public Channel channel() {
                return Channel.EMAIL;
            }

            @Override
            public void send(OutboxMessage message) {
                throw new IllegalStateException("Jane Doe, born 1970-01-01");
            }
        };

        assertThat(relay(broken).build().runOnce().retried()).isEqualTo(1);

        assertThat(outbox.find(m.id()).orElseThrow().lastError())
                .hasValue("Sender failed: java.lang.IllegalStateException");
    }

    @Test
    void handsLettersToTheLetterSenderAndDeadLettersAChannelWithoutSender() {
        OutboxMessage letter = message("k-letter", Channel.LETTER, T0);
        OutboxMessage webhook = message("k-hook", Channel.WEBHOOK, T0);
        outbox.add(letter);
        outbox.add(webhook);
        List<String> printed = new ArrayList<>();

        RelayReport report = relay(new ScriptedSender(0, null)).letterSender(l -> printed.add(l.idempotencyKey()))
                .build().runOnce();

        assertThat(report).isEqualTo(new RelayReport(2, 1, 0, 1, 0));
        assertThat(printed).containsExactly("k-letter");
        assertThat(outbox.find(webhook.id()).orElseThrow().lastError())
                .hasValue("No sender is configured for channel WEBHOOK");
    }

    @Test
    void lettersGoToTheLoggingSenderByDefault() {
        OutboxMessage letter = message("k-letter", Channel.LETTER, T0);
        outbox.add(letter);

        assertThat(relay(new ScriptedSender(0, null)).build().runOnce().delivered()).isEqualTo(1);
        assertThat(state(letter)).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void theLoopDeliversAndStopsAfterFinishingTheMessageInHand() throws Exception {
        OutboxMessage first = enqueue("k1");
        OutboxMessage second = message("k2", Channel.EMAIL, T0);
        outbox.add(second);
        CountDownLatch inHand = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        NotificationSender blocking = new NotificationSender() {
            @Override
            public Channel channel() {
                return Channel.EMAIL;
            }

            @Override
            public void send(OutboxMessage m) {
                inHand.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        NotificationRelay relay = relay(blocking).pollInterval(Duration.ofMillis(10)).build();

        relay.start();
        assertThat(inHand.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(relay.isRunning()).isTrue();
        Thread stopper = new Thread(() -> relay.stop(Duration.ofSeconds(5)));
        stopper.start();
        Thread.sleep(50);
        release.countDown();
        stopper.join(5_000);

        assertThat(relay.isRunning()).isFalse();
        assertThat(state(first)).isEqualTo(DeliveryState.DELIVERED);
        assertThat(state(second)).isEqualTo(DeliveryState.PENDING);
        assertThatIllegalStateException().isThrownBy(relay::start);
    }
}
