package io.github.medrecords.testkit.intake;

import io.github.medrecords.core.intake.RecordsRequestSubmission;
import java.util.Objects;

/**
 * A submission with exactly one mistake, and the one violation intake must report for it.
 *
 * @param submission  the submission, not null
 * @param corruption  the mistake made, not null
 * @param expectedField  the field the violation names, not null
 * @param expectedCode  the violation's code, not null
 */
public record InvalidSubmission(RecordsRequestSubmission submission, Corruption corruption, String expectedField,
        String expectedCode) {

    /**
     * Validates the parts.
     */
    public InvalidSubmission {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(corruption, "corruption");
        Objects.requireNonNull(expectedField, "expectedField");
        Objects.requireNonNull(expectedCode, "expectedCode");
    }

    @Override
    public String toString() {
        return "InvalidSubmission[" + corruption + " -> " + expectedField + " (" + expectedCode + ")]";
    }
}
