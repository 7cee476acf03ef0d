package io.github.medrecords.spring.boot;

import io.github.medrecords.core.port.OutboxMessage;

/**
 * Hears of every attempt the relay makes to send a notification, for metrics or auditing. Define a bean
 * of this type; the relay calls every one.
 *
 * <h2>Implementation requirements</h2>
 * Fast, thread-safe, never throws, and logs no patient data (a message's recipient and payload are
 * patient data).
 */
public interface NotificationSendListener {

    /**
     * A message was handed to its server.
     *
     * @param message  the message, not null
     */
    void sent(OutboxMessage message);

    /**
     * An attempt to send a message failed; the relay retries or dead-letters it.
     *
     * @param message  the message, not null
     * @param failure  what the sender threw, not null
     */
    void failed(OutboxMessage message, RuntimeException failure);
}
