package io.github.medrecords.core.workflow;

import io.github.medrecords.core.MedrecordsException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a release is attempted while one or more guards fail, whatever the request's status;
 * nothing is released. {@link #refusals()} gives each failing guard with its facts (which authorization
 * defect, which coverage gap, what is unpaid, which status stands in the way).
 */
public class ReleaseBlockedException extends MedrecordsException {

    private static final long serialVersionUID = 1L;

    private final transient List<ReleaseRefusal> refusals;

    /**
     * Creates the exception.
     *
     * @param refusals  every reason the release is refused, at least one, not null
     * @throws IllegalArgumentException if there is no refusal
     */
    public ReleaseBlockedException(List<ReleaseRefusal> refusals) {
        super(message(refusals));
        this.refusals = List.copyOf(refusals);
    }

    private static String message(List<ReleaseRefusal> refusals) {
        if (refusals.isEmpty()) {
            throw new IllegalArgumentException("A refused release names at least one reason");
        }
        return "Release refused: " + refusals.stream().map(r -> r.guard() + " (" + r.guard().ruleId() + ") — "
                + r.explain()).collect(Collectors.joining(" "));
    }

    /**
     * Returns every reason the release is refused, with its facts.
     *
     * @return an unmodifiable, non-empty list, in the order of the guards, not null
     */
    public List<ReleaseRefusal> refusals() {
        return refusals;
    }

    /**
     * Returns the guards that fail.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public List<ReleaseGuard> getFailing() {
        return refusals.stream().map(ReleaseRefusal::guard).toList();
    }
}
