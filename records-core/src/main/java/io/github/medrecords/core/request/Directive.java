package io.github.medrecords.core.request;

import java.util.Objects;

/**
 * The patient's written, signed directive to send a copy of their records to a designated person
 * (45 CFR 164.524(c)(3)(ii), R1.15). Where to send is the request's {@link Delivery}. After Ciox v.
 * Azar it binds the practice only for an electronic copy of records kept in an EHR (R1.16).
 *
 * <p>{@link #toString()} names no one. Immutable and thread-safe.
 *
 * @param signature  the patient's signature, not null
 * @param recipientName  the designated person or organization, not blank
 */
public record Directive(Signature signature, String recipientName) {

    /**
     * Validates the directive.
     *
     * @throws IllegalArgumentException if the recipient is blank
     */
    public Directive {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(recipientName, "recipientName");
        if (recipientName.isBlank()) {
            throw new IllegalArgumentException("A directive must name the recipient");
        }
        recipientName = recipientName.strip();
    }

    /**
     * Obtains a directive.
     *
     * @param signature  the patient's signature, not null
     * @param recipientName  the designated recipient, not blank
     * @return the directive, not null
     */
    public static Directive of(Signature signature, String recipientName) {
        return new Directive(signature, recipientName);
    }

    /**
     * Returns a redacted form.
     *
     * @return {@code Directive[redacted]}
     */
    @Override
    public String toString() {
        return "Directive[redacted]";
    }
}
