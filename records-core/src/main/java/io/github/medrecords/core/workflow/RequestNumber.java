package io.github.medrecords.core.workflow;

import java.util.Objects;

/**
 * The number a requester and the records office use for a request, such as {@code 2026-000042}:
 * the year of receipt and a sequence the repository hands out, unique within a practice across
 * every instance sharing the store.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value  the number, four-digit year, a dash and at least six digits
 */
public record RequestNumber(String value) implements Comparable<RequestNumber> {

    /**
     * Validates the number.
     *
     * @throws IllegalArgumentException if the format is wrong
     */
    public RequestNumber {
        Objects.requireNonNull(value, "value");
        if (!wellFormed(value)) {
            throw new IllegalArgumentException("Request number '" + value + "' is not of the form 2026-000042");
        }
    }

    /** {@code [0-9]{4}-[0-9]{6,12}}, checked without a regular expression: numbers are read per row. */
    private static boolean wellFormed(String value) {
        int length = value.length();
        if (length < 11 || length > 17 || value.charAt(4) != '-') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (i != 4 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Obtains the number for a year and a sequence.
     *
     * @param year  the year of receipt, 1000 to 9999
     * @param sequence  the sequence within the practice, positive
     * @return the number, not null
     */
    public static RequestNumber of(int year, long sequence) {
        if (year < 1000 || year > 9999 || sequence < 1) {
            throw new IllegalArgumentException("Year " + year + " or sequence " + sequence + " out of range");
        }
        return new RequestNumber(String.format("%04d-%06d", year, sequence));
    }

    /**
     * Parses a number.
     *
     * @param text  the number, not null
     * @return the number, not null
     * @throws IllegalArgumentException if the format is wrong
     */
    public static RequestNumber parse(String text) {
        return new RequestNumber(text);
    }

    @Override
    public int compareTo(RequestNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
