package io.github.medrecords.core.intake;

import io.github.medrecords.core.request.DocumentKind;
import io.github.medrecords.core.request.SupportingDocument;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A document attached to the request, by the portal's reference to the stored file.
 *
 * <p>Setters strip text and turn blank text into null. Not thread-safe.
 */
public class DocumentForm {

    @NotNull(message = "{medrecords.documents.kind.required}")
    private DocumentKind kind;

    @NotBlank(message = "{medrecords.documents.reference.required}")
    @Pattern(regexp = SupportingDocument.REFERENCE_PATTERN, message = "{medrecords.documents.reference.invalid}")
    private String reference;

    /**
     * Creates an empty form.
     */
    public DocumentForm() {
    }

    /**
     * Returns what the document is.
     *
     * @return the value, may be null
     */
    public DocumentKind getKind() {
        return kind;
    }

    /**
     * Sets what the document is.
     *
     * @param kind  the value, may be null
     */
    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    /**
     * Returns the portal's identifier of the stored document.
     *
     * @return the value, may be null
     */
    public String getReference() {
        return reference;
    }

    /**
     * Sets the portal's identifier of the stored document.
     *
     * @param reference  the value, may be null
     */
    public void setReference(String reference) {
        this.reference = Forms.clean(reference);
    }
}
