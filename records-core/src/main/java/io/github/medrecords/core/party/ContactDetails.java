package io.github.medrecords.core.party;

import java.util.Optional;

/**
 * How to reach a person: any of an email address, a phone number and a postal address.
 *
 * <p>Protected health information when it is a patient's: {@link #toString()} reveals none of it.
 * Immutable and thread-safe.
 *
 * @param email  the email address, may be null
 * @param phone  the phone number, may be null
 * @param address  the postal address, may be null
 */
public record ContactDetails(EmailAddress email, PhoneNumber phone, PostalAddress address) {

    private static final ContactDetails NONE = new ContactDetails(null, null, null);

    /**
     * Returns contact details with nothing in them.
     *
     * @return the empty details, not null
     */
    public static ContactDetails none() {
        return NONE;
    }

    /**
     * Returns the email address.
     *
     * @return the address, empty if not given
     */
    public Optional<EmailAddress> emailAddress() {
        return Optional.ofNullable(email);
    }

    /**
     * Returns the phone number.
     *
     * @return the number, empty if not given
     */
    public Optional<PhoneNumber> phoneNumber() {
        return Optional.ofNullable(phone);
    }

    /**
     * Returns the postal address.
     *
     * @return the address, empty if not given
     */
    public Optional<PostalAddress> postalAddress() {
        return Optional.ofNullable(address);
    }

    /**
     * Returns a form that reveals only which details are present.
     *
     * @return for example {@code ContactDetails[email, phone]}
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ContactDetails[");
        String sep = "";
        if (email != null) {
            s.append("email");
            sep = ", ";
        }
        if (phone != null) {
            s.append(sep).append("phone");
            sep = ", ";
        }
        if (address != null) {
            s.append(sep).append("address");
        }
        return s.append(']').toString();
    }
}
