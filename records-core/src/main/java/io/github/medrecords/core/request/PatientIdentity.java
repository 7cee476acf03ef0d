package io.github.medrecords.core.request;

import io.github.medrecords.core.party.ContactDetails;
import io.github.medrecords.core.party.PersonName;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who the records are about: name, date of birth, optional medical record number, and contact.
 *
 * <p>All of it is protected health information: {@link #toString()} reveals none of it.
 * Immutable and thread-safe.
 */
public final class PatientIdentity {

    /** A medical record number: letters, digits and dashes, 1 to 40 characters. */
    public static final String MRN_PATTERN = "[A-Za-z0-9-]{1,40}";

    private static final Pattern MRN = Pattern.compile(MRN_PATTERN);

    private final PersonName name;
    private final LocalDate dateOfBirth;
    private final String medicalRecordNumber;
    private final ContactDetails contact;

    private PatientIdentity(PersonName name, LocalDate dateOfBirth, String medicalRecordNumber,
            ContactDetails contact) {
        this.name = name;
        this.dateOfBirth = dateOfBirth;
        this.medicalRecordNumber = medicalRecordNumber;
        this.contact = contact;
    }

    /**
     * Obtains a patient identity.
     *
     * @param name  the patient's name, not null
     * @param dateOfBirth  the date of birth, not null
     * @param medicalRecordNumber  the practice's record number, may be null
     * @param contact  how to reach the patient, not null
     * @return the identity, not null
     * @throws IllegalArgumentException if the record number is malformed
     */
    public static PatientIdentity of(PersonName name, LocalDate dateOfBirth, String medicalRecordNumber,
            ContactDetails contact) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(contact, "contact");
        String mrn = medicalRecordNumber == null || medicalRecordNumber.isBlank() ? null : medicalRecordNumber.strip();
        if (mrn != null && !MRN.matcher(mrn).matches()) {
            throw new IllegalArgumentException("Medical record number must be 1-40 letters, digits or dashes");
        }
        return new PatientIdentity(name, dateOfBirth, mrn, contact);
    }

    /**
     * Returns the patient's name.
     *
     * @return the name, not null
     */
    public PersonName name() {
        return name;
    }

    /**
     * Returns the date of birth.
     *
     * @return the date, not null
     */
    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    /**
     * Returns the medical record number.
     *
     * @return the number, empty if not given
     */
    public Optional<String> medicalRecordNumber() {
        return Optional.ofNullable(medicalRecordNumber);
    }

    /**
     * Returns how to reach the patient.
     *
     * @return the contact details, not null
     */
    public ContactDetails contact() {
        return contact;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PatientIdentity o && name.equals(o.name) && dateOfBirth.equals(o.dateOfBirth)
                && Objects.equals(medicalRecordNumber, o.medicalRecordNumber) && contact.equals(o.contact);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, dateOfBirth, medicalRecordNumber, contact);
    }

    /**
     * Returns a redacted form that reveals nothing about the patient.
     *
     * @return {@code PatientIdentity[redacted]}
     */
    @Override
    public String toString() {
        return "PatientIdentity[redacted]";
    }
}
