package io.github.medrecords.core.party;

import java.util.Objects;

/**
 * The identifier of a practice in a deployment that serves many practices.
 *
 * <p>Letters, digits, dots, dashes and underscores, 1 to 64 characters. Immutable and thread-safe.
 *
 * @param value  the identifier, not null
 */
public record PracticeId(String value) {

    /**
     * Validates the identifier.
     *
     * @param value  the identifier, not null
     * @throws IllegalArgumentException if the identifier is not in the allowed format
     */
    public PracticeId {
        Objects.requireNonNull(value, "value");
        if (!wellFormed(value)) {
            throw new IllegalArgumentException("Practice id '" + value
                    + "' must be 1-64 letters, digits, dots, dashes or underscores");
        }
    }

    /** {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}, checked without a regular expression: ids are read per row. */
    private static boolean wellFormed(String value) {
        int length = value.length();
        if (length < 1 || length > 64 || !isAsciiLetterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = value.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /**
     * Obtains a practice id.
     *
     * @param value  the identifier, not null
     * @return the id, not null
     * @throws IllegalArgumentException if the identifier is not in the allowed format
     */
    public static PracticeId of(String value) {
        return new PracticeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
