package io.github.medrecords.core.port;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of an outbox message.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value  the UUID, not null
 */
public record MessageId(UUID value) {

    /**
     * Validates the id.
     */
    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns a new random id.
     *
     * @return the id, not null
     */
    public static MessageId random() {
        return new MessageId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
