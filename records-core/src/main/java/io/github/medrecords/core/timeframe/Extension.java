package io.github.medrecords.core.timeframe;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An extension of a legal deadline: the written statement of the reasons for the delay and the
 * date by which access will be given, given to the requester on a date (R1.9, R4.5).
 *
 * <p>The reason may describe the patient's records, so {@link #toString()} leaves it out.
 * Immutable and thread-safe.
 *
 * @param givenOn  the date the written statement was given, not null
 * @param newDate  the date by which access will be given, not null
 * @param writtenReason  the written reason for the delay, not blank
 */
public record Extension(LocalDate givenOn, LocalDate newDate, String writtenReason) {

    /**
     * Validates the parts.
     *
     * @param givenOn  the date the written statement was given, not null
     * @param newDate  the date by which access will be given, not null
     * @param writtenReason  the written reason for the delay, not blank
     * @throws IllegalArgumentException if the reason is blank or the new date is before the date given
     */
    public Extension {
        Objects.requireNonNull(givenOn, "givenOn");
        Objects.requireNonNull(newDate, "newDate");
        Objects.requireNonNull(writtenReason, "writtenReason");
        if (writtenReason.isBlank()) {
            throw new IllegalArgumentException("An extension needs a written reason (R1.9)");
        }
        if (newDate.isBefore(givenOn)) {
            throw new IllegalArgumentException("An extension's new date cannot be before the date it is given");
        }
    }

    /**
     * Returns an extension.
     *
     * @param givenOn  the date the written statement was given, not null
     * @param newDate  the date by which access will be given, not null
     * @param writtenReason  the written reason for the delay, not blank
     * @return the extension, not null
     * @throws IllegalArgumentException if the reason is blank or the new date is before the date given
     */
    public static Extension of(LocalDate givenOn, LocalDate newDate, String writtenReason) {
        return new Extension(givenOn, newDate, writtenReason);
    }

    @Override
    public String toString() {
        return "Extension[given " + givenOn + ", new date " + newDate + "]";
    }
}
