package io.github.medrecords.core.port;

/**
 * Sends outbox messages of one channel: email, letter or webhook.
 *
 * <h2>Implementation requirements</h2>
 * <ul>
 * <li>Sends the message's idempotency key with every attempt where the channel can carry it, so a
 *     receiver can drop repeats; delivery is at least once.</li>
 * <li>Throws {@link NotificationException} on failure, saying whether a retry may succeed.</li>
 * <li>Logs no patient data. Thread-safe.</li>
 * </ul>
 */
public interface NotificationSender {

    /**
     * Returns the channel this sender serves.
     *
     * @return the channel, not null
     */
    Channel channel();

    /**
     * Sends a message.
     *
     * @param message  the message, not null
     * @throws NotificationException if sending failed
     */
    void send(OutboxMessage message);
}
