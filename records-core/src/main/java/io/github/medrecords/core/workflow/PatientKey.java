package io.github.medrecords.core.workflow;

import io.github.medrecords.core.request.PatientIdentity;
import java.util.Objects;

/**
 * A key that finds the same patient's requests without storing who the patient is: an HMAC-SHA256
 * of the normalised name and date of birth under the deployment's secret ({@link PatientKeys}),
 * scoped to a practice by the store.
 *
 * <p>Two submissions that spell the name with other case, accents or spacing get the same key.
 * Immutable and thread-safe.
 *
 * @param value  64 lower-case hex digits
 */
public record PatientKey(String value) {

    /**
     * Validates the key.
     *
     * @throws IllegalArgumentException if the value is not 64 hex digits
     */
    public PatientKey {
        Objects.requireNonNull(value, "value");
        if (!isHex64(value)) {
            throw new IllegalArgumentException("A patient key is 64 lower-case hex digits");
        }
    }

    private static boolean isHex64(String value) {
        if (value.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = value.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Derives the key of a patient with the {@linkplain PatientKeys#development() development} secret,
     * as the in-memory store, demos and tests do. A deployment that stores patient data derives keys
     * with {@link PatientKeys#hmacSha256} under its own secret instead.
     *
     * @param patient  the patient, not null
     * @return the key, not null
     */
    public static PatientKey of(PatientIdentity patient) {
        return PatientKeys.development().keyOf(patient);
    }

    @Override
    public String toString() {
        return "PatientKey[" + value.substring(0, 8) + "…]";
    }
}
