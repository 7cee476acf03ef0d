package io.github.medrecords.core.port;

/**
 * Where an outbox message stands.
 */
public enum DeliveryState {
    /** Waiting to be sent, or to be retried at its next attempt time. */
    PENDING,
    /** Sent and acknowledged. */
    DELIVERED,
    /** Given up after the last attempt; staff can list and requeue it. */
    DEAD
}
