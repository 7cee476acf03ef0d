package io.github.medrecords.core.workflow;

import io.github.medrecords.core.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * An invoice for a request's compliant quote.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number  the invoice number, the request number with an {@code INV-} prefix and a sequence, not blank
 * @param amount  the amount due, positive
 * @param issuedAt  when, not null
 */
public record Invoice(String number, Money amount, Instant issuedAt) {

    /**
     * Validates the invoice.
     *
     * @throws IllegalArgumentException if the number is blank or the amount not positive
     */
    public Invoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (number.isBlank() || amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException("An invoice needs a number and a positive amount");
        }
    }
}
