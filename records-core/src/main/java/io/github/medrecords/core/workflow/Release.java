package io.github.medrecords.core.workflow;

import io.github.medrecords.core.request.DeliveryMethod;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What went out: how, to whom, when, by whom, and why the delivery differs from the request if it does.
 *
 * <p>The recipient can identify the patient's care: {@link #toString()} leaves it out.
 * Immutable and thread-safe.
 *
 * @param method  how the copies went, not null
 * @param recipient  who received them, not blank
 * @param at  when, not null
 * @param by  who released them, not null
 * @param deviationReason  why the delivery differs from the one requested, if it does
 */
public record Release(DeliveryMethod method, String recipient, Instant at, Actor by,
        Optional<String> deviationReason) {

    /**
     * Validates the release.
     *
     * @throws IllegalArgumentException if the recipient is blank
     */
    public Release {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(deviationReason, "deviationReason");
        if (recipient.isBlank()) {
            throw new IllegalArgumentException("A release needs a recipient");
        }
    }

    @Override
    public String toString() {
        return "Release[" + method + ", " + at + ", " + by.kind() + ":" + by.id()
                + (deviationReason.isPresent() ? ", deviated" : "") + "]";
    }
}
