package io.github.medrecords.core.workflow;

import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.PracticeId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened to a request, raised by every transition and turned into notifications.
 *
 * <p>Carries no patient data: the request's identifiers, the status after, and an amount where the
 * event is about money. Immutable and thread-safe.
 *
 * @param type  what happened, not null
 * @param requestId  the request, not null
 * @param number  the request's number, not null
 * @param practiceId  the practice, not null
 * @param at  when, not null
 * @param status  the status after, not null
 * @param sequence  the history sequence of the change that raised it, from 1; with the id, a stable key
 * @param amount  the amount due, paid, waived or refunded, where the event is about money
 */
public record DomainEvent(EventType type, RequestId requestId, RequestNumber number, PracticeId practiceId,
        Instant at, RequestStatus status, int sequence, Optional<Money> amount) {

    /**
     * Validates the event.
     */
    public DomainEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
    }

    /**
     * Returns a key that is the same every time this event is delivered: the request and the
     * history entry and type that raised it.
     *
     * @return the idempotency key, not null
     */
    public String idempotencyKey() {
        return requestId + ":" + sequence + ":" + type;
    }
}
