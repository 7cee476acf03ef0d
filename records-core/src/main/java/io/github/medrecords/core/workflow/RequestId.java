package io.github.medrecords.core.workflow;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a request across every practice and store; never shown to patients.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value  the UUID, not null
 */
public record RequestId(UUID value) {

    /**
     * Validates the id.
     */
    public RequestId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns a new random id.
     *
     * @return the id, not null
     */
    public static RequestId random() {
        return new RequestId(UUID.randomUUID());
    }

    /**
     * Parses an id from its text form.
     *
     * @param text  the UUID text, not null
     * @return the id, not null
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static RequestId parse(String text) {
        return new RequestId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
