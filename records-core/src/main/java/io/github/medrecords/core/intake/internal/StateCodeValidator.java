package io.github.medrecords.core.intake.internal;

import io.github.medrecords.core.party.UsState;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link StateCode}; absent or blank text is left to {@code @NotBlank}.
 */
public final class StateCodeValidator implements ConstraintValidator<StateCode, String> {

    /**
     * Creates the validator; Bean Validation calls this.
     */
    public StateCodeValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || UsState.fromCode(value).isPresent();
    }
}
