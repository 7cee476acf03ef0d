package io.github.medrecords.core.workflow;

import io.github.medrecords.core.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * A payment recorded against a request's invoice.
 *
 * <p>Immutable and thread-safe.
 *
 * @param invoiceNumber  the invoice paid, not blank
 * @param amount  the amount, positive
 * @param method  how, not null
 * @param reference  the payment processor's or cashier's reference, not blank
 * @param at  when, not null
 */
public record Payment(String invoiceNumber, Money amount, PaymentMethod method, String reference, Instant at) {

    /**
     * Validates the payment.
     *
     * @throws IllegalArgumentException if the amount is not positive or a text is blank
     */
    public Payment {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(at, "at");
        if (amount.isNegative() || amount.isZero() || reference.isBlank() || invoiceNumber.isBlank()) {
            throw new IllegalArgumentException("A payment needs a positive amount, an invoice and a reference");
        }
    }
}
