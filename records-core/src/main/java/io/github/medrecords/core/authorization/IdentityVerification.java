package io.github.medrecords.core.authorization;

import java.time.Instant;
import java.util.Objects;

/**
 * The record that a requester's identity and authority were verified before any disclosure
 * (45 CFR 164.514(h), R1.5): who verified, by what method, when.
 *
 * <p>Holds no patient data. Immutable and thread-safe.
 *
 * @param verifiedBy  the staff member's identifier, not blank
 * @param method  how the identity was verified, not null
 * @param verifiedAt  when, not null
 */
public record IdentityVerification(String verifiedBy, VerificationMethod method, Instant verifiedAt) {

    /**
     * Validates the record.
     *
     * @throws IllegalArgumentException if the verifier is blank
     */
    public IdentityVerification {
        Objects.requireNonNull(verifiedBy, "verifiedBy");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
        if (verifiedBy.isBlank()) {
            throw new IllegalArgumentException("Identity verification needs the verifier's identifier");
        }
    }

    /**
     * Obtains a verification record.
     *
     * @param verifiedBy  the staff member's identifier, not blank
     * @param method  the method, not null
     * @param verifiedAt  when, not null
     * @return the record, not null
     */
    public static IdentityVerification of(String verifiedBy, VerificationMethod method, Instant verifiedAt) {
        return new IdentityVerification(verifiedBy, method, verifiedAt);
    }
}
