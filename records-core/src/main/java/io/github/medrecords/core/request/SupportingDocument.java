package io.github.medrecords.core.request;

import java.util.Objects;

/**
 * A document attached to a request to prove authority or purpose, by a reference into the
 * portal's own document store (the library never holds the document itself).
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind  what the document is, not null
 * @param reference  the portal's identifier of the stored document, 1 to 200 characters without white space
 */
public record SupportingDocument(DocumentKind kind, String reference) {

    /** A document reference: 1 to 200 characters with no white space or control characters. */
    public static final String REFERENCE_PATTERN = "[\\p{Graph}]{1,200}";

    /**
     * Validates the document.
     *
     * @throws IllegalArgumentException if the reference is malformed
     */
    public SupportingDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        if (!reference.matches(REFERENCE_PATTERN)) {
            throw new IllegalArgumentException("Document reference must be 1-200 visible characters");
        }
    }

    /**
     * Obtains a supporting document.
     *
     * @param kind  what the document is, not null
     * @param reference  the portal's identifier of the stored document, not null
     * @return the document, not null
     */
    public static SupportingDocument of(DocumentKind kind, String reference) {
        return new SupportingDocument(kind, reference);
    }
}
