package io.github.medrecords.core.port;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The transactional outbox: messages saved with the change that caused them, claimed by relays with
 * a lease and marked as they are delivered.
 *
 * <h2>Implementation requirements</h2>
 * <ul>
 * <li>{@link #claim} takes pending messages whose next attempt time has come and that no unexpired
 *     lease holds, oldest first, and leases them to the relay until {@code now + lease}. Two relays
 *     never hold a lease on the same message at once. Claiming holds no lock once it returns: sending
 *     happens outside any transaction.</li>
 * <li>{@link #markDelivered}, {@link #markFailed} and {@link #deadLetter} apply only while the named
 *     relay holds the lease; otherwise they return false and change nothing (the lease expired and
 *     another relay may have the message).</li>
 * <li>{@link #markFailed} counts the attempt, records the error and schedules the next attempt,
 *     releasing the lease; {@link #deadLetter} counts the attempt and moves the message to
 *     {@link DeliveryState#DEAD}; {@link #requeue} puts a dead letter back to pending with attempts
 *     reset.</li>
 * <li>Thread-safe.</li>
 * </ul>
 */
public interface NotificationOutbox {

    /**
     * Claims pending messages whose time has come.
     *
     * @param relayId  the claiming relay, not blank
     * @param max  the most messages to claim, positive
     * @param now  the current time, not null
     * @param lease  how long the relay may hold them, positive, not null
     * @return the claimed messages with the lease recorded, oldest first; not null
     */
    List<OutboxMessage> claim(String relayId, int max, Instant now, Duration lease);

    /**
     * Marks a message delivered.
     *
     * @param id  the message, not null
     * @param relayId  the relay holding the lease, not null
     * @param at  when, not null
     * @return true if the relay held the lease and the message is now delivered
     */
    boolean markDelivered(MessageId id, String relayId, Instant at);

    /**
     * Records a failed attempt and when to try again.
     *
     * @param id  the message, not null
     * @param relayId  the relay holding the lease, not null
     * @param at  when the attempt failed, not null
     * @param error  why, without patient data, not null
     * @param nextAttemptAt  the earliest time to try again, not null
     * @return true if the relay held the lease and the failure is recorded
     */
    boolean markFailed(MessageId id, String relayId, Instant at, String error, Instant nextAttemptAt);

    /**
     * Records a last failed attempt and gives up on the message.
     *
     * @param id  the message, not null
     * @param relayId  the relay holding the lease, not null
     * @param at  when, not null
     * @param error  why, without patient data, not null
     * @return true if the relay held the lease and the message is now dead
     */
    boolean deadLetter(MessageId id, String relayId, Instant at, String error);

    /**
     * Lists dead letters, oldest first.
     *
     * @param max  the most to list, positive
     * @return the dead letters, not null
     */
    List<OutboxMessage> deadLetters(int max);

    /**
     * Puts a dead letter back in the queue with its attempts reset.
     *
     * @param id  the message, not null
     * @param at  when it may be tried again, not null
     * @return true if the message was dead and is now pending
     */
    boolean requeue(MessageId id, Instant at);

    /**
     * Loads a message.
     *
     * @param id  the message, not null
     * @return the message, empty if unknown
     */
    Optional<OutboxMessage> find(MessageId id);

    /** How long a delivered message is kept by default before {@link #purgeDelivered} removes it: 30 days. */
    Duration DEFAULT_RETENTION = Duration.ofDays(30);

    /**
     * Removes the messages delivered more than the retention before now, so that notices (which name
     * patients) do not pile up forever. Pending and dead-lettered messages are never removed. A host
     * runs it now and then, for example daily, with its own retention or {@link #DEFAULT_RETENTION}.
     *
     * <p>The default throws: a store that does not implement it keeps every message.
     *
     * @param now  the current time, not null
     * @param retention  how long a delivered message is kept, not negative, not null
     * @return the number of messages removed
     * @throws IllegalArgumentException if the retention is negative
     * @throws UnsupportedOperationException if the store cannot purge
     */
    default int purgeDelivered(Instant now, Duration retention) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not purge delivered messages");
    }
}
