package io.github.medrecords.core.party;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A North American phone or fax number of ten digits, kept in the form {@code 203-555-0142}.
 *
 * <p>Protected health information when it is a patient's: {@link #toString()} reveals none of it.
 * Immutable and thread-safe.
 */
public final class PhoneNumber {

    /** What a portal may accept: ten digits with optional +1, spaces, dots, dashes and parentheses. */
    public static final String PATTERN = "\\+?1?[\\s.-]?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4}";

    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    private final String digits;

    private PhoneNumber(String digits) {
        this.digits = digits;
    }

    /**
     * Parses a phone number such as {@code (203) 555-0142} or {@code +1 203.555.0142}.
     *
     * @param text  the number, not null
     * @return the number, not null
     * @throws IllegalArgumentException if the text is not a ten-digit North American number
     */
    public static PhoneNumber parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        if (!FORMAT.matcher(s).matches()) {
            throw new IllegalArgumentException("Not a ten-digit phone number");
        }
        String digits = s.replaceAll("\\D", "");
        if (digits.length() == 11) {
            digits = digits.substring(1);
        }
        return new PhoneNumber(digits);
    }

    /**
     * Returns the number as {@code 203-555-0142}.
     *
     * @return the formatted number, not null
     */
    public String formatted() {
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PhoneNumber other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /**
     * Returns a redacted form that reveals no digits.
     *
     * @return {@code PhoneNumber[redacted]}
     */
    @Override
    public String toString() {
        return "PhoneNumber[redacted]";
    }
}
