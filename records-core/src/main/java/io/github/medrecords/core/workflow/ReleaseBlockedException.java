package io.github.medrecords.core.workflow;

import io.github.medrecords.core.MedrecordsException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a release is attempted while one or more guards fail; nothing is released.
 */
public class ReleaseBlockedException extends MedrecordsException {

    private static final long serialVersionUID = 1L;

    private final transient List<ReleaseGuard> failing;

    /**
     * Creates the exception.
     *
     * @param failing  the guards that fail, at least one, not null
     */
    public ReleaseBlockedException(List<ReleaseGuard> failing) {
        super("Release refused: " + failing.stream().map(g -> g + " (" + g.ruleId() + ")")
                .collect(Collectors.joining(", ")));
        this.failing = List.copyOf(failing);
    }

    /**
     * Returns the guards that fail.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public List<ReleaseGuard> getFailing() {
        return failing;
    }
}
