package io.github.medrecords.fhir;

import io.github.medrecords.core.intake.FieldViolation;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import java.util.List;
import java.util.Objects;

/**
 * What a posted Task says as a portal's form, and the problems found in reading it (codes we do not know,
 * inputs given twice with different values, references to nothing, a Consent without a signature). The intake
 * checks the submission as it checks any form; a caller reports both lists.
 *
 * <p>The submission is mutable, as every form is; the record is not thread-safe for that reason.
 *
 * @param submission  the form read from the Task, not null
 * @param problems  the problems found in reading it, by submission field; unmodifiable, not null
 */
public record TaskSubmission(RecordsRequestSubmission submission, List<FieldViolation> problems) {

    /**
     * Validates the parts and copies the problems.
     */
    public TaskSubmission {
        Objects.requireNonNull(submission, "submission");
        problems = List.copyOf(problems);
    }
}
