package io.github.medrecords.core.intake.internal;

import jakarta.validation.ConstraintValidatorContext;

/**
 * Collects the problems a class-level validator finds, each on its own field, and tells whether
 * there were any.
 */
final class Problems {

    private final ConstraintValidatorContext context;
    private boolean any;

    Problems(ConstraintValidatorContext context) {
        this.context = context;
        context.disableDefaultConstraintViolation();
    }

    /**
     * Reports a problem on a field of the validated bean when a condition holds.
     *
     * @param condition  whether the problem is there
     * @param field  the field's name, or a dotted path into a nested bean
     * @param key  the message key, without braces
     */
    void report(boolean condition, String field, String key) {
        if (condition) {
            String[] nodes = field.split("\\.");
            var builder = context.buildConstraintViolationWithTemplate("{" + key + "}").addPropertyNode(nodes[0]);
            for (int i = 1; i < nodes.length; i++) {
                builder = builder.addPropertyNode(nodes[i]);
            }
            builder.addConstraintViolation();
            any = true;
        }
    }

    boolean none() {
        return !any;
    }
}
