package io.github.medrecords.core.intake;

import io.github.medrecords.core.intake.internal.ConsistentRequester;
import io.github.medrecords.core.party.EmailAddress;
import io.github.medrecords.core.party.PhoneNumber;
import io.github.medrecords.core.request.RepresentativeKind;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.request.ThirdPartyKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who asks, as a form collects it. For the patient only the role is needed; anyone else gives a name and a way to reach them.
 *
 * <p>Setters strip text and turn blank text into null. Not thread-safe.
 */
@ConsistentRequester
public class RequesterForm {

    @NotNull(message = "{medrecords.requester.role.required}")
    private RequesterRole role;

    @Size(max = 200, message = "{medrecords.text.tooLong}")
    private String name;

    @Size(max = 200, message = "{medrecords.text.tooLong}")
    private String organization;

    private RepresentativeKind representativeKind;

    private ThirdPartyKind thirdPartyKind;

    @Pattern(regexp = EmailAddress.PATTERN, message = "{medrecords.email.invalid}")
    @Size(max = 254, message = "{medrecords.email.invalid}")
    private String email;

    @Pattern(regexp = PhoneNumber.PATTERN, message = "{medrecords.phone.invalid}")
    private String phone;

    /**
     * Creates an empty form.
     */
    public RequesterForm() {
    }

    /**
     * Returns the requester's role.
     *
     * @return the value, may be null
     */
    public RequesterRole getRole() {
        return role;
    }

    /**
     * Sets the requester's role.
     *
     * @param role  the value, may be null
     */
    public void setRole(RequesterRole role) {
        this.role = role;
    }

    /**
     * Returns the requester's name, for anyone but the patient.
     *
     * @return the value, may be null
     */
    public String getName() {
        return name;
    }

    /**
     * Sets the requester's name, for anyone but the patient.
     *
     * @param name  the value, may be null
     */
    public void setName(String name) {
        this.name = Forms.clean(name);
    }

    /**
     * Returns the requester's organization.
     *
     * @return the value, may be null
     */
    public String getOrganization() {
        return organization;
    }

    /**
     * Sets the requester's organization.
     *
     * @param organization  the value, may be null
     */
    public void setOrganization(String organization) {
        this.organization = Forms.clean(organization);
    }

    /**
     * Returns the kind of personal representative.
     *
     * @return the value, may be null
     */
    public RepresentativeKind getRepresentativeKind() {
        return representativeKind;
    }

    /**
     * Sets the kind of personal representative.
     *
     * @param representativeKind  the value, may be null
     */
    public void setRepresentativeKind(RepresentativeKind representativeKind) {
        this.representativeKind = representativeKind;
    }

    /**
     * Returns the kind of third party.
     *
     * @return the value, may be null
     */
    public ThirdPartyKind getThirdPartyKind() {
        return thirdPartyKind;
    }

    /**
     * Sets the kind of third party.
     *
     * @param thirdPartyKind  the value, may be null
     */
    public void setThirdPartyKind(ThirdPartyKind thirdPartyKind) {
        this.thirdPartyKind = thirdPartyKind;
    }

    /**
     * Returns the requester's email address.
     *
     * @return the value, may be null
     */
    public String getEmail() {
        return email;
    }

    /**
     * Sets the requester's email address.
     *
     * @param email  the value, may be null
     */
    public void setEmail(String email) {
        this.email = Forms.clean(email);
    }

    /**
     * Returns the requester's phone number.
     *
     * @return the value, may be null
     */
    public String getPhone() {
        return phone;
    }

    /**
     * Sets the requester's phone number.
     *
     * @param phone  the value, may be null
     */
    public void setPhone(String phone) {
        this.phone = Forms.clean(phone);
    }
}
