package io.github.medrecords.core.intake;

import io.github.medrecords.core.intake.internal.StateCode;
import io.github.medrecords.core.party.PostalAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A postal address as a form collects it.
 *
 * <p>Setters strip text and turn blank text into null. Not thread-safe.
 */
public class AddressForm {

    @NotBlank(message = "{medrecords.address.line1.required}")
    @Size(max = 200, message = "{medrecords.text.tooLong}")
    private String line1;

    @Size(max = 200, message = "{medrecords.text.tooLong}")
    private String line2;

    @NotBlank(message = "{medrecords.address.city.required}")
    @Size(max = 100, message = "{medrecords.text.tooLong}")
    private String city;

    @NotBlank(message = "{medrecords.address.state.required}")
    @StateCode(message = "{medrecords.address.state.invalid}")
    private String state;

    @NotBlank(message = "{medrecords.address.zip.required}")
    @Pattern(regexp = PostalAddress.ZIP_PATTERN, message = "{medrecords.address.zip.invalid}")
    private String zip;

    /**
     * Creates an empty form.
     */
    public AddressForm() {
    }

    /**
     * Returns the street line.
     *
     * @return the value, may be null
     */
    public String getLine1() {
        return line1;
    }

    /**
     * Sets the street line.
     *
     * @param line1  the value, may be null
     */
    public void setLine1(String line1) {
        this.line1 = Forms.clean(line1);
    }

    /**
     * Returns the second line.
     *
     * @return the value, may be null
     */
    public String getLine2() {
        return line2;
    }

    /**
     * Sets the second line.
     *
     * @param line2  the value, may be null
     */
    public void setLine2(String line2) {
        this.line2 = Forms.clean(line2);
    }

    /**
     * Returns the city.
     *
     * @return the value, may be null
     */
    public String getCity() {
        return city;
    }

    /**
     * Sets the city.
     *
     * @param city  the value, may be null
     */
    public void setCity(String city) {
        this.city = Forms.clean(city);
    }

    /**
     * Returns the two-letter state code.
     *
     * @return the value, may be null
     */
    public String getState() {
        return state;
    }

    /**
     * Sets the two-letter state code.
     *
     * @param state  the value, may be null
     */
    public void setState(String state) {
        this.state = Forms.clean(state);
    }

    /**
     * Returns the ZIP code.
     *
     * @return the value, may be null
     */
    public String getZip() {
        return zip;
    }

    /**
     * Sets the ZIP code.
     *
     * @param zip  the value, may be null
     */
    public void setZip(String zip) {
        this.zip = Forms.clean(zip);
    }
}
