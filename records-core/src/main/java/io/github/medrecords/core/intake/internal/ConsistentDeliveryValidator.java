package io.github.medrecords.core.intake.internal;

import static io.github.medrecords.core.intake.internal.ConsistentSubmissionValidator.isBlank;

import io.github.medrecords.core.intake.DeliveryForm;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link ConsistentDelivery}: the destination each method needs comes from
 * {@link io.github.medrecords.core.request.DeliveryMethod#destination()}, the same rule the domain's
 * {@code Delivery} factories enforce.
 */
public final class ConsistentDeliveryValidator implements ConstraintValidator<ConsistentDelivery, DeliveryForm> {

    /**
     * Creates the validator; Bean Validation calls this.
     */
    public ConsistentDeliveryValidator() {
    }

    @Override
    public boolean isValid(DeliveryForm d, ConstraintValidatorContext context) {
        if (d == null || d.getMethod() == null) {
            return true;
        }
        Problems problems = new Problems(context);
        switch (d.getMethod().destination()) {
            case EMAIL -> problems.report(isBlank(d.getEmail()), "email", "medrecords.delivery.email.required");
            case POSTAL_ADDRESS -> problems.report(d.getPostalAddress() == null,
                    "postalAddress", "medrecords.delivery.postalAddress.required");
            case FAX_NUMBER -> problems.report(isBlank(d.getFaxNumber()),
                    "faxNumber", "medrecords.delivery.faxNumber.required");
            case PROVIDER -> problems.report(d.getProvider() == null,
                    "provider", "medrecords.delivery.provider.required");
            case APP -> problems.report(isBlank(d.getApp()), "app", "medrecords.delivery.app.required");
            case NONE -> {
                // The portal needs no destination.
            }
        }
        return problems.none();
    }
}
