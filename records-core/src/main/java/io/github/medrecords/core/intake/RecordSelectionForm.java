package io.github.medrecords.core.intake;

import io.github.medrecords.core.intake.internal.ConsistentSelection;
import io.github.medrecords.core.request.RecordSelection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One line of the form's record list: a record type code, the approximate dates of the appointments, and how many copies.
 *
 * <p>Setters strip text and turn blank text into null. Not thread-safe.
 */
@ConsistentSelection
public class RecordSelectionForm {

    @NotBlank(message = "{medrecords.records.type.required}")
    @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{medrecords.records.type.unknown}")
    private String type;

    @Size(max = 500, message = "{medrecords.text.tooLong}")
    private String description;

    @PastOrPresent(message = "{medrecords.records.from.future}")
    private LocalDate from;

    @PastOrPresent(message = "{medrecords.records.to.future}")
    private LocalDate to;

    @NotNull(message = "{medrecords.records.copies.required}")
    @Min(value = 1, message = "{medrecords.records.copies.range}")
    @Max(value = RecordSelection.MAX_COPIES, message = "{medrecords.records.copies.range}")
    private Integer copies;

    /**
     * Creates an empty form.
     */
    public RecordSelectionForm() {
    }

    /**
     * Returns the record type code, for example {@code MRI_IMAGES}.
     *
     * @return the value, may be null
     */
    public String getType() {
        return type;
    }

    /**
     * Sets the record type code, for example {@code MRI_IMAGES}.
     *
     * @param type  the value, may be null
     */
    public void setType(String type) {
        this.type = Forms.clean(type);
    }

    /**
     * Returns the records in the requester's words.
     *
     * @return the value, may be null
     */
    public String getDescription() {
        return description;
    }

    /**
     * Sets the records in the requester's words.
     *
     * @param description  the value, may be null
     */
    public void setDescription(String description) {
        this.description = Forms.clean(description);
    }

    /**
     * Returns the first appointment date, if known.
     *
     * @return the value, may be null
     */
    public LocalDate getFrom() {
        return from;
    }

    /**
     * Sets the first appointment date, if known.
     *
     * @param from  the value, may be null
     */
    public void setFrom(LocalDate from) {
        this.from = from;
    }

    /**
     * Returns the last appointment date, if known.
     *
     * @return the value, may be null
     */
    public LocalDate getTo() {
        return to;
    }

    /**
     * Sets the last appointment date, if known.
     *
     * @param to  the value, may be null
     */
    public void setTo(LocalDate to) {
        this.to = to;
    }

    /**
     * Returns the number of copies.
     *
     * @return the value, may be null
     */
    public Integer getCopies() {
        return copies;
    }

    /**
     * Sets the number of copies.
     *
     * @param copies  the value, may be null
     */
    public void setCopies(Integer copies) {
        this.copies = copies;
    }
}
