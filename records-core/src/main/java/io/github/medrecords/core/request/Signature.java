package io.github.medrecords.core.request;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A signature on a written document: who signed and on what date.
 *
 * <p>The signer's name is protected health information when it is the patient's:
 * {@link #toString()} reveals neither part. Immutable and thread-safe.
 *
 * @param signerName  the name as signed, not blank
 * @param signedOn  the date of signing, not null
 */
public record Signature(String signerName, LocalDate signedOn) {

    /**
     * Validates the signature.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public Signature {
        Objects.requireNonNull(signerName, "signerName");
        Objects.requireNonNull(signedOn, "signedOn");
        if (signerName.isBlank()) {
            throw new IllegalArgumentException("A signature needs the signer's name");
        }
        signerName = signerName.strip();
    }

    /**
     * Obtains a signature.
     *
     * @param signerName  the name as signed, not blank
     * @param signedOn  the date, not null
     * @return the signature, not null
     */
    public static Signature of(String signerName, LocalDate signedOn) {
        return new Signature(signerName, signedOn);
    }

    /**
     * Returns a redacted form.
     *
     * @return {@code Signature[redacted]}
     */
    @Override
    public String toString() {
        return "Signature[redacted]";
    }
}
