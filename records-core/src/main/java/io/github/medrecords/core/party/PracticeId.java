package io.github.medrecords.core.party;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a practice in a deployment that serves many practices.
 *
 * <p>Letters, digits, dots, dashes and underscores, 1 to 64 characters. Immutable and thread-safe.
 *
 * @param value  the identifier, not null
 */
public record PracticeId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /**
     * Validates the identifier.
     *
     * @param value  the identifier, not null
     * @throws IllegalArgumentException if the identifier is not in the allowed format
     */
    public PracticeId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Practice id '" + value
                    + "' must be 1-64 letters, digits, dots, dashes or underscores");
        }
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
