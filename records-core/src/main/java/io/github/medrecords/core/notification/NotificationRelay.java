package io.github.medrecords.core.notification;

import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.MessageId;
import io.github.medrecords.core.port.NotificationException;
import io.github.medrecords.core.port.NotificationOutbox;
import io.github.medrecords.core.port.NotificationSender;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.port.StoredTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the transactional outbox: claims pending messages with a lease, sends each through the
 * sender for its channel and marks it delivered; a failure is retried with exponential backoff and
 * jitter ({@link RetryPolicy}) and becomes a dead letter after the last attempt, or at once when the
 * sender says a retry cannot succeed.
 *
 * <p>Delivery is at least once. The message's idempotency key goes with every attempt (the senders
 * carry it), so a receiver can drop repeats: if the process dies between sending and marking, the
 * lease runs out, another run claims the message again and sends it with the same key. A message is
 * sent only while at least {@linkplain Builder#leaseMargin(Duration) the lease margin} of its lease
 * remains, so two relays never send the same message inside one lease as long as a send takes less
 * than the margin. No lock is held while a sender talks to a server: the outbox's claim returns first.
 *
 * <p>Two ways to run it:
 * <ul>
 * <li>{@link #runOnce()} for a host with its own scheduler: one claim and the batch it returns;</li>
 * <li>{@link #start()} and {@link #stop(Duration)}: a loop on a single-threaded scheduled executor
 *     that polls every {@linkplain Builder#pollInterval(Duration) poll interval} (sooner while
 *     batches come back full); stopping finishes the message in hand and leaves the rest of the batch
 *     to be claimed again when its lease runs out.</li>
 * </ul>
 *
 * <p>Staff list dead letters with {@link #deadLetters(int)} and put them back in the queue with
 * {@link #requeue(MessageId)}.
 *
 * <p>Time comes from the injected {@link Clock} and jitter from the injected {@link RandomGenerator},
 * so tests are deterministic. Log lines name the message id, the request number, the event, the
 * channel and the attempt, never the recipient or the payload. Thread-safe.
 */
public final class NotificationRelay implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationRelay.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final NotificationOutbox outbox;
    private final Map<Channel, NotificationSender> senders;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final RandomGenerator random;
    private final String relayId;
    private final int batchSize;
    private final Duration lease;
    private final Duration leaseMargin;
    private final Duration pollInterval;
    private final Duration retryAfterLimit;

    private final Object lifecycle = new Object();
    private ScheduledExecutorService executor;
    private volatile boolean stopping;

    private NotificationRelay(Builder b) {
        this.outbox = b.outbox;
        this.senders = new EnumMap<>(b.senders);
        this.senders.putIfAbsent(Channel.LETTER, LetterSender.logging());
        this.retryPolicy = b.retryPolicy;
        this.clock = StoredTime.clock(b.clock);
        this.random = b.random;
        this.relayId = b.relayId;
        this.batchSize = b.batchSize;
        this.lease = b.lease;
        this.leaseMargin = b.leaseMargin;
        this.pollInterval = b.pollInterval;
        this.retryAfterLimit = b.retryAfterLimit;
    }

    /**
     * Returns a builder for a relay over an outbox.
     *
     * @param outbox  the outbox to deliver, not null
     * @return the builder, not null
     */
    public static Builder builder(NotificationOutbox outbox) {
        return new Builder(Objects.requireNonNull(outbox, "outbox"));
    }

    /**
     * Returns this relay's id, the lease owner it claims as.
     *
     * @return the id, not blank
     */
    public String relayId() {
        return relayId;
    }

    /**
     * Returns the retry policy.
     *
     * @return the policy, not null
     */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /**
     * Claims one batch of due messages and delivers it; claims nothing once the relay is stopping.
     *
     * @return what was done, not null
     * @throws RuntimeException whatever the outbox throws (a storage failure); a sender's failure is
     *     recorded on its message and never thrown
     */
    public RelayReport runOnce() {
        if (stopping) {
            return RelayReport.EMPTY;
        }
        Instant now = clock.instant();
        List<OutboxMessage> batch = outbox.claim(relayId, batchSize, now, lease);
        int delivered = 0;
        int retried = 0;
        int dead = 0;
        int skipped = 0;
        for (OutboxMessage message : batch) {
            if (stopping) {
                skipped++;
                continue;
            }
            Instant leaseEnd = message.leaseUntil().orElse(now.plus(lease));
            if (clock.instant().plus(leaseMargin).isAfter(leaseEnd)) {
                LOG.debug("Relay {} leaves message {}: too little of its lease is left", relayId, message.id());
                skipped++;
                continue;
            }
            switch (deliver(message)) {
                case DELIVERED -> delivered++;
                case RETRY -> retried++;
                case DEAD -> dead++;
                default -> skipped++;
            }
        }
        return new RelayReport(batch.size(), delivered, retried, dead, skipped);
    }

    private Outcome deliver(OutboxMessage message) {
        NotificationSender sender = senders.get(message.channel());
        try {
            if (sender == null) {
                throw new NotificationException("No sender is configured for channel " + message.channel(), false,
                        null, null);
            }
            sender.send(message);
        } catch (NotificationException e) {
            return failed(message, String.valueOf(e.getMessage()), e.isRetryable(), e.getRetryAfter());
        } catch (RuntimeException e) {
            // The message of an unexpected exception may quote data: keep only its type.
            return failed(message, "Sender failed: " + e.getClass().getName(), true, Optional.empty());
        }
        if (outbox.markDelivered(message.id(), relayId, clock.instant())) {
            LOG.info("Delivered {} {} for request {} by {} (attempt {})", message.id(), message.event(),
                    message.requestNumber(), message.channel(), message.attempts() + 1);
            return Outcome.DELIVERED;
        }
        LOG.warn("Relay {} sent message {} but had lost its lease; it may be sent again with the same key",
                relayId, message.id());
        return Outcome.LOST_LEASE;
    }

    private Outcome failed(OutboxMessage message, String reason, boolean retryable, Optional<Duration> retryAfter) {
        int failedAttempts = message.attempts() + 1;
        String error = reason.length() > MAX_ERROR_LENGTH ? reason.substring(0, MAX_ERROR_LENGTH) : reason;
        Instant at = clock.instant();
        if (!retryable || !retryPolicy.allowsAnotherAttempt(failedAttempts)) {
            if (outbox.deadLetter(message.id(), relayId, at, error)) {
                LOG.warn("Dead letter {} {} for request {} by {} after attempt {}: {}", message.id(), message.event(),
                        message.requestNumber(), message.channel(), failedAttempts, error);
                return Outcome.DEAD;
            }
            return Outcome.LOST_LEASE;
        }
        Duration delay = backoff(failedAttempts, retryAfter);
        if (outbox.markFailed(message.id(), relayId, at, error, at.plus(delay))) {
            LOG.info("Attempt {} of {} {} for request {} by {} failed, next in {}: {}", failedAttempts, message.id(),
                    message.event(), message.requestNumber(), message.channel(), delay, error);
            return Outcome.RETRY;
        }
        return Outcome.LOST_LEASE;
    }

    private Duration backoff(int failedAttempts, Optional<Duration> retryAfter) {
        Duration delay;
        synchronized (random) {
            delay = retryPolicy.delayAfter(failedAttempts, random);
        }
        if (retryAfter.isPresent() && !retryAfter.get().isNegative()) {
            Duration asked = retryAfter.get().compareTo(retryAfterLimit) > 0 ? retryAfterLimit : retryAfter.get();
            if (asked.compareTo(delay) > 0) {
                delay = asked;
            }
        }
        return delay;
    }

    /**
     * Lists dead letters for staff, oldest first.
     *
     * @param max  the most to list, positive
     * @return the dead letters, not null
     * @throws IllegalArgumentException if {@code max} is not positive
     */
    public List<OutboxMessage> deadLetters(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("Max " + max + " is not positive");
        }
        return outbox.deadLetters(max);
    }

    /**
     * Puts a dead letter back in the queue, due now, with its attempts reset.
     *
     * @param id  the dead letter, not null
     * @return true if the message was dead and is now pending
     */
    public boolean requeue(MessageId id) {
        Objects.requireNonNull(id, "id");
        boolean requeued = outbox.requeue(id, clock.instant());
        if (requeued) {
            LOG.info("Requeued dead letter {}", id);
        }
        return requeued;
    }

    /**
     * Starts the loop on a scheduled executor of its own: a run now and then every poll interval
     * after the previous run ends.
     *
     * @throws IllegalStateException if the relay was started before
     */
    public void start() {
        synchronized (lifecycle) {
            if (executor != null) {
                throw new IllegalStateException("Relay " + relayId + " was started before");
            }
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "medrecords-relay-" + relayId);
                t.setDaemon(true);
                return t;
            });
            executor.scheduleWithFixedDelay(this::tick, 0, pollInterval.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void tick() {
        try {
            RelayReport report;
            do {
                report = runOnce();
            } while (!stopping && report.claimed() == batchSize);
        } catch (RuntimeException e) {
            // Keep the loop alive through a storage hiccup; the next tick tries again.
            LOG.warn("Relay {} run failed: {}", relayId, e.getClass().getName());
        }
    }

    /**
     * Tells whether the loop is running: started and not stopped.
     *
     * @return true while the loop runs
     */
    public boolean isRunning() {
        synchronized (lifecycle) {
            return executor != null && !executor.isShutdown();
        }
    }

    /**
     * Stops the loop gracefully: the message in hand is finished (sent and marked), the rest of its
     * batch is left to be claimed again when the lease runs out. Does nothing if the loop never ran.
     *
     * @param timeout  how long to wait for the message in hand, not negative, not null
     * @return true if the loop ended within the timeout (or never ran); false if it was interrupted
     *     after the timeout
     */
    public boolean stop(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        ScheduledExecutorService running;
        synchronized (lifecycle) {
            stopping = true;
            running = executor;
        }
        if (running == null) {
            return true;
        }
        running.shutdown();
        try {
            if (running.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running.shutdownNow();
        return false;
    }

    /**
     * Stops the loop, waiting up to 30 seconds for the message in hand.
     */
    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }

    @Override
    public String toString() {
        return "NotificationRelay[" + relayId + ", channels=" + senders.keySet() + ", " + retryPolicy + "]";
    }

    private enum Outcome {
        DELIVERED, RETRY, DEAD, LOST_LEASE
    }

    /**
     * Builds a {@link NotificationRelay}. Defaults: {@link RetryPolicy#defaults()}, the system UTC
     * clock, a random relay id, batches of 20, a lease of 2 minutes with a margin of 30 seconds, a poll
     * interval of 5 seconds, a receiver's {@code Retry-After} honoured up to 1 day, and
     * {@link LetterSender#logging()} for letters. Not thread-safe.
     */
    public static final class Builder {

        private final NotificationOutbox outbox;
        private final Map<Channel, NotificationSender> senders = new EnumMap<>(Channel.class);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Clock clock = Clock.systemUTC();
        private RandomGenerator random = new SplittableRandom();
        private String relayId = "relay-" + UUID.randomUUID();
        private int batchSize = 20;
        private Duration lease = Duration.ofMinutes(2);
        private Duration leaseMargin = Duration.ofSeconds(30);
        private Duration pollInterval = Duration.ofSeconds(5);
        private Duration retryAfterLimit = Duration.ofDays(1);

        private Builder(NotificationOutbox outbox) {
            this.outbox = outbox;
        }

        /**
         * Adds the sender for its channel, replacing any earlier one for that channel.
         *
         * @param sender  the sender, not null
         * @return this builder, not null
         */
        public Builder sender(NotificationSender sender) {
            Objects.requireNonNull(sender, "sender");
            senders.put(Objects.requireNonNull(sender.channel(), "sender.channel()"), sender);
            return this;
        }

        /**
         * Sets the sender for letters, replacing the logging default.
         *
         * @param sender  the letter sender, not null
         * @return this builder, not null
         */
        public Builder letterSender(LetterSender sender) {
            Objects.requireNonNull(sender, "sender");
            senders.put(Channel.LETTER, sender);
            return this;
        }

        /**
         * Sets the retry policy.
         *
         * @param policy  the policy, not null
         * @return this builder, not null
         */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the clock every time is read from.
         *
         * @param newClock  the clock, not null
         * @return this builder, not null
         */
        public Builder clock(Clock newClock) {
            this.clock = Objects.requireNonNull(newClock, "clock");
            return this;
        }

        /**
         * Sets the source of jitter; the relay uses it under a lock of its own.
         *
         * @param newRandom  the generator, not null
         * @return this builder, not null
         */
        public Builder random(RandomGenerator newRandom) {
            this.random = Objects.requireNonNull(newRandom, "random");
            return this;
        }

        /**
         * Sets the relay's id, the lease owner it claims as; unique among the relays on one outbox.
         *
         * @param id  the id, not blank
         * @return this builder, not null
         * @throws IllegalArgumentException if blank
         */
        public Builder relayId(String id) {
            Objects.requireNonNull(id, "id");
            if (id.isBlank()) {
                throw new IllegalArgumentException("A relay id must not be blank");
            }
            this.relayId = id;
            return this;
        }

        /**
         * Sets the most messages one run claims.
         *
         * @param size  the batch size, positive
         * @return this builder, not null
         * @throws IllegalArgumentException if not positive
         */
        public Builder batchSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("Batch size " + size + " is not positive");
            }
            this.batchSize = size;
            return this;
        }

        /**
         * Sets how long a claimed batch is leased to this relay.
         *
         * @param duration  the lease, positive, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if not positive
         */
        public Builder lease(Duration duration) {
            this.lease = positive(duration, "Lease");
            return this;
        }

        /**
         * Sets how much of its lease must be left for a message to be sent: at least the longest a
         * send may take (the sender's timeouts), so that a send never outlives its lease.
         *
         * @param margin  the margin, not negative, shorter than the lease, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if negative
         */
        public Builder leaseMargin(Duration margin) {
            Objects.requireNonNull(margin, "margin");
            if (margin.isNegative()) {
                throw new IllegalArgumentException("Lease margin " + margin + " is negative");
            }
            this.leaseMargin = margin;
            return this;
        }

        /**
         * Sets how long the loop waits after a run that found less than a full batch.
         *
         * @param interval  the interval, positive, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if not positive
         */
        public Builder pollInterval(Duration interval) {
            this.pollInterval = positive(interval, "Poll interval");
            return this;
        }

        /**
         * Sets the longest wait a receiver's {@code Retry-After} can impose.
         *
         * @param limit  the limit, positive, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if not positive
         */
        public Builder retryAfterLimit(Duration limit) {
            this.retryAfterLimit = positive(limit, "Retry-after limit");
            return this;
        }

        /**
         * Builds the relay.
         *
         * @return the relay, not null
         * @throws IllegalArgumentException if the lease margin is not shorter than the lease
         */
        public NotificationRelay build() {
            if (leaseMargin.compareTo(lease) >= 0) {
                throw new IllegalArgumentException("Lease margin " + leaseMargin + " is not shorter than the lease "
                        + lease);
            }
            return new NotificationRelay(this);
        }

        private static Duration positive(Duration d, String what) {
            Objects.requireNonNull(d, what);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(what + " " + d + " is not positive");
            }
            return d;
        }
    }
}
