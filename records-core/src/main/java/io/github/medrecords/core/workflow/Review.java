package io.github.medrecords.core.workflow;

import java.time.Instant;
import java.util.Objects;

/**
 * The review of a reviewable denial by a licensed professional who did not take part in it (R1.20).
 *
 * <p>Immutable and thread-safe.
 *
 * @param reviewer  the reviewing professional, not null
 * @param outcome  whether the denial stands, not null
 * @param by  who recorded the review, not null
 * @param at  when, not null
 */
public record Review(LicensedProfessional reviewer, Outcome outcome, Actor by, Instant at) {

    /**
     * What a review decides.
     */
    public enum Outcome {
        /** The denial stands. */
        UPHELD,
        /** The denial is reversed: the withheld records are to be provided. */
        REVERSED
    }

    /**
     * Validates the review.
     */
    public Review {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
