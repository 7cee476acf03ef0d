package io.github.medrecords.core.intake;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem with a submission: the field a portal should highlight, a stable code to translate
 * by, and a message in words a patient understands.
 *
 * <p>Never holds what the patient typed. Immutable and thread-safe.
 *
 * @param field  the field's path in the submission, for example {@code records[0].copies}; empty for the whole form
 * @param code  the stable message key, for example {@code medrecords.records.copies.range}
 * @param message  the message in the validator's locale
 */
public record FieldViolation(String field, String code, String message) implements Comparable<FieldViolation> {

    private static final Comparator<FieldViolation> ORDER =
            Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::code);

    /**
     * Validates the violation.
     */
    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public int compareTo(FieldViolation other) {
        return ORDER.compare(this, other);
    }
}
