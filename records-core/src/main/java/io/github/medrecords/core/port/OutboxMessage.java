package io.github.medrecords.core.port;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.RequestNumber;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A notification waiting in the transactional outbox, saved in the same transaction as the change
 * that caused it, and the state of its delivery.
 *
 * <p>The payload holds only what the channel needs (the minimum necessary): request number, status,
 * amounts, the recipient's address for the channel; never record contents, diagnoses or dates of
 * birth. {@link #toString()} leaves out the recipient and payload. Immutable and thread-safe.
 *
 * @param id  the message's id, not null
 * @param idempotencyKey  the same on every attempt, so a receiver can drop repeats; not blank
 * @param practiceId  the practice, not null
 * @param requestNumber  the request, not null
 * @param event  the event it announces, not null
 * @param channel  how it travels, not null
 * @param recipient  the address for the channel (an email address, "letter", a webhook name), not blank
 * @param payload  the fields the channel's template needs, not null
 * @param createdAt  when it was written, not null
 * @param state  where its delivery stands, not null
 * @param attempts  how many sends were tried, from 0
 * @param nextAttemptAt  the earliest time to try again, not null
 * @param leaseOwner  the relay holding the lease, if claimed
 * @param leaseUntil  when the lease ends, if claimed
 * @param lastError  why the last attempt failed, if it did
 */
public record OutboxMessage(MessageId id, String idempotencyKey, PracticeId practiceId, RequestNumber requestNumber,
        EventType event, Channel channel, String recipient, Map<String, String> payload, Instant createdAt,
        DeliveryState state, int attempts, Instant nextAttemptAt, Optional<String> leaseOwner,
        Optional<Instant> leaseUntil, Optional<String> lastError) {

    /**
     * Validates the message and copies its payload.
     *
     * @throws IllegalArgumentException if a required text is blank or attempts are negative
     */
    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(requestNumber, "requestNumber");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(leaseOwner, "leaseOwner");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        Objects.requireNonNull(lastError, "lastError");
        payload = Map.copyOf(new TreeMap<>(payload));
        if (idempotencyKey.isBlank() || recipient.isBlank() || attempts < 0) {
            throw new IllegalArgumentException("An outbox message needs a key, a recipient and attempts from 0");
        }
    }

    /**
     * Creates a new pending message.
     *
     * @param idempotencyKey  the stable key, not blank
     * @param practiceId  the practice, not null
     * @param requestNumber  the request, not null
     * @param event  the event, not null
     * @param channel  the channel, not null
     * @param recipient  the address for the channel, not blank
     * @param payload  the template's fields, not null
     * @param createdAt  when, not null
     * @return the message, not null
     */
    public static OutboxMessage pending(String idempotencyKey, PracticeId practiceId, RequestNumber requestNumber,
            EventType event, Channel channel, String recipient, Map<String, String> payload, Instant createdAt) {
        return new OutboxMessage(MessageId.random(), idempotencyKey, practiceId, requestNumber, event, channel,
                recipient, payload, createdAt, DeliveryState.PENDING, 0, createdAt, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    @Override
    public String toString() {
        return "OutboxMessage[" + id + ", " + requestNumber + ", " + event + ", " + channel + ", " + state + ", attempts="
                + attempts + "]";
    }
}
