package io.github.medrecords.core.intake.internal;

import static io.github.medrecords.core.intake.internal.ConsistentSubmissionValidator.isBlank;

import io.github.medrecords.core.intake.AuthorizationForm;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/**
 * Validates {@link ConsistentAuthorization}.
 */
public final class ConsistentAuthorizationValidator
        implements ConstraintValidator<ConsistentAuthorization, AuthorizationForm> {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /**
     * Creates the validator; Bean Validation calls this.
     */
    public ConsistentAuthorizationValidator() {
    }

    @Override
    public boolean isValid(AuthorizationForm a, ConstraintValidatorContext context) {
        if (a == null) {
            return true;
        }
        Problems problems = new Problems(context);
        problems.report(a.getCoveredFrom() != null && a.getCoveredTo() != null
                        && a.getCoveredTo().isBefore(a.getCoveredFrom()),
                "coveredTo", "medrecords.authorization.coveredTo.beforeFrom");
        problems.report(a.getExpiresOn() != null && !isBlank(a.getExpirationEvent()),
                "expirationEvent", "medrecords.authorization.expiration.ambiguous");
        problems.report(a.getRecordTypes().stream().anyMatch(code -> code == null || !CODE.matcher(code).matches()),
                "recordTypes", "medrecords.records.type.unknown");
        problems.report(a.getRecipients().stream().anyMatch(r -> r == null || r.isBlank()),
                "recipients", "medrecords.authorization.recipients.blank");
        return problems.none();
    }
}
