package io.github.medrecords.core.request;

import java.util.Objects;
import java.util.Optional;

/**
 * Why the records are wanted: a kind, and words for {@link PurposeKind#OTHER} or to add detail.
 *
 * <p>The words may describe care: {@link #toString()} shows only the kind. Immutable and thread-safe.
 */
public final class Purpose {

    private final PurposeKind kind;
    private final String description;

    private Purpose(PurposeKind kind, String description) {
        this.kind = kind;
        this.description = description;
    }

    /**
     * Obtains a purpose.
     *
     * @param kind  the kind, not null
     * @param description  words, required for {@link PurposeKind#OTHER}, may be null otherwise
     * @return the purpose, not null
     * @throws IllegalArgumentException if {@code OTHER} comes without words
     */
    public static Purpose of(PurposeKind kind, String description) {
        Objects.requireNonNull(kind, "kind");
        String text = description == null || description.isBlank() ? null : description.strip();
        if (kind == PurposeKind.OTHER && text == null) {
            throw new IllegalArgumentException("Purpose OTHER needs a description");
        }
        return new Purpose(kind, text);
    }

    /**
     * Obtains a purpose of a kind without words.
     *
     * @param kind  the kind, not null and not {@code OTHER}
     * @return the purpose, not null
     */
    public static Purpose of(PurposeKind kind) {
        return of(kind, null);
    }

    /**
     * Returns the kind.
     *
     * @return the kind, not null
     */
    public PurposeKind kind() {
        return kind;
    }

    /**
     * Returns the words.
     *
     * @return the description, empty if none
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Purpose o && kind == o.kind && Objects.equals(description, o.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, description);
    }

    @Override
    public String toString() {
        return "Purpose[" + kind + "]";
    }
}
