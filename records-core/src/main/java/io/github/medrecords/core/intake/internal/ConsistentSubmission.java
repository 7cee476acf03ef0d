package io.github.medrecords.core.intake.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks the rules of a submission that span several fields: the legal basis the role may rely on, the authorization or directive the basis needs, the documents that prove authority, the purpose's words, and that only an attorney under an authorization says the request comes before suit.
 * Each problem is reported on the field a portal should highlight.
 */
@Constraint(validatedBy = ConsistentSubmissionValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentSubmission {

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
