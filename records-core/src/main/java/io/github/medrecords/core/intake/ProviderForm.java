package io.github.medrecords.core.intake;

import io.github.medrecords.core.party.PhoneNumber;
import io.github.medrecords.core.request.ProviderRecipient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The provider's office that receives copies directly, as a form collects it.
 *
 * <p>Setters strip text and turn blank text into null. Not thread-safe.
 */
public class ProviderForm {

    @NotBlank(message = "{medrecords.provider.name.required}")
    @Size(max = 200, message = "{medrecords.text.tooLong}")
    private String name;

    @Pattern(regexp = ProviderRecipient.NPI_PATTERN, message = "{medrecords.provider.npi.invalid}")
    private String npi;

    @NotNull(message = "{medrecords.provider.address.required}")
    @Valid
    private AddressForm address;

    @Pattern(regexp = PhoneNumber.PATTERN, message = "{medrecords.fax.invalid}")
    private String fax;

    /**
     * Creates an empty form.
     */
    public ProviderForm() {
    }

    /**
     * Returns the provider's or facility's name.
     *
     * @return the value, may be null
     */
    public String getName() {
        return name;
    }

    /**
     * Sets the provider's or facility's name.
     *
     * @param name  the value, may be null
     */
    public void setName(String name) {
        this.name = Forms.clean(name);
    }

    /**
     * Returns the provider's ten-digit NPI.
     *
     * @return the value, may be null
     */
    public String getNpi() {
        return npi;
    }

    /**
     * Sets the provider's ten-digit NPI.
     *
     * @param npi  the value, may be null
     */
    public void setNpi(String npi) {
        this.npi = Forms.clean(npi);
    }

    /**
     * Returns the office address.
     *
     * @return the value, may be null
     */
    public AddressForm getAddress() {
        return address;
    }

    /**
     * Sets the office address.
     *
     * @param address  the value, may be null
     */
    public void setAddress(AddressForm address) {
        this.address = address;
    }

    /**
     * Returns the office fax number.
     *
     * @return the value, may be null
     */
    public String getFax() {
        return fax;
    }

    /**
     * Sets the office fax number.
     *
     * @param fax  the value, may be null
     */
    public void setFax(String fax) {
        this.fax = Forms.clean(fax);
    }
}
