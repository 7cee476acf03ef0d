package io.github.medrecords.core.party;

import io.github.medrecords.core.MedrecordsException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Thrown when text is not an email address this library can send to: malformed, too long, or
 * holding a character outside printable ASCII.
 *
 * <p>Addresses are refused rather than sent with SMTPUTF8 (RFC 6531): the mail adapter does not ask
 * the server for that extension, and a control, format or line-separator character (U+0085, U+2028,
 * U+202E, ...) has no place in an address in any case. The message names the problem and, for a
 * refused character, its code point, never the address.
 */
public final class InvalidEmailAddressException extends MedrecordsException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the address. */
    public enum Problem {
        /** A control, format, line or paragraph separator or other white-space character anywhere. */
        CONTROL_OR_SEPARATOR_CHARACTER,
        /** A character outside printable ASCII that is not a control or separator (SMTPUTF8 is not used). */
        NON_ASCII_CHARACTER,
        /** Longer than 254 characters. */
        TOO_LONG,
        /** Not one local part, an {@code @} and a domain with at least one dot. */
        MALFORMED
    }

    private final Problem problem;
    private final int codePoint;

    /**
     * Creates the exception.
     *
     * @param problem  what is wrong, not null
     * @param codePoint  the refused character's code point, or -1 where no single character is at fault
     */
    public InvalidEmailAddressException(Problem problem, int codePoint) {
        super(message(Objects.requireNonNull(problem, "problem"), codePoint));
        this.problem = problem;
        this.codePoint = codePoint;
    }

    private static String message(Problem problem, int codePoint) {
        return switch (problem) {
            case CONTROL_OR_SEPARATOR_CHARACTER -> String.format(
                    "Not a valid email address: it holds the control or separator character U+%04X", codePoint);
            case NON_ASCII_CHARACTER -> String.format(
                    "Not a valid email address: it holds U+%04X, and only printable ASCII is accepted", codePoint);
            case TOO_LONG -> "Not a valid email address: longer than 254 characters";
            case MALFORMED -> "Not a valid email address";
        };
    }

    /**
     * Returns what is wrong with the address.
     *
     * @return the problem, not null
     */
    public Problem problem() {
        return problem;
    }

    /**
     * Returns the code point of the refused character, where one is at fault.
     *
     * @return the code point, empty for {@link Problem#TOO_LONG} and {@link Problem#MALFORMED}
     */
    public OptionalInt codePoint() {
        return codePoint < 0 ? OptionalInt.empty() : OptionalInt.of(codePoint);
    }
}
