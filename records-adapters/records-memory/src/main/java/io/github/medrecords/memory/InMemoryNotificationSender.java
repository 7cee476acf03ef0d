package io.github.medrecords.memory;

import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.NotificationException;
import io.github.medrecords.core.port.NotificationSender;
import io.github.medrecords.core.port.OutboxMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link NotificationSender} that keeps what it is asked to send in memory instead of sending it,
 * for demos and tests; it can be told to fail the next sends.
 *
 * <p>It logs nothing. Thread-safe.
 */
public final class InMemoryNotificationSender implements NotificationSender {

    private final Channel channel;
    private final Object lock = new Object();
    private final List<OutboxMessage> attempts = new ArrayList<>();
    private final List<OutboxMessage> sent = new ArrayList<>();
    private int failuresLeft;
    private boolean failRetryable = true;

    private InMemoryNotificationSender(Channel channel) {
        this.channel = channel;
    }

    /**
     * Creates a sender for a channel that succeeds until told otherwise.
     *
     * @param channel  the channel it serves, not null
     * @return a new sender, not null
     */
    public static InMemoryNotificationSender of(Channel channel) {
        return new InMemoryNotificationSender(Objects.requireNonNull(channel, "channel"));
    }

    @Override
    public Channel channel() {
        return channel;
    }

    /**
     * Records the message as an attempt and, unless told to fail, as sent.
     *
     * @param message  the message, of this sender's channel, not null
     * @throws NotificationException if told to fail this send
     * @throws IllegalArgumentException if the message is for another channel
     */
    @Override
    public void send(OutboxMessage message) {
        Objects.requireNonNull(message, "message");
        if (message.channel() != channel) {
            throw new IllegalArgumentException("Message " + message.id() + " is for " + message.channel()
                    + ", not " + channel);
        }
        synchronized (lock) {
            attempts.add(message);
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new NotificationException("Simulated failure sending message " + message.id() + " by "
                        + channel, failRetryable, null, null);
            }
            sent.add(message);
        }
    }

    /**
     * Makes the next sends fail with a retryable {@link NotificationException}.
     *
     * @param times  how many sends fail, from 0 (0 stops failing)
     * @return this sender, not null
     * @throws IllegalArgumentException if times is negative
     */
    public InMemoryNotificationSender failNext(int times) {
        return failNext(times, true);
    }

    /**
     * Makes the next sends fail with a {@link NotificationException}.
     *
     * @param times  how many sends fail, from 0 (0 stops failing)
     * @param retryable  whether the failures say a retry may succeed
     * @return this sender, not null
     * @throws IllegalArgumentException if times is negative
     */
    public InMemoryNotificationSender failNext(int times, boolean retryable) {
        if (times < 0) {
            throw new IllegalArgumentException("Cannot fail " + times + " times");
        }
        synchronized (lock) {
            failuresLeft = times;
            failRetryable = retryable;
        }
        return this;
    }

    /**
     * Returns the messages sent successfully, in order.
     *
     * @return a copy, not null
     */
    public List<OutboxMessage> sent() {
        synchronized (lock) {
            return List.copyOf(sent);
        }
    }

    /**
     * Returns every message the sender was asked to send, failed or not, in order.
     *
     * @return a copy, not null
     */
    public List<OutboxMessage> attempts() {
        synchronized (lock) {
            return List.copyOf(attempts);
        }
    }

    /**
     * Forgets what was sent and attempted; failures still to come stay.
     */
    public void clear() {
        synchronized (lock) {
            attempts.clear();
            sent.clear();
        }
    }

    @Override
    public String toString() {
        synchronized (lock) {
            return "InMemoryNotificationSender[" + channel + ", sent=" + sent.size() + ", attempts="
                    + attempts.size() + "]";
        }
    }
}
