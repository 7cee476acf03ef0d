package io.github.medrecords.core.party;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An email address: a local part, an {@code @} and a domain with at least one dot; at most 254
 * characters; printable ASCII only, so never any white space, control, format (such as U+202E) or
 * line-separator character (such as U+0085 or U+2028) that could smuggle a mail header or disguise
 * the address. Non-ASCII addresses are refused rather than sent with SMTPUTF8, which the mail
 * adapter does not use.
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
     * Parses an email address; spaces (U+0020) around it are dropped, the domain is kept in lower
     * case.
     *
     * @param text  the address, not null
     * @return the address, not null
     * @throws InvalidEmailAddressException if the text holds a control, format, separator, white-space
     *         or other non-ASCII character anywhere, is longer than 254 characters or is not a plain
     *         email address; {@link InvalidEmailAddressException#problem()} says which
     */
    public static EmailAddress parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = stripSpaces(text);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isControlOrSeparator(cp)) {
                throw new InvalidEmailAddressException(InvalidEmailAddressException.Problem.CONTROL_OR_SEPARATOR_CHARACTER,
                        cp);
            }
            if (cp > 0x7E) {
                throw new InvalidEmailAddressException(InvalidEmailAddressException.Problem.NON_ASCII_CHARACTER, cp);
            }
            i += Character.charCount(cp);
        }
        if (s.length() > 254) {
            throw new InvalidEmailAddressException(InvalidEmailAddressException.Problem.TOO_LONG, -1);
        }
        if (!FORMAT.matcher(s).matches()) {
            throw new InvalidEmailAddressException(InvalidEmailAddressException.Problem.MALFORMED, -1);
        }
        int at = s.lastIndexOf('@');
        return new EmailAddress(s.substring(0, at) + "@" + s.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    private static String stripSpaces(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && text.charAt(from) == ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        return text.substring(from, to);
    }

    /**
     * Whether a code point is a control (Cc), format (Cf), line (Zl) or paragraph (Zp) separator,
     * space separator (Zs) or other white space.
     */
    static boolean isControlOrSeparator(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SPACE_SEPARATOR
                || Character.isWhitespace(cp);
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
