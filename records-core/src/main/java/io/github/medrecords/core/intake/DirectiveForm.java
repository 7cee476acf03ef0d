package io.github.medrecords.core.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The patient's signed written directive to send a copy to a named person (R1.15), as a form collects it.
 *
 * <p>Setters strip text and turn blank text into null. Not thread-safe.
 */
public class DirectiveForm {

    @NotBlank(message = "{medrecords.directive.signerName.required}")
    @Size(max = 200, message = "{medrecords.text.tooLong}")
    private String signerName;

    @NotNull(message = "{medrecords.directive.signedOn.required}")
    @PastOrPresent(message = "{medrecords.directive.signedOn.future}")
    private LocalDate signedOn;

    @NotBlank(message = "{medrecords.directive.recipientName.required}")
    @Size(max = 200, message = "{medrecords.text.tooLong}")
    private String recipientName;

    /**
     * Creates an empty form.
     */
    public DirectiveForm() {
    }

    /**
     * Returns the name the patient signed with.
     *
     * @return the value, may be null
     */
    public String getSignerName() {
        return signerName;
    }

    /**
     * Sets the name the patient signed with.
     *
     * @param signerName  the value, may be null
     */
    public void setSignerName(String signerName) {
        this.signerName = Forms.clean(signerName);
    }

    /**
     * Returns the date of signing.
     *
     * @return the value, may be null
     */
    public LocalDate getSignedOn() {
        return signedOn;
    }

    /**
     * Sets the date of signing.
     *
     * @param signedOn  the value, may be null
     */
    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    /**
     * Returns the designated recipient.
     *
     * @return the value, may be null
     */
    public String getRecipientName() {
        return recipientName;
    }

    /**
     * Sets the designated recipient.
     *
     * @param recipientName  the value, may be null
     */
    public void setRecipientName(String recipientName) {
        this.recipientName = Forms.clean(recipientName);
    }
}
