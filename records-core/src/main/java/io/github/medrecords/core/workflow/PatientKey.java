package io.github.medrecords.core.workflow;

import io.github.medrecords.core.request.PatientIdentity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A key that finds the same patient's requests without storing who the patient is: a SHA-256
 * digest of the normalised name and date of birth, scoped to a practice by the store.
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
     * Derives the key of a patient.
     *
     * @param patient  the patient, not null
     * @return the key, not null
     */
    public static PatientKey of(PatientIdentity patient) {
        Objects.requireNonNull(patient, "patient");
        String text = normalize(patient.name().family()) + "|" + normalize(patient.name().given()) + "|"
                + patient.dateOfBirth();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return new PatientKey(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    private static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "PatientKey[" + value.substring(0, 8) + "…]";
    }
}
