package io.github.medrecords.spring.boot;

import io.github.medrecords.core.intake.MedrecordsValidation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.Objects;

/**
 * The library's own Bean Validation, with its own message bundle and clock, kept apart from the
 * application's {@code Validator} bean so that neither replaces the other. Closed with the context.
 *
 * <p>Thread-safe.
 */
public final class MedrecordsValidator implements AutoCloseable {

    private final ValidatorFactory factory;

    private MedrecordsValidator(ValidatorFactory factory) {
        this.factory = factory;
    }

    /**
     * Creates the library's validation on a clock.
     *
     * @param clock  the clock that "in the past" is judged by, not null
     * @return the validation, not null
     */
    public static MedrecordsValidator of(Clock clock) {
        return new MedrecordsValidator(MedrecordsValidation.validatorFactory(Objects.requireNonNull(clock, "clock")));
    }

    /**
     * Returns the validator for form input.
     *
     * @return the validator, not null
     */
    public Validator validator() {
        return factory.getValidator();
    }

    @Override
    public void close() {
        factory.close();
    }

    @Override
    public String toString() {
        return "MedrecordsValidator";
    }
}
