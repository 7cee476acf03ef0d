package io.github.medrecords.core.intake;

import io.github.medrecords.core.party.EmailAddress;
import io.github.medrecords.core.party.PhoneNumber;
import io.github.medrecords.core.request.PatientIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Who the records are about, as a form collects it.
 *
 * <p>Setters strip text and turn blank text into null. Not thread-safe.
 */
public class PatientForm {

    @NotBlank(message = "{medrecords.patient.givenName.required}")
    @Size(max = 100, message = "{medrecords.text.tooLong}")
    private String givenName;

    @NotBlank(message = "{medrecords.patient.familyName.required}")
    @Size(max = 100, message = "{medrecords.text.tooLong}")
    private String familyName;

    @NotNull(message = "{medrecords.patient.dateOfBirth.required}")
    @PastOrPresent(message = "{medrecords.patient.dateOfBirth.future}")
    private LocalDate dateOfBirth;

    @Pattern(regexp = PatientIdentity.MRN_PATTERN, message = "{medrecords.patient.medicalRecordNumber.invalid}")
    private String medicalRecordNumber;

    @Pattern(regexp = EmailAddress.PATTERN, message = "{medrecords.email.invalid}")
    @Size(max = 254, message = "{medrecords.email.invalid}")
    private String email;

    @Pattern(regexp = PhoneNumber.PATTERN, message = "{medrecords.phone.invalid}")
    private String phone;

    @Valid
    private AddressForm address;

    /**
     * Creates an empty form.
     */
    public PatientForm() {
    }

    /**
     * Returns the patient's given name.
     *
     * @return the value, may be null
     */
    public String getGivenName() {
        return givenName;
    }

    /**
     * Sets the patient's given name.
     *
     * @param givenName  the value, may be null
     */
    public void setGivenName(String givenName) {
        this.givenName = Forms.clean(givenName);
    }

    /**
     * Returns the patient's family name.
     *
     * @return the value, may be null
     */
    public String getFamilyName() {
        return familyName;
    }

    /**
     * Sets the patient's family name.
     *
     * @param familyName  the value, may be null
     */
    public void setFamilyName(String familyName) {
        this.familyName = Forms.clean(familyName);
    }

    /**
     * Returns the date of birth.
     *
     * @return the value, may be null
     */
    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    /**
     * Sets the date of birth.
     *
     * @param dateOfBirth  the value, may be null
     */
    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    /**
     * Returns the medical record number, if known.
     *
     * @return the value, may be null
     */
    public String getMedicalRecordNumber() {
        return medicalRecordNumber;
    }

    /**
     * Sets the medical record number, if known.
     *
     * @param medicalRecordNumber  the value, may be null
     */
    public void setMedicalRecordNumber(String medicalRecordNumber) {
        this.medicalRecordNumber = Forms.clean(medicalRecordNumber);
    }

    /**
     * Returns the patient's email address.
     *
     * @return the value, may be null
     */
    public String getEmail() {
        return email;
    }

    /**
     * Sets the patient's email address.
     *
     * @param email  the value, may be null
     */
    public void setEmail(String email) {
        this.email = Forms.clean(email);
    }

    /**
     * Returns the patient's phone number.
     *
     * @return the value, may be null
     */
    public String getPhone() {
        return phone;
    }

    /**
     * Sets the patient's phone number.
     *
     * @param phone  the value, may be null
     */
    public void setPhone(String phone) {
        this.phone = Forms.clean(phone);
    }

    /**
     * Returns the patient's postal address.
     *
     * @return the value, may be null
     */
    public AddressForm getAddress() {
        return address;
    }

    /**
     * Sets the patient's postal address.
     *
     * @param address  the value, may be null
     */
    public void setAddress(AddressForm address) {
        this.address = address;
    }
}
