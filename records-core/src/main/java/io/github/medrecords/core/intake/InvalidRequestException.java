package io.github.medrecords.core.intake;

import io.github.medrecords.core.MedrecordsException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a submission cannot become a request; carries every problem at once.
 *
 * <p>The message names fields and codes only, never what was typed.
 */
public class InvalidRequestException extends MedrecordsException {

    private static final long serialVersionUID = 1L;

    /** The violations; a list of serializable records. */
    private final transient List<FieldViolation> violations;

    /**
     * Creates the exception.
     *
     * @param violations  every problem, at least one, not null
     */
    public InvalidRequestException(List<FieldViolation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    private static String describe(List<FieldViolation> violations) {
        return "The submission has " + violations.size() + (violations.size() == 1 ? " problem: " : " problems: ")
                + violations.stream().map(v -> (v.field().isEmpty() ? "form" : v.field()) + " (" + v.code() + ")")
                        .collect(Collectors.joining(", "));
    }

    /**
     * Returns every problem, ordered by field.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public List<FieldViolation> getViolations() {
        return violations;
    }
}
