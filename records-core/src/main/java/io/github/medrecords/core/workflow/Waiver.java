package io.github.medrecords.core.workflow;

import java.time.Instant;
import java.util.Objects;

/**
 * A fee waived by staff, with the reason.
 *
 * <p>Immutable and thread-safe.
 *
 * @param reason  why, in staff's words, not blank
 * @param by  who waived it, not null
 * @param at  when, not null
 */
public record Waiver(String reason, Actor by, Instant at) {

    /**
     * Validates the waiver.
     *
     * @throws IllegalArgumentException if the reason is blank
     */
    public Waiver {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A waiver needs a reason");
        }
    }
}
