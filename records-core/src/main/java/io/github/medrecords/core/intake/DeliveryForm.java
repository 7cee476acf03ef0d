package io.github.medrecords.core.intake;

import io.github.medrecords.core.intake.internal.ConsistentDelivery;
import io.github.medrecords.core.party.EmailAddress;
import io.github.medrecords.core.party.PhoneNumber;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.DeliveryMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How and where to deliver, as a form collects it: the method, and the one destination that method needs.
 *
 * <p>Setters strip text and turn blank text into null. Not thread-safe.
 */
@ConsistentDelivery
public class DeliveryForm {

    @NotNull(message = "{medrecords.delivery.method.required}")
    private DeliveryMethod method;

    @Pattern(regexp = EmailAddress.PATTERN, message = "{medrecords.email.invalid}")
    @Size(max = 254, message = "{medrecords.email.invalid}")
    private String email;

    @Valid
    private AddressForm postalAddress;

    @Pattern(regexp = PhoneNumber.PATTERN, message = "{medrecords.fax.invalid}")
    private String faxNumber;

    @Valid
    private ProviderForm provider;

    @Pattern(regexp = Delivery.CLIENT_ID, message = "{medrecords.delivery.app.invalid}")
    private String app;

    /**
     * Creates an empty form.
     */
    public DeliveryForm() {
    }

    /**
     * Returns the delivery method.
     *
     * @return the value, may be null
     */
    public DeliveryMethod getMethod() {
        return method;
    }

    /**
     * Sets the delivery method.
     *
     * @param method  the value, may be null
     */
    public void setMethod(DeliveryMethod method) {
        this.method = method;
    }

    /**
     * Returns the client id of the app a patient connected to the practice's API.
     *
     * @return the value, may be null
     */
    public String getApp() {
        return app;
    }

    /**
     * Sets the client id of the app a patient connected to the practice's API.
     *
     * @param app  the value, may be null
     */
    public void setApp(String app) {
        this.app = Forms.clean(app);
    }

    /**
     * Returns the email address for a secure link.
     *
     * @return the value, may be null
     */
    public String getEmail() {
        return email;
    }

    /**
     * Sets the email address for a secure link.
     *
     * @param email  the value, may be null
     */
    public void setEmail(String email) {
        this.email = Forms.clean(email);
    }

    /**
     * Returns the postal address for a mailed delivery.
     *
     * @return the value, may be null
     */
    public AddressForm getPostalAddress() {
        return postalAddress;
    }

    /**
     * Sets the postal address for a mailed delivery.
     *
     * @param postalAddress  the value, may be null
     */
    public void setPostalAddress(AddressForm postalAddress) {
        this.postalAddress = postalAddress;
    }

    /**
     * Returns the fax number for a fax delivery.
     *
     * @return the value, may be null
     */
    public String getFaxNumber() {
        return faxNumber;
    }

    /**
     * Sets the fax number for a fax delivery.
     *
     * @param faxNumber  the value, may be null
     */
    public void setFaxNumber(String faxNumber) {
        this.faxNumber = Forms.clean(faxNumber);
    }

    /**
     * Returns the receiving provider for a direct delivery.
     *
     * @return the value, may be null
     */
    public ProviderForm getProvider() {
        return provider;
    }

    /**
     * Sets the receiving provider for a direct delivery.
     *
     * @param provider  the value, may be null
     */
    public void setProvider(ProviderForm provider) {
        this.provider = provider;
    }
}
