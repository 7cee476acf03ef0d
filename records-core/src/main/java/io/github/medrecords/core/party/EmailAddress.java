package io.github.medrecords.core.party;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An email address: a local part, an {@code @} and a domain with at least one dot; at most 254
 * characters; never any white space or control character, so it cannot smuggle a mail header.
 *
 * <p>Protected health information when it is a patient's: {@link #toString()} reveals none of it.
 * Immutable and thread-safe.
 */
public final class EmailAddress {

    /** What a portal may accept. */
    public static final String PATTERN =
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+";

    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    private final String value;

    private EmailAddress(String value) {
        this.value = value;
    }

    /**
     * Parses an email address; the domain is kept in lower case.
     *
     * @param text  the address, not null
     * @return the address, not null
     * @throws IllegalArgumentException if the text is not a plain email address
     */
    public static EmailAddress parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        if (s.length() > 254 || !FORMAT.matcher(s).matches()) {
            throw new IllegalArgumentException("Not a valid email address");
        }
        int at = s.lastIndexOf('@');
        return new EmailAddress(s.substring(0, at) + "@" + s.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Returns the address as text, for a mail adapter.
     *
     * @return the address, not null
     */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof EmailAddress other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns a redacted form that reveals nothing of the address.
     *
     * @return {@code EmailAddress[redacted]}
     */
    @Override
    public String toString() {
        return "EmailAddress[redacted]";
    }
}
