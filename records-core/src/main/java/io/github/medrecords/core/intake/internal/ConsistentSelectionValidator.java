package io.github.medrecords.core.intake.internal;

import static io.github.medrecords.core.intake.internal.ConsistentSubmissionValidator.isBlank;

import io.github.medrecords.core.intake.RecordSelectionForm;
import io.github.medrecords.core.request.RecordType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link ConsistentSelection}.
 */
public final class ConsistentSelectionValidator
        implements ConstraintValidator<ConsistentSelection, RecordSelectionForm> {

    /**
     * Creates the validator; Bean Validation calls this.
     */
    public ConsistentSelectionValidator() {
    }

    @Override
    public boolean isValid(RecordSelectionForm r, ConstraintValidatorContext context) {
        if (r == null) {
            return true;
        }
        Problems problems = new Problems(context);
        problems.report(RecordType.OTHER_DOCUMENTS.code().equals(r.getType()) && isBlank(r.getDescription()),
                "description", "medrecords.records.description.required");
        problems.report(r.getFrom() != null && r.getTo() != null && r.getTo().isBefore(r.getFrom()),
                "to", "medrecords.records.to.beforeFrom");
        return problems.none();
    }
}
