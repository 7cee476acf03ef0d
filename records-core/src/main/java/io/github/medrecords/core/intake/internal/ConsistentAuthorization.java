package io.github.medrecords.core.intake.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks the shape of a captured authorization: a covered date range that ends on or after it starts, one kind of expiration, and well-formed record type codes.
 * Each problem is reported on the field a portal should highlight.
 */
@Constraint(validatedBy = ConsistentAuthorizationValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentAuthorization {

    /**
     * The message template; each problem carries its own.
     *
     * @return the template
     */
    String message() default "{medrecords.form.inconsistent}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
