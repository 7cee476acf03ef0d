package io.github.medrecords.core.intake.internal;

import static io.github.medrecords.core.intake.internal.ConsistentSubmissionValidator.isBlank;

import io.github.medrecords.core.intake.RequesterForm;
import io.github.medrecords.core.request.RequesterRole;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link ConsistentRequester}; without a role there is nothing to check beyond the
 * role's own constraint.
 */
public final class ConsistentRequesterValidator implements ConstraintValidator<ConsistentRequester, RequesterForm> {

    /**
     * Creates the validator; Bean Validation calls this.
     */
    public ConsistentRequesterValidator() {
    }

    @Override
    public boolean isValid(RequesterForm r, ConstraintValidatorContext context) {
        if (r == null || r.getRole() == null) {
            return true;
        }
        Problems problems = new Problems(context);
        RequesterRole role = r.getRole();
        boolean someoneElse = role != RequesterRole.PATIENT;
        problems.report(someoneElse && isBlank(r.getName()), "name", "medrecords.requester.name.required");
        problems.report(someoneElse && isBlank(r.getEmail()) && isBlank(r.getPhone()),
                "email", "medrecords.requester.contact.required");
        problems.report(role == RequesterRole.PROVIDER && isBlank(r.getOrganization()),
                "organization", "medrecords.requester.organization.required");
        problems.report(role == RequesterRole.PERSONAL_REPRESENTATIVE && r.getRepresentativeKind() == null,
                "representativeKind", "medrecords.requester.representativeKind.required");
        problems.report(role == RequesterRole.THIRD_PARTY && r.getThirdPartyKind() == null,
                "thirdPartyKind", "medrecords.requester.thirdPartyKind.required");
        return problems.none();
    }
}
