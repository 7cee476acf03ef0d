package io.github.medrecords.core.workflow;

import io.github.medrecords.core.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * Money returned because the final quote is below what was paid.
 *
 * <p>Immutable and thread-safe.
 *
 * @param amount  the amount returned, positive
 * @param reference  the refund's reference, not blank
 * @param at  when, not null
 */
public record Refund(Money amount, String reference, Instant at) {

    /**
     * Validates the refund.
     *
     * @throws IllegalArgumentException if the amount is not positive or the reference blank
     */
    public Refund {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(at, "at");
        if (amount.isNegative() || amount.isZero() || reference.isBlank()) {
            throw new IllegalArgumentException("A refund needs a positive amount and a reference");
        }
    }
}
