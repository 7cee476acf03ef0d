package io.github.medrecords.core.intake.internal;

import io.github.medrecords.core.intake.DeliveryForm;
import io.github.medrecords.core.intake.DocumentForm;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.intake.RequesterForm;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.DocumentKind;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RepresentativeKind;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.request.ThirdPartyKind;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Validates {@link ConsistentSubmission}. A rule whose inputs are missing is skipped: the missing
 * input is reported once, by its own constraint.
 */
public final class ConsistentSubmissionValidator
        implements ConstraintValidator<ConsistentSubmission, RecordsRequestSubmission> {

    /**
     * Creates the validator; Bean Validation calls this.
     */
    public ConsistentSubmissionValidator() {
    }

    @Override
    public boolean isValid(RecordsRequestSubmission s, ConstraintValidatorContext context) {
        if (s == null) {
            return true;
        }
        Problems problems = new Problems(context);
        RequesterForm requester = s.getRequester();
        RequesterRole role = requester == null ? null : requester.getRole();
        LegalBasis basis = s.getLegalBasis();
        DeliveryForm delivery = s.getDelivery();
        DeliveryMethod method = delivery == null ? null : delivery.getMethod();

        problems.report(role != null && basis != null && !role.permits(basis),
                "legalBasis", "medrecords.legalBasis.notAllowedForRole");
        problems.report(basis != null && basis.requiresAuthorization() && s.getAuthorization() == null,
                "authorization", "medrecords.authorization.required");
        problems.report(basis != null && basis.requiresDirective() && s.getDirective() == null,
                "directive", "medrecords.directive.required");
        problems.report(basis != null && basis.requiresDirective() && method != null
                        && method.destination() == DeliveryMethod.Destination.NONE,
                "delivery.method", "medrecords.directive.destination.required");
        problems.report(s.isAttorneyBeforeSuit() && role != null && basis != null
                        && !(role == RequesterRole.THIRD_PARTY && requester.getThirdPartyKind() == null)
                        && !(basis == LegalBasis.AUTHORIZATION && role == RequesterRole.THIRD_PARTY
                                && requester.getThirdPartyKind() == ThirdPartyKind.ATTORNEY),
                "attorneyBeforeSuit", "medrecords.attorneyBeforeSuit.notAttorneyWithAuthorization");
        problems.report(s.getPurpose() == PurposeKind.OTHER && isBlank(s.getPurposeDescription()),
                "purposeDescription", "medrecords.purposeDescription.required");

        Set<DocumentKind> attached = EnumSet.noneOf(DocumentKind.class);
        s.getDocuments().stream().filter(Objects::nonNull).map(DocumentForm::getKind).filter(Objects::nonNull)
                .forEach(attached::add);
        RepresentativeKind representative = role == RequesterRole.PERSONAL_REPRESENTATIVE
                ? requester.getRepresentativeKind() : null;
        problems.report(representative != null && Collections.disjoint(attached, representative.acceptedProof()),
                "documents", "medrecords.documents.proofOfAuthority.required");
        problems.report(basis != null && !basis.acceptedDocuments().isEmpty()
                        && Collections.disjoint(attached, basis.acceptedDocuments()),
                "documents", "medrecords.documents.legalProcess.required");
        return problems.none();
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
