package io.github.medrecords.core.practice;

import io.github.medrecords.core.party.PhoneNumber;
import java.util.Objects;

/**
 * The person or office a requester may complain to, named in every denial notice
 * (45 CFR 164.524(d)(2)(iii), R1.21): a name or a title, and a phone number.
 *
 * <p>This is the practice's contact, not patient data. Immutable and thread-safe.
 *
 * @param nameOrTitle  a person's name or an office's title, for example "Privacy Officer", not blank
 * @param phone  the phone number, not null
 */
public record ComplaintContact(String nameOrTitle, PhoneNumber phone) {

    /**
     * Validates the contact.
     *
     * @param nameOrTitle  a name or title, not blank
     * @param phone  the phone number, not null
     * @throws IllegalArgumentException if the name or title is blank
     */
    public ComplaintContact {
        Objects.requireNonNull(nameOrTitle, "nameOrTitle");
        Objects.requireNonNull(phone, "phone");
        if (nameOrTitle.isBlank()) {
            throw new IllegalArgumentException("Complaint contact needs a name or title");
        }
        nameOrTitle = nameOrTitle.strip();
    }

    /**
     * Obtains a complaint contact.
     *
     * @param nameOrTitle  a name or title, not blank
     * @param phone  the phone number as text, not null
     * @return the contact, not null
     * @throws IllegalArgumentException if either part is invalid
     */
    public static ComplaintContact of(String nameOrTitle, String phone) {
        return new ComplaintContact(nameOrTitle, PhoneNumber.parse(phone));
    }
}
